package descent.render;

/** The shape of an optimizer's head marker, so that optimizers differ in shape as well as colour. */
public enum Marker {
    CIRCLE,
    SQUARE,
    TRIANGLE_UP,
    DIAMOND,
    TRIANGLE_DOWN,
    PENTAGON,
    HEXAGON,
    STAR;

    /** The outline of this marker of radius r centred at (cx, cy): x coordinates then y coordinates. */
    public double[][] outline(double cx, double cy, double r) {
        return switch (this) {
            case CIRCLE -> regular(cx, cy, r, 24, 0);
            case SQUARE -> regular(cx, cy, r * 1.2, 4, Math.PI / 4);
            case TRIANGLE_UP -> regular(cx, cy, r * 1.35, 3, -Math.PI / 2);
            case DIAMOND -> regular(cx, cy, r * 1.3, 4, 0);
            case TRIANGLE_DOWN -> regular(cx, cy, r * 1.35, 3, Math.PI / 2);
            case PENTAGON -> regular(cx, cy, r * 1.15, 5, -Math.PI / 2);
            case HEXAGON -> regular(cx, cy, r * 1.1, 6, 0);
            case STAR -> star(cx, cy, r * 1.45);
        };
    }

    private static double[][] regular(double cx, double cy, double r, int n, double phase) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double a = phase + 2 * Math.PI * i / n;
            xs[i] = cx + r * Math.cos(a);
            ys[i] = cy + r * Math.sin(a);
        }
        return new double[][] {xs, ys};
    }

    private static double[][] star(double cx, double cy, double r) {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            double rr = i % 2 == 0 ? r : r * 0.45;
            xs[i] = cx + rr * Math.cos(a);
            ys[i] = cy + rr * Math.sin(a);
        }
        return new double[][] {xs, ys};
    }
}
