package descent.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.muxer.MP4Muxer;

/**
 * H.264 in MP4 in pure Java, so that MP4 export works on every machine: pictures coded by {@link AvcEncoder} (with
 * JCodec's CAVLC tables) and put in an MP4 by JCodec's muxer.
 *
 * <p>JCodec's own H.264 encoder codes every macroblock of every picture, a key picture every 25, and allocates
 * several pictures' worth of memory a frame: 2.6 MB and 420-470 MB of memory for a 200-frame race, where most of
 * each frame is the previous one.
 */
public final class JCodecEncoder implements VideoEncoder {

    private final FileChannelWrapper channel;
    private final MP4Muxer muxer;
    private final MuxerTrack track;
    private final AvcEncoder encoder;
    private final Yuv420 picture;
    private final int fps;
    private long frame;

    public JCodecEncoder(Path file, int width, int height, int fps) throws IOException {
        this.picture = new Yuv420(width, height);
        this.encoder = new AvcEncoder(width, height, fps);
        this.fps = fps;
        this.channel = NIOUtils.writableChannel(file.toFile());
        this.muxer = MP4Muxer.createMP4MuxerToChannel(channel);
        this.track = muxer.addVideoTrack(Codec.H264,
                VideoCodecMeta.createSimpleVideoCodecMeta(new Size(width, height), ColorSpace.YUV420J));
    }

    @Override
    public void encode(int[] rgb) throws IOException {
        picture.setRgb(rgb);
        boolean key = encoder.nextIsKey();
        ByteBuffer nals = encoder.encode(picture);
        // The muxer keeps the packet until the file is finished only as sizes; the data is written now.
        ByteBuffer data = ByteBuffer.allocate(nals.remaining());
        data.put(nals).flip();
        track.addFrame(Packet.createPacket(data, frame, fps, 1, frame,
                key ? Packet.FrameType.KEY : Packet.FrameType.INTER, null));
        frame++;
    }

    @Override
    public void finish() throws IOException {
        muxer.finish();
        channel.close();
    }

    @Override
    public void close() {
        NIOUtils.closeQuietly(channel);
    }
}
