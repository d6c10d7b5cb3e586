package descent.surface;

import descent.math.Range;

/** A named parameter of a surface, such as the condition number κ of the quadratic, with its default and range. */
public record Parameter(String name, String symbol, String description, double defaultValue, Range range) {

    public Parameter {
        if (!range.contains(defaultValue)) {
            throw new IllegalArgumentException("default " + defaultValue + " of " + name + " is outside " + range);
        }
    }
}
