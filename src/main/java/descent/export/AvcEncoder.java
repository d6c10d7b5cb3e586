package descent.export;

import java.nio.ByteBuffer;
import org.jcodec.codecs.h264.io.write.CAVLCWriter;
import org.jcodec.common.io.BitWriter;

/**
 * A small H.264 encoder for races: constrained baseline, CAVLC, no deblocking. A key picture (IDR) is made of
 * intra macroblocks; each later picture skips every macroblock that did not change since the picture before and
 * codes the others as the previous picture plus a residual, or anew from their neighbours. A race's frames are a
 * still contour under a few moving marks, so most of a picture is skipped at the cost of a few bits.
 */
final class AvcEncoder {

    /** A key picture this often, so that a player can seek (x264's default too). */
    static final int KEY_INTERVAL = 250;
    /**
     * The quantizer of key pictures, which make the still contour, text and bands of the whole video, and the
     * coarser one of the macroblocks coded later, which only follow the moving marks. Measured on the 200-frame
     * races at 800x600: 123 and 132 KB at 43.4 and 43.5 dB PSNR, 1.82 and 1.69 times x264's files (slowest preset,
     * CRF 28: 68 and 78 KB at 45.3 and 45.7 dB); with 24 for both, 2 times or more.
     */
    static final int KEY_QP = 24;
    static final int QP = 30;

    private final int fps;
    private final Yuv420 previous;
    private final Yuv420 recon;
    private final MacroblockCoder coder;
    private final ByteBuffer rbsp;
    private final ByteBuffer out;
    private int frameNum;
    private int pictures;
    private int idrs;

    AvcEncoder(int width, int height, int fps) {
        this.fps = fps;
        this.previous = new Yuv420(width, height);
        this.recon = new Yuv420(width, height);
        this.coder = new MacroblockCoder(recon);
        // A coded picture is far smaller than its samples; twice them covers any picture CAVLC could make.
        int samples = previous.y.length + previous.u.length + previous.v.length;
        this.rbsp = ByteBuffer.allocate(2 * samples + 1024);
        this.out = ByteBuffer.allocate(2 * rbsp.capacity() + 1024);
    }

    /** Whether the next picture will be a key picture. */
    boolean nextIsKey() {
        return pictures % KEY_INTERVAL == 0;
    }

    /**
     * Encodes a picture and returns its NAL units, Annex B, the parameter sets first before a key picture. The
     * buffer is reused by the next call.
     */
    ByteBuffer encode(Yuv420 picture) {
        out.clear();
        boolean key = nextIsKey();
        if (key) {
            frameNum = 0;
            BitWriter w = start();
            AvcSyntax.writeSps(w, picture, fps);
            finish(w, AvcSyntax.SPS);
            w = start();
            AvcSyntax.writePps(w);
            finish(w, AvcSyntax.PPS);
            w = start();
            AvcSyntax.writeSliceHeader(w, true, 0, idrs++ & 0xFFFF, KEY_QP);
            coder.startPicture(picture, KEY_QP);
            for (int mbY = 0; mbY < picture.mbHeight; mbY++) {
                for (int mbX = 0; mbX < picture.mbWidth; mbX++) {
                    coder.writeKey(w, mbX, mbY);
                }
            }
            AvcSyntax.trailingBits(w);
            finish(w, AvcSyntax.IDR);
        } else {
            frameNum = (frameNum + 1) % (1 << AvcSyntax.FRAME_NUM_BITS);
            BitWriter w = start();
            AvcSyntax.writeSliceHeader(w, false, frameNum, 0, QP);
            coder.startPicture(picture, QP);
            int skipped = 0;
            for (int mbY = 0; mbY < picture.mbHeight; mbY++) {
                for (int mbX = 0; mbX < picture.mbWidth; mbX++) {
                    if (!picture.sameMacroblock(previous, mbX, mbY) && coder.writeChanged(w, mbX, mbY, skipped)) {
                        skipped = 0;
                    } else {
                        coder.skip(mbX, mbY);
                        skipped++;
                    }
                }
            }
            if (skipped > 0) {
                CAVLCWriter.writeUE(w, skipped);
            }
            AvcSyntax.trailingBits(w);
            finish(w, AvcSyntax.SLICE);
        }
        previous.copyFrom(picture);
        pictures++;
        out.flip();
        return out;
    }

    /** The reconstruction of the last picture: what a decoder shows for it. */
    Yuv420 reconstruction() {
        return recon;
    }

    private BitWriter start() {
        rbsp.clear();
        return new BitWriter(rbsp);
    }

    private void finish(BitWriter w, int type) {
        w.flush();
        rbsp.flip();
        AvcSyntax.nal(out, type, rbsp);
    }
}
