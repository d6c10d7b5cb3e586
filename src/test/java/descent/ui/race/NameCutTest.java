package descent.ui.race;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Names cut in the middle by whole words, measured here one unit a character. */
class NameCutTest {

    private static final ToDoubleFunction<String> LETTERS = s -> s.codePointCount(0, s.length());

    @Test
    void aNameThatFitsIsWhole() {
        assertThat(NameCut.cut("momentum α = 0.6", 16, LETTERS)).isEqualTo("momentum α = 0.6");
    }

    @Test
    void theFirstWordAndAsManyLastWordsAsFitStay() {
        assertThat(NameCut.cut("Adam no bias corr.", 16, LETTERS)).isEqualTo("Adam…bias corr.");
        assertThat(NameCut.cut("Adam no bias corr.", 11, LETTERS)).isEqualTo("Adam…corr.");
        assertThat(NameCut.cut("too large ε = 0.22", 13, LETTERS)).isEqualTo("too…ε = 0.22");
    }

    @Test
    void aValueAndItsSymbolAreOneWordKeptWholeWhileTheFirstWordShortens() {
        assertThat(NameCut.cut("uncorrected ρ₁ = 0.999", 15, LETTERS)).isEqualTo("unco…ρ₁ = 0.999");
        assertThat(NameCut.cut("uncorrected ρ₁ = 0.9", 15, LETTERS)).isEqualTo("uncorr…ρ₁ = 0.9");
        assertThat(NameCut.cut("torch Adagrad", 10, LETTERS)).isEqualTo("to…Adagrad");
    }

    @Test
    void whenTheLastWordAloneIsTooWideTheEndStaysOrForOneWordTheStart() {
        assertThat(NameCut.cut("SGD ε = 0.038", 6, LETTERS)).isEqualTo("…0.038");
        assertThat(NameCut.cut("uncorrected ρ₁ = 0.999", 8, LETTERS)).isEqualTo("…= 0.999");
        assertThat(NameCut.cut("RMSProp+N", 5, LETTERS)).isEqualTo("RMSP…");
        assertThat(NameCut.cut("Adam", 0, LETTERS)).isEqualTo("…");
    }
}
