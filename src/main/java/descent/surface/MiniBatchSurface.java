package descent.surface;

import descent.math.Vec2;

/** A surface that is a mean loss over a data set, so that a gradient can be taken on a mini-batch of it. */
public interface MiniBatchSurface extends Surface {

    /** The number N of examples; the full-batch loss is their mean. */
    int exampleCount();

    /** The mean gradient over the examples {@code batch[0 .. size-1]}. */
    Vec2 gradient(double x, double y, int[] batch, int size);
}
