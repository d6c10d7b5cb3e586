package descent.ui;

import java.util.Arrays;

/** Times between pulses and paints, kept in a ring buffer, for the UI benchmark. */
final class FrameStats {

    private final long[] intervals = new long[1 << 14];
    private int count;
    private long lastPulse;
    private long lastPaint;

    void pulse(long now) {
        if (lastPulse != 0) {
            intervals[count++ & (intervals.length - 1)] = now - lastPulse;
        }
        lastPulse = now;
    }

    void painted(long now) {
        lastPaint = now;
    }

    long lastPaint() {
        return lastPaint;
    }

    void clear() {
        count = 0;
        lastPulse = 0;
    }

    /** The intervals between pulses recorded since the last clear, in nanoseconds, sorted. */
    long[] sortedIntervals() {
        long[] out = Arrays.copyOf(intervals, Math.min(count, intervals.length));
        Arrays.sort(out);
        return out;
    }
}
