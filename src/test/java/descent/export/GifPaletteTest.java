package descent.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GifPaletteTest {

    @Test
    void requiredColoursAreEntriesAndMapToThemselvesExactly() {
        // A sample with 600 colours, more than a palette holds, none of them the required ones.
        int[] sample = new int[600 * 4];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = (i / 4) * 0x010307 & 0xFFFFFF;
        }
        int[] racers = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x000001};
        GifPalette palette = GifPalette.of(List.of(sample), racers);
        int[] colors = palette.colors();
        for (int c : racers) {
            int index = palette.index(0xFF000000 | c) & 0xFF;
            assertThat(colors[index]).as("%06x", c).isEqualTo(c);
        }
    }

    @Test
    void coloursThatCoverMuchOfTheFrameAreExactAndTheTransparentEntryIsNeverChosen() {
        int[] frame = new int[10_000];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = i < 5000 ? 0x440154 : i < 9000 ? 0x21918C : 0xFDE725 - (i % 7);
        }
        GifPalette palette = GifPalette.of(List.of(frame));
        int[] colors = palette.colors();
        assertThat(colors[palette.index(0x440154) & 0xFF]).isEqualTo(0x440154);
        assertThat(colors[palette.index(0x21918C) & 0xFF]).isEqualTo(0x21918C);
        for (int p : frame) {
            assertThat(palette.index(p) & 0xFF).isNotEqualTo(GifWriter.TRANSPARENT);
        }
    }
}
