package descent.ui.look;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers from one run to the next, such as the UI scale: in the user's preferences, or in memory
 * for tests and benchmarks, which must neither read nor change what the user chose.
 */
public interface Settings {

    /** The value stored under {@code key}, or {@code fallback} if there is none. */
    double get(String key, double fallback);

    void put(String key, double value);

    /** The text stored under {@code key}, or {@code fallback} if there is none. */
    String text(String key, String fallback);

    void putText(String key, String value);

    /** The user's preferences for Descent ({@link Preferences}, node "descent" under the user's root). */
    static Settings user() {
        return of(Preferences.userRoot().node("descent"));
    }

    /** Settings kept in a preferences node, written through at once: a window killed later keeps them. */
    static Settings of(Preferences node) {
        return new Settings() {
            @Override
            public double get(String key, double fallback) {
                return node.getDouble(key, fallback);
            }

            @Override
            public void put(String key, double value) {
                node.putDouble(key, value);
                flush();
            }

            @Override
            public String text(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void putText(String key, String value) {
                // The preferences keep at most 8 KB a value.
                node.put(key, value.length() > Preferences.MAX_VALUE_LENGTH ? value.substring(0,
                        Preferences.MAX_VALUE_LENGTH) : value);
                flush();
            }

            private void flush() {
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // An unwritable store leaves the setting for this run only, which is all a user would lose.
                }
            }
        };
    }

    /** Settings that last as long as the object, starting empty. */
    static Settings inMemory() {
        Map<String, Double> values = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        return new Settings() {
            @Override
            public double get(String key, double fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, double value) {
                values.put(key, value);
            }

            @Override
            public String text(String key, String fallback) {
                return texts.getOrDefault(key, fallback);
            }

            @Override
            public void putText(String key, String value) {
                texts.put(key, value);
            }
        };
    }
}
