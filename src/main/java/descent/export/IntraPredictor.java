package descent.export;

/**
 * Intra prediction of a macroblock from the reconstructed samples above and to its left (clause 8.3): luma 16×16
 * vertical, horizontal or DC, chroma DC, horizontal or vertical, each chosen by the least absolute difference from
 * the source (the plane modes are never chosen), and the nine directions of luma 4×4 blocks.
 */
final class IntraPredictor {

    /** Intra 16×16 prediction modes, as mb_type counts them. */
    static final int VERTICAL = 0;
    static final int HORIZONTAL = 1;
    static final int DC = 2;
    /** Intra chroma prediction modes, as intra_chroma_pred_mode counts them. */
    static final int CHROMA_DC = 0;
    static final int CHROMA_HORIZONTAL = 1;
    static final int CHROMA_VERTICAL = 2;

    /** Scratch: neighbours, and the chroma predictions of each mode, reused from one macroblock to the next. */
    private final int[] top = new int[16];
    private final int[] left = new int[16];
    private final int[][][] candidates = new int[3][2][64];

    /** Fills the luma prediction with the intra 16×16 mode of least absolute difference, and returns the mode. */
    int luma(Yuv420 source, Yuv420 recon, int mbX, int mbY, int[] predLuma) {
        int ls = recon.lumaStride();
        for (int i = 0; i < 16; i++) {
            top[i] = mbY > 0 ? recon.y[(16 * mbY - 1) * ls + 16 * mbX + i] & 0xFF : 0;
            left[i] = mbX > 0 ? recon.y[(16 * mbY + i) * ls + 16 * mbX - 1] & 0xFF : 0;
        }
        int dc = lumaDc(top, left, mbY > 0, mbX > 0);
        int best = DC;
        long bestCost = cost(source, mbX, mbY, top, left, DC, dc);
        if (mbY > 0) {
            long c = cost(source, mbX, mbY, top, left, VERTICAL, dc);
            if (c < bestCost) {
                best = VERTICAL;
                bestCost = c;
            }
        }
        if (mbX > 0 && cost(source, mbX, mbY, top, left, HORIZONTAL, dc) < bestCost) {
            best = HORIZONTAL;
        }
        for (int i = 0; i < 256; i++) {
            predLuma[i] = best == VERTICAL ? top[i % 16] : best == HORIZONTAL ? left[i / 16] : dc;
        }
        return best;
    }

    private static long cost(Yuv420 source, int mbX, int mbY, int[] top, int[] left, int mode, int dc) {
        int ls = source.lumaStride();
        long sum = 0;
        for (int i = 0; i < 256; i++) {
            int p = mode == VERTICAL ? top[i % 16] : mode == HORIZONTAL ? left[i / 16] : dc;
            sum += Math.abs((source.y[(16 * mbY + i / 16) * ls + 16 * mbX + i % 16] & 0xFF) - p);
        }
        return sum;
    }

    /** The DC prediction of intra 16×16: the mean of the neighbours there are, or 128 when there are none. */
    private static int lumaDc(int[] top, int[] left, boolean hasTop, boolean hasLeft) {
        int sumTop = 0;
        int sumLeft = 0;
        for (int i = 0; i < 16; i++) {
            sumTop += top[i];
            sumLeft += left[i];
        }
        if (hasTop && hasLeft) {
            return (sumTop + sumLeft + 16) >> 5;
        }
        if (hasLeft) {
            return (sumLeft + 8) >> 4;
        }
        return hasTop ? (sumTop + 8) >> 4 : 128;
    }

    /** Fills both chroma predictions with the mode of least absolute difference, and returns it. */
    int chroma(Yuv420 source, Yuv420 recon, int mbX, int mbY, int[][] predChroma) {
        int cs = recon.chromaStride();
        boolean hasTop = mbY > 0;
        boolean hasLeft = mbX > 0;
        int bestMode = CHROMA_DC;
        long bestCost = Long.MAX_VALUE;
        for (int mode = CHROMA_DC; mode <= CHROMA_VERTICAL; mode++) {
            if (mode == CHROMA_HORIZONTAL && !hasLeft || mode == CHROMA_VERTICAL && !hasTop) {
                continue;
            }
            long cost = 0;
            for (int c = 0; c < 2; c++) {
                byte[] plane = c == 0 ? recon.u : recon.v;
                byte[] src = c == 0 ? source.u : source.v;
                for (int i = 0; i < 8; i++) {
                    top[i] = hasTop ? plane[(8 * mbY - 1) * cs + 8 * mbX + i] & 0xFF : 0;
                    left[i] = hasLeft ? plane[(8 * mbY + i) * cs + 8 * mbX - 1] & 0xFF : 0;
                }
                int[] pred = candidates[mode][c];
                for (int i = 0; i < 64; i++) {
                    int x = i % 8;
                    int y = i / 8;
                    if (mode == CHROMA_HORIZONTAL) {
                        pred[i] = left[y];
                    } else if (mode == CHROMA_VERTICAL) {
                        pred[i] = top[x];
                    } else {
                        pred[i] = chromaDc(top, left, x >> 2, y >> 2, hasTop, hasLeft);
                    }
                    cost += Math.abs((src[(8 * mbY + y) * cs + 8 * mbX + x] & 0xFF) - pred[i]);
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                bestMode = mode;
            }
        }
        System.arraycopy(candidates[bestMode][0], 0, predChroma[0], 0, 64);
        System.arraycopy(candidates[bestMode][1], 0, predChroma[1], 0, 64);
        return bestMode;
    }

    /**
     * The DC prediction of chroma 4×4 block (bx, by) of 4:2:0 (clause 8.3.4.1-3): the top-left and bottom-right
     * blocks use both neighbours, the top-right prefers the top and the bottom-left the left.
     */
    private static int chromaDc(int[] top, int[] left, int bx, int by, boolean hasTop, boolean hasLeft) {
        int sumTop = top[4 * bx] + top[4 * bx + 1] + top[4 * bx + 2] + top[4 * bx + 3];
        int sumLeft = left[4 * by] + left[4 * by + 1] + left[4 * by + 2] + left[4 * by + 3];
        if (bx == by && hasTop && hasLeft) {
            return (sumTop + sumLeft + 4) >> 3;
        }
        // Where only one side is there, it is used; where both are, the top-right block prefers the top and the
        // bottom-left one the left.
        boolean useTop = hasTop && (!hasLeft || bx == 1 && by == 0);
        if (useTop) {
            return (sumTop + 2) >> 2;
        }
        if (hasLeft) {
            return (sumLeft + 2) >> 2;
        }
        return 128;
    }

    /** Intra 4×4 prediction modes, as the standard numbers them. */
    static final int MODES_4X4 = 9;

    /**
     * Predicts a 4×4 luma block in one of the nine modes (clause 8.3.1.2), into {@code out} in raster order.
     *
     * @param top  p[-1, -1] then p[0..7, -1]: the corner, the four samples above and the four above to the right
     * @param left p[-1, 0..3]
     */
    static void fourByFour(int mode, int[] top, int[] left, boolean hasTop, boolean hasLeft, int[] out) {
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                out[4 * y + x] = sample(mode, x, y, top, left, hasTop, hasLeft);
            }
        }
    }

    /** Whether a 4×4 mode can be used with the neighbours there are. */
    static boolean usable(int mode, boolean hasTop, boolean hasLeft, boolean hasCorner) {
        return switch (mode) {
            case 0, 3, 7 -> hasTop;
            case 1, 8 -> hasLeft;
            case 2 -> true;
            default -> hasTop && hasLeft && hasCorner;
        };
    }

    private static int sample(int mode, int x, int y, int[] top, int[] left, boolean hasTop, boolean hasLeft) {
        switch (mode) {
            case 0:
                return t(top, x);
            case 1:
                return l(top, left, y);
            case 2: {
                int sumTop = t(top, 0) + t(top, 1) + t(top, 2) + t(top, 3);
                int sumLeft = left[0] + left[1] + left[2] + left[3];
                if (hasTop && hasLeft) {
                    return (sumTop + sumLeft + 4) >> 3;
                }
                if (hasLeft) {
                    return (sumLeft + 2) >> 2;
                }
                return hasTop ? (sumTop + 2) >> 2 : 128;
            }
            case 3:
                return x == 3 && y == 3 ? (t(top, 6) + 3 * t(top, 7) + 2) >> 2
                        : (t(top, x + y) + 2 * t(top, x + y + 1) + t(top, x + y + 2) + 2) >> 2;
            case 4:
                if (x > y) {
                    return (t(top, x - y - 2) + 2 * t(top, x - y - 1) + t(top, x - y) + 2) >> 2;
                }
                if (x < y) {
                    return (l(top, left, y - x - 2) + 2 * l(top, left, y - x - 1) + l(top, left, y - x) + 2) >> 2;
                }
                return (t(top, 0) + 2 * top[0] + left[0] + 2) >> 2;
            case 5: {
                int z = 2 * x - y;
                int a = x - (y >> 1);
                if (z >= 0 && z % 2 == 0) {
                    return (t(top, a - 1) + t(top, a) + 1) >> 1;
                }
                if (z >= 0) {
                    return (t(top, a - 2) + 2 * t(top, a - 1) + t(top, a) + 2) >> 2;
                }
                if (z == -1) {
                    return (left[0] + 2 * top[0] + t(top, 0) + 2) >> 2;
                }
                return (l(top, left, y - 1) + 2 * l(top, left, y - 2) + l(top, left, y - 3) + 2) >> 2;
            }
            case 6: {
                int z = 2 * y - x;
                int a = y - (x >> 1);
                if (z >= 0 && z % 2 == 0) {
                    return (l(top, left, a - 1) + l(top, left, a) + 1) >> 1;
                }
                if (z >= 0) {
                    return (l(top, left, a - 2) + 2 * l(top, left, a - 1) + l(top, left, a) + 2) >> 2;
                }
                if (z == -1) {
                    return (left[0] + 2 * top[0] + t(top, 0) + 2) >> 2;
                }
                return (t(top, x - 1) + 2 * t(top, x - 2) + t(top, x - 3) + 2) >> 2;
            }
            case 7: {
                int a = x + (y >> 1);
                return y % 2 == 0 ? (t(top, a) + t(top, a + 1) + 1) >> 1
                        : (t(top, a) + 2 * t(top, a + 1) + t(top, a + 2) + 2) >> 2;
            }
            default: {
                int z = x + 2 * y;
                int a = y + (x >> 1);
                if (z > 5) {
                    return left[3];
                }
                if (z == 5) {
                    return (left[2] + 3 * left[3] + 2) >> 2;
                }
                return z % 2 == 0 ? (left[a] + left[a + 1] + 1) >> 1
                        : (left[a] + 2 * left[a + 1] + left[a + 2] + 2) >> 2;
            }
        }
    }

    /** p[x, -1] for x from -1 to 7. */
    private static int t(int[] top, int x) {
        return top[x + 1];
    }

    /** p[-1, y] for y from -1 to 3. */
    private static int l(int[] top, int[] left, int y) {
        return y < 0 ? top[0] : left[y];
    }
}
