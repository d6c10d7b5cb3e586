package descent.export;

import org.jcodec.codecs.h264.H264Const;
import org.jcodec.codecs.h264.io.CAVLC;
import org.jcodec.codecs.h264.io.model.MBType;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.write.CAVLCWriter;
import org.jcodec.common.io.BitWriter;
import org.jcodec.common.model.ColorSpace;

/**
 * Codes the macroblocks of a picture: intra 16×16, predicted from the reconstructed neighbours, or inter 16×16 with
 * a zero motion vector, predicted from the same place in the previous picture; each with its residual transformed,
 * quantized and written with JCodec's CAVLC tables, and reconstructed into the picture a decoder will show. In P
 * pictures a changed macroblock is skipped, coded inter or coded intra, whichever costs least in squared error plus
 * bits weighed by the quantizer, as the reference encoder decides.
 */
final class MacroblockCoder {

    private static final int[] ZIGZAG = {0, 1, 4, 8, 5, 2, 3, 6, 9, 12, 13, 10, 7, 11, 14, 15};
    private static final int[] RASTER = CAVLC.NO_ZIGZAG;

    private Yuv420 source;
    private final Yuv420 recon;
    private final SeqParameterSet layout = new SeqParameterSet();
    private CAVLC[] cavlc;
    private int qp;
    private int chromaQp;

    /** Luma blocks in raster order of the macroblock's 4×4 blocks: residual, then coefficients, then levels. */
    private final int[][] luma = new int[16][16];
    private final int[] lumaDc = new int[16];
    /** Chroma blocks of Cb (0) and Cr (1), raster order of their four 4×4 blocks. */
    private final int[][][] chroma = new int[2][4][16];
    private final int[][] chromaDc = new int[2][4];
    private final int[] predLuma = new int[256];
    private final int[][] predChroma = new int[2][64];
    private int cbpLuma;
    private int cbpChroma;
    /** The intra 4×4 mode of every 4×4 luma block of the picture so far, DC for blocks coded otherwise. */
    private final int[] modes;
    private final int modesStride;
    /** The levels of an intra 4×4 macroblock's blocks, in raster order of the blocks. */
    private final int[][] blockLevels = new int[16][16];
    private final int[] blockModes = new int[16];
    private final int[] predictedModes = new int[16];
    private final IntraPredictor intra = new IntraPredictor();
    /** Scratch of intra 4×4: neighbours, a prediction, the best one, a residual. */
    private final int[] top4 = new int[9];
    private final int[] left4 = new int[4];
    private final int[] pred4 = new int[16];
    private final int[] best4 = new int[16];
    private final int[] residual4 = new int[16];

    /**
     * @param recon the reconstruction, built macroblock by macroblock; for inter macroblocks it holds the previous
     *              picture's reconstruction until they are coded
     */
    MacroblockCoder(Yuv420 recon) {
        this.recon = recon;
        layout.chromaFormatIdc = ColorSpace.YUV420J;
        layout.picWidthInMbsMinus1 = recon.mbWidth - 1;
        modesStride = 4 * recon.mbWidth;
        modes = new int[modesStride * 4 * recon.mbHeight];
    }

    /** Starts coding a picture (a slice) of the reconstruction's size at a quantizer: fresh contexts. */
    void startPicture(Yuv420 source, int qp) {
        this.source = source;
        this.qp = qp;
        this.chromaQp = AvcTransform.chromaQp(qp);
        cavlc = new CAVLC[] {new CAVLC(layout, null, 2, 2), new CAVLC(layout, null, 1, 1),
            new CAVLC(layout, null, 1, 1)};
    }

    /** Codes an intra 16×16 macroblock and reconstructs it. */
    void writeIntra(BitWriter out, int mbX, int mbY, boolean inPSlice) {
        int mode = intra.luma(source, recon, mbX, mbY, predLuma);
        int chromaMode = intra.chroma(source, recon, mbX, mbY, predChroma);
        takeResidual(mbX, mbY);
        cbpLuma = 0;
        for (int[] b : luma) {
            AvcTransform.forward(b);
        }
        for (int i = 0; i < 16; i++) {
            lumaDc[i] = luma[i][0];
        }
        AvcTransform.hadamard4x4(lumaDc);
        for (int i = 0; i < 16; i++) {
            lumaDc[i] /= 2;
        }
        AvcTransform.quantizeDc(lumaDc, 16, qp, true);
        for (int[] b : luma) {
            if (AvcTransform.quantize(b, qp, true, 1)) {
                cbpLuma = 15;
            }
            b[0] = 0;
        }
        transformChroma(true);
        CAVLCWriter.writeUE(out, (inPSlice ? 6 : 1) + mode + 4 * cbpChroma + (cbpLuma == 15 ? 12 : 0));
        CAVLCWriter.writeUE(out, chromaMode);
        CAVLCWriter.writeSE(out, 0); // mb_qp_delta
        cavlc[0].writeLumaDCBlock(out, mbX << 2, mbY << 2, MBType.I_16x16, MBType.I_16x16, lumaDc,
                H264Const.totalZeros16, 0, 16, ZIGZAG);
        for (int k = 0; k < 16; k++) {
            int x = H264Const.MB_BLK_OFF_LEFT[k];
            int y = H264Const.MB_BLK_OFF_TOP[k];
            if (cbpLuma != 0) {
                cavlc[0].writeACBlock(out, (mbX << 2) + x, (mbY << 2) + y, MBType.I_16x16, MBType.I_16x16,
                        luma[4 * y + x], H264Const.totalZeros16, 1, 15, ZIGZAG);
            } else {
                cavlc[0].setZeroCoeff((mbX << 2) + x, (mbY << 2) + y);
            }
        }
        writeChroma(out, mbX, mbY, MBType.I_16x16);
        AvcTransform.inverseLumaDc(lumaDc, qp);
        for (int i = 0; i < 16; i++) {
            AvcTransform.dequantize(luma[i], qp, 1);
            luma[i][0] = lumaDc[i];
        }
        reconstruct(mbX, mbY, 15);
        fillModes(mbX, mbY);
    }

    /** Ways to code a macroblock. */
    private static final int INTER = 0;
    private static final int INTRA_16X16 = 1;
    private static final int INTRA_4X4 = 2;

    /**
     * Codes a macroblock of an I slice as intra 16×16 or intra 4×4 (nine directions for each 4×4 block: text and
     * thin lines), whichever costs less.
     */
    void writeKey(BitWriter out, int mbX, int mbY) {
        double lambda = lambda();
        double whole = cost(out, mbX, mbY, -1, INTRA_16X16, lambda);
        double blocks = cost(out, mbX, mbY, -1, INTRA_4X4, lambda);
        code(out, mbX, mbY, blocks < whole ? INTRA_4X4 : INTRA_16X16, false);
    }

    /**
     * Codes a macroblock of a P slice that changed, after the run of skipped ones before it, whichever way costs
     * least: skipped (the old picture stays), inter (the old picture plus a residual) or intra (from its
     * neighbours, which suits a digit of the title that changed or a marker that appeared).
     *
     * @return false, with nothing written, if the macroblock is best skipped
     */
    boolean writeChanged(BitWriter out, int mbX, int mbY, int skipRun) {
        double lambda = lambda();
        double best = distortion(mbX, mbY);
        int kind = -1;
        for (int k = INTER; k <= INTRA_4X4; k++) {
            if (k == INTER && !prepareInter(mbX, mbY)) {
                continue;
            }
            double c = cost(out, mbX, mbY, skipRun, k, lambda);
            if (c < best) {
                best = c;
                kind = k;
            }
        }
        if (kind < 0) {
            return false;
        }
        CAVLCWriter.writeUE(out, skipRun);
        if (kind == INTER) {
            prepareInter(mbX, mbY);
        }
        code(out, mbX, mbY, kind, true);
        return true;
    }

    /** Rate and distortion weighed as the reference encoder weighs them: a bit is worth this much squared error. */
    private double lambda() {
        return 0.85 * Math.pow(2, (qp - 12) / 3.0);
    }

    private void code(BitWriter out, int mbX, int mbY, int kind, boolean inPSlice) {
        if (kind == INTER) {
            writeInter(out, mbX, mbY);
        } else if (kind == INTRA_16X16) {
            writeIntra(out, mbX, mbY, inPSlice);
        } else {
            writeIntra4x4(out, mbX, mbY, inPSlice);
        }
    }

    /**
     * The squared error a macroblock would have coded one way plus lambda times the bits it would take (with the
     * skip run before it unless that is negative), leaving the stream, contexts and reconstruction as they were.
     */
    private double cost(BitWriter out, int mbX, int mbY, int skipRun, int kind, double lambda) {
        BitWriter fork = out.fork();
        for (CAVLC c : cavlc) {
            c.save();
        }
        saveReconstruction(mbX, mbY);
        if (skipRun >= 0) {
            CAVLCWriter.writeUE(fork, skipRun);
        }
        code(fork, mbX, mbY, kind, skipRun >= 0);
        double cost = distortion(mbX, mbY) + lambda * (fork.position() - out.position());
        restoreReconstruction(mbX, mbY);
        for (CAVLC c : cavlc) {
            c.restore();
        }
        return cost;
    }

    /** The sum of squared differences between the source and the reconstruction over a macroblock. */
    private long distortion(int mbX, int mbY) {
        long sum = 0;
        int ls = source.lumaStride();
        for (int j = 0; j < 16; j++) {
            int at = (16 * mbY + j) * ls + 16 * mbX;
            for (int i = 0; i < 16; i++) {
                int d = (source.y[at + i] & 0xFF) - (recon.y[at + i] & 0xFF);
                sum += d * d;
            }
        }
        int cs = source.chromaStride();
        for (int j = 0; j < 8; j++) {
            int at = (8 * mbY + j) * cs + 8 * mbX;
            for (int i = 0; i < 8; i++) {
                int du = (source.u[at + i] & 0xFF) - (recon.u[at + i] & 0xFF);
                int dv = (source.v[at + i] & 0xFF) - (recon.v[at + i] & 0xFF);
                sum += du * du + dv * dv;
            }
        }
        return sum;
    }

    private final byte[] saved = new byte[384];
    private final int[] savedModes = new int[16];

    private void saveReconstruction(int mbX, int mbY) {
        copyMacroblock(mbX, mbY, true);
    }

    private void restoreReconstruction(int mbX, int mbY) {
        copyMacroblock(mbX, mbY, false);
    }

    private void copyMacroblock(int mbX, int mbY, boolean save) {
        for (int j = 0; j < 4; j++) {
            int at = (4 * mbY + j) * modesStride + 4 * mbX;
            if (save) {
                System.arraycopy(modes, at, savedModes, 4 * j, 4);
            } else {
                System.arraycopy(savedModes, 4 * j, modes, at, 4);
            }
        }
        int ls = recon.lumaStride();
        int cs = recon.chromaStride();
        for (int j = 0; j < 16; j++) {
            int at = (16 * mbY + j) * ls + 16 * mbX;
            copy(recon.y, at, j * 16, 16, save);
        }
        for (int j = 0; j < 8; j++) {
            int at = (8 * mbY + j) * cs + 8 * mbX;
            copy(recon.u, at, 256 + j * 8, 8, save);
            copy(recon.v, at, 320 + j * 8, 8, save);
        }
    }

    private void copy(byte[] plane, int at, int to, int n, boolean save) {
        if (save) {
            System.arraycopy(plane, at, saved, to, n);
        } else {
            System.arraycopy(saved, to, plane, at, n);
        }
    }

    /**
     * Prepares an inter 16×16 macroblock with a zero motion vector: the residual against the reconstruction of the
     * previous picture, transformed and quantized.
     *
     * @return whether any level survives; if none does, the macroblock is best skipped, which shows the same
     */
    boolean prepareInter(int mbX, int mbY) {
        for (int i = 0; i < 256; i++) {
            predLuma[i] = recon.y[(16 * mbY + i / 16) * recon.lumaStride() + 16 * mbX + i % 16] & 0xFF;
        }
        for (int c = 0; c < 2; c++) {
            byte[] plane = c == 0 ? recon.u : recon.v;
            for (int i = 0; i < 64; i++) {
                predChroma[c][i] = plane[(8 * mbY + i / 8) * recon.chromaStride() + 8 * mbX + i % 8] & 0xFF;
            }
        }
        takeResidual(mbX, mbY);
        int[] quadrantScore = new int[4];
        for (int i = 0; i < 16; i++) {
            AvcTransform.forward(luma[i]);
            AvcTransform.quantize(luma[i], qp, false, 0);
            quadrantScore[quadrant(i)] += score(luma[i], 0);
        }
        // As x264 and the reference encoder do: a few scattered ones in a quadrant, or in the whole macroblock,
        // cost more bits than the detail they add is worth, so they are dropped.
        int total = 0;
        cbpLuma = 0;
        for (int q = 0; q < 4; q++) {
            if (quadrantScore[q] >= QUADRANT_WORTH) {
                cbpLuma |= 1 << q;
                total += quadrantScore[q];
            }
        }
        if (total < MACROBLOCK_WORTH) {
            cbpLuma = 0;
        }
        for (int i = 0; i < 16; i++) {
            if ((cbpLuma & 1 << quadrant(i)) == 0) {
                java.util.Arrays.fill(luma[i], 0);
            }
        }
        transformChroma(false);
        return cbpLuma != 0 || cbpChroma != 0;
    }

    /** Decimation thresholds of x264: the score a luma quadrant, the luma of a macroblock and a chroma plane need. */
    private static final int QUADRANT_WORTH = 4;
    private static final int MACROBLOCK_WORTH = 6;
    private static final int CHROMA_WORTH = 7;
    /** The worth of a lone level of one by the zeros before it in scan order. */
    private static final int[] LONE_ONE = {3, 2, 2, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    /** How much a block's levels from {@code from} on are worth keeping: large for any level over one. */
    private static int score(int[] levels, int from) {
        int score = 0;
        int run = 0;
        for (int k = from; k < 16; k++) {
            int level = levels[ZIGZAG[k]];
            if (level == 0) {
                run++;
            } else if (Math.abs(level) > 1) {
                return 9;
            } else {
                score += LONE_ONE[run];
                run = 0;
            }
        }
        return score;
    }

    /** Writes the macroblock {@link #prepareInter} prepared, as P_L0_16x16, and reconstructs it. */
    void writeInter(BitWriter out, int mbX, int mbY) {
        CAVLCWriter.writeUE(out, 0); // mb_type: P_L0_16x16
        // Every motion vector of the stream is zero, so the predicted one is too and the difference is zero.
        CAVLCWriter.writeSE(out, 0);
        CAVLCWriter.writeSE(out, 0);
        CAVLCWriter.writeUE(out, H264Const.CODED_BLOCK_PATTERN_INTER_COLOR_INV[cbpChroma << 4 | cbpLuma]);
        CAVLCWriter.writeSE(out, 0); // mb_qp_delta
        for (int k = 0; k < 16; k++) {
            int x = H264Const.MB_BLK_OFF_LEFT[k];
            int y = H264Const.MB_BLK_OFF_TOP[k];
            if ((cbpLuma & 1 << (k / 4)) != 0) {
                cavlc[0].writeACBlock(out, (mbX << 2) + x, (mbY << 2) + y, MBType.P_16x16, MBType.P_16x16,
                        luma[4 * y + x], H264Const.totalZeros16, 0, 16, ZIGZAG);
            } else {
                cavlc[0].setZeroCoeff((mbX << 2) + x, (mbY << 2) + y);
            }
        }
        writeChroma(out, mbX, mbY, MBType.P_16x16);
        for (int i = 0; i < 16; i++) {
            AvcTransform.dequantize(luma[i], qp, 0);
        }
        reconstruct(mbX, mbY, cbpLuma);
        fillModes(mbX, mbY);
    }

    /** Records a skipped macroblock: no coefficients, for the contexts of its neighbours. */
    void skip(int mbX, int mbY) {
        fillModes(mbX, mbY);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                cavlc[0].setZeroCoeff((mbX << 2) + x, (mbY << 2) + y);
            }
        }
        for (int c = 1; c <= 2; c++) {
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 2; x++) {
                    cavlc[c].setZeroCoeff((mbX << 1) + x, (mbY << 1) + y);
                }
            }
        }
    }

    /** The 8×8 quadrant of the 4×4 block at raster index i: 0 top left, 1 top right, 2, 3 below. */
    private static int quadrant(int i) {
        return (i >> 3) * 2 + ((i & 3) >> 1);
    }

    private void takeResidual(int mbX, int mbY) {
        int ls = source.lumaStride();
        for (int i = 0; i < 256; i++) {
            int x = i % 16;
            int y = i / 16;
            int s = source.y[(16 * mbY + y) * ls + 16 * mbX + x] & 0xFF;
            luma[(y >> 2) * 4 + (x >> 2)][(y & 3) * 4 + (x & 3)] = s - predLuma[i];
        }
        int cs = source.chromaStride();
        for (int c = 0; c < 2; c++) {
            byte[] plane = c == 0 ? source.u : source.v;
            for (int i = 0; i < 64; i++) {
                int x = i % 8;
                int y = i / 8;
                int s = plane[(8 * mbY + y) * cs + 8 * mbX + x] & 0xFF;
                chroma[c][(y >> 2) * 2 + (x >> 2)][(y & 3) * 4 + (x & 3)] = s - predChroma[c][i];
            }
        }
    }

    /** Transforms and quantizes both chroma residuals and decides the chroma part of the coded block pattern. */
    private void transformChroma(boolean intra) {
        boolean dc = false;
        boolean ac = false;
        for (int c = 0; c < 2; c++) {
            for (int b = 0; b < 4; b++) {
                AvcTransform.forward(chroma[c][b]);
                chromaDc[c][b] = chroma[c][b][0];
            }
            AvcTransform.hadamard2x2(chromaDc[c]);
            dc |= AvcTransform.quantizeDc(chromaDc[c], 4, chromaQp, intra);
            int worth = 0;
            for (int b = 0; b < 4; b++) {
                AvcTransform.quantize(chroma[c][b], chromaQp, intra, 1);
                chroma[c][b][0] = 0;
                worth += score(chroma[c][b], 1);
            }
            if (intra || worth >= CHROMA_WORTH) {
                for (int b = 0; b < 4; b++) {
                    for (int i = 1; i < 16; i++) {
                        ac |= chroma[c][b][i] != 0;
                    }
                }
            } else {
                for (int b = 0; b < 4; b++) {
                    java.util.Arrays.fill(chroma[c][b], 0);
                }
            }
        }
        cbpChroma = ac ? 2 : dc ? 1 : 0;
    }

    private void writeChroma(BitWriter out, int mbX, int mbY, MBType type) {
        if (cbpChroma > 0) {
            for (int c = 0; c < 2; c++) {
                cavlc[1 + c].writeChrDCBlock(out, chromaDc[c], H264Const.totalZeros4, 0, 4, RASTER);
            }
        }
        for (int c = 0; c < 2; c++) {
            for (int b = 0; b < 4; b++) {
                int x = (mbX << 1) + (b & 1);
                int y = (mbY << 1) + (b >> 1);
                if (cbpChroma == 2) {
                    cavlc[1 + c].writeACBlock(out, x, y, type, type, chroma[c][b], H264Const.totalZeros16, 1, 15,
                            ZIGZAG);
                } else {
                    cavlc[1 + c].setZeroCoeff(x, y);
                }
            }
        }
    }

    /**
     * Adds the dequantized residual to the prediction where it was coded (luma quadrants in {@code quadrants},
     * chroma when any of it was) and writes the result into the reconstruction.
     */
    private void reconstruct(int mbX, int mbY, int quadrants) {
        int ls = recon.lumaStride();
        for (int b = 0; b < 16; b++) {
            boolean coded = (quadrants & 1 << quadrant(b)) != 0;
            if (coded) {
                AvcTransform.inverse(luma[b]);
            }
            int bx = (b & 3) * 4;
            int by = (b >> 2) * 4;
            for (int i = 0; i < 16; i++) {
                int x = bx + (i & 3);
                int y = by + (i >> 2);
                int v = predLuma[y * 16 + x] + (coded ? luma[b][i] : 0);
                recon.y[(16 * mbY + y) * ls + 16 * mbX + x] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        reconstructChroma(mbX, mbY);
    }

    /** Adds the dequantized chroma residual, if any was coded, to the chroma prediction, into the reconstruction. */
    private void reconstructChroma(int mbX, int mbY) {
        int cs = recon.chromaStride();
        for (int c = 0; c < 2; c++) {
            byte[] plane = c == 0 ? recon.u : recon.v;
            int[] dc = chromaDc[c];
            if (cbpChroma > 0) {
                AvcTransform.inverseChromaDc(dc, chromaQp);
            }
            for (int b = 0; b < 4; b++) {
                int[] blk = chroma[c][b];
                if (cbpChroma > 0) {
                    AvcTransform.dequantize(blk, chromaQp, 1);
                    blk[0] = dc[b];
                    AvcTransform.inverse(blk);
                }
                int bx = (b & 1) * 4;
                int by = (b >> 1) * 4;
                for (int i = 0; i < 16; i++) {
                    int x = bx + (i & 3);
                    int y = by + (i >> 2);
                    int v = predChroma[c][y * 8 + x] + (cbpChroma > 0 ? blk[i] : 0);
                    plane[(8 * mbY + y) * cs + 8 * mbX + x] = (byte) Math.max(0, Math.min(255, v));
                }
            }
        }
    }

    /** Marks a macroblock not coded intra 4×4: its blocks count as DC for the modes predicted from them. */
    private void fillModes(int mbX, int mbY) {
        for (int j = 0; j < 4; j++) {
            int at = (4 * mbY + j) * modesStride + 4 * mbX;
            java.util.Arrays.fill(modes, at, at + 4, IntraPredictor.DC);
        }
    }

    /** coded_block_pattern's code numbers for intra macroblocks, by pattern (Table 9-4). */
    private static final int[] INTRA_CBP_CODE = new int[48];

    static {
        for (int code = 0; code < 48; code++) {
            INTRA_CBP_CODE[H264Const.CODED_BLOCK_PATTERN_INTRA_COLOR[code]] = code;
        }
    }

    /**
     * Codes an intra 4×4 macroblock: each block, in decoding order, predicted from the reconstruction around it
     * in the direction that costs least, its residual coded and reconstructed before the next block needs it.
     */
    void writeIntra4x4(BitWriter out, int mbX, int mbY, boolean inPSlice) {
        double lambda = Math.sqrt(lambda());
        int ls = recon.lumaStride();
        int[] top = top4;
        int[] left = left4;
        int[] pred = pred4;
        int[] best = best4;
        int[] residual = residual4;
        cbpLuma = 0;
        for (int k = 0; k < 16; k++) {
            int bx = H264Const.MB_BLK_OFF_LEFT[k];
            int by = H264Const.MB_BLK_OFF_TOP[k];
            int px = 16 * mbX + 4 * bx;
            int py = 16 * mbY + 4 * by;
            boolean hasTop = py > 0;
            boolean hasLeft = px > 0;
            boolean hasTopRight = topRightAvailable(mbX, mbY, bx, by, k);
            for (int i = 0; i < 4; i++) {
                left[i] = hasLeft ? recon.y[(py + i) * ls + px - 1] & 0xFF : 0;
            }
            top[0] = hasTop && hasLeft ? recon.y[(py - 1) * ls + px - 1] & 0xFF : 0;
            for (int i = 0; i < 8; i++) {
                boolean there = i < 4 ? hasTop : hasTopRight;
                top[1 + i] = there ? recon.y[(py - 1) * ls + px + i] & 0xFF : hasTop ? top[4] : 0;
            }
            int gx = 4 * mbX + bx;
            int gy = 4 * mbY + by;
            int predicted = gx == 0 || gy == 0 ? IntraPredictor.DC
                    : Math.min(modes[gy * modesStride + gx - 1], modes[(gy - 1) * modesStride + gx]);
            double bestCost = Double.MAX_VALUE;
            int bestMode = IntraPredictor.DC;
            for (int mode = 0; mode < IntraPredictor.MODES_4X4; mode++) {
                if (!IntraPredictor.usable(mode, hasTop, hasLeft, hasTop && hasLeft)) {
                    continue;
                }
                IntraPredictor.fourByFour(mode, top, left, hasTop, hasLeft, pred);
                long sad = 0;
                for (int i = 0; i < 16; i++) {
                    sad += Math.abs((source.y[(py + i / 4) * ls + px + i % 4] & 0xFF) - pred[i]);
                }
                double cost = sad + lambda * (mode == predicted ? 1 : 4);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestMode = mode;
                    System.arraycopy(pred, 0, best, 0, 16);
                }
            }
            modes[gy * modesStride + gx] = bestMode;
            blockModes[k] = bestMode;
            predictedModes[k] = predicted;
            for (int i = 0; i < 16; i++) {
                residual[i] = (source.y[(py + i / 4) * ls + px + i % 4] & 0xFF) - best[i];
            }
            AvcTransform.forward(residual);
            int[] levels = blockLevels[4 * by + bx];
            if (AvcTransform.quantize(residual, qp, true, 0)) {
                cbpLuma |= 1 << (k / 4);
            }
            System.arraycopy(residual, 0, levels, 0, 16);
            AvcTransform.dequantize(residual, qp, 0);
            AvcTransform.inverse(residual);
            for (int i = 0; i < 16; i++) {
                recon.y[(py + i / 4) * ls + px + i % 4] = (byte) Math.max(0, Math.min(255, best[i] + residual[i]));
            }
        }
        int chromaMode = intra.chroma(source, recon, mbX, mbY, predChroma);
        takeResidual(mbX, mbY);
        transformChroma(true);
        CAVLCWriter.writeUE(out, inPSlice ? 5 : 0); // mb_type: I_NxN
        for (int k = 0; k < 16; k++) {
            if (blockModes[k] == predictedModes[k]) {
                out.write1Bit(1);
            } else {
                out.write1Bit(0);
                out.writeNBit(blockModes[k] < predictedModes[k] ? blockModes[k] : blockModes[k] - 1, 3);
            }
        }
        CAVLCWriter.writeUE(out, chromaMode);
        int cbp = cbpChroma << 4 | cbpLuma;
        CAVLCWriter.writeUE(out, INTRA_CBP_CODE[cbp]);
        if (cbp != 0) {
            CAVLCWriter.writeSE(out, 0); // mb_qp_delta
        }
        for (int k = 0; k < 16; k++) {
            int x = H264Const.MB_BLK_OFF_LEFT[k];
            int y = H264Const.MB_BLK_OFF_TOP[k];
            if ((cbpLuma & 1 << (k / 4)) != 0) {
                cavlc[0].writeACBlock(out, (mbX << 2) + x, (mbY << 2) + y, MBType.I_NxN, MBType.I_NxN,
                        blockLevels[4 * y + x], H264Const.totalZeros16, 0, 16, ZIGZAG);
            } else {
                cavlc[0].setZeroCoeff((mbX << 2) + x, (mbY << 2) + y);
            }
        }
        writeChroma(out, mbX, mbY, MBType.I_NxN);
        reconstructChroma(mbX, mbY);
    }

    /**
     * Whether the four samples above and to the right of a 4×4 block are decoded before it (clause 6.4.11.4): in
     * the macroblock above or above-right, or a block of this macroblock that comes earlier.
     */
    private boolean topRightAvailable(int mbX, int mbY, int bx, int by, int k) {
        int x = 4 * bx + 4;
        int y = 4 * by - 1;
        if (y < 0) {
            return mbY > 0 && (x < 16 || mbX + 1 < recon.mbWidth);
        }
        if (x >= 16) {
            return false;
        }
        int nx = x / 4;
        int ny = y / 4;
        int index = 8 * (ny / 2) + 4 * (nx / 2) + 2 * (ny % 2) + nx % 2;
        return index < k;
    }
}
