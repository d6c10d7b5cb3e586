package descent.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Yuv420Test {

    @Test
    void whiteAndBlackAreTheLimitedRangesEnds() {
        Yuv420 p = new Yuv420(4, 2);
        p.setRgb(new int[] {0xFFFFFF, 0xFFFFFF, 0, 0, 0xFFFFFF, 0xFFFFFF, 0, 0});
        assertThat(p.y[0] & 0xFF).isEqualTo(235);
        assertThat(p.y[2] & 0xFF).isEqualTo(16);
        assertThat(p.u[0] & 0xFF).isEqualTo(128);
        assertThat(p.v[1] & 0xFF).isEqualTo(128);
    }

    @Test
    void aFrameSetAfterAnotherIsTheSameAsSetAlone() {
        int w = 50;
        int h = 30;
        Random random = new Random(3);
        int[] a = new int[w * h];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextInt(1 << 24);
        }
        int[] b = a.clone();
        for (int k = 0; k < 40; k++) {
            b[random.nextInt(b.length)] = random.nextInt(1 << 24);
        }
        Yuv420 after = new Yuv420(w, h);
        after.setRgb(a);
        after.setRgb(b);
        Yuv420 alone = new Yuv420(w, h);
        alone.setRgb(b);
        assertThat(after.y).isEqualTo(alone.y);
        assertThat(after.u).isEqualTo(alone.u);
        assertThat(after.v).isEqualTo(alone.v);
    }
}
