package descent.cli;

import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.optim.Setting;
import descent.surface.Parameter;
import descent.surface.Surface;
import descent.surface.SurfaceDefaults;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.TypedSurface;
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
        out.println(TypedSurface.NAME + "  (--surface custom --formula F [--param a=V:MIN:MAX] [--view X0,X1,Y0,Y1])");
        out.println("  " + TypedSurface.TYPE.summary());
        out.println("  such as: --formula '" + TypedSurface.EXAMPLE + "'");
        out.println();
        for (Rule.Family family : Rule.Family.values()) {
            out.println();
            out.println(family == Rule.Family.LECTURE
                    ? "RULES: " + family.title() + "  (--optimizers all|RULE,...; --racer RULE:NAME=VALUE,...)"
                    : "RULES: " + family.title() + "  (lr follows ε; with follow_lecture=true, momentum follows α,"
                            + " alpha and rho ρ, eps δ, beta1 ρ₁, beta2 ρ₂)");
            out.println(family == Rule.Family.LECTURE ? "  θ, g, v, r, s are 2-vectors; v, r, s start at 0"
                    : "  θ, g, b, r, s, u are 2-vectors, starting at 0 unless said; t counts the updates;"
                            + " products, quotients, roots and max act per component");
            for (Rule r : Rules.ALL) {
                if (r.family() != family) {
                    continue;
                }
                out.println();
                out.println(r.id() + "  (" + r.title() + ")");
                out.println("  " + r.text());
                out.println("  values: " + r.settings().stream().map(ListCommand::settingText)
                        .collect(Collectors.joining(", ")));
            }
        }
        out.println();
        out.println("HYPERPARAMETERS  (global: --NAME VALUE; every racer of one rule: --set RULE.NAME=VALUE)");
        out.println();
        for (Hyperparameter h : Hyperparameter.GLOBALS) {
            out.printf("  --%-8s %-3s %-20s %-21s in %s%n", h.key(), h.symbol(), h.title(), defaultText(h),
                    h.range().interval() + (h.range().wholeNumbers() ? ", whole" : ""));
            out.println("             " + h.description());
        }
        return 0;
    }

    /** A rule's value as the list shows it: "eps ε (global)", "momentum (default 0; follows α)". */
    private static String settingText(Setting s) {
        Hyperparameter h = s.parameter();
        String name = h.symbol().equals(h.key()) ? h.key() : h.key() + " " + h.symbol();
        if (s.always()) {
            return name + (s.global() == h ? "" : " (follows " + s.global().symbol() + ")");
        }
        String d = "default " + (h.isSwitch() ? h.format(s.defaultValue()) : num(s.defaultValue()));
        return name + " (" + d + (s.global() == null ? "" : "; or " + s.global().symbol()) + ")";
    }

    private static String defaultText(Hyperparameter h) {
        if (h == Hyperparameter.LEARNING_RATE) {
            return "(default: surface's)";
        }
        if (h == Hyperparameter.FINAL_LEARNING_RATE) {
            return "(default: ε/100)";
        }
        return "(default " + num(Hyperparameters.defaultValue(h)) + ")";
    }

    private static String num(double v) {
        return descent.math.Numbers.shortest(v);
    }
}
