package descent.surface;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed on first use, once, however many threads ask for it at the same time. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(compute.get());
                    value = v;
                }
            }
        }
        return v;
    }
}
