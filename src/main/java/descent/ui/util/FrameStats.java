package descent.ui.util;

import java.util.Arrays;

/** The FX-thread time each frame spends on the race's work, kept in a ring buffer for the UI benchmark. */
public final class FrameStats {

    private final long[][] work = new long[3][1 << 14];
    private int works;

    /** Time spent in one pulse advancing the race (and updating the table), painting the plot, and the chart. */
    public void work(long advance, long plot, long chart) {
        int i = works++ & (work[0].length - 1);
        work[0][i] = advance;
        work[1][i] = plot;
        work[2][i] = chart;
    }

    /** The recorded times of one kind of work (0 advance, 1 plot, 2 chart), sorted. */
    public long[] sortedWork(int kind) {
        long[] out = Arrays.copyOf(work[kind], Math.min(works, work[kind].length));
        Arrays.sort(out);
        return out;
    }

    public void clear() {
        works = 0;
    }
}
