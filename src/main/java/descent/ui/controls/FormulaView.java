package descent.ui.controls;

import descent.ui.util.Deferred;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * A formula at the size of the text around it, in the theme's text colour, as wide as its panel: a clause that does
 * not fit on the line starts a new one, a clause wider than the panel breaks between its terms (at a top-level + or
 * −), and only a term wider than the panel is shrunk, to the panel's width. Before the window's first frame it shows
 * the plain text, and is typeset after that frame.
 */
public final class FormulaView extends Region {

    /** The formula's size, in the font sizes of the text around it: TeX's letters look smaller than the UI's. */
    private static final double SIZE = 1.15;
    /** The space between lines, in font sizes. */
    private static final double LINE_GAP = 0.3;

    private final Label fallback = new Label();
    /** The typeset terms, clause by clause; empty when the formula could not be typeset. */
    private final List<List<Term>> clauses = new ArrayList<>();
    private String latex;
    private String text;
    private double fontSize;
    private boolean dark;
    /** Whether typesetting waits for the window's first frame. */
    private boolean waiting;

    /** A typeset term, and its baseline in pixels from its top at its own size. */
    private static final class Term extends ImageView {
        private final double baseline;
        private double scale = 1;

        Term(Formulas.Typeset t) {
            super(t.image());
            baseline = t.baseline();
            setSmooth(true);
        }

        double width() {
            return getImage().getWidth();
        }

        double height() {
            return getImage().getHeight();
        }

        void scale(double s) {
            scale = s;
            setPreserveRatio(true);
            setFitWidth(s < 1 ? s * width() : 0);
        }

        @Override
        public double getBaselineOffset() {
            return scale * baseline;
        }
    }

    /** The terms of one line, each with the scale it is drawn at. */
    private record Line(List<Term> terms, List<Double> scales, double ascent, double descent) {
    }

    public FormulaView(String id) {
        setId(id);
        getStyleClass().add("formula");
        fallback.setWrapText(true);
        fallback.getStyleClass().add("formula-text");
        setMinHeight(USE_PREF_SIZE);
    }

    /**
     * Shows a formula, or {@code plainText} if it cannot be typeset.
     *
     * @param fontSize the size of the text around it, in pixels
     * @param dark     whether to draw it light on dark
     */
    public void show(String latex, String plainText, double fontSize, boolean dark) {
        if (latex.equals(this.latex) && plainText.equals(text) && fontSize == this.fontSize && dark == this.dark) {
            return;
        }
        this.latex = latex;
        this.text = plainText;
        this.fontSize = fontSize;
        this.dark = dark;
        if (Deferred.pending()) {
            // JLaTeXMath's first formula loads its fonts and reads their metrics: half a second, which the window's
            // first frame need not wait for.
            showPlainText();
            if (!waiting) {
                waiting = true;
                Deferred.run(() -> {
                    waiting = false;
                    typeset();
                });
            }
            return;
        }
        typeset();
    }

    private void typeset() {
        int argb = dark ? 0xFFE6EDF3 : 0xFF1F2328;
        clauses.clear();
        List<Node> all = new ArrayList<>();
        for (String clause : Formulas.clauses(latex)) {
            List<Term> terms = new ArrayList<>();
            for (String piece : Formulas.pieces(clause)) {
                Formulas.Typeset t = Formulas.typeset(piece, (float) (SIZE * fontSize), argb);
                if (t == null) {
                    clauses.clear();
                    all.clear();
                    break;
                }
                Term term = new Term(t);
                terms.add(term);
                all.add(term);
            }
            if (all.isEmpty()) {
                break;
            }
            clauses.add(terms);
        }
        if (clauses.isEmpty()) {
            showPlainText();
        } else {
            getChildren().setAll(all);
        }
        requestLayout();
    }

    private void showPlainText() {
        clauses.clear();
        fallback.setText(text);
        getChildren().setAll(fallback);
        requestLayout();
    }

    /** The pieces shown, for tests: images of the formula's terms, or the plain text. */
    public List<Node> pieces() {
        return getChildrenUnmodifiable();
    }

    /** The formula laid out in lines no wider than {@code width}. */
    private List<Line> lines(double width) {
        List<Line> lines = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        double x = 0;
        for (List<Term> clause : clauses) {
            double whole = clause.stream().mapToDouble(Term::width).sum();
            // A clause that fits on a line of its own is not broken: it starts a new line instead.
            if (x > 0 && x + whole > width && whole <= width) {
                lines.add(line(terms, scales));
                terms = new ArrayList<>();
                scales = new ArrayList<>();
                x = 0;
            }
            for (Term t : clause) {
                if (x > 0 && x + t.width() > width) {
                    lines.add(line(terms, scales));
                    terms = new ArrayList<>();
                    scales = new ArrayList<>();
                    x = 0;
                }
                double s = t.width() > width ? Math.max(0.01, width) / t.width() : 1;
                terms.add(t);
                scales.add(s);
                x += s * t.width();
            }
        }
        if (!terms.isEmpty()) {
            lines.add(line(terms, scales));
        }
        return lines;
    }

    private static Line line(List<Term> terms, List<Double> scales) {
        double ascent = 0;
        double descent = 0;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            double s = scales.get(i);
            ascent = Math.max(ascent, s * t.baseline);
            descent = Math.max(descent, s * (t.height() - t.baseline));
        }
        return new Line(terms, scales, ascent, descent);
    }

    private double heightOf(List<Line> lines) {
        double h = 0;
        for (Line l : lines) {
            h += l.ascent() + l.descent();
        }
        return h + Math.max(0, lines.size() - 1) * LINE_GAP * fontSize;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Nothing: a formula wider than its panel wraps, and a term wider than it is shrunk. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    /** The formula on one line. */
    @Override
    protected double computePrefWidth(double height) {
        if (clauses.isEmpty()) {
            return fallback.prefWidth(height);
        }
        return snappedLeftInset() + snappedRightInset()
                + clauses.stream().flatMap(List::stream).mapToDouble(Term::width).sum();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        if (clauses.isEmpty()) {
            return snappedTopInset() + snappedBottomInset() + fallback.prefHeight(inner);
        }
        return snappedTopInset() + snappedBottomInset() + heightOf(lines(inner));
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset();
        double y = snappedTopInset();
        if (clauses.isEmpty()) {
            fallback.resizeRelocate(left, y, width, fallback.prefHeight(width));
            return;
        }
        for (Line l : lines(width)) {
            double x = left;
            for (int i = 0; i < l.terms().size(); i++) {
                Term t = l.terms().get(i);
                double s = l.scales().get(i);
                t.scale(s);
                t.relocate(Math.round(x), Math.round(y + l.ascent() - s * t.baseline));
                x += s * t.width();
            }
            y += l.ascent() + l.descent() + LINE_GAP * fontSize;
        }
    }
}
