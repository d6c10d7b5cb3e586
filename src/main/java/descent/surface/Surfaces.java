package descent.surface;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The catalogue of built-in surfaces, in the order the lecture meets them. */
public final class Surfaces {

    /** Every built-in surface type. */
    public static final List<SurfaceType> ALL = List.of(
            Wells.TYPE, Quadratic.TYPE, Saddle.TYPE, MonkeySaddle.TYPE, Himmelblau.TYPE, Rosenbrock.TYPE,
            Beale.TYPE, Rastrigin.TYPE, Cliff.TYPE, Logistic.TYPE);

    /** What the surface chooser offers: the built-ins, then a surface of your own, typed as a formula. */
    public static final List<SurfaceType> CHOICES = java.util.stream.Stream.concat(ALL.stream(),
            java.util.stream.Stream.of(TypedSurface.TYPE)).toList();

    private Surfaces() {
    }

    /** The built-in surface or, for "custom", the typed one, of that name. */
    public static Optional<SurfaceType> find(String name) {
        return CHOICES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The type of that name, or an exception whose message lists the names accepted. */
    public static SurfaceType byName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown surface '" + name + "': use one of " + names()));
    }

    /** The names, comma separated, for messages. */
    public static String names() {
        return CHOICES.stream().map(SurfaceType::name).collect(Collectors.joining(", "));
    }
}
