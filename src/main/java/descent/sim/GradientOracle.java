package descent.sim;

import descent.math.SeededRandom;
import descent.math.Vec2;
import descent.optim.Gradient;
import descent.surface.MiniBatchSurface;
import descent.surface.Surface;

/**
 * The gradient one optimizer sees at each step: exact, or with seeded Gaussian noise, or on a seeded mini-batch,
 * then clipped to a maximum norm.
 *
 * <p>Every random draw is keyed by (seed, optimizer, step), so the gradient of step k does not depend on how the
 * trajectory reached it, and optimizers do not share a stream. Not thread-safe: one oracle per trajectory.
 */
final class GradientOracle {

    private final Surface surface;
    private final MiniBatchSurface data;
    private final double noise;
    private final long seed;
    private final long noiseStream;
    private final long batchStream;
    private final int batchSize;
    private final double clipNorm;
    private final int[] order;
    private final int[] swaps;

    GradientOracle(Surface surface, double noise, long seed, long stream, int batchSize, double clipNorm) {
        this.surface = surface;
        this.noise = noise;
        this.seed = seed;
        this.noiseStream = 2L * stream;
        this.batchStream = 2L * stream + 1;
        this.clipNorm = clipNorm;
        if (surface instanceof MiniBatchSurface d && batchSize > 0 && batchSize < d.exampleCount()) {
            this.data = d;
            this.batchSize = batchSize;
            this.order = new int[d.exampleCount()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            this.swaps = new int[batchSize];
        } else {
            this.data = null;
            this.batchSize = 0;
            this.order = null;
            this.swaps = null;
        }
    }

    /** Whether the gradient is the surface's own, so that the caller may skip the per-step wrapper. */
    boolean isExact() {
        return data == null && noise == 0 && !(clipNorm > 0);
    }

    /** The gradient of step k (k = 1 for the first update). */
    Gradient forStep(long k) {
        return theta -> at(theta, k);
    }

    Vec2 at(Vec2 theta, long k) {
        Vec2 g = data == null ? surface.gradient(theta.x(), theta.y()) : batchGradient(theta, k);
        if (noise > 0) {
            Vec2 z = SeededRandom.gaussianPair(SeededRandom.key(seed, noiseStream, k));
            g = new Vec2(g.x() + noise * z.x(), g.y() + noise * z.y());
        }
        if (clipNorm > 0) {
            double norm = g.norm();
            if (norm > clipNorm) {
                g = g.times(clipNorm / norm);
            }
        }
        return g;
    }

    /** The gradient on m examples drawn without replacement (a partial Fisher–Yates shuffle, undone afterwards). */
    private Vec2 batchGradient(Vec2 theta, long k) {
        int n = order.length;
        for (int j = 0; j < batchSize; j++) {
            double u = SeededRandom.uniform(SeededRandom.key(seed, batchStream, k * batchSize + j));
            int r = j + (int) (u * (n - j));
            swaps[j] = r;
            swap(j, r);
        }
        Vec2 g = data.gradient(theta.x(), theta.y(), order, batchSize);
        for (int j = batchSize - 1; j >= 0; j--) {
            swap(j, swaps[j]);
        }
        return g;
    }

    private void swap(int i, int j) {
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}
