package descent.ui.controls;

import descent.math.Numbers;
import descent.optim.Hyperparameter;
import descent.optim.Setting;
import descent.sim.Racer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which of the racers shown read a global control's value and which follow it: a control that none of them follows
 * says so, with the values they use instead, so that nobody takes the slider's value for theirs (a lesson's racers
 * each set their own ε, and the slider's 0.05 is none of them).
 *
 * @param readers   how many racers shown read the value at all
 * @param followers how many of them take the control's value
 * @param ownValues the values of those that do not, as written, each once, in the race's order
 */
public record Followers(int readers, int followers, List<String> ownValues) {

    /** The most values a note lists. */
    private static final int MOST_LISTED = 4;

    /**
     * Counts the racers shown that read a value, and those that follow the control.
     *
     * @param reads   whether a racer reads the value at all
     * @param follows whether it takes the control's value
     * @param own     the value it uses instead, as written
     */
    public static Followers of(List<Racer> racers, Predicate<Racer> reads, Predicate<Racer> follows,
            Function<Racer, String> own) {
        int readers = 0;
        int followers = 0;
        Set<String> values = new LinkedHashSet<>();
        for (Racer r : racers) {
            if (!r.shown() || !reads.test(r)) {
                continue;
            }
            readers++;
            if (follows.test(r)) {
                followers++;
            } else {
                values.add(own.apply(r));
            }
        }
        return new Followers(readers, followers, List.copyOf(values));
    }

    /**
     * Who follows a global hyperparameter: a racer whose rule takes it (ε for every rule's learning rate; α, ρ, ρ₁,
     * ρ₂ and δ for PyTorch's rules only when they follow the lecture's sliders) and that does not set its own.
     *
     * @param value the value a racer in a slot uses for one of its rule's values
     */
    public static Followers of(List<Racer> racers, Hyperparameter global, ValueInUse value) {
        return of(racers, r -> setting(r, global).isPresent(),
                r -> setting(r, global).filter(s -> s.follows(r.followsLecture()) && !r.own().containsKey(
                        s.parameter())).isPresent(),
                r -> setting(r, global).map(s -> written(s.parameter(), value.of(r.slot(), s.parameter())))
                        .orElse(""));
    }

    private static String written(Hyperparameter h, double v) {
        return h.isSwitch() ? h.format(v) : Numbers.brief(v);
    }

    /** The value a racer in a slot uses for one of its rule's values. */
    @FunctionalInterface
    public interface ValueInUse {
        double of(int slot, Hyperparameter h);
    }

    private static Optional<Setting> setting(Racer r, Hyperparameter global) {
        return r.rule().settings().stream().filter(s -> s.global() == global).findFirst();
    }

    /** Whether racers read the value and none of them takes the control's. */
    public boolean ignored() {
        return readers > 0 && followers == 0;
    }

    /** Whether no racer shown reads the value at all. */
    public boolean unused() {
        return readers == 0;
    }

    /**
     * What the control says when it is {@link #ignored}, such as "every racer has its own ε: 0.01, 0.15, 0.22 (see
     * the race table)"; empty otherwise.
     */
    public Optional<String> note(String symbol) {
        if (!ignored()) {
            return Optional.empty();
        }
        List<String> listed = new ArrayList<>(ownValues.subList(0, Math.min(MOST_LISTED, ownValues.size())));
        if (ownValues.size() > MOST_LISTED) {
            listed.add("…");
        }
        String who = readers == 1 ? "its one racer has its own " : "every racer has its own ";
        return Optional.of(who + symbol + ": " + String.join(", ", listed) + " (see the race table)");
    }
}
