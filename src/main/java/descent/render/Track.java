package descent.render;

import descent.optim.Optimizer;
import descent.sim.Trajectory;

/** One optimizer's trajectory as the frame shows it. */
public record Track(Optimizer optimizer, Trajectory trajectory) {
}
