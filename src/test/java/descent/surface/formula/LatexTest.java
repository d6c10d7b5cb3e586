package descent.surface.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.scilab.forge.jlatexmath.TeXFormula;

class LatexTest {

    private static String latex(String formula) {
        return Latex.of(Parser.parse(formula, Set.of("a", "kappa", "a_1", "speed")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "x^2 + 10*y^2 + 0.5*sin(3*x)*cos(2*y); x^{2}+10\\,y^{2}+0.5\\,\\sin\\left(3\\,x\\right)"
                    + "\\,\\cos\\left(2\\,y\\right)",
            "(1 - x)^2 + 100*(y - x^2)^2; \\left(1-x\\right)^{2}+100\\,\\left(y-x^{2}\\right)^{2}",
            "-(x + y); -\\left(x+y\\right)",
            "-x^2; -x^{2}",
            "x - (y - 1); x-\\left(y-1\\right)",
            "x - y*2; x-y\\cdot 2",
            "x + -y; x+\\left(-y\\right)",
            "2*3*x; 2\\cdot 3\\,x",
            "(x + 1)/(y - 1); \\frac{x+1}{y-1}",
            "sqrt(x) + abs(y); \\sqrt{x}+\\left|y\\right|",
            "sin(x)^2; \\left(\\sin\\left(x\\right)\\right)^{2}",
            "pow(x, y); x^{y}",
            "kappa*a_1*speed; {\\kappa}\\,a_{1}\\,\\mathrm{speed}",
            "1e-3*x + pi; 1\\cdot 10^{-3}\\,x+{\\pi}",
            "max(x, y, 1); \\max\\left(x,\\,y,\\,1\\right)"})
    void writesTheFormulaAsABookWould(String formula, String expected) {
        assertThat(latex(formula)).isEqualTo(expected);
    }

    static Stream<String> formulas() {
        return Stream.concat(GradientTest.WRITTEN.stream(), GradientTest.drawn().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void everyFormulaTypesets(String formula) {
        String tex = Latex.of(Parser.parse(formula, Set.of("a", "b")));
        assertThatCode(() -> new TeXFormula(tex).createTeXIcon(0, 20)).doesNotThrowAnyException();
    }
}
