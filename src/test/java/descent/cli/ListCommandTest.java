package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import descent.optim.Hyperparameter;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.surface.Parameter;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.TypedSurface;
import org.junit.jupiter.api.Test;

class ListCommandTest {

    @Test
    void listsEverySurfaceWithItsFormulaAndParametersAndEveryOptimizerWithItsRule() {
        CliRunner r = CliRunner.run("list");
        assertThat(r.exitCode).isZero();
        for (SurfaceType t : Surfaces.ALL) {
            assertThat(r.out).contains("\n" + t.name()).contains(t.create().formula().text());
            for (Parameter p : t.parameters()) {
                assertThat(r.out).contains("--param " + p.name() + "=").contains(p.range().interval());
            }
        }
        for (Rule o : Rules.ALL) {
            assertThat(r.out).contains("\n" + o.id() + "  (" + o.title() + ")").contains(o.text());
        }
        for (Hyperparameter h : Hyperparameter.GLOBALS) {
            assertThat(r.out).contains("--" + h.key()).contains(h.symbol());
        }
        assertThat(r.out).contains("(default 0.999)").contains("(default 1e-7)");
        assertThat(r.out).contains("\ncustom  (--surface custom --formula F").contains(TypedSurface.EXAMPLE);
    }

    @Test
    void theTopHelpListsTheWindowsOwnOptions() {
        CliRunner r = CliRunner.run("--help");
        assertThat(r.exitCode).isZero();
        assertThat(r.err).isEmpty();
        for (String flag : new String[] {"--screenshot", "--size", "--step", "--theme", "--colormap", "--surface",
            "--optimizers", "--eps"}) {
            assertThat(r.out).contains(flag + "=");
        }
        assertThat(r.out).contains("run", "export", "list", "bench");
    }

    @Test
    void helpNamesEveryRunFlag() {
        CliRunner r = CliRunner.run("run", "--help");
        assertThat(r.exitCode).isZero();
        for (String flag : new String[] {"--surface", "--param", "--start", "--steps", "--optimizers", "--eps",
            "--alpha", "--rho", "--delta", "--rho1", "--rho2", "--tau", "--eps-tau", "--set", "--noise", "--seed",
            "--batch", "--clip", "--csv"}) {
            assertThat(r.out).contains(flag);
        }
    }

    @Test
    void everyCommandsHelpPrintsItsTextAsWrittenAndNoWarning() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        // picocli warns on the process's standard error when a description does not format.
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : new String[] {"run", "export", "bench", "list"}) {
                CliRunner r = CliRunner.run(command, "--help");
                assertThat(r.exitCode).as(command).isZero();
                assertThat(r.err).as(command).isEmpty();
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(CliRunner.run("export", "--help").out).contains("a %04d pattern");
    }

    @Test
    void noCommandPrintsUsage() {
        CliRunner r = CliRunner.run("help");
        assertThat(r.exitCode).isZero();
        assertThat(r.out).contains("run").contains("list").contains("bench");
    }
}
