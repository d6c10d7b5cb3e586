package descent.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.jcodec.codecs.h264.H264Utils;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.common.Codec;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;

/** What an MP4's boxes say about its video track, read with JCodec's demuxer, whatever encoder wrote it. */
record Mp4Probe(Codec codec, int frames, int width, int height, int profile, int matrix, boolean fullRange) {

    /** Colour matrix code of BT.601 (SMPTE 170M) in H.264's VUI. */
    static final int BT601 = 6;

    static Mp4Probe of(Path mp4) throws IOException {
        try (var channel = NIOUtils.readableChannel(mp4.toFile())) {
            DemuxerTrackMeta meta = MP4Demuxer.createMP4Demuxer(channel).getVideoTrack().getMeta();
            SeqParameterSet sps = null;
            for (ByteBuffer nal : H264Utils.splitFrame(meta.getCodecPrivate().duplicate())) {
                if ((nal.get(nal.position()) & 0x1F) == 7) {
                    ByteBuffer payload = nal.duplicate();
                    payload.get();
                    sps = SeqParameterSet.read(payload);
                }
            }
            if (sps == null) {
                throw new IOException("no sequence parameter set in " + mp4);
            }
            boolean vui = sps.vuiParams != null;
            return new Mp4Probe(meta.getCodec(), meta.getTotalFrames(), meta.getVideoCodecMeta().getSize().getWidth(),
                    meta.getVideoCodecMeta().getSize().getHeight(), sps.profileIdc,
                    vui ? sps.vuiParams.matrixCoefficients : -1, vui && sps.vuiParams.videoFullRangeFlag);
        }
    }
}
