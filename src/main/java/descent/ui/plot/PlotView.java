package descent.ui.plot;

import descent.math.Numbers;
import descent.math.Vec2;
import descent.optim.StepExplanation;
import descent.render.Frame;
import descent.render.FrameLayout;
import descent.render.FramePainter;
import descent.render.InspectorPainter;
import descent.render.LandmarkPainter;
import descent.render.Picking;
import descent.render.Track;
import descent.ui.inspect.InspectorModel;
import descent.ui.look.LookModel;
import descent.ui.race.PlaybackModel;
import descent.ui.race.RaceModel;
import descent.ui.util.FxDrawing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

/**
 * The plot, drawn so that a frame of the race costs little even with software rendering. The background (contour,
 * axes, colour bar) is painted once into pixels; its margins are shown as still strips, and the data area as an
 * image in cells that Java2D redraws, background and trails, whenever the paths change. While the race plays the
 * trails only grow, so each frame adds just the new segments, on small tiles above it. The marks that move or
 * change each frame (the heads, the title) and the start and the legend have small canvases of their own, so that
 * a frame repaints a few small areas rather than the whole plot. The frame painter draws all of it, as it draws
 * exports. Click to move the start, drag the start, drag elsewhere to pan, scroll to zoom about the pointer.
 */
public final class PlotView extends Pane {

    /** How close to the start marker, in pixels, a press picks it up. */
    private static final double GRAB = 14;
    /** How near a racer's marker or path, in pixels, a click inspects it. */
    private static final double PICK = 7;
    /** The side of the tiles that take the trails' new segments while the race plays. */
    private static final int TILE = 96;

    private final RaceModel race;
    private final PlaybackModel playback;
    private final ViewportModel viewport;
    private final LookModel look;
    private final Supplier<Frame> frames;
    private final CellImage background = new CellImage();
    private final javafx.scene.image.ImageView[] margins = new javafx.scene.image.ImageView[4];
    private java.awt.image.BufferedImage backgroundPixels;
    private java.awt.image.BufferedImage plotPixels;
    private int plotLeft;
    private int plotTop;
    private double canvasWidth;
    private double canvasHeight;
    private final Canvas start = mark("plot-start");
    private final Canvas notes = mark("plot-notes");
    private final Canvas inspected = mark("plot-inspector");
    private final InspectorModel inspector;
    private final Canvas swarmHeads = mark("plot-swarm-heads");
    private final Canvas shares = mark("plot-shares");
    private final Canvas title = mark("plot-title");
    /** Where the pointer is on the plane and the loss there, right of the title, above the plot. */
    private final javafx.scene.text.Text readout = new javafx.scene.text.Text();
    private final javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
    /** The right end of the title, as last painted: the readout keeps clear of it. */
    private double titleRight;
    /** One small canvas per track, in the race's order; made as the race grows. */
    private final List<Canvas> heads = new ArrayList<>();
    private Canvas[] tiles = new Canvas[0];
    private final Group tileLayer = new Group();
    private final Group headLayer = new Group();
    private int tileColumns;
    /** Where the base image holds trails (x, y, width, height in its pixels); null when it must be redrawn whole. */
    private int[] trailsInImage;
    /** The data area (left, top, width, height) the tiles cover. */
    private int[] tileArea;
    private final java.util.BitSet tilesUsed = new java.util.BitSet();
    private boolean backgroundDirty = true;
    private boolean overlayDirty = true;
    private Object trailsDrawnFor;
    private long trailsDrawnTo = -1;
    private boolean redrewWhole;
    private List<Object> legendShown;
    /** What the start marker and the title show now: a slider move changes neither, and they are not redrawn. */
    private Object startShown;
    private Object titleShown;
    private long titleStep = -1;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean draggingStart;
    private boolean panning;
    private long paints;

    /** @param frames the frame to draw now */
    public PlotView(RaceModel race, PlaybackModel playback, ViewportModel viewport, LookModel look,
            InspectorModel inspector, Supplier<Frame> frames) {
        this.race = race;
        this.inspector = inspector;
        this.playback = playback;
        this.viewport = viewport;
        this.look = look;
        this.frames = frames;
        setId("plot");
        background.setId("plot-background");
        // The axes and the colour bar around the plot are four still strips; only the plot itself, under them,
        // is repainted when the paths change, so a slider move composites no pixel it does not need to.
        for (int i = 0; i < margins.length; i++) {
            margins[i] = new javafx.scene.image.ImageView();
            margins[i].setManaged(false);
        }
        // JavaFX repaints the whole of a parent once more than 12 of its children changed in a frame; the tiles
        // and the heads each have a group of their own so that a frame repaints only their small areas.
        for (Group layer : new Group[] {tileLayer, headLayer}) {
            layer.setManaged(false);
            layer.setMouseTransparent(true);
        }
        getChildren().add(background);
        getChildren().addAll(margins);
        readout.setId("hover-readout");
        readout.getStyleClass().add("hover-readout");
        readout.setManaged(false);
        readout.setMouseTransparent(true);
        readout.setTextOrigin(javafx.geometry.VPos.BASELINE);
        busy.setId("busy");
        busy.setManaged(false);
        busy.setMouseTransparent(true);
        busy.visibleProperty().bind(viewport.computingProperty());
        getChildren().addAll(tileLayer, swarmHeads, shares, headLayer, start, notes, inspected, title, readout,
                busy);
        setMinSize(200, 150);
        initListeners();
    }

    private static Canvas mark(String id) {
        Canvas c = new Canvas();
        c.setId(id);
        c.setMouseTransparent(true);
        // Placed by hand: a managed child that moves asks the whole plot, and the window, to lay out again.
        c.setManaged(false);
        return c;
    }

    private void initListeners() {
        viewport.contourProperty().addListener((obs, was, now) -> invalidateAll());
        viewport.layoutProperty().addListener((obs, was, now) -> invalidateAll());
        look.darkProperty().addListener((obs, was, now) -> invalidateAll());
        look.landmarksShownProperty().addListener((obs, was, now) -> invalidateAll());
        look.fieldShownProperty().addListener((obs, was, now) -> invalidateAll());
        look.ghostShownProperty().addListener((obs, was, now) -> invalidateAll());
        race.trajectoriesProperty().addListener((obs, was, now) -> invalidateOverlay());
        playback.stepProperty().addListener((obs, was, now) -> invalidateOverlay());
        inspector.explanationProperty().addListener((obs, was, now) -> invalidateOverlay());
        inspector.slotProperty().addListener((obs, was, now) -> invalidateOverlay());
        race.scenarioProperty().addListener((obs, was, now) -> invalidateOverlay());
        setOnScroll(this::scrolled);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(e -> {
            setCursor(nearStart(e.getX(), e.getY()) ? Cursor.HAND : Cursor.CROSSHAIR);
            showReadout(e.getX(), e.getY());
        });
        setOnMouseExited(e -> readout.setText(""));
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvasWidth || h != canvasHeight) {
            canvasWidth = w;
            canvasHeight = h;
            viewport.setCanvasSize(w, h);
            invalidateAll();
        }
        double side = Math.round(1.1 * look.fontSize());
        busy.resize(side, side);
        FrameLayout l = frameLayout();
        if (l != null) {
            busy.relocate(l.plotX() + l.plotWidth() - side - 4, l.plotY() + 4);
        }
    }

    /** Shows x, y and f under the pointer, rounded to the plot's pixel, or nothing off the plot. */
    private void showReadout(double px, double py) {
        FrameLayout l = frameLayout();
        if (l == null || !l.inPlot(px, py)) {
            readout.setText("");
            return;
        }
        double x = l.toDataX(px);
        double y = l.toDataY(py);
        double f = race.scenario().surface().value(x, y);
        readout.setText("x = " + Numbers.brief(toPixel(x, l)) + "   y = "
                + Numbers.brief(toPixel(y, l)) + "   f = " + Numbers.brief(f));
        double width = readout.getLayoutBounds().getWidth();
        double right = l.plotX() + l.plotWidth();
        readout.setLayoutX(right - width);
        readout.setLayoutY(l.plotY() - 0.7 * l.font());
        // In a narrow plot the title takes the strip: the readout then gives way.
        readout.setVisible(right - width >= titleRight + l.font());
    }

    private static double toPixel(double v, FrameLayout l) {
        double unit = Math.pow(10, Math.floor(Math.log10(l.box().width() / l.plotWidth())));
        return Math.rint(v / unit) * unit;
    }

    /**
     * Covers the plot's data area with small transparent canvases. While the race plays, each frame's new segments
     * go onto the few tiles they cross: with software rendering, changing one big canvas costs a whole frame,
     * changing a few small ones almost nothing. The tiles lie inside the data area, so that drawing on them needs
     * no clip (a canvas clip is a masked blend of all it covers).
     */
    private void makeTiles(int left, int top, int w, int h) {
        tileColumns = (int) Math.ceil((double) w / TILE);
        int rows = (int) Math.ceil((double) h / TILE);
        tileLayer.getChildren().clear();
        tiles = new Canvas[tileColumns * rows];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < tileColumns; i++) {
                Canvas c = new Canvas(Math.min(TILE, w - i * TILE), Math.min(TILE, h - j * TILE));
                c.setVisible(false);
                c.setManaged(false);
                c.setMouseTransparent(true);
                c.relocate(left + i * TILE, top + j * TILE);
                tiles[j * tileColumns + i] = c;
            }
        }
        tileLayer.getChildren().addAll(tiles);
        tilesUsed.clear();
    }

    public void invalidateAll() {
        startShown = null;
        titleShown = null;
        backgroundDirty = true;
        overlayDirty = true;
    }

    public void invalidateOverlay() {
        overlayDirty = true;
    }

    /** Repaints what changed since the last pulse; called once per frame by the window's timer. */
    public boolean paintIfNeeded() {
        if (viewport.layoutProperty().get() == null || canvasWidth < 1 || canvasHeight < 1) {
            return false;
        }
        if (!backgroundDirty && !overlayDirty && legendShown != null) {
            return false;
        }
        Frame f = frames.get();
        redrewWhole = false;
        // The legend is part of the background: a racer shown, hidden or relabelled repaints it.
        List<Object> legendNow = f.tracks().stream().map(t -> (Object) List.of(t.label(), t.slot())).toList();
        if (!legendNow.equals(legendShown)) {
            backgroundDirty = true;
            legendShown = legendNow;
        }
        if (backgroundDirty) {
            paintBackgroundImage(f);
            backgroundDirty = false;
            trailsDrawnFor = null;
        }
        if (overlayDirty) {
            paintTrails(f);
            paintMarks(f);
            overlayDirty = false;
        }
        paints++;
        return true;
    }

    /**
     * Paints the background once into an image, which every full redraw of the trails starts from, and shows its
     * margins (axes, colour bar, title strip) as four still images around the plot.
     */
    private void paintBackgroundImage(Frame f) {
        int w = (int) canvasWidth;
        int h = (int) canvasHeight;
        backgroundPixels = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        java.awt.Graphics2D g = backgroundPixels.createGraphics();
        FramePainter.paintBackground(new descent.render.Java2DDrawing(g), f);
        g.dispose();
        int[] all = ((java.awt.image.DataBufferInt) backgroundPixels.getRaster().getDataBuffer()).getData();
        WritableImage still = new WritableImage(w, h);
        still.getPixelWriter().setPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbPreInstance(), all, 0,
                w);
        descent.render.FrameLayout l = f.layout();
        plotLeft = Math.max(0, (int) Math.floor(l.plotX()));
        plotTop = Math.max(0, (int) Math.floor(l.plotY()));
        int right = Math.min(w, (int) Math.ceil(l.plotX() + l.plotWidth()));
        int bottom = Math.min(h, (int) Math.ceil(l.plotY() + l.plotHeight()));
        int[][] strips = {{0, 0, w, plotTop}, {0, bottom, w, h - bottom}, {0, plotTop, plotLeft, bottom - plotTop},
            {right, plotTop, w - right, bottom - plotTop}};
        for (int i = 0; i < 4; i++) {
            int[] r = strips[i];
            margins[i].setImage(still);
            margins[i].setViewport(new javafx.geometry.Rectangle2D(r[0], r[1], Math.max(0, r[2]), Math.max(0, r[3])));
            margins[i].setVisible(r[2] > 0 && r[3] > 0);
            margins[i].relocate(r[0], r[1]);
        }
        int pw = Math.max(1, right - plotLeft);
        int ph = Math.max(1, bottom - plotTop);
        if (plotPixels == null || plotPixels.getWidth() != pw || plotPixels.getHeight() != ph) {
            plotPixels = new java.awt.image.BufferedImage(pw, ph, java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
            background.resize(pw, ph);
        }
        int[] area = {plotLeft, plotTop, pw, ph};
        if (!Arrays.equals(area, tileArea)) {
            makeTiles(plotLeft, plotTop, pw, ph);
            tileArea = area;
        }
        background.relocate(plotLeft, plotTop);
        trailsInImage = null;
    }

    /** Adds the new part of the trails when the same paths have only moved on; otherwise redraws them whole. */
    private void paintTrails(Frame f) {
        List<Object> key = Arrays.asList(race.trajectoriesProperty().get(), f.layout(),
                f.contour() == null ? null : f.contour().colorMap());
        boolean same = trailsDrawnFor instanceof List<?> drawn && drawn.get(0) == key.get(0)
                && Objects.equals(drawn.get(1), key.get(1)) && Objects.equals(drawn.get(2), key.get(2));
        if (same && f.step() >= trailsDrawnTo) {
            if (f.step() > trailsDrawnTo) {
                addToTiles(f, trailsDrawnTo);
            }
        } else {
            // Empty tiles are hidden: even a transparent canvas costs a blend of all its pixels in every repaint.
            for (int t = tilesUsed.nextSetBit(0); t >= 0; t = tilesUsed.nextSetBit(t + 1)) {
                tiles[t].getGraphicsContext2D().clearRect(0, 0, tiles[t].getWidth(), tiles[t].getHeight());
                tiles[t].setVisible(false);
            }
            tilesUsed.clear();
            redrewWhole = true;
            redrawImage(f);
        }
        trailsDrawnFor = key;
        trailsDrawnTo = f.step();
    }

    /**
     * Redraws the trails into the plot's base image. Only the part that held trails before or holds them now
     * changes: outside it the image is the background, before and after. After a slider move this is often less
     * than half of the plot, and of it the renderer gets only the cells that the paths crossed, before or now.
     */
    private void redrawImage(Frame f) {
        int pw = plotPixels.getWidth();
        int ph = plotPixels.getHeight();
        int[] now = trailArea(f, pw, ph);
        int[] dirty = trailsInImage == null ? new int[] {0, 0, pw, ph} : union(trailsInImage, now);
        trailsInImage = now;
        if (dirty[2] <= 0 || dirty[3] <= 0) {
            return;
        }
        int[] from = ((java.awt.image.DataBufferInt) backgroundPixels.getRaster().getDataBuffer()).getData();
        int stride = backgroundPixels.getWidth();
        int[] to = ((java.awt.image.DataBufferInt) plotPixels.getRaster().getDataBuffer()).getData();
        for (int y = dirty[1]; y < dirty[1] + dirty[3]; y++) {
            System.arraycopy(from, (plotTop + y) * stride + plotLeft + dirty[0], to, y * pw + dirty[0], dirty[2]);
        }
        java.awt.Graphics2D g = plotPixels.createGraphics();
        g.setClip(dirty[0], dirty[1], dirty[2], dirty[3]);
        g.translate(-plotLeft, -plotTop);
        FramePainter.paintTrails(new descent.render.Java2DDrawing(g), f, 0);
        g.dispose();
        background.update(to, dirty[0], dirty[1], dirty[2], dirty[3]);
    }

    /** The box (x, y, width, height, in the base image's pixels) that the frame's trails cover; empty if none. */
    private int[] trailArea(Frame f, int pw, int ph) {
        int[] area = {0, 0, 0, 0};
        for (double[] box : FramePainter.trailBounds(f, 0)) {
            int x0 = Math.max(0, (int) Math.floor(box[0] - plotLeft) - 1);
            int y0 = Math.max(0, (int) Math.floor(box[1] - plotTop) - 1);
            int x1 = Math.min(pw, (int) Math.ceil(box[0] + box[2] - plotLeft) + 1);
            int y1 = Math.min(ph, (int) Math.ceil(box[1] + box[3] - plotTop) + 1);
            if (x1 > x0 && y1 > y0) {
                area = union(area, new int[] {x0, y0, x1 - x0, y1 - y0});
            }
        }
        return area;
    }

    private static int[] union(int[] a, int[] b) {
        if (a[2] <= 0 || a[3] <= 0) {
            return b;
        }
        if (b[2] <= 0 || b[3] <= 0) {
            return a;
        }
        int x0 = Math.min(a[0], b[0]);
        int y0 = Math.min(a[1], b[1]);
        int x1 = Math.max(a[0] + a[2], b[0] + b[2]);
        int y1 = Math.max(a[1] + a[3], b[1] + b[3]);
        return new int[] {x0, y0, x1 - x0, y1 - y0};
    }

    private void addToTiles(Frame f, long from) {
        java.util.BitSet touched = new java.util.BitSet();
        int rows = tiles.length / Math.max(1, tileColumns);
        for (double[] box : FramePainter.trailBounds(f, from)) {
            double x = box[0] - plotLeft;
            double y = box[1] - plotTop;
            int i0 = Math.max(0, (int) Math.floor(x / TILE));
            int i1 = Math.min(tileColumns - 1, (int) Math.floor((x + box[2]) / TILE));
            int j0 = Math.max(0, (int) Math.floor(y / TILE));
            int j1 = Math.min(rows - 1, (int) Math.floor((y + box[3]) / TILE));
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    touched.set(j * tileColumns + i);
                }
            }
        }
        for (int t = touched.nextSetBit(0); t >= 0; t = touched.nextSetBit(t + 1)) {
            double x = tiles[t].getLayoutX();
            double y = tiles[t].getLayoutY();
            GraphicsContext g = tiles[t].getGraphicsContext2D();
            g.save();
            g.translate(-x, -y);
            FramePainter.paintTrails(new FxDrawing(g), f, from);
            g.restore();
            tiles[t].setVisible(true);
            tilesUsed.set(t);
        }
    }

    private void paintMarks(Frame f) {
        FxDrawing measure = FxDrawing.measuring();
        Object startNow = List.of(f.start(), f.layout());
        if (!startNow.equals(startShown)) {
            paintOn(start, FramePainter.startBounds(f), d -> FramePainter.paintStart(d, f));
            startShown = startNow;
        }
        Object titleNow = List.of(f.surfaceName(), f.step(), f.totalSteps(), f.layout(), f.theme());
        if (!titleNow.equals(titleShown)) {
            double[] titleBox = FramePainter.titleBounds(measure, f);
            paintOn(title, titleBox, d -> FramePainter.paintTitle(d, f));
            titleRight = titleBox[0] + titleBox[2];
            titleShown = titleNow;
            titleStep = f.step();
        }
        paintOn(swarmHeads, FramePainter.swarmHeadBounds(f), d -> FramePainter.paintSwarmHeads(d, f));
        paintOn(shares, LandmarkPainter.sharesBounds(f), d -> LandmarkPainter.paintShares(d, f));
        List<FramePainter.Note> placed = FramePainter.notes(measure, f);
        paintOn(notes, FramePainter.notesBounds(placed), d -> FramePainter.paintNotes(d, f, placed));
        StepExplanation e = inspector.explanation();
        int slot = inspector.slot();
        if (e == null || slot == InspectorModel.NONE) {
            inspected.setVisible(false);
        } else {
            paintOn(inspected, InspectorPainter.bounds(measure, f, slot, e), d -> InspectorPainter.paint(d, f, slot,
                    e));
        }
        List<Track> tracks = f.tracks();
        while (heads.size() < tracks.size()) {
            Canvas c = mark("plot-head-" + heads.size());
            heads.add(c);
            headLayer.getChildren().add(c);
        }
        for (int i = 0; i < heads.size(); i++) {
            if (i < tracks.size()) {
                Track track = tracks.get(i);
                paintOn(heads.get(i), FramePainter.headBounds(f, track), d -> FramePainter.paintHead(d, f, track));
            } else {
                heads.get(i).setVisible(false);
            }
        }
    }

    /**
     * Moves a small canvas over the box and paints into it, in the plot's coordinates; hides it when the box is
     * empty. The box is cut to the view first: a canvas larger than the screen cannot be allocated, and a request
     * for one blanks the whole window.
     */
    private void paintOn(Canvas c, double[] box, java.util.function.Consumer<FxDrawing> painter) {
        double[] cut = FramePainter.intersect(box, new double[] {0, 0, canvasWidth, canvasHeight});
        if (cut[2] <= 0 || cut[3] <= 0) {
            c.setVisible(false);
            return;
        }
        c.setVisible(true);
        double x = Math.floor(cut[0]) - 1;
        double y = Math.floor(cut[1]) - 1;
        double w = Math.ceil(cut[0] + cut[2]) + 1 - x;
        double h = Math.ceil(cut[1] + cut[3]) + 1 - y;
        if (c.getWidth() != w || c.getHeight() != h) {
            c.setWidth(w);
            c.setHeight(h);
        }
        c.relocate(x, y);
        GraphicsContext g = c.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.save();
        g.translate(-x, -y);
        painter.accept(new FxDrawing(g));
        g.restore();
    }

    /** Whether the last repaint redrew the whole plot, the most expensive kind of frame. */
    public boolean redrewWhole() {
        return redrewWhole;
    }

    /** The step the title on the plot reads, as last painted; -1 before the first paint. */
    public long titleStep() {
        return titleStep;
    }

    /** How many times the plot has been repainted, for tests and the UI benchmark. */
    public long paints() {
        return paints;
    }

    private FrameLayout frameLayout() {
        return viewport.layoutProperty().get();
    }

    private boolean nearStart(double x, double y) {
        FrameLayout l = frameLayout();
        if (l == null) {
            return false;
        }
        Vec2 s = race.scenario().simulation().start();
        return Math.hypot(l.toPixelX(s.x()) - x, l.toPixelY(s.y()) - y) <= GRAB;
    }

    private void scrolled(ScrollEvent e) {
        FrameLayout l = frameLayout();
        if (l == null || e.getDeltaY() == 0) {
            return;
        }
        // One wheel notch (40 units) zooms by 15%; scrolling up zooms in.
        double factor = Math.exp(-e.getDeltaY() / 40 * 0.15);
        viewport.zoom(factor, l.toDataX(e.getX()), l.toDataY(e.getY()));
        e.consume();
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        draggingStart = e.getButton() == MouseButton.PRIMARY && nearStart(pressX, pressY);
        panning = false;
        requestFocus();
    }

    private void dragged(MouseEvent e) {
        FrameLayout l = frameLayout();
        if (l == null) {
            return;
        }
        if (draggingStart) {
            race.setStart(new Vec2(l.toDataX(e.getX()), l.toDataY(e.getY())));
        } else if (panning || Math.hypot(e.getX() - pressX, e.getY() - pressY) > 4) {
            panning = true;
            setCursor(Cursor.CLOSED_HAND);
            double dx = (e.getX() - lastX) / l.plotWidth() * l.box().width();
            double dy = (e.getY() - lastY) / l.plotHeight() * l.box().height();
            viewport.pan(-dx, dy);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        FrameLayout l = frameLayout();
        if (l != null && !draggingStart && !panning && e.getButton() == MouseButton.PRIMARY
                && l.inPlot(e.getX(), e.getY())) {
            // A click on a racer's marker or path inspects it; anywhere else it moves the start.
            OptionalInt picked = Picking.racerAt(frames.get(), e.getX(), e.getY(), PICK);
            if (picked.isPresent()) {
                inspector.inspect(picked.getAsInt());
            } else {
                race.setStart(new Vec2(l.toDataX(e.getX()), l.toDataY(e.getY())));
            }
        }
        draggingStart = false;
        panning = false;
        setCursor(Cursor.CROSSHAIR);
    }
}
