package descent.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AvcTransformTest {

    @Test
    void aLoneLevelOfOneAtQp24AddsThreeToEverySampleOfItsBlock() {
        // Scaled by normAdjust 10 and 2^(24/6) = 16: 160; the inverse transform spreads it as (160 + 32) >> 6.
        int[] block = new int[16];
        block[0] = 1;
        AvcTransform.dequantize(block, 24, 0);
        assertThat(block[0]).isEqualTo(160);
        AvcTransform.inverse(block);
        assertThat(block).containsOnly(3);
    }

    @Test
    void aFlatResidualComesBackWithinAQuantizerStepAtEveryQuantizerUpTo40() {
        for (int qp = 0; qp <= 40; qp++) {
            for (int value : new int[] {-200, -37, 5, 64, 255}) {
                int[] block = new int[16];
                java.util.Arrays.fill(block, value);
                AvcTransform.forward(block);
                AvcTransform.quantize(block, qp, true, 0);
                AvcTransform.dequantize(block, qp, 0);
                AvcTransform.inverse(block);
                // The quantizer's step is 0.625 · 2^(qp/6); intra rounding leaves at most two thirds of it.
                double step = 0.625 * Math.pow(2, qp / 6.0);
                for (int v : block) {
                    assertThat((double) Math.abs(v - value)).as("qp %d, value %d", qp, value)
                            .isLessThanOrEqualTo(1 + step);
                }
            }
        }
    }

    @Test
    void theHadamardTransformTwiceIsSixteenTimesTheBlock() {
        int[] block = {3, -1, 4, 1, -5, 9, 2, -6, 5, 3, -5, 8, 9, -7, 9, 3};
        int[] twice = block.clone();
        AvcTransform.hadamard4x4(twice);
        AvcTransform.hadamard4x4(twice);
        for (int i = 0; i < 16; i++) {
            assertThat(twice[i]).isEqualTo(16 * block[i]);
        }
    }

    @Test
    void chromaQuantizerFollowsLumaUpTo29AndThenTheStandardsTable() {
        assertThat(AvcTransform.chromaQp(29)).isEqualTo(29);
        assertThat(AvcTransform.chromaQp(30)).isEqualTo(29);
        assertThat(AvcTransform.chromaQp(40)).isEqualTo(36);
        assertThat(AvcTransform.chromaQp(51)).isEqualTo(39);
    }
}
