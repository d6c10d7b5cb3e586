package descent.surface.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclarationTest {

    @Test
    void readsNamesValuesAndRangesSeparatedByCommasOrSpaces() {
        assertThat(Declaration.parseAll("a=1:0:5, b = -2 : -10 : 10 c=0.5:0:1e3")).containsExactly(
                new Declaration("a", 1, 0, 5), new Declaration("b", -2, -10, 10), new Declaration("c", 0.5, 0, 1000));
        assertThat(Declaration.parseAll("  ")).isEmpty();
    }

    @Test
    void writesThemBackAsTheyAreRead() {
        List<Declaration> d = List.of(new Declaration("a", 1, 0, 5), new Declaration("kappa", 0.25, -1, 2.5));
        assertThat(Declaration.format(d)).isEqualTo("a=1:0:5, kappa=0.25:-1:2.5");
        assertThat(Declaration.parseAll(Declaration.format(d))).isEqualTo(d);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "a=1; expected ':' and the least value of a (value:min:max, such as a=1:0:5) at column 4",
            "a=1:0; expected ':' and the greatest value of a (value:min:max, such as a=1:0:5) at column 6",
            "a 1:0:5; expected '=' after a, as in a=1:0:5 at column 3",
            "a=x:0:5; expected a number but found 'x' at column 3",
            "a=6:0:5; a=6 is outside its range 0 to 5 at column 1",
            "a=1:5:0; a's least value 5 must be below its greatest 0 at column 1",
            "a=1:0:5, a=2:0:5; a is declared twice at column 10",
            "x=1:0:5; 'x' is taken by the formula language: choose another parameter name at column 1",
            "sin=1:0:5; 'sin' is taken by the formula language: choose another parameter name at column 1",
            "=1:0:5; expected a parameter's name, such as a=1:0:5, but found '=' at column 1",
            "abcdefghijklmnopq=1:0:1; a parameter's name has at most 16 characters at column 1",
            "a=1e999:0:1; the number 1e999 is too large at column 3"})
    void saysWhatIsWrongAndAtWhichColumn(String text, String message) {
        assertThatThrownBy(() -> Declaration.parseAll(text)).isInstanceOf(FormulaException.class).hasMessage(message);
    }

    @Test
    void atMostEightParameters() {
        String nine = "a=0:0:1 b=0:0:1 c=0:0:1 d=0:0:1 e=0:0:1 f=0:0:1 g=0:0:1 h=0:0:1 i=0:0:1";
        assertThatThrownBy(() -> Declaration.parseAll(nine)).hasMessage("at most 8 parameters at column 65");
    }

    @Test
    void aMegabyteOfDeclarationsIsRefusedWhole() {
        assertThatThrownBy(() -> Declaration.parseAll("a=1:0:5 ".repeat(131_072)))
                .hasMessage("the parameters are longer than 1000 characters");
    }
}
