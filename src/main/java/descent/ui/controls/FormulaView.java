package descent.ui.controls;

import descent.ui.util.Deferred;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;

/**
 * A formula at the size of the text around it, in the theme's text colour. A long one wraps between its terms (at
 * a top-level + or −); a term wider than the room scrolls sideways. It is never shrunk, as it once was to 6 pixels.
 * Before the window's first frame it shows the plain text, and is typeset after that frame.
 */
public final class FormulaView extends ScrollPane {

    /** The formula's size, in the font sizes of the text around it: TeX's letters look smaller than the UI's. */
    private static final double SIZE = 1.15;

    private final FlowPane pieces = new FlowPane();
    private final Label fallback = new Label();
    private String latex;
    private String text;
    private double fontSize;
    private boolean dark;
    /** Whether typesetting waits for the window's first frame. */
    private boolean waiting;

    public FormulaView(String id) {
        setId(id);
        getStyleClass().add("formula");
        pieces.setRowValignment(VPos.BASELINE);
        fallback.setWrapText(true);
        fallback.getStyleClass().add("formula-text");
        setContent(pieces);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        setMinHeight(USE_PREF_SIZE);
        // The pieces wrap at the width they have: a flow pane asked for its height alone would wrap at 400 pixels.
        pieces.prefWrapLengthProperty().bind(widthProperty().subtract(2));
        // An up-and-down wheel turn is for the panel around it, which this would otherwise swallow.
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaX() == 0 && !e.isShiftDown() && getParent() != null) {
                e.consume();
                getParent().fireEvent(e.copyFor(getParent(), getParent()));
            }
        });
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
        List<Node> typeset = new ArrayList<>();
        for (String piece : Formulas.pieces(latex)) {
            Formulas.Typeset t = Formulas.typeset(piece, (float) (SIZE * fontSize), argb);
            if (t == null) {
                typeset = null;
                break;
            }
            typeset.add(new ImageView(t.image()) {
                @Override
                public double getBaselineOffset() {
                    return t.baseline();
                }
            });
        }
        if (typeset == null) {
            showPlainText();
        } else {
            pieces.getChildren().setAll(typeset);
        }
        pieces.setVgap(0.3 * fontSize);
    }

    private void showPlainText() {
        fallback.setText(text);
        pieces.getChildren().setAll(fallback);
        pieces.setVgap(0.3 * fontSize);
    }

    /** The pieces shown, for tests: images of the formula's terms, or the plain text. */
    public List<Node> pieces() {
        return pieces.getChildrenUnmodifiable();
    }
}
