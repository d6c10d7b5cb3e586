package descent.optim;

/**
 * One value a rule reads, and where it comes from when a racer does not set it itself: a global slider always (the
 * lecture's rules read the lecture's values), a global slider only when the racer follows the lecture's sliders
 * (the frameworks' rules, which start from their own defaults), or its own default alone.
 *
 * @param parameter    what the value is
 * @param defaultValue the value when nothing else sets it; NaN where a global value always applies
 * @param global       the global hyperparameter it may follow, or null
 * @param always       whether it follows the global one whatever the racer says
 */
public record Setting(Hyperparameter parameter, double defaultValue, Hyperparameter global, boolean always) {

    /** A value that is the global one: the lecture's rules read ε, α, ρ... from the sliders. */
    public static Setting global(Hyperparameter h) {
        return new Setting(h, Double.NaN, h, true);
    }

    /** A value of the rule's own that always follows a global slider, as every framework's lr follows ε. */
    public static Setting following(Hyperparameter h, Hyperparameter global) {
        return new Setting(h, Double.NaN, global, true);
    }

    /** A value with a default of its own that follows a global slider when the racer follows the lecture's. */
    public static Setting linked(Hyperparameter h, double defaultValue, Hyperparameter global) {
        return new Setting(h, defaultValue, global, false);
    }

    /** A value with a default of its own and no slider to follow. */
    public static Setting own(Hyperparameter h, double defaultValue) {
        return new Setting(h, defaultValue, null, false);
    }

    /** Whether it takes the global value, when the racer follows the lecture's sliders or not. */
    public boolean follows(boolean followingLecture) {
        return global != null && (always || followingLecture);
    }
}
