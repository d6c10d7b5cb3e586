package descent.optim;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An update rule as the catalogue knows it: its id on the command line and in files, its name, its update in plain
 * text and in LaTeX, where it comes from (the lecture or PyTorch), the values it reads, and how to build it from
 * them. Each rule's class declares its own and {@link Rules} registers it.
 *
 * @param id         the name on the command line and in files, such as {@code rmsprop-nesterov}
 * @param title      the name for legends, such as "RMSProp + Nesterov"
 * @param shortTitle a name short enough for a table column, such as "RMSProp+N"
 * @param text       the update as the source writes it, in plain text
 * @param latex      the update in LaTeX, in the book's notation
 * @param settings   the values the rule reads, in the order its source introduces them
 */
public record Rule(String id, String title, String shortTitle, Family family, String text, String latex,
        List<Setting> settings, Function<Values, UpdateRule<?>> factory) {

    /** Where a rule is written down. */
    public enum Family {
        /** Goodfellow, Bengio and Courville, Deep Learning, chapter 8. */
        LECTURE("The lecture's rules (Deep Learning, ch. 8)"),
        /** What torch.optim (PyTorch 1.13) computes. */
        PYTORCH("PyTorch's rules (torch.optim 1.13)");

        private final String title;

        Family(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public Rule {
        settings = List.copyOf(settings);
    }

    /** The update rule with these values. */
    public UpdateRule<?> create(Values values) {
        return factory.apply(values);
    }

    /** Whether the rule reads this hyperparameter. */
    public boolean reads(Hyperparameter h) {
        return setting(h).isPresent();
    }

    /** The setting of that hyperparameter, if the rule reads it. */
    public Optional<Setting> setting(Hyperparameter h) {
        return settings.stream().filter(s -> s.parameter() == h).findFirst();
    }

    /** The setting with that key, such as {@code eps} or {@code weight_decay}, if the rule has one. */
    public Optional<Setting> setting(String key) {
        return settings.stream().filter(s -> s.parameter().key().equals(key)).findFirst();
    }

    /** The keys of its settings, comma separated, for messages. */
    public String keys() {
        return String.join(", ", settings.stream().map(s -> s.parameter().key()).toList());
    }

    /** Whether any setting follows a global slider only when asked to: the frameworks' rules. */
    public boolean canFollowLecture() {
        return settings.stream().anyMatch(s -> s.global() != null && !s.always());
    }

    @Override
    public String toString() {
        return id;
    }
}
