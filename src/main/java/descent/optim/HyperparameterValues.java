package descent.optim;

/** The value of every hyperparameter for one optimizer, after global values, overrides and defaults are applied. */
public record HyperparameterValues(double learningRate, double momentum, double decayRate, double delta,
        double firstMomentDecay, double secondMomentDecay, long decaySteps, double finalLearningRate) {

    public double get(Hyperparameter h) {
        return switch (h) {
            case LEARNING_RATE -> learningRate;
            case MOMENTUM -> momentum;
            case DECAY_RATE -> decayRate;
            case DELTA -> delta;
            case FIRST_MOMENT_DECAY -> firstMomentDecay;
            case SECOND_MOMENT_DECAY -> secondMomentDecay;
            case DECAY_STEPS -> decaySteps;
            case FINAL_LEARNING_RATE -> finalLearningRate;
        };
    }
}
