package descent.render;

import java.util.Arrays;

/**
 * A set of pixel cells, as longs, without boxing: the painter asks it once per trail point, tens of thousands of
 * times per redraw, which a {@code HashSet<Long>} answers with as many allocations.
 */
final class CellSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots = new long[64];
    private int size;
    private boolean hasEmpty;

    CellSet() {
        Arrays.fill(slots, EMPTY);
    }

    boolean contains(long cell) {
        if (cell == EMPTY) {
            return hasEmpty;
        }
        int mask = slots.length - 1;
        for (int i = slot(cell, mask); ; i = (i + 1) & mask) {
            if (slots[i] == cell) {
                return true;
            }
            if (slots[i] == EMPTY) {
                return false;
            }
        }
    }

    void add(long cell) {
        if (cell == EMPTY) {
            hasEmpty = true;
            return;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = slot(cell, mask); ; i = (i + 1) & mask) {
            if (slots[i] == cell) {
                return;
            }
            if (slots[i] == EMPTY) {
                slots[i] = cell;
                size++;
                return;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (long c : old) {
            if (c != EMPTY) {
                add(c);
            }
        }
    }

    private static int slot(long cell, int mask) {
        // Neighbouring cells differ in their low bits; a multiplicative hash spreads them over the table.
        long h = cell * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
