package descent.render;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.math.Numbers;
import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.sim.Trajectory;
import descent.surface.Landmark;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paints a frame in 3-D: the surface as a shaded mesh in the contour's bands, its contour lines, the floor with its
 * axes, and the race on the surface, with the colour bar, legend and title as in the plot. Hidden parts are hidden
 * by the painter's algorithm: the cells of a height field seen from above are drawn from the farthest to the
 * nearest, which for an orthographic camera is their order along the ground direction the camera looks in, and
 * every line and marker is drawn just after the cells around it, before the nearer ones that may hide it. Lines
 * wait until the row of cells in front of theirs is down, so that a neighbour never cuts a line lying on its edge;
 * a hill hides them from two rows of cells on.
 *
 * <p>It keeps the projected mesh of the last camera and layout, so that the frames of a playing race only project
 * their paths anew. Not for use by two threads at once.
 */
public final class Surface3DPainter {

    /** The light, in camera space (right, up, towards the viewer): from the upper left, in front. */
    private static final double[] LIGHT = unit(-0.45, 0.55, 0.70);

    private final SurfaceMesh mesh;

    // The projected mesh, for the camera, layout and colour map it was made for.
    private Camera camera;
    private FrameLayout layout;
    private ColorMap map;
    private Projection3D projection;
    private double[] px = new double[0];
    private double[] py = new double[0];
    private int[] colors = new int[0];
    /** The cells from the farthest to the nearest. */
    private int[] order = new int[0];
    /** Per cell: its slab, a strip of cells across the view one cell deep, numbered from the farthest. */
    private int[] slabOf = new int[0];
    private int slabs;
    /** Whether the triangle above a cell's diagonal is the farther of its two, for either diagonal. */
    private boolean upperFirst;
    private boolean upperFirstFlipped;
    /** Per slab: the contour segments on its cells, projected (x1, y1, x2, y2, ...). */
    private double[][] contour = new double[0][];

    // Scratch for one frame.
    private final double[] fx = new double[8];
    private final double[] fy = new double[8];
    private final Pieces pieces = new Pieces();

    public Surface3DPainter(SurfaceMesh mesh) {
        this.mesh = mesh;
    }

    public SurfaceMesh mesh() {
        return mesh;
    }

    /**
     * Paints the whole frame seen by the camera, the surface in the map's colours. The mesh must cover the frame's
     * layout's box.
     */
    public void paint(Drawing d, Frame f, Camera c, ColorMap colorMap) {
        paint(d, f, c, colorMap, false);
    }

    /**
     * Paints the frame, as a draft when {@code moving}: while the camera is dragged, the contour lines and paths on
     * the surface are stroked without anti-aliasing (a backend may then also fill the facets more coarsely); the
     * text, colour bar, legend and markers stay as they are, and the full frame comes back when the camera stops.
     */
    public void paint(Drawing d, Frame f, Camera c, ColorMap colorMap, boolean moving) {
        FrameLayout l = f.layout();
        Theme t = f.theme();
        prepare(c, l, colorMap);
        d.setFill(t.background());
        d.fillRect(0, 0, l.width(), l.height());
        double[] stage = Projection3D.stage(l);
        d.save();
        d.clip(stage[0], stage[1], stage[2], stage[3]);
        d.setSmoothStroke(!moving);
        paintFloor(d, f);
        List<Mark> marks = new ArrayList<>();
        collectPaths(f, marks);
        collectMarks(f, marks);
        marks.sort((a, b) -> Integer.compare(a.slab, b.slab));
        paintScene(d, f, marks);
        d.restore();
        FramePainter.paintColorBar(d, f, mesh.levels(), colorMap);
        FramePainter.paintLegend(d, f);
        FramePainter.paintTitle(d, f);
        paintNotes(d, f, stage);
        paintCaption(d, l, c, t, stage);
    }

    /** Projects the mesh, colours and orders its facets, for a new camera, layout or colour map. */
    private void prepare(Camera c, FrameLayout l, ColorMap colorMap) {
        if (c.equals(camera) && l.equals(layout) && colorMap == map) {
            return;
        }
        camera = c;
        layout = l;
        map = colorMap;
        projection = Projection3D.of(l, c);
        Projection3D p = projection;
        double[] v = mesh.vertices();
        int n = v.length / 3;
        if (px.length != n) {
            px = new double[n];
            py = new double[n];
        }
        for (int k = 0; k < n; k++) {
            double wx = p.worldX(v[3 * k]);
            double wy = p.worldY(v[3 * k + 1]);
            px[k] = p.screenX(wx, wy);
            py[k] = p.screenY(wx, wy, Projection3D.worldZ(v[3 * k + 2]));
        }
        int facets = mesh.facetCount();
        if (colors.length != facets) {
            colors = new int[facets];
        }
        int[] bandColors = new int[mesh.levels().bands()];
        for (int b = 0; b < bandColors.length; b++) {
            bandColors[b] = ContourPlot.bandColor(colorMap, mesh.levels(), b);
        }
        // Full shading from the side, a third of it from above: the top view reads as the plot, with a hint of relief.
        double strength = 0.35 + 0.65 * Math.cos(Math.toRadians(c.elevation()));
        // The light in world coordinates: the camera's axes (right, up, towards it) weighted by its components.
        double[] right = p.toWorld(LIGHT[0], LIGHT[1], LIGHT[2]);
        for (int k = 0; k < facets; k++) {
            double lit = Math.max(0, mesh.normal(k, 0) * right[0] + mesh.normal(k, 1) * right[1]
                    + mesh.normal(k, 2) * right[2]);
            // 1 for a face square to the camera's axis, lit as a flat plot is; 0.5 for one facing away from the light.
            colors[k] = shade(bandColors[mesh.facetBand(k)], 1 + strength * 0.5 * (lit / LIGHT[2] - 1));
        }
        orderCells(p);
        int columns = mesh.columns();
        double[] segments = mesh.lines();
        contour = new double[slabs][];
        int[] counts = new int[slabs];
        int cells = columns * mesh.rows();
        for (int cell = 0; cell < cells; cell++) {
            counts[slabOf[cell]] += mesh.cellLine(cell + 1) - mesh.cellLine(cell);
        }
        for (int s = 0; s < slabs; s++) {
            contour[s] = new double[4 * counts[s]];
            counts[s] = 0;
        }
        for (int cell = 0; cell < cells; cell++) {
            double[] into = contour[slabOf[cell]];
            for (int k = mesh.cellLine(cell); k < mesh.cellLine(cell + 1); k++) {
                int at = counts[slabOf[cell]];
                for (int end = 0; end < 2; end++) {
                    double wx = p.worldX(segments[6 * k + 3 * end]);
                    double wy = p.worldY(segments[6 * k + 3 * end + 1]);
                    into[at + 2 * end] = p.screenX(wx, wy);
                    into[at + 2 * end + 1] = p.screenY(wx, wy, Projection3D.worldZ(segments[6 * k + 3 * end + 2]));
                }
                counts[slabOf[cell]] += 4;
            }
        }
    }

    /**
     * Orders the cells from the farthest to the nearest along the ground direction the camera looks in, and cuts
     * them into slabs one cell deep. A ray from the camera crosses cells in this order, so a cell can hide only
     * cells before it.
     */
    private void orderCells(Projection3D p) {
        int columns = mesh.columns();
        int rows = mesh.rows();
        int cells = columns * rows;
        double cw = p.worldX(mesh.x(1)) - p.worldX(mesh.x(0));
        double ch = p.worldY(mesh.y(1)) - p.worldY(mesh.y(0));
        double[] toward = p.towardsCamera();
        // One cell's extent along the ground direction: a neighbour in any direction is at most one slab nearer.
        double depth = Math.abs(toward[0]) * cw + Math.abs(toward[1]) * ch;
        double[] key = new double[cells];
        double far = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                double wx = p.worldX(mesh.x(i)) + cw / 2;
                double wy = p.worldY(mesh.y(j)) + ch / 2;
                key[j * columns + i] = p.forward(wx, wy);
                far = Math.max(far, key[j * columns + i]);
            }
        }
        if (slabOf.length != cells) {
            slabOf = new int[cells];
        }
        int most = 0;
        for (int cell = 0; cell < cells; cell++) {
            // Rounded a little, so that cells level with each other along the view share a slab exactly.
            slabOf[cell] = (int) Math.floor((far - key[cell]) / depth + 1e-6);
            most = Math.max(most, slabOf[cell]);
        }
        slabs = most + 1;
        // Sorted as longs: the key, made a non-negative whole number, above the cell's index. A boxed sort with a
        // comparator took as long as drawing the mesh.
        long[] sortable = new long[cells];
        double range = Math.max(1e-12, far - Arrays.stream(key).min().orElse(far));
        for (int cell = 0; cell < cells; cell++) {
            long rank = (long) ((far - key[cell]) / range * (1L << 40));
            sortable[cell] = rank << 20 | cell;
        }
        Arrays.sort(sortable);
        if (order.length != cells) {
            order = new int[cells];
        }
        for (int k = 0; k < cells; k++) {
            order[k] = (int) (sortable[k] & ((1 << 20) - 1));
        }
        // The triangle above the diagonal has its centroid a third of a cell up and left of the other's, or with the
        // other diagonal, up and right.
        upperFirst = p.forward(-cw / 3, ch / 3) > 0;
        upperFirstFlipped = p.forward(cw / 3, ch / 3) > 0;
    }

    /** The colour darkened (factor below 1) or lightened towards white (above 1). */
    static int shade(int argb, double factor) {
        double f = Math.min(1.3, factor);
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        if (f <= 1) {
            r = (int) Math.round(r * f);
            g = (int) Math.round(g * f);
            b = (int) Math.round(b * f);
        } else {
            double w = (f - 1) * 0.8;
            r = (int) Math.round(r + (255 - r) * w);
            g = (int) Math.round(g + (255 - g) * w);
            b = (int) Math.round(b + (255 - b) * w);
        }
        return (argb & 0xFF000000) | (r << 16) | (g << 8) | b;
    }

    private static double[] unit(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }

    /** The slabs from the farthest: each one's facets, then what lies on the slab behind it. */
    private void paintScene(Drawing d, Frame f, List<Mark> marks) {
        int cells = order.length;
        int next = 0;
        int mark = 0;
        int k = 0;
        for (int s = 0; s <= slabs; s++) {
            d.setSmoothFill(false);
            while (k < cells && slabOf[order[k]] == s) {
                paintCell(d, order[k]);
                k++;
            }
            d.setSmoothFill(true);
            if (s == 0) {
                continue;
            }
            int behind = s - 1;
            paintContour(d, behind);
            next = paintPieces(d, f, behind, next);
            while (mark < marks.size() && marks.get(mark).slab <= behind) {
                marks.get(mark).paint(d);
                mark++;
            }
        }
        while (mark < marks.size()) {
            marks.get(mark++).paint(d);
        }
    }

    private void paintCell(Drawing d, int cell) {
        int first = mesh.cellFacet(cell);
        int end = mesh.cellFacet(cell + 1);
        if (end - first == 1 || !(mesh.flipped(cell) ? upperFirstFlipped : upperFirst)) {
            for (int k = first; k < end; k++) {
                paintFacet(d, k);
            }
            return;
        }
        for (int pass = 2; pass >= 1; pass--) {
            for (int k = first; k < end; k++) {
                if (mesh.facetHalf(k) == pass) {
                    paintFacet(d, k);
                }
            }
        }
    }

    private void paintFacet(Drawing d, int k) {
        int from = mesh.facetStart(k);
        int n = mesh.facetStart(k + 1) - from;
        for (int i = 0; i < n; i++) {
            fx[i] = px[from + i];
            fy[i] = py[from + i];
        }
        d.setFill(colors[k]);
        d.fillPolygon(fx, fy, n);
    }

    private void paintContour(Drawing d, int slab) {
        double[] segments = contour[slab];
        if (segments.length == 0) {
            return;
        }
        d.setStroke(map.isDark() ? 0x66FFFFFF : 0x59000000, 0.8 * layout.scale());
        d.strokeSegments(segments, segments.length);
    }

    /** The floor under the relief: its outline, and ticks and the axes' names along its two nearer edges. */
    private void paintFloor(Drawing d, Frame f) {
        Projection3D p = projection;
        FrameLayout l = f.layout();
        ViewBox box = mesh.box();
        double font = l.font();
        double[] cx = {box.xMin(), box.xMax(), box.xMax(), box.xMin()};
        double[] cy = {box.yMin(), box.yMin(), box.yMax(), box.yMax()};
        double[] sx = new double[4];
        double[] sy = new double[4];
        for (int k = 0; k < 4; k++) {
            sx[k] = p.pixelX(cx[k], cy[k]);
            sy[k] = p.pixelY(cx[k], cy[k], 0);
        }
        Theme t = f.theme();
        d.setStroke(t.axis(), Math.max(1, l.scale()));
        d.strokePolygon(sx, sy, 4);
        double[] toward = p.towardsCamera();
        // The south edge faces the camera when cos A ≥ 0, the west edge when sin A ≤ 0; at the top view, north up,
        // these are the plot's own bottom and left axes.
        double yEdge = toward[1] <= 1e-9 ? box.yMin() : box.yMax();
        double xEdge = toward[0] <= 1e-9 ? box.xMin() : box.xMax();
        d.setFont(0.9 * font, false);
        d.setFill(t.text());
        double along = Math.hypot(sx[1] - sx[0], sy[1] - sy[0]);
        for (double x : Ticks.between(box.xMin(), box.xMax(), (int) Math.max(2, along / (6.5 * font)))) {
            tick(d, l, x, yEdge, 0, yEdge == box.yMin() ? -1 : 1, Numbers.brief(x));
        }
        double up = Math.hypot(sx[3] - sx[0], sy[3] - sy[0]);
        for (double y : Ticks.between(box.yMin(), box.yMax(), (int) Math.max(2, up / (4.5 * font)))) {
            tick(d, l, xEdge, y, xEdge == box.xMin() ? -1 : 1, 0, Numbers.brief(y));
        }
        d.setFont(font, false);
        double[] xName = outward(xEdge == box.xMin() ? 0 : 0, yEdge == box.yMin() ? -1 : 1, box);
        label(d, p.pixelX(box.center().x(), yEdge), p.pixelY(box.center().x(), yEdge, 0), xName, 2.2 * font, "x");
        double[] yName = outward(xEdge == box.xMin() ? -1 : 1, 0, box);
        label(d, p.pixelX(xEdge, box.center().y()), p.pixelY(xEdge, box.center().y(), 0), yName, 3.2 * font, "y");
    }

    /** A tick on the floor's edge at (x, y), pointing outwards along (ox, oy) in the plane, with its label. */
    private void tick(Drawing d, FrameLayout l, double x, double y, double ox, double oy, String text) {
        double font = l.font();
        double[] out = outward(ox, oy, mesh.box());
        double ax = projection.pixelX(x, y);
        double ay = projection.pixelY(x, y, 0);
        double len = 0.4 * font;
        d.strokeLine(ax, ay, ax + out[0] * len, ay + out[1] * len);
        label(d, ax, ay, out, len + 0.3 * font, text);
    }

    /** The screen direction, a unit vector, of the plane direction (ox, oy) on the floor; down if it has none. */
    private double[] outward(double ox, double oy, ViewBox box) {
        double step = 1e-3 * Math.max(box.width(), box.height());
        double x = box.center().x();
        double y = box.center().y();
        double dx = projection.pixelX(x + ox * step, y + oy * step) - projection.pixelX(x, y);
        double dy = projection.pixelY(x + ox * step, y + oy * step, 0) - projection.pixelY(x, y, 0);
        double n = Math.hypot(dx, dy);
        return n < 1e-9 ? new double[] {0, 1} : new double[] {dx / n, dy / n};
    }

    /** Text set off from (x, y) by {@code gap} along the unit direction, anchored on its side facing the point. */
    private static void label(Drawing d, double x, double y, double[] dir, double gap, String text) {
        double ox = dir[0];
        double oy = dir[1];
        Align align = Math.abs(ox) < 0.38 ? Align.CENTER : ox > 0 ? Align.LEFT : Align.RIGHT;
        Baseline baseline = Math.abs(oy) < 0.38 ? Baseline.MIDDLE : oy > 0 ? Baseline.TOP : Baseline.BOTTOM;
        d.fillText(text, x + ox * gap, y + oy * gap, align, baseline);
    }

    // The race on the surface.

    /**
     * Cuts the paths into pieces, one per cell they cross, each lying on its cell's facets, projected and filed by
     * slab; and notes where each path's head or end lies.
     */
    private void collectPaths(Frame f, List<Mark> marks) {
        pieces.clear();
        int tracks = f.tracks().size();
        List<Track> ghosts = f.extras().ghosts();
        for (int g = 0; g < ghosts.size(); g++) {
            Trajectory tr = ghosts.get(g).trajectory();
            if (!tr.isEmpty()) {
                cut(tr, tr.clampStep(f.step()), tracks + g);
            }
        }
        for (int k = 0; k < tracks; k++) {
            Track track = f.tracks().get(k);
            Trajectory tr = track.trajectory();
            double[] end = tr.isEmpty() ? null : cut(tr, tr.clampStep(f.step()), k);
            boolean ended = FramePainter.ended(f, track);
            if (tr.isEmpty()) {
                end = new double[] {f.start().x(), f.start().y()};
            }
            if (end != null) {
                marks.add(new HeadMark(f, track, end[0], end[1], ended));
            }
        }
        pieces.sort(slabs, tracks + ghosts.size());
    }

    /**
     * Cuts a path up to step {@code last} at the box's edges and the grid's lines, adding the pieces inside.
     *
     * @return where its head is drawn: the last point if inside the box, else where the path last left it; null
     *         if it never entered
     */
    private double[] cut(Trajectory tr, int last, int owner) {
        ViewBox box = mesh.box();
        // Steps shorter than half a pixel add nothing but time, the optimizer circling a minimum thousands of times.
        double least = 0.5 * Math.max(box.width(), box.height()) / projection.scale();
        double ax = Double.NaN;
        double ay = Double.NaN;
        double[] head = null;
        pieces.newPath();
        for (int k = 0; k <= last; k++) {
            double bx = tr.x(k);
            double by = tr.y(k);
            if (!Double.isFinite(bx) || !Double.isFinite(by)) {
                break;
            }
            if (k > 0 && k < last && Math.abs(bx - ax) < least && Math.abs(by - ay) < least) {
                continue;
            }
            if (k == 0) {
                if (box.contains(bx, by)) {
                    head = new double[] {bx, by};
                }
            } else {
                double[] c = FramePainter.clipSegment(ax, ay, bx, by, box.xMin(), box.yMin(), box.xMax(),
                        box.yMax());
                if (c != null) {
                    split(c[0], c[1], c[2], c[3], owner);
                    head = new double[] {c[2], c[3]};
                }
            }
            ax = bx;
            ay = by;
        }
        return head;
    }

    /** Splits a segment inside the box where it crosses the grid's lines, and files each piece under its slab. */
    private void split(double ax, double ay, double bx, double by, int owner) {
        ViewBox box = mesh.box();
        double cw = box.width() / mesh.columns();
        double ch = box.height() / mesh.rows();
        double u0 = (ax - box.xMin()) / cw;
        double u1 = (bx - box.xMin()) / cw;
        double v0 = (ay - box.yMin()) / ch;
        double v1 = (by - box.yMin()) / ch;
        double[] ts = pieces.cuts;
        int n = 0;
        ts[n++] = 0;
        for (long m = (long) Math.floor(Math.min(u0, u1)) + 1; m < Math.max(u0, u1) && n < ts.length - 1; m++) {
            ts[n++] = (m - u0) / (u1 - u0);
        }
        for (long m = (long) Math.floor(Math.min(v0, v1)) + 1; m < Math.max(v0, v1) && n < ts.length - 1; m++) {
            ts[n++] = (m - v0) / (v1 - v0);
        }
        Arrays.sort(ts, 1, n);
        ts[n++] = 1;
        for (int k = 0; k + 1 < n; k++) {
            double t0 = ts[k];
            double t1 = ts[k + 1];
            if (t1 <= t0) {
                continue;
            }
            double x0 = ax + t0 * (bx - ax);
            double y0 = ay + t0 * (by - ay);
            double x1 = ax + t1 * (bx - ax);
            double y1 = ay + t1 * (by - ay);
            int cell = mesh.cellAt((x0 + x1) / 2, (y0 + y1) / 2);
            double h0 = mesh.heightAt(x0, y0);
            double h1 = mesh.heightAt(x1, y1);
            if (cell < 0 || Double.isNaN(h0 + h1)) {
                continue;
            }
            pieces.add(slabOf[cell], owner, projection.pixelX(x0, y0), projection.pixelY(x0, y0, h0),
                    projection.pixelX(x1, y1), projection.pixelY(x1, y1, h1));
        }
    }

    /** Draws the pieces of paths on the slab: the ghosts faint, then each track on its halo. */
    private int paintPieces(Drawing d, Frame f, int slab, int next) {
        int tracks = f.tracks().size();
        double s = layout.scale();
        while (next < pieces.groups && pieces.groupSlab[next] < slab) {
            next++;
        }
        int first = next;
        while (next < pieces.groups && pieces.groupSlab[next] == slab) {
            next++;
        }
        for (int g = first; g < next; g++) {
            int owner = pieces.groupOwner[g];
            double[] xy = pieces.groupCoordinates(g);
            if (owner >= tracks) {
                Track ghost = f.extras().ghosts().get(owner - tracks);
                d.setStroke(Palette.withAlpha(Palette.color(ghost.slot(), f.theme()), 0.45), 1.4 * s);
                d.strokeSegments(xy, xy.length);
            }
        }
        // All halos, then all colours: one track's halo never covers another's colour on the same slab.
        double haloWidth = (map.isDark() ? 4.6 : 3.6) * s;
        d.setStroke(halo(), haloWidth);
        for (int g = first; g < next; g++) {
            if (pieces.groupOwner[g] < tracks) {
                double[] xy = pieces.haloCoordinates(g, haloWidth / 2);
                d.strokeSegments(xy, xy.length);
            }
        }
        double width = 2.2 * s;
        for (int g = first; g < next; g++) {
            int owner = pieces.groupOwner[g];
            if (owner >= tracks) {
                continue;
            }
            Track track = f.tracks().get(owner);
            double[] xy = pieces.groupCoordinates(g);
            d.setStroke(Palette.color(track.slot(), f.theme()), width);
            d.setDash(FramePainter.scaled(Palette.dash(track.slot()), width));
            d.strokeSegments(xy, xy.length);
            d.setDash();
        }
        return next;
    }

    private int halo() {
        return map.isDark() ? 0xD9FFFFFF : 0x8C000000;
    }

    private int outline() {
        return map.isDark() ? 0xFFFFFFFF : 0xFF1A1A1A;
    }

    /** The start, the minima and saddle points: each on the surface, in its slab. */
    private void collectMarks(Frame f, List<Mark> marks) {
        double s = layout.scale();
        ViewBox box = mesh.box();
        for (Landmark m : f.extras().landmarks()) {
            double x = m.point().x();
            double y = m.point().y();
            double h = mesh.heightAt(x, y);
            if (Double.isNaN(h)) {
                continue;
            }
            double mx = projection.pixelX(x, y);
            double my = projection.pixelY(x, y, h);
            boolean global = m.kind() == Landmark.Kind.GLOBAL_MINIMUM;
            boolean minimum = m.isMinimum();
            int ink = map.isDark() ? 0xFFFFFFFF : 0xFF1A1A1A;
            int paper = map.isDark() ? 0xFF1A1A1A : 0xFFFFFFFF;
            marks.add(new Mark(slabOf[mesh.cellAt(x, y)]) {
                @Override
                void paint(Drawing d) {
                    if (minimum) {
                        double[][] star = Marker.STAR.outline(mx, my, 6.5 * s);
                        d.setFill(global ? ink : paper);
                        d.fillPolygon(star[0], star[1], star[0].length);
                        d.setStroke(global ? paper : ink, 1.2 * s);
                        d.strokePolygon(star[0], star[1], star[0].length);
                    } else {
                        double r = 5 * s;
                        for (int pass = 0; pass < 2; pass++) {
                            d.setStroke(pass == 0 ? paper : ink, (pass == 0 ? 4 : 2) * s);
                            d.strokeLine(mx - r, my - r, mx + r, my + r);
                            d.strokeLine(mx - r, my + r, mx + r, my - r);
                        }
                    }
                }
            });
        }
        double sx = f.start().x();
        double sy = f.start().y();
        double h = mesh.heightAt(sx, sy);
        if (box.contains(sx, sy) && !Double.isNaN(h)) {
            double mx = projection.pixelX(sx, sy);
            double my = projection.pixelY(sx, sy, h);
            marks.add(new Mark(slabOf[mesh.cellAt(sx, sy)]) {
                @Override
                void paint(Drawing d) {
                    FramePainter.startMarker(d, mx, my, 6.5 * s, s);
                }
            });
        }
    }

    /** Something drawn on the surface after the slab in front of its own: a marker. */
    private abstract static class Mark {
        final int slab;

        Mark(int slab) {
            this.slab = slab;
        }

        abstract void paint(Drawing d);
    }

    /** A racer's head: its marker, or a cross where its path ended. */
    private final class HeadMark extends Mark {
        private final Frame f;
        private final Track track;
        private final double x;
        private final double y;
        private final boolean ended;

        HeadMark(Frame f, Track track, double x, double y, boolean ended) {
            super(cellSlab(x, y));
            this.f = f;
            this.track = track;
            this.x = x;
            this.y = y;
            this.ended = ended;
        }

        @Override
        void paint(Drawing d) {
            double h = mesh.heightAt(x, y);
            if (Double.isNaN(h)) {
                return;
            }
            double s = layout.scale();
            double mx = projection.pixelX(x, y);
            double my = projection.pixelY(x, y, h);
            int color = Palette.color(track.slot(), f.theme());
            if (ended) {
                double r = 7 * s;
                for (int pass = 0; pass < 2; pass++) {
                    d.setStroke(pass == 0 ? halo() : color, (pass == 0 ? 5.5 : 3) * s);
                    d.strokeLine(mx - r, my - r, mx + r, my + r);
                    d.strokeLine(mx - r, my + r, mx + r, my - r);
                }
            } else {
                double[][] shape = Palette.marker(track.slot()).outline(mx, my, 5.2 * s);
                d.setFill(color);
                d.fillPolygon(shape[0], shape[1], shape[0].length);
                d.setStroke(outline(), 1.3 * s);
                d.strokePolygon(shape[0], shape[1], shape[0].length);
            }
        }
    }

    private int cellSlab(double x, double y) {
        int cell = mesh.cellAt(x, y);
        return cell < 0 ? slabs - 1 : slabOf[cell];
    }

    /** Why paths stopped, such as "Momentum diverged at 34", one a line at the scene's top left. */
    private void paintNotes(Drawing d, Frame f, double[] stage) {
        FrameLayout l = f.layout();
        double s = l.scale();
        double font = FrameLayout.SMALL * l.font();
        d.setFont(font, true);
        double y = stage[1] + 0.4 * l.font();
        for (Track track : f.tracks()) {
            if (!FramePainter.ended(f, track)) {
                continue;
            }
            Trajectory tr = track.trajectory();
            String text = tr.isEmpty() ? track.label() + ": " + tr.outcome().describe()
                    : track.label() + " " + tr.outcome().describe();
            double w = d.textWidth(text) + 6 * s;
            double x = l.plotX();
            d.setFill(f.theme().legend());
            d.fillRect(x, y, w + 3 * s, 1.3 * font);
            d.setFill(Palette.color(track.slot(), f.theme()));
            d.fillRect(x, y, 3 * s, 1.3 * font);
            d.setFill(f.theme().text());
            d.fillText(text, x + 6 * s, y + 0.65 * font, Align.LEFT, Baseline.MIDDLE);
            y += 1.45 * font;
        }
    }

    /** The camera's angles at the scene's bottom right, as {@code --view3d} takes them. */
    private static void paintCaption(Drawing d, FrameLayout l, Camera c, Theme t, double[] stage) {
        double font = FrameLayout.SMALL * l.font();
        d.setFont(font, false);
        d.setFill(Palette.withAlpha(t.text(), 0.75));
        String text = "azimuth " + Numbers.brief(c.azimuth()) + "°, elevation " + Numbers.brief(c.elevation()) + "°"
                + (c.zoom() == 1 ? "" : ", zoom " + Numbers.brief(c.zoom()));
        d.fillText(text, stage[0] + stage[2] - 0.3 * l.font(), stage[1] + stage[3] - 0.3 * l.font(), Align.RIGHT,
                Baseline.BOTTOM);
    }

    /** The projection of the last frame painted; for tests. */
    Projection3D projection() {
        return projection;
    }

    /** The pieces of paths of one frame, filed by slab and owner (a track, or a ghost after the tracks). */
    private static final class Pieces {
        final double[] cuts = new double[2 * (SurfaceMesh.CELLS + 4) + 4];
        private double[] xy = new double[256];
        private int[] slab = new int[64];
        private int[] owner = new int[64];
        private byte[] joints = new byte[64];
        private int count;
        private int previous = -1;
        private static final byte JOINS_BEFORE = 1;
        private static final byte JOINS_AFTER = 2;
        // After sorting: groups of pieces with one slab and owner, from the farthest slab.
        int groups;
        int[] groupSlab = new int[16];
        int[] groupOwner = new int[16];
        private int[] groupStart = new int[17];
        private int[] sorted = new int[64];

        void clear() {
            count = 0;
            groups = 0;
        }

        /** Starts a new path: its first piece joins none before it. */
        void newPath() {
            previous = -1;
        }

        /**
         * Adds a piece; where it continues the path's last piece from another slab, both are marked, so that their
         * halos stop short of the joint (see {@link #haloCoordinates}).
         */
        void add(int s, int o, double x0, double y0, double x1, double y1) {
            if (count == slab.length) {
                slab = Arrays.copyOf(slab, 2 * count);
                owner = Arrays.copyOf(owner, 2 * count);
                joints = Arrays.copyOf(joints, 2 * count);
                xy = Arrays.copyOf(xy, 8 * count);
            }
            slab[count] = s;
            owner[count] = o;
            joints[count] = 0;
            xy[4 * count] = x0;
            xy[4 * count + 1] = y0;
            xy[4 * count + 2] = x1;
            xy[4 * count + 3] = y1;
            if (previous >= 0 && slab[previous] != s && xy[4 * previous + 2] == x0 && xy[4 * previous + 3] == y0) {
                joints[previous] |= JOINS_AFTER;
                joints[count] |= JOINS_BEFORE;
            }
            previous = count;
            count++;
        }

        /** Groups the pieces by slab, then owner, keeping each path's order within a group. */
        void sort(int slabs, int owners) {
            int buckets = slabs * owners;
            int[] starts = new int[buckets + 1];
            for (int k = 0; k < count; k++) {
                starts[slab[k] * owners + owner[k] + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                starts[b + 1] += starts[b];
            }
            if (sorted.length < count) {
                sorted = new int[slab.length];
            }
            int[] at = Arrays.copyOf(starts, buckets);
            for (int k = 0; k < count; k++) {
                sorted[at[slab[k] * owners + owner[k]]++] = k;
            }
            groups = 0;
            for (int b = 0; b < buckets; b++) {
                if (starts[b + 1] > starts[b]) {
                    if (groups + 1 >= groupStart.length) {
                        groupSlab = Arrays.copyOf(groupSlab, 2 * groupStart.length);
                        groupOwner = Arrays.copyOf(groupOwner, 2 * groupStart.length);
                        groupStart = Arrays.copyOf(groupStart, 2 * groupStart.length);
                    }
                    groupSlab[groups] = b / owners;
                    groupOwner[groups] = b % owners;
                    groupStart[groups] = starts[b];
                    groupStart[groups + 1] = starts[b + 1];
                    groups++;
                }
            }
        }

        /**
         * The coordinates of group g's pieces for their halo: each end that joins a piece drawn in another slab is
         * drawn back by the halo's half width, so that the halo's round end reaches the joint and no further. A halo
         * drawn later would otherwise cover the earlier piece's colour around the joint, and a path crossing many
         * slabs would look dashed.
         */
        double[] haloCoordinates(int g, double radius) {
            int from = groupStart[g];
            int to = groupStart[g + 1];
            double[] out = new double[4 * (to - from)];
            int n = 0;
            for (int k = from; k < to; k++) {
                int p = sorted[k];
                double x0 = xy[4 * p];
                double y0 = xy[4 * p + 1];
                double x1 = xy[4 * p + 2];
                double y1 = xy[4 * p + 3];
                double len = Math.hypot(x1 - x0, y1 - y0);
                double cutStart = (joints[p] & JOINS_BEFORE) != 0 ? radius : 0;
                double cutEnd = (joints[p] & JOINS_AFTER) != 0 ? radius : 0;
                if (len <= cutStart + cutEnd) {
                    continue;
                }
                double ux = (x1 - x0) / len;
                double uy = (y1 - y0) / len;
                out[n++] = x0 + ux * cutStart;
                out[n++] = y0 + uy * cutStart;
                out[n++] = x1 - ux * cutEnd;
                out[n++] = y1 - uy * cutEnd;
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        }

        /** The coordinates of group g's pieces, x1, y1, x2, y2 each. */
        double[] groupCoordinates(int g) {
            int from = groupStart[g];
            int to = groupStart[g + 1];
            double[] out = new double[4 * (to - from)];
            for (int k = from; k < to; k++) {
                System.arraycopy(xy, 4 * sorted[k], out, 4 * (k - from), 4);
            }
            return out;
        }
    }
}
