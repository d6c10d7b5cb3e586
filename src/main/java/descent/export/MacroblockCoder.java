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

    private final Yuv420 source;
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

    /**
     * @param source the picture being coded
     * @param recon  its reconstruction, built macroblock by macroblock; for inter macroblocks it holds the previous
     *               picture's reconstruction until they are coded
     */
    MacroblockCoder(Yuv420 source, Yuv420 recon) {
        this.source = source;
        this.recon = recon;
        layout.chromaFormatIdc = ColorSpace.YUV420J;
        layout.picWidthInMbsMinus1 = source.mbWidth - 1;
    }

    /** Starts a picture (a slice) at a quantizer: fresh coefficient-count contexts. */
    void startPicture(int qp) {
        this.qp = qp;
        this.chromaQp = AvcTransform.chromaQp(qp);
        cavlc = new CAVLC[] {new CAVLC(layout, null, 2, 2), new CAVLC(layout, null, 1, 1),
            new CAVLC(layout, null, 1, 1)};
    }

    /** Codes an intra 16×16 macroblock and reconstructs it. */
    void writeIntra(BitWriter out, int mbX, int mbY, boolean inPSlice) {
        int mode = IntraPredictor.luma(source, recon, mbX, mbY, predLuma);
        int chromaMode = IntraPredictor.chroma(source, recon, mbX, mbY, predChroma);
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
    }

    /**
     * Codes a macroblock of a P slice that changed, after the run of skipped ones before it, whichever way takes
     * fewer bits: inter, against the previous picture (which holds the old picture there), or intra, from its
     * neighbours (which holds only the new one: a digit of the title that changed, where a marker appeared).
     *
     * @return false, with nothing written, if the macroblock is best skipped
     */
    boolean writeChanged(BitWriter out, int mbX, int mbY, int skipRun) {
        // Rate and distortion weighed as the reference encoder weighs them: a bit is worth this much squared error.
        double lambda = 0.85 * Math.pow(2, (qp - 12) / 3.0);
        double skip = distortion(mbX, mbY);
        double inter = prepareInter(mbX, mbY) ? cost(out, mbX, mbY, skipRun, false, lambda) : Double.MAX_VALUE;
        double intra = cost(out, mbX, mbY, skipRun, true, lambda);
        if (skip <= inter && skip <= intra) {
            return false;
        }
        CAVLCWriter.writeUE(out, skipRun);
        if (intra < inter) {
            writeIntra(out, mbX, mbY, true);
        } else {
            prepareInter(mbX, mbY);
            writeInter(out, mbX, mbY);
        }
        return true;
    }

    /**
     * The squared error a macroblock would have coded one way plus lambda times the bits it would take, leaving the
     * stream, contexts and reconstruction as they were.
     */
    private double cost(BitWriter out, int mbX, int mbY, int skipRun, boolean intra, double lambda) {
        BitWriter fork = out.fork();
        for (CAVLC c : cavlc) {
            c.save();
        }
        saveReconstruction(mbX, mbY);
        CAVLCWriter.writeUE(fork, skipRun);
        if (intra) {
            writeIntra(fork, mbX, mbY, true);
        } else {
            writeInter(fork, mbX, mbY);
        }
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

    private void saveReconstruction(int mbX, int mbY) {
        copyMacroblock(mbX, mbY, true);
    }

    private void restoreReconstruction(int mbX, int mbY) {
        copyMacroblock(mbX, mbY, false);
    }

    private void copyMacroblock(int mbX, int mbY, boolean save) {
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
    }

    /** Records a skipped macroblock: no coefficients, for the contexts of its neighbours. */
    void skip(int mbX, int mbY) {
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
}
