package descent.surface.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the parser reads, in which order of operations, and how it says where a formula goes wrong. */
class ParserTest {

    private static double at(String formula, double x, double y) {
        return Program.compile(Parser.parse(formula, Set.of("a", "b")), Map.of("a", 2.0, "b", 3.0)).value(x, y);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
            "1 + 2 * 3; 7",
            "(1 + 2) * 3; 9",
            "1 - 2 - 3; -4",
            "8 / 4 / 2; 1",
            "2 ^ 3 ^ 2; 512",
            "-x^2; -9",
            "(-x)^2; 9",
            "2^-1; 0.5",
            "- - x; 3",
            "+x; 3",
            "2 ** 3; 8",
            "x*y; 12",
            "a*x + b; 9",
            "3 × 2 ÷ 4 − 1 · 1; 0.5",
            "1e1 + .5 + 2.; 12.5",
            "max(x, y, 10) - min(y, x); 7",
            "pow(y, 0.5); 2",
            "abs(-x) + sqrt(y); 5",
            "log(exp(x)); 3",
            "pi / π; 1"})
    void readsTheOrderOfOperationsOfSchoolAlgebra(String formula, double expected) {
        assertThat(at(formula, 3, 4)).isEqualTo(expected);
    }

    @Test
    void blanksOfAnyKindSeparateWords() {
        assertThat(at("  x\t+\n1 ", 3, 4)).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "x^2 + sinn(x); unknown function 'sinn' at column 7",
            "x + z; unknown name 'z' (the parameters are a, b) at column 5",
            "2x; missing operator before 'x' (write * to multiply) at column 2",
            "x y; missing operator before 'y' (write * to multiply) at column 3",
            "sin x; the function sin needs brackets, as in sin(x) at column 1",
            "((x); the '(' at column 1 is never closed at column 5",
            "x); ')' without a matching '(' at column 2",
            "x +; the formula ends too early: expected a number, x, y or '(' at column 4",
            "x + * y; expected a number, x, y or '(' but found '*' at column 5",
            "min(x); min takes 2 arguments or more, not 1 at column 1",
            "sin(x, y); sin takes 1 argument, not 2 at column 1",
            "pow(x); pow takes 2 arguments, not 1 at column 1",
            "(); empty brackets at column 2",
            "x = 1; unexpected '=' at column 3",
            "1e999; the number 1e999 is too large at column 1",
            "x $ y; unexpected character '$' at column 3",
            "x + .; a point must be part of a number, such as 0.5 at column 5",
            "sin(x,); expected a number, x, y or '(' but found ')' at column 7"})
    void saysWhatIsWrongAndAtWhichColumn(String formula, String message) {
        assertThatThrownBy(() -> Parser.parse(formula, Set.of("a", "b"))).isInstanceOf(FormulaException.class)
                .hasMessage(message);
    }

    @Test
    void theColumnIsAlsoGivenApart() {
        assertThatThrownBy(() -> Parser.parse("x^2 + sinn(x)", Set.of()))
                .isInstanceOfSatisfying(FormulaException.class, e -> assertThat(e.column()).isEqualTo(7));
    }

    @Test
    void anUnknownNameWithNoParametersSuggestsDeclaringOne() {
        assertThatThrownBy(() -> Parser.parse("c*x", Set.of()))
                .hasMessage("unknown name 'c' (declare a parameter such as c=1:0:5) at column 1");
    }

    @Test
    void anEmptyFormulaIsRefused() {
        assertThatThrownBy(() -> Parser.parse("   ", Set.of()))
                .hasMessage("the formula is empty: type f(x, y), such as x^2 + 10*y^2");
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("100,000 nested brackets", "(".repeat(100_000) + "x" + ")".repeat(100_000),
                        "the formula is longer than 1000 characters"),
                Arguments.of("a 1 MB formula", "x+".repeat(500_000) + "x",
                        "the formula is longer than 1000 characters"),
                Arguments.of("brackets nested past the limit", "(".repeat(400) + "x" + ")".repeat(400),
                        "nested deeper than 64 levels at column 65"),
                Arguments.of("signs nested past the limit", "-".repeat(900) + "x",
                        "nested deeper than 64 levels at column 65"),
                Arguments.of("powers nested past the limit", "x^".repeat(450) + "x",
                        "nested deeper than 64 levels at column 130"),
                Arguments.of("calls nested past the limit", "sin(".repeat(150) + "x" + ")".repeat(150),
                        "nested deeper than 64 levels at column 260"),
                Arguments.of("a Java class", "java.lang.Runtime", "unknown name 'java' (declare a parameter such as"
                        + " java=1:0:5) at column 1"),
                Arguments.of("a call of Java", "Runtime.getRuntime().exec(\"rm\")",
                        "unknown name 'Runtime' (declare a parameter such as Runtime=1:0:5) at column 1"),
                Arguments.of("a script", "eval('x')", "unknown function 'eval' at column 1"),
                Arguments.of("a control character", "x\u0000", "unexpected character U+0000 at column 2"),
                Arguments.of("a file", "file(\"/etc/passwd\")", "unknown function 'file' at column 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileInputIsRefusedInOneLine(String what, String formula, String message) {
        assertThatThrownBy(() -> Parser.parse(formula, Set.of())).isInstanceOf(FormulaException.class)
                .hasMessage(message).message().doesNotContain("\n");
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        String deep = "(".repeat(Parser.MAX_DEPTH) + "x" + ")".repeat(Parser.MAX_DEPTH);
        assertThat(at(deep, 5, 0)).isEqualTo(5);
    }

    @Test
    void aFormulaOfTheLongestLengthIsAccepted() {
        // 1 + 1 + ... with 500 ones: 999 characters, a left-leaning tree 500 deep, evaluated to the last bit.
        String longest = "1" + "+1".repeat(499);
        assertThat(longest).hasSizeLessThanOrEqualTo(Parser.MAX_LENGTH);
        assertThat(at(longest, 0, 0)).isEqualTo(500);
    }

    @Test
    void sizeCountsEveryNumberNameOperatorAndCall() {
        assertThat(Parser.parse("x^2 + 10*sin(y)^2", Set.of()).size()).isEqualTo(10);
        assertThat(Parser.parse("-x", Set.of()).size()).isEqualTo(2);
        assertThat(Parser.parse("max(x, y, 1)", Set.of()).size()).isEqualTo(4);
    }

    @Test
    void reservedNamesAreTheVariablesPiAndTheFunctions() {
        assertThat(Parser.isReserved("x")).isTrue();
        assertThat(Parser.isReserved("pi")).isTrue();
        assertThat(Parser.isReserved("softplus")).isTrue();
        assertThat(Parser.isReserved("a")).isFalse();
        assertThat(Parser.isReserved("e")).isFalse();
    }
}
