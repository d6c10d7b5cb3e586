package descent.surface.formula;

import java.util.Arrays;
import java.util.Optional;

/** The functions a formula may call, each with the number of arguments it takes and how LaTeX writes it. */
public enum MathFunction {
    SIN("sin", 1, 1, "\\sin"),
    COS("cos", 1, 1, "\\cos"),
    TAN("tan", 1, 1, "\\tan"),
    EXP("exp", 1, 1, "\\exp"),
    LOG("log", 1, 1, "\\log"),
    SQRT("sqrt", 1, 1, "\\sqrt"),
    ABS("abs", 1, 1, "\\left|"),
    TANH("tanh", 1, 1, "\\tanh"),
    SIGMOID("sigmoid", 1, 1, "\\operatorname{sigmoid}"),
    SOFTPLUS("softplus", 1, 1, "\\operatorname{softplus}"),
    MIN("min", 2, Integer.MAX_VALUE, "\\min"),
    MAX("max", 2, Integer.MAX_VALUE, "\\max"),
    POW("pow", 2, 2, "");

    private final String key;
    private final int fewest;
    private final int most;
    private final String latex;

    MathFunction(String key, int fewest, int most, String latex) {
        this.key = key;
        this.fewest = fewest;
        this.most = most;
        this.latex = latex;
    }

    /** The name a formula calls it by, such as {@code sin}. */
    public String key() {
        return key;
    }

    /** Whether it takes that many arguments. */
    public boolean takes(int count) {
        return count >= fewest && count <= most;
    }

    /** How many arguments it takes, in words, for messages: "1 argument", "2 arguments or more". */
    public String arity() {
        String n = fewest + (fewest == 1 ? " argument" : " arguments");
        return most == fewest ? n : n + " or more";
    }

    String latex() {
        return latex;
    }

    public static Optional<MathFunction> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The names, comma separated, for messages and help. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(MathFunction::key).toList());
    }
}
