package descent.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void writesTheFormsPeopleWrite() {
        assertThat(Numbers.shortest(0.1)).isEqualTo("0.1");
        assertThat(Numbers.shortest(-2.5)).isEqualTo("-2.5");
        assertThat(Numbers.shortest(3)).isEqualTo("3");
        assertThat(Numbers.shortest(1e-7)).isEqualTo("1e-7");
        assertThat(Numbers.shortest(1.5e300)).isEqualTo("1.5e300");
        assertThat(Numbers.shortest(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Numbers.shortest(Double.NaN)).isEqualTo("nan");
        assertThat(Numbers.shortest(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void writesForReadersWithTheTrueMinusSignAndPowersOfTenAndForFilesWithTheHyphen() {
        // Labels on the plot, the legend and the table: U+2212, which a hyphen is not, and 10⁻⁴ rather than 1e-4.
        assertThat(Numbers.brief(-0.5)).isEqualTo("\u22120.5");
        assertThat(Numbers.brief(-1.8423)).isEqualTo("\u22121.842");
        assertThat(Numbers.brief(1e-4)).isEqualTo("10⁻⁴");
        assertThat(Numbers.brief(-2.5e-7)).isEqualTo("\u22122.5×10⁻⁷");
        assertThat(Numbers.brief(1e12)).isEqualTo("10¹²");
        assertThat(Numbers.brief(12.5)).isEqualTo("12.5");
        assertThat(Numbers.threeDigits(-0.81234)).isEqualTo("\u22120.812");
        assertThat(Numbers.threeDigits(9.23e-7)).isEqualTo("9.2×10⁻⁷");
        assertThat(Numbers.threeDigits(0.00234)).isEqualTo("0.00234");
        assertThat(Numbers.powerOfTen(-11)).isEqualTo("10⁻¹¹");
        assertThat(Numbers.powerOfTen(0)).isEqualTo("1");
        assertThat(Numbers.powerOfTen(1)).isEqualTo("10¹");
        // Files and fields keep what a program reads back.
        assertThat(Numbers.shortest(-0.5)).isEqualTo("-0.5");
        assertThat(Numbers.fourDigits(-2.5e-7)).isEqualTo("-2.5e-7");
    }

    @Test
    void avoidsTheExtraDigitOfJava17() {
        // Java 17's Double.toString writes these as 9.999999999999999E22, 8.409999999999999E21 and
        // 2.82879384806159008E17.
        assertThat(Numbers.shortest(1e23)).isEqualTo("1e23");
        assertThat(Numbers.shortest(8.41e21)).isEqualTo("8.41e21");
        assertThat(Numbers.shortest(2.82879384806159e17)).isEqualTo("2.82879384806159e17");
    }

    @Test
    void readsPlainDecimalsOnly() {
        assertThat(Numbers.parse(" -2.5 ")).hasValue(-2.5);
        assertThat(Numbers.parse(".5")).hasValue(0.5);
        assertThat(Numbers.parse("1e-7")).hasValue(1e-7);
        for (String s : new String[] {"NaN", "Infinity", "0x1p3", "1d", "1e999", "", "1,5", "abc"}) {
            assertThat(Numbers.parse(s)).as(s).isEmpty();
        }
    }

    @Property(tries = 3000)
    void readsBackToTheSameDoubleAndNoShorterFormDoes(@ForAll double v) {
        String s = Numbers.shortest(v);
        if (!Double.isFinite(v)) {
            return;
        }
        assertThat(Double.parseDouble(s)).isEqualTo(v);
        BigDecimal d = new BigDecimal(s);
        int digits = d.stripTrailingZeros().precision();
        if (digits > 1) {
            BigDecimal fewer = d.round(new MathContext(digits - 1));
            assertThat(Double.parseDouble(fewer.toString())).as("%s has a shorter form %s", s, fewer).isNotEqualTo(v);
        }
    }
}
