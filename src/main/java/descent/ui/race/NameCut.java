package descent.ui.race;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A racer's name cut short to a width in the middle, by whole words: its first word (the rule, or how a lesson calls
 * it) and its last (how it differs, a value such as "ε = 0.3" being one word) stay, so that names that differ still
 * read apart: "Adam no bias corr." becomes "Adam…corr.", "uncorrected ρ₁ = 0.999" becomes "unco…ρ₁ = 0.999".
 */
final class NameCut {

    static final String ELLIPSIS = "…";

    private NameCut() {
    }

    /**
     * The name whole if it fits {@code room}; else its first word, "…" and as many of its last words as fit; else
     * as much of its first word as fits before "…" and its last word; else as much of its end as fits after "…" (or,
     * for a name of one word, of its start before "…").
     */
    static String cut(String name, double room, ToDoubleFunction<String> width) {
        if (name == null || width.applyAsDouble(name) <= room) {
            return name;
        }
        // A space beside "=" joins: a value and its symbol are one word.
        List<String> words = List.of(name.split("(?<!=) (?!=)"));
        int n = words.size();
        if (n >= 2) {
            String first = words.get(0);
            for (int kept = n - 2; kept >= 1; kept--) {
                String candidate = first + ELLIPSIS + String.join(" ", words.subList(n - kept, n));
                if (width.applyAsDouble(candidate) <= room) {
                    return candidate;
                }
            }
            String last = words.get(n - 1);
            for (int letters = first.length() - 1; letters >= 1; letters--) {
                String candidate = first.substring(0, letters) + ELLIPSIS + last;
                if (width.applyAsDouble(candidate) <= room) {
                    return candidate;
                }
            }
            // Names of several words differ at their ends ("uncorrected ρ₁ = 0.9" and "… = 0.999"): keep the end.
            for (int letters = name.length() - 1; letters >= 1; letters--) {
                String candidate = ELLIPSIS + name.substring(name.length() - letters);
                if (width.applyAsDouble(candidate) <= room) {
                    return candidate;
                }
            }
        }
        for (int letters = name.length() - 1; letters >= 1; letters--) {
            String candidate = name.substring(0, letters) + ELLIPSIS;
            if (width.applyAsDouble(candidate) <= room) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }
}
