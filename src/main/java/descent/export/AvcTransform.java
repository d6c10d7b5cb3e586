package descent.export;

/**
 * H.264's 4×4 integer transforms and their quantization with flat scaling lists. Blocks are 16 coefficients in
 * raster order, the row giving the vertical frequency and the column the horizontal one. The inverse side is the
 * standard's (clause 8.5), to the bit, so that the encoder's reconstruction is the decoder's; the forward side is
 * the encoder's own choice.
 */
final class AvcTransform {

    /** The standard's normAdjust4x4: for positions with both indices even, both odd, and the rest. */
    private static final int[][] SCALE = {{10, 16, 13}, {11, 18, 14}, {13, 20, 16}, {14, 23, 18}, {16, 25, 20},
        {18, 29, 23}};
    /** The forward quantizer's multipliers, 2^15 over SCALE's squared norms, by the same classes. */
    private static final int[][] MULTIPLIER = {{13107, 5243, 8066}, {11916, 4660, 7490}, {10082, 4194, 6554},
        {9362, 3647, 5825}, {8192, 3355, 5243}, {7282, 2893, 4559}};
    /** QPc for QPy 30..51 (below 30 they are equal), 4:2:0 with no chroma offset. */
    private static final int[] CHROMA_QP = {29, 30, 31, 32, 32, 33, 34, 34, 35, 35, 36, 36, 37, 37, 37, 38, 38, 38,
        39, 39, 39, 39};

    private AvcTransform() {
    }

    private static int kind(int i) {
        int row = i >> 2;
        int col = i & 3;
        if ((row & 1) == 0 && (col & 1) == 0) {
            return 0;
        }
        return (row & 1) == 1 && (col & 1) == 1 ? 1 : 2;
    }

    /** The chroma quantizer for a luma quantizer. */
    static int chromaQp(int qp) {
        return qp < 30 ? qp : CHROMA_QP[qp - 30];
    }

    /** The forward core transform of a block of residuals, in place. */
    static void forward(int[] b) {
        for (int r = 0; r < 16; r += 4) {
            int s03 = b[r] + b[r + 3];
            int d03 = b[r] - b[r + 3];
            int s12 = b[r + 1] + b[r + 2];
            int d12 = b[r + 1] - b[r + 2];
            b[r] = s03 + s12;
            b[r + 1] = 2 * d03 + d12;
            b[r + 2] = s03 - s12;
            b[r + 3] = d03 - 2 * d12;
        }
        for (int c = 0; c < 4; c++) {
            int s03 = b[c] + b[c + 12];
            int d03 = b[c] - b[c + 12];
            int s12 = b[c + 4] + b[c + 8];
            int d12 = b[c + 4] - b[c + 8];
            b[c] = s03 + s12;
            b[c + 4] = 2 * d03 + d12;
            b[c + 8] = s03 - s12;
            b[c + 12] = d03 - 2 * d12;
        }
    }

    /**
     * Quantizes coefficients {@code from..15} in place, rounding a third up for intra blocks and a sixth for inter
     * ones, as the reference encoder does.
     *
     * @return whether any level is not zero
     */
    static boolean quantize(int[] b, int qp, boolean intra, int from) {
        int bits = 15 + qp / 6;
        int round = (1 << bits) / (intra ? 3 : 6);
        int[] m = MULTIPLIER[qp % 6];
        boolean any = false;
        for (int i = from; i < 16; i++) {
            int level = (Math.abs(b[i]) * m[kind(i)] + round) >> bits;
            b[i] = b[i] < 0 ? -level : level;
            any |= level != 0;
        }
        return any;
    }

    /** Scales levels {@code from..15} back, in place (clause 8.5.12.1, flat scaling). */
    static void dequantize(int[] b, int qp, int from) {
        int[] v = SCALE[qp % 6];
        int shift = qp / 6;
        for (int i = from; i < 16; i++) {
            b[i] = (b[i] * v[kind(i)]) << shift;
        }
    }

    /** The inverse transform of scaled coefficients into residuals, in place (clause 8.5.12.2). */
    static void inverse(int[] b) {
        for (int r = 0; r < 16; r += 4) {
            int e0 = b[r] + b[r + 2];
            int e1 = b[r] - b[r + 2];
            int e2 = (b[r + 1] >> 1) - b[r + 3];
            int e3 = b[r + 1] + (b[r + 3] >> 1);
            b[r] = e0 + e3;
            b[r + 1] = e1 + e2;
            b[r + 2] = e1 - e2;
            b[r + 3] = e0 - e3;
        }
        for (int c = 0; c < 4; c++) {
            int g0 = b[c] + b[c + 8];
            int g1 = b[c] - b[c + 8];
            int g2 = (b[c + 4] >> 1) - b[c + 12];
            int g3 = b[c + 4] + (b[c + 12] >> 1);
            b[c] = (g0 + g3 + 32) >> 6;
            b[c + 4] = (g1 + g2 + 32) >> 6;
            b[c + 8] = (g1 - g2 + 32) >> 6;
            b[c + 12] = (g0 - g3 + 32) >> 6;
        }
    }

    /** The 4×4 Hadamard transform, in place; its own inverse up to a factor of 16. */
    static void hadamard4x4(int[] b) {
        for (int r = 0; r < 16; r += 4) {
            int s02 = b[r] + b[r + 2];
            int d02 = b[r] - b[r + 2];
            int s13 = b[r + 1] + b[r + 3];
            int d13 = b[r + 1] - b[r + 3];
            b[r] = s02 + s13;
            b[r + 1] = d02 + d13;
            b[r + 2] = d02 - d13;
            b[r + 3] = s02 - s13;
        }
        for (int c = 0; c < 4; c++) {
            int s02 = b[c] + b[c + 8];
            int d02 = b[c] - b[c + 8];
            int s13 = b[c + 4] + b[c + 12];
            int d13 = b[c + 4] - b[c + 12];
            b[c] = s02 + s13;
            b[c + 4] = d02 + d13;
            b[c + 8] = d02 - d13;
            b[c + 12] = s02 - s13;
        }
    }

    /** The 2×2 Hadamard transform, in place. */
    static void hadamard2x2(int[] b) {
        int s01 = b[0] + b[1];
        int d01 = b[0] - b[1];
        int s23 = b[2] + b[3];
        int d23 = b[2] - b[3];
        b[0] = s01 + s23;
        b[1] = d01 + d23;
        b[2] = s01 - s23;
        b[3] = d01 - d23;
    }

    /**
     * Quantizes the first n transformed DC coefficients (16 of luma after the Hadamard transform halved, 4 of
     * chroma after theirs) in place.
     *
     * @return whether any level is not zero
     */
    static boolean quantizeDc(int[] dc, int n, int qp, boolean intra) {
        int bits = 16 + qp / 6;
        int round = (1 << bits) / (intra ? 3 : 6);
        int m = MULTIPLIER[qp % 6][0];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            int level = (Math.abs(dc[i]) * m + round) >> bits;
            dc[i] = dc[i] < 0 ? -level : level;
            any |= level != 0;
        }
        return any;
    }

    /** Luma DC levels of an intra 16×16 macroblock to the DC of each block's coefficients (clause 8.5.10). */
    static void inverseLumaDc(int[] dc, int qp) {
        hadamard4x4(dc);
        int scale = 16 * SCALE[qp % 6][0];
        int q6 = qp / 6;
        for (int i = 0; i < 16; i++) {
            dc[i] = qp >= 36 ? (dc[i] * scale) << (q6 - 6) : (dc[i] * scale + (1 << (5 - q6))) >> (6 - q6);
        }
    }

    /** Chroma DC levels to the DC of each block's coefficients, 4:2:0 (clause 8.5.11.2). */
    static void inverseChromaDc(int[] dc, int qp) {
        hadamard2x2(dc);
        int scale = 16 * SCALE[qp % 6][0];
        for (int i = 0; i < 4; i++) {
            dc[i] = ((dc[i] * scale) << (qp / 6)) >> 5;
        }
    }
}
