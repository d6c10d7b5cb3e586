package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class CellSetTest {

    /** Whatever is added, in whatever order, it answers as a HashSet does, for those and for other cells. */
    @Property(tries = 200)
    void answersAsAHashSetDoes(@ForAll @Size(max = 300) List<@LongRange(min = -40, max = 40) Long> added,
            @ForAll @Size(max = 50) List<Long> anyAdded, @ForAll @Size(max = 50) List<Long> asked) {
        CellSet cells = new CellSet();
        Set<Long> expected = new HashSet<>();
        for (List<Long> list : List.of(added, anyAdded)) {
            for (long c : list) {
                cells.add(c);
                expected.add(c);
            }
        }
        cells.add(Long.MIN_VALUE + 1);
        expected.add(Long.MIN_VALUE + 1);
        for (List<Long> list : List.of(added, anyAdded, asked, List.of(Long.MIN_VALUE, 0L, 41L, -41L))) {
            for (long c : list) {
                assertThat(cells.contains(c)).as("%d", c).isEqualTo(expected.contains(c));
            }
        }
    }
}
