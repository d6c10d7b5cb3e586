package descent.ui.util;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs work on a background executor and publishes only the newest request's results: a request made while an
 * older one runs cancels the older one, whose results are then dropped. This keeps the FX thread free and the
 * window responsive whatever the user drags.
 *
 * @param <T> the result type
 */
public final class LatestOnly<T> {

    /** A piece of work that may publish several results (a quick one, then a fine one) and polls for cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        void run(BooleanSupplier cancelled, Consumer<T> publish) throws Exception;
    }

    private final Executor worker;
    private final Executor publisher;
    private final Consumer<Throwable> onError;
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param worker    where the work runs (a background thread in the app, the calling thread in tests)
     * @param publisher where results are handed over (the FX thread in the app)
     * @param onError   told of failures other than cancellation, on the publisher
     */
    public LatestOnly(Executor worker, Executor publisher, Consumer<Throwable> onError) {
        this.worker = worker;
        this.publisher = publisher;
        this.onError = onError;
    }

    /** Starts the work, cancelling any earlier request; {@code onResult} receives its results on the publisher. */
    public void submit(Work<T> work, Consumer<T> onResult) {
        long mine = generation.incrementAndGet();
        BooleanSupplier cancelled = () -> generation.get() != mine;
        worker.execute(() -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            try {
                work.run(cancelled, result -> publisher.execute(() -> {
                    if (!cancelled.getAsBoolean()) {
                        onResult.accept(result);
                    }
                }));
            } catch (CancellationException e) {
                // A newer request took over; nothing to report.
            } catch (Exception | OutOfMemoryError e) {
                publisher.execute(() -> {
                    if (!cancelled.getAsBoolean()) {
                        onError.accept(e);
                    }
                });
            }
        });
    }

    /** Drops the results of every request made so far. */
    public void cancel() {
        generation.incrementAndGet();
    }
}
