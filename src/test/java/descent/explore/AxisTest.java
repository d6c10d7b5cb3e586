package descent.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameter.Scale;
import org.junit.jupiter.api.Test;

class AxisTest {

    private static double[] values(Axis a) {
        double[] v = new double[a.count()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.value(i);
        }
        return v;
    }

    @Test
    void aLogAxisPutsEachDecadeTheSameDistanceApart() {
        Axis eps = new Axis(Hyperparameter.LEARNING_RATE, 1e-4, 1, 5, Scale.LOG);
        double[] v = values(eps);
        double[] expected = {1e-4, 1e-3, 1e-2, 1e-1, 1};
        for (int i = 0; i < v.length; i++) {
            assertThat(v[i]).isCloseTo(expected[i], within(expected[i] * 1e-12));
        }
        // The ends exactly as typed.
        assertThat(v[0]).isEqualTo(1e-4);
        assertThat(v[4]).isEqualTo(1.0);
    }

    @Test
    void aLogOneMinusAxisSpacesDecayRatesByTheirNines() {
        Axis rho2 = new Axis(Hyperparameter.SECOND_MOMENT_DECAY, 0.9, 0.9999, 4, Scale.ONE_MINUS_LOG);
        double[] v = values(rho2);
        assertThat(v[0]).isEqualTo(0.9);
        assertThat(v[1]).isCloseTo(0.99, within(1e-12));
        assertThat(v[2]).isCloseTo(0.999, within(1e-12));
        assertThat(v[3]).isEqualTo(0.9999);
    }

    @Test
    void aLinearAxisStepsEvenly() {
        assertThat(values(new Axis(Hyperparameter.MOMENTUM, 0, 0.9, 4, Scale.LINEAR)))
                .containsExactly(new double[] {0, 0.3, 0.6, 0.9}, within(1e-15));
    }

    @Test
    void theSpacingFollowsTheSliderWhereTheRangeSpansADecade() {
        assertThat(Axis.of(Hyperparameter.LEARNING_RATE, 1e-4, 1, 64).spacing()).isEqualTo(Scale.LOG);
        assertThat(Axis.of(Hyperparameter.LEARNING_RATE, 0.1, 0.5, 64).spacing()).isEqualTo(Scale.LINEAR);
        assertThat(Axis.of(Hyperparameter.SECOND_MOMENT_DECAY, 0.9, 0.9999, 64).spacing())
                .isEqualTo(Scale.ONE_MINUS_LOG);
        assertThat(Axis.of(Hyperparameter.SECOND_MOMENT_DECAY, 0.9, 0.95, 64).spacing()).isEqualTo(Scale.LINEAR);
        assertThat(Axis.of(Hyperparameter.MOMENTUM, 0, 0.99, 64).spacing()).isEqualTo(Scale.ONE_MINUS_LOG);
    }

    @Test
    void positionIsTheInverseOfValue() {
        for (Axis a : new Axis[] {new Axis(Hyperparameter.LEARNING_RATE, 1e-4, 1, 64, Scale.LOG),
            new Axis(Hyperparameter.SECOND_MOMENT_DECAY, 0.9, 0.9999, 64, Scale.ONE_MINUS_LOG),
            new Axis(Hyperparameter.MOMENTUM, 0, 0.9, 10, Scale.LINEAR)}) {
            for (int i = 0; i < a.count(); i++) {
                assertThat(a.position(a.value(i))).isCloseTo(i, within(1e-9));
                assertThat(a.index(a.position(a.value(i)) + 0.4)).isEqualTo(i);
            }
            assertThat(a.index(-0.6)).isEqualTo(-1);
            assertThat(a.index(a.count() - 0.4)).isEqualTo(-1);
        }
    }

    @Test
    void wholeNumberHyperparametersTakeWholeValues() {
        Axis tau = new Axis(Hyperparameter.DECAY_STEPS, 1, 1000, 4, Scale.LOG);
        assertThat(values(tau)).containsExactly(1, 10, 100, 1000);
        Axis few = new Axis(Hyperparameter.DECAY_STEPS, 1, 3, 5, Scale.LINEAR);
        assertThat(values(few)).containsExactly(1, 2, 2, 2, 3);
    }

    @Test
    void axesThatCannotBeMappedAreRefusedInAUsersWords() {
        assertThatThrownBy(() -> new Axis(Adam.BIAS_CORRECTION, 0, 1, 2, Scale.LINEAR))
                .hasMessage("bias_correction is a switch, on or off: a map needs a number");
        assertThatThrownBy(() -> new Axis(Hyperparameter.LEARNING_RATE, 1e-4, 1, 1, Scale.LOG))
                .hasMessage("eps: the number of values must be from 2 to 1024 (got 1)");
        assertThatThrownBy(() -> new Axis(Hyperparameter.LEARNING_RATE, 1e-4, 20, 8, Scale.LOG))
                .hasMessage("eps must be a number > 0 and <= 10 (got 1e-4 to 20)");
        assertThatThrownBy(() -> new Axis(Hyperparameter.LEARNING_RATE, 1, 0.1, 8, Scale.LOG))
                .hasMessage("eps: the range must go from a smaller value to a larger one (got 1 to 0.1)");
        assertThatThrownBy(() -> new Axis(Hyperparameter.MOMENTUM, 0, 0.9, 8, Scale.LOG))
                .hasMessage("alpha: a log axis needs values above 0 (got from 0)");
    }

    @Test
    void anAxisReadsAsTheCommandLineWritesIt() {
        assertThat(Axis.of(Hyperparameter.LEARNING_RATE, 1e-4, 1, 64)).hasToString("eps=1e-4:1:64:log");
        assertThat(Axis.of(Hyperparameter.SECOND_MOMENT_DECAY, 0.9, 0.9999, 64))
                .hasToString("rho2=0.9:0.9999:64:log1m");
    }
}
