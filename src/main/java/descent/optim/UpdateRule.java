package descent.optim;

import descent.math.Vec2;

/**
 * An optimizer as a pair of pure functions, as in optax: {@code init} builds the state at a start point and
 * {@code step} applies one update, so that a trajectory is a pure function of its inputs.
 *
 * @param <S> the state this rule carries from one update to the next
 */
public interface UpdateRule<S extends OptimizerState> {

    /** The state before the first update, with every accumulator at zero. */
    S init(Vec2 theta);

    /** The state after one update, taking the gradient where the rule asks for it. */
    S step(S state, Gradient gradient);
}
