package descent.export;

import java.io.IOException;
import java.nio.file.Path;
import org.jcodec.api.transcode.PixelStore;
import org.jcodec.api.transcode.SinkImpl;
import org.jcodec.api.transcode.VideoFrameWithPacket;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;

/**
 * H.264 in MP4 with JCodec, in pure Java, so that MP4 export works on every machine.
 *
 * <p>Colours are converted here, straight from the frame's pixels: to BT.601 limited range, which is what players
 * assume when the stream does not say, so the colours come out as drawn (JCodec's own converter writes full range,
 * which players show with crushed darks and a slight shift).
 */
public final class JCodecEncoder implements VideoEncoder {

    private final FileChannelWrapper channel;
    private final SinkImpl sink;
    private final int width;
    private final int height;
    private final int fps;
    private final Picture picture;
    private long frame;

    public JCodecEncoder(Path file, int width, int height, int fps) throws IOException {
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("H.264 needs an even width and height, not " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.channel = NIOUtils.writableChannel(file.toFile());
        // The sink under JCodec's SequenceEncoder, which itself would only take RGB pictures and convert them.
        this.sink = SinkImpl.createWithStream(channel, Format.MOV, Codec.H264, null);
        sink.init();
        this.picture = Picture.create(width, height, ColorSpace.YUV420J);
    }

    @Override
    public void encode(int[] rgb) throws IOException {
        toYuv420(rgb, width, height, picture.getPlaneData(0), picture.getPlaneData(1), picture.getPlaneData(2));
        Packet packet = Packet.createPacket(null, frame, fps, 1, frame, Packet.FrameType.KEY, null);
        sink.outputVideoFrame(new VideoFrameWithPacket(packet, new PixelStore.LoanerPicture(picture, 0)));
        frame++;
    }

    /**
     * RGB to YUV 4:2:0, BT.601 limited range (Y 16..235, Cb and Cr 16..240), chroma averaged over 2×2 blocks;
     * JCodec stores each sample minus 128 in a signed byte.
     */
    static void toYuv420(int[] rgb, int width, int height, byte[] y, byte[] u, byte[] v) {
        for (int j = 0; j < height; j++) {
            int row = j * width;
            for (int i = 0; i < width; i++) {
                int p = rgb[row + i];
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                y[row + i] = (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16 - 128);
            }
        }
        int cw = width / 2;
        for (int j = 0; j < height / 2; j++) {
            for (int i = 0; i < cw; i++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int p = rgb[(2 * j + dy) * width + 2 * i + dx];
                        r += (p >> 16) & 0xFF;
                        g += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                    }
                }
                r = (r + 2) >> 2;
                g = (g + 2) >> 2;
                b = (b + 2) >> 2;
                u[j * cw + i] = (byte) (((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128 - 128);
                v[j * cw + i] = (byte) (((112 * r - 94 * g - 18 * b + 128) >> 8) + 128 - 128);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        sink.finish();
        channel.close();
    }

    @Override
    public void close() {
        NIOUtils.closeQuietly(channel);
    }
}
