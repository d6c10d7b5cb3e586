package descent.export;

import java.nio.ByteBuffer;
import org.jcodec.codecs.h264.io.write.CAVLCWriter;
import org.jcodec.common.io.BitWriter;

/**
 * The headers of a constrained-baseline H.264 stream as {@link AvcEncoder} writes it (clause 7.3): one sequence and
 * one picture parameter set, pictures of one slice with the deblocking filter off, picture order from frame_num,
 * one reference picture; and the NAL units that carry them, Annex B style with emulation prevention.
 */
final class AvcSyntax {

    /** NAL unit types. */
    static final int SLICE = 1;
    static final int IDR = 5;
    static final int SPS = 7;
    static final int PPS = 8;

    /** frame_num is coded in this many bits: it wraps after 65,536 pictures, which decoders follow. */
    static final int FRAME_NUM_BITS = 16;
    /** The picture QP the parameter set announces; slices say how far theirs is from it. */
    static final int INIT_QP = 26;

    /** Levels (level_idc, most macroblocks a picture, most macroblocks a second), from Table A-1. */
    private static final int[][] LEVELS = {{10, 99, 1485}, {11, 396, 3000}, {12, 396, 6000}, {13, 396, 11880},
        {21, 792, 19800}, {22, 1620, 20250}, {30, 1620, 40500}, {31, 3600, 108000}, {32, 5120, 216000},
        {40, 8192, 245760}, {42, 8704, 522240}, {50, 22080, 589824}, {51, 36864, 983040}, {52, 36864, 2073600},
        {60, 139264, 4177920}, {61, 139264, 8355840}, {62, 139264, 16711680}};

    private AvcSyntax() {
    }

    /** The lowest level that allows pictures of that many macroblocks at that rate. */
    static int level(int mbWidth, int mbHeight, int fps) {
        int mbs = mbWidth * mbHeight;
        for (int[] l : LEVELS) {
            int side = (int) Math.sqrt(8.0 * l[1]);
            if (mbs <= l[1] && mbWidth <= side && mbHeight <= side && (long) mbs * fps <= l[2]) {
                return l[0];
            }
        }
        return LEVELS[LEVELS.length - 1][0];
    }

    /**
     * The sequence parameter set: constrained baseline, the picture cropped from whole macroblocks, and video
     * usability information saying the samples are BT.601, limited range.
     */
    static void writeSps(BitWriter w, Yuv420 p, int fps) {
        w.writeNBit(66, 8); // profile_idc: baseline
        w.writeNBit(0xC0, 8); // constraint_set0 and set1: constrained baseline
        w.writeNBit(level(p.mbWidth, p.mbHeight, fps), 8);
        CAVLCWriter.writeUE(w, 0); // seq_parameter_set_id
        CAVLCWriter.writeUE(w, FRAME_NUM_BITS - 4);
        CAVLCWriter.writeUE(w, 2); // pic_order_cnt_type: from frame_num, no reordering
        CAVLCWriter.writeUE(w, 1); // max_num_ref_frames
        w.write1Bit(0); // gaps_in_frame_num_value_allowed_flag
        CAVLCWriter.writeUE(w, p.mbWidth - 1);
        CAVLCWriter.writeUE(w, p.mbHeight - 1);
        w.write1Bit(1); // frame_mbs_only_flag
        w.write1Bit(1); // direct_8x8_inference_flag
        int right = (16 * p.mbWidth - p.width) / 2;
        int bottom = (16 * p.mbHeight - p.height) / 2;
        w.write1Bit(right > 0 || bottom > 0 ? 1 : 0);
        if (right > 0 || bottom > 0) {
            CAVLCWriter.writeUE(w, 0);
            CAVLCWriter.writeUE(w, right);
            CAVLCWriter.writeUE(w, 0);
            CAVLCWriter.writeUE(w, bottom);
        }
        w.write1Bit(1); // vui_parameters_present_flag
        w.write1Bit(0); // aspect_ratio_info_present_flag
        w.write1Bit(0); // overscan_info_present_flag
        w.write1Bit(1); // video_signal_type_present_flag
        w.writeNBit(5, 3); // video_format: unspecified
        w.write1Bit(0); // video_full_range_flag
        w.write1Bit(1); // colour_description_present_flag
        w.writeNBit(6, 8); // colour_primaries: SMPTE 170M
        w.writeNBit(6, 8); // transfer_characteristics: SMPTE 170M
        w.writeNBit(6, 8); // matrix_coefficients: SMPTE 170M (BT.601)
        w.write1Bit(0); // chroma_loc_info_present_flag
        w.write1Bit(0); // timing_info_present_flag: the MP4 holds the timing
        w.write1Bit(0); // nal_hrd_parameters_present_flag
        w.write1Bit(0); // vcl_hrd_parameters_present_flag
        w.write1Bit(0); // pic_struct_present_flag
        w.write1Bit(0); // bitstream_restriction_flag
        trailingBits(w);
    }

    /** The picture parameter set: CAVLC, one reference, QP 26, and the deblocking filter's switch in slices. */
    static void writePps(BitWriter w) {
        CAVLCWriter.writeUE(w, 0); // pic_parameter_set_id
        CAVLCWriter.writeUE(w, 0); // seq_parameter_set_id
        w.write1Bit(0); // entropy_coding_mode_flag: CAVLC
        w.write1Bit(0); // bottom_field_pic_order_in_frame_present_flag
        CAVLCWriter.writeUE(w, 0); // num_slice_groups_minus1
        CAVLCWriter.writeUE(w, 0); // num_ref_idx_l0_default_active_minus1
        CAVLCWriter.writeUE(w, 0); // num_ref_idx_l1_default_active_minus1
        w.write1Bit(0); // weighted_pred_flag
        w.writeNBit(0, 2); // weighted_bipred_idc
        CAVLCWriter.writeSE(w, INIT_QP - 26); // pic_init_qp_minus26
        CAVLCWriter.writeSE(w, 0); // pic_init_qs_minus26
        CAVLCWriter.writeSE(w, 0); // chroma_qp_index_offset
        w.write1Bit(1); // deblocking_filter_control_present_flag
        w.write1Bit(0); // constrained_intra_pred_flag
        w.write1Bit(0); // redundant_pic_cnt_present_flag
        trailingBits(w);
    }

    /**
     * A slice header for a whole picture, I (an IDR picture) or P, with the deblocking filter off: the encoder's
     * reconstruction is then exactly what a decoder shows, with no filter to model.
     */
    static void writeSliceHeader(BitWriter w, boolean idr, int frameNum, int idrId, int qp) {
        CAVLCWriter.writeUE(w, 0); // first_mb_in_slice
        CAVLCWriter.writeUE(w, idr ? 7 : 5); // slice_type: I or P, as every slice of the picture
        CAVLCWriter.writeUE(w, 0); // pic_parameter_set_id
        w.writeNBit(frameNum, FRAME_NUM_BITS);
        if (idr) {
            CAVLCWriter.writeUE(w, idrId);
        } else {
            w.write1Bit(0); // num_ref_idx_active_override_flag
            w.write1Bit(0); // ref_pic_list_modification_flag_l0
        }
        if (idr) {
            w.write1Bit(0); // no_output_of_prior_pics_flag
            w.write1Bit(0); // long_term_reference_flag
        } else {
            w.write1Bit(0); // adaptive_ref_pic_marking_mode_flag
        }
        CAVLCWriter.writeSE(w, qp - INIT_QP); // slice_qp_delta
        CAVLCWriter.writeUE(w, 1); // disable_deblocking_filter_idc
    }

    /** rbsp_trailing_bits: a one, then zeros to the byte. */
    static void trailingBits(BitWriter w) {
        w.write1Bit(1);
        while (w.curBit() != 0) {
            w.write1Bit(0);
        }
    }

    /**
     * Appends a NAL unit to {@code out}: a start code, the header (a reference, of the type given) and the payload
     * with emulation prevention bytes, so that no start code appears inside it.
     */
    static void nal(ByteBuffer out, int type, ByteBuffer payload) {
        out.putInt(1);
        out.put((byte) (3 << 5 | type));
        int zeros = 0;
        while (payload.hasRemaining()) {
            byte b = payload.get();
            if (zeros >= 2 && (b & 0xFF) <= 3) {
                out.put((byte) 3);
                zeros = 0;
            }
            out.put(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }
    }
}
