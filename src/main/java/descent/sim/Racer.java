package descent.sim;

import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.optim.Setting;
import descent.optim.Values;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One runner in a race: a rule with the values it sets itself (the rest follow the global sliders), its own batch
 * size, gradient noise and clipping where it differs from the race's, a label, and its slot. The slot is its
 * identity within the race: it gives its colour, marker and dash, and its own random stream, and it stays when
 * the racer's values change, so a slider move recomputes the racer and keeps its look.
 *
 * @param own            the values it sets itself, which win over the global ones
 * @param label          its name in legends and files, or null for the default (its rule's)
 * @param slot           its place in the race's palette, 0 to {@link #MAX_SLOTS} − 1, unique in a race
 * @param shown          whether it races; a hidden racer keeps its slot and values
 * @param followsLecture whether a framework rule's values follow the lecture's sliders where they correspond
 * @param batchSize      its own mini-batch size, or empty for the race's
 * @param noise          its own gradient noise σ, or empty for the race's
 * @param clipNorm       its own clipping norm, or empty for the race's
 * @param starts         where its many extra starts are drawn from, or null for its one start, the race's
 */
public record Racer(Rule rule, Map<Hyperparameter, Double> own, String label, int slot, boolean shown,
        boolean followsLecture, OptionalInt batchSize, OptionalDouble noise, OptionalDouble clipNorm,
        StartSpread starts) {

    /** The most racers in a race: as many as the palette tells apart. */
    public static final int MAX_SLOTS = 16;

    /** How many colour families the slots form: slot s + FAMILIES is the variant of slot s, in its hue, dashed. */
    public static final int FAMILIES = MAX_SLOTS / 2;

    public Racer {
        if (slot < 0 || slot >= MAX_SLOTS) {
            throw new IllegalArgumentException("slot must be 0 to " + (MAX_SLOTS - 1) + " (got " + slot + ")");
        }
        Map<Hyperparameter, Double> checked = new LinkedHashMap<>();
        for (Setting s : rule.settings()) {
            Double v = own.get(s.parameter());
            if (v != null) {
                checked.put(s.parameter(), s.parameter().check(v));
            }
        }
        for (Hyperparameter h : own.keySet()) {
            if (!rule.reads(h)) {
                throw new IllegalArgumentException(rule.id() + " has no value " + h.key() + "; it takes "
                        + rule.keys());
            }
        }
        own = Collections.unmodifiableMap(checked);
        label = label == null || label.isBlank() ? null : label.strip();
        if (batchSize.isPresent() && batchSize.getAsInt() < 0) {
            throw new IllegalArgumentException("batch must be >= 0 (got " + batchSize.getAsInt() + ")");
        }
        if (noise.isPresent() && !(noise.getAsDouble() >= 0 && Double.isFinite(noise.getAsDouble()))) {
            throw new IllegalArgumentException("noise must be a finite number >= 0 (got " + noise.getAsDouble() + ")");
        }
        if (clipNorm.isPresent() && !(clipNorm.getAsDouble() >= 0 && Double.isFinite(clipNorm.getAsDouble()))) {
            throw new IllegalArgumentException("clip must be a finite number >= 0 (got " + clipNorm.getAsDouble()
                    + ")");
        }
    }

    /** The rule racing alone, with its defaults, in the slot given. */
    public static Racer of(Rule rule, int slot) {
        return new Racer(rule, Map.of(), null, slot, true, false, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), null);
    }

    /** The rule racing alone in its home slot: the lecture's rules keep the colours of the lecture's table. */
    public static Racer of(Rule rule) {
        return of(rule, Math.floorMod(Rules.home(rule), MAX_SLOTS));
    }

    /**
     * This racer with a value of its own.
     *
     * @throws IllegalArgumentException if the rule does not read it or the value is out of range
     */
    public Racer with(Hyperparameter h, double value) {
        Map<Hyperparameter, Double> m = new LinkedHashMap<>(own);
        m.put(h, value);
        return new Racer(rule, m, label, slot, shown, followsLecture, batchSize, noise, clipNorm, starts);
    }

    /** This racer without its own value of h: the global one, or the default, applies again. */
    public Racer without(Hyperparameter h) {
        Map<Hyperparameter, Double> m = new LinkedHashMap<>(own);
        m.remove(h);
        return new Racer(rule, m, label, slot, shown, followsLecture, batchSize, noise, clipNorm, starts);
    }

    /** This racer with none of its own values. */
    public Racer withoutOwnValues() {
        return new Racer(rule, Map.of(), label, slot, shown, followsLecture, batchSize, noise, clipNorm, starts);
    }

    public Racer withLabel(String l) {
        return new Racer(rule, own, l, slot, shown, followsLecture, batchSize, noise, clipNorm, starts);
    }

    public Racer withSlot(int s) {
        return new Racer(rule, own, label, s, shown, followsLecture, batchSize, noise, clipNorm, starts);
    }

    public Racer withShown(boolean s) {
        return new Racer(rule, own, label, slot, s, followsLecture, batchSize, noise, clipNorm, starts);
    }

    public Racer withFollowsLecture(boolean f) {
        return new Racer(rule, own, label, slot, shown, f, batchSize, noise, clipNorm, starts);
    }

    public Racer withBatchSize(OptionalInt m) {
        return new Racer(rule, own, label, slot, shown, followsLecture, m, noise, clipNorm, starts);
    }

    public Racer withNoise(OptionalDouble sigma) {
        return new Racer(rule, own, label, slot, shown, followsLecture, batchSize, sigma, clipNorm, starts);
    }

    public Racer withClipNorm(OptionalDouble c) {
        return new Racer(rule, own, label, slot, shown, followsLecture, batchSize, noise, c, starts);
    }

    /** This racer with many starts drawn from the spread, or with its one start alone (null). */
    public Racer withStarts(StartSpread spread) {
        return new Racer(rule, own, label, slot, shown, followsLecture, batchSize, noise, clipNorm, spread);
    }

    /** Every value its rule reads, with these global values on a surface of this default learning rate. */
    public Values values(Hyperparameters globals, double surfaceLearningRate) {
        return globals.resolve(rule, own, followsLecture, surfaceLearningRate);
    }

    /** Its own values as key=value, for messages and tooltips. */
    public String ownValuesText() {
        return own.entrySet().stream().map(e -> e.getKey().key() + "=" + e.getKey().format(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
