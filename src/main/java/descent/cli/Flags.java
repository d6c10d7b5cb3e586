package descent.cli;

import descent.math.Numbers;
import descent.math.Range;
import descent.render.Camera;
import java.util.regex.Pattern;

/** Parsing of flag values, with messages that name the flag, what it accepts and what it got. */
final class Flags {

    /** ASCII digits only, said plainly: Long.parseLong alone would also take other scripts' digits, such as ١٢٣. */
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

    private Flags() {
    }

    /** A number in the range, or a BadInputException naming the flag. */
    static double number(String flag, String text, Range range) {
        double v = Numbers.parse(text).orElse(Double.NaN);
        if (!range.contains(v)) {
            throw new BadInputException(flag + " must be " + range.describe() + " (got '" + text + "')");
        }
        return v;
    }

    /** A whole number in the range. */
    static long whole(String flag, String text, Range range) {
        String t = text.trim();
        boolean ok = WHOLE.matcher(t).matches() && t.length() < 19;
        long v = ok ? Long.parseLong(t) : 0;
        if (!ok || !range.contains(v)) {
            throw new BadInputException(flag + " must be " + range.describe() + " (got '" + text + "')");
        }
        return v;
    }

    /** true or false. */
    static boolean bool(String flag, String text) {
        return switch (text.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadInputException(flag + " must be true or false (got '" + text + "')");
        };
    }

    /** Any 64-bit whole number, such as a seed, in ASCII digits. */
    static long anyWhole(String flag, String text) {
        try {
            String t = text.trim();
            if (!WHOLE.matcher(t).matches()) {
                throw new NumberFormatException();
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new BadInputException(flag + " must be a whole number (got '" + text + "')");
        }
    }

    /**
     * The 3-D view's camera from AZ,EL in degrees: any azimuth, an elevation from 0 (the horizon) to 90 (straight
     * down).
     */
    static Camera camera(String flag, String text) {
        String[] parts = text.split(",", -1);
        double az = parts.length == 2 ? Numbers.parse(parts[0].trim()).orElse(Double.NaN) : Double.NaN;
        double el = parts.length == 2 ? Numbers.parse(parts[1].trim()).orElse(Double.NaN) : Double.NaN;
        if (!Double.isFinite(az) || !(el >= 0 && el <= 90) || Math.abs(az) > 1e6) {
            throw new BadInputException(flag + " must be AZ,EL in degrees, the azimuth from the south counter-clockwise"
                    + " and the elevation from 0 to 90, such as 30,35 (got '" + text + "')");
        }
        return new Camera(az, el, 1);
    }
}
