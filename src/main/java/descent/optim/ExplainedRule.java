package descent.optim;

import descent.math.Vec2;

/**
 * An update rule that says what each of its updates did, in the lecture's words: the step inspector's source. The
 * explanation takes its θ after from the rule's own {@code step}, so the two agree bit for bit.
 *
 * @param <S> the state this rule carries from one update to the next
 */
public interface ExplainedRule<S extends OptimizerState> extends UpdateRule<S> {

    /** What the update from {@code before} with this gradient did, as the k-th update (k = 1 for the first). */
    StepExplanation explain(S before, Gradient gradient, long k);

    /**
     * The learning rate per coordinate of the update that reached {@code after}: ε for SGD and momentum, ε_k for
     * the decaying schedule, ε/(δ + √r) for AdaGrad and RMSProp, ε/(δ + √r̂) for Adam.
     */
    Vec2 effectiveRate(S after);
}
