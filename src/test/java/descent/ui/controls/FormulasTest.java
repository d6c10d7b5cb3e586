package descent.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a formula may break between lines: before a sign between terms, after a clause, never inside brackets. */
class FormulasTest {

    @Test
    void aFormulaBreaksBeforeEachSignBetweenTermsAndTheSignKeepsItsSpacing() {
        assertThat(Formulas.pieces("x^2-y^2")).containsExactly("x^2", "\\mathord{}-y^2");
        assertThat(Formulas.pieces("(a-x)^2+b\\,(y-x^2)^2")).containsExactly("(a-x)^2", "\\mathord{}+b\\,(y-x^2)^2");
    }

    @Test
    void noBreakInsideBracketsBracesOrAfterARelation() {
        assertThat(Formulas.pieces("e^{-\\frac{x+y}{2}}")).containsExactly("e^{-\\frac{x+y}{2}}");
        assertThat(Formulas.pieces("v=-x\\sin\\varphi")).containsExactly("v=-x\\sin\\varphi");
        assertThat(Formulas.pieces("\\left(1+e^{z}\\right)-y")).containsExactly("\\left(1+e^{z}\\right)",
                "\\mathord{}-y");
    }

    @Test
    void clausesBreakAfterTheirSeparator() {
        assertThat(Formulas.pieces("\\tfrac12 u^2,\\; u=x\\cos\\varphi")).containsExactly("\\tfrac12 u^2,\\;",
                "u=x\\cos\\varphi");
    }
}
