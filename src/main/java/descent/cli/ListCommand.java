package descent.cli;

import descent.optim.Hyperparameter;
import descent.optim.Optimizer;
import descent.surface.Parameter;
import descent.surface.Surface;
import descent.surface.SurfaceDefaults;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.ViewBox;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code descent list}: every surface and every optimizer, with formulas, parameters, ranges and defaults. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every surface (formula, parameters, defaults) and every optimizer (update rule, "
                + "hyperparameters, defaults).")
final class ListCommand implements Callable<Integer> {

    private final PrintStream out;

    ListCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        out.println("SURFACES  (--surface NAME, --param NAME=VALUE)");
        for (SurfaceType type : Surfaces.ALL) {
            Surface s = type.create();
            SurfaceDefaults d = s.defaults();
            out.println();
            out.println(type.name() + (type == Surfaces.ALL.get(0) ? "  (the default)" : ""));
            out.println("  " + type.summary());
            out.println("  f(x, y) = " + s.formula().text());
            ViewBox v = d.view();
            out.printf("  defaults: view [%s, %s] x [%s, %s], start (%s, %s), eps %s, %s contour levels%n",
                    num(v.xMin()), num(v.xMax()), num(v.yMin()), num(v.yMax()), num(d.start().x()),
                    num(d.start().y()), num(d.learningRate()), d.spacing().name().toLowerCase());
            for (Parameter p : type.parameters()) {
                out.printf("  --param %s=%s  (%s) %s; in %s%n", p.name(), num(p.defaultValue()), p.symbol(),
                        p.description(), p.range().interval());
            }
        }
        out.println();
        out.println("OPTIMIZERS  (--optimizers all|NAME,...; θ, g, v, r, s are 2-vectors, v, r, s start at 0)");
        for (Optimizer o : Optimizer.values()) {
            out.println();
            out.println(o.key() + "  (" + o.title() + ")");
            out.println("  " + o.rule());
            out.println("  hyperparameters: " + o.hyperparameters().stream()
                    .map(h -> h.symbol() + " " + defaultText(h)).collect(Collectors.joining(", ")));
        }
        out.println();
        out.println("HYPERPARAMETERS  (global: --NAME VALUE; one optimizer only: --set OPTIMIZER.NAME=VALUE)");
        out.println();
        for (Hyperparameter h : Hyperparameter.values()) {
            out.printf("  --%-8s %-3s %-20s %-21s in %s%n", h.key(), h.symbol(), h.title(), defaultText(h),
                    h.range().interval() + (h.range().wholeNumbers() ? ", whole" : ""));
            out.println("             " + h.description());
        }
        return 0;
    }

    private static String defaultText(Hyperparameter h) {
        return switch (h) {
            case LEARNING_RATE -> "(default: surface's)";
            case FINAL_LEARNING_RATE -> "(default: ε/100)";
            default -> "(default " + num(h.defaultValue()) + ")";
        };
    }

    private static String num(double v) {
        return descent.export.Decimal.shortest(v);
    }
}
