package descent.sim;

/** Receives a trajectory point by point as it is computed, so that long runs need no memory for the whole path. */
@FunctionalInterface
public interface PointSink {

    void accept(long step, double x, double y, double loss);
}
