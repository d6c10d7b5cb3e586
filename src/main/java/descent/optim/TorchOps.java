package descent.optim;

import descent.math.Vec2;

/**
 * PyTorch's element-wise tensor operations on a 2-vector, rounded as its CPU kernels round them for a float64
 * tensor of two elements, so that the torch rules read like PyTorch's source and agree with it to the last bit.
 *
 * <p>PyTorch's AVX2 kernels are compiled with fused multiply-add: {@code a.add(b, alpha=c)} is fma(c, b, a) and
 * {@code a.addcmul(b, c, value=v)} is fma(v·b, c, a), each rounded once. {@code addcdiv} divides, so it rounds
 * v·b, then the quotient, then the sum. A number divided by a tensor is the tensor's reciprocal times the number.
 */
final class TorchOps {

    private TorchOps() {
    }

    /** {@code a.add(b, alpha=c)}: a + c·b. */
    static Vec2 add(Vec2 a, Vec2 b, double c) {
        return new Vec2(Math.fma(c, b.x(), a.x()), Math.fma(c, b.y(), a.y()));
    }

    /** {@code a.add(c)}: a + c in each component. */
    static Vec2 add(Vec2 a, double c) {
        return new Vec2(a.x() + c, a.y() + c);
    }

    /** {@code a.mul(c)}: c·a. */
    static Vec2 mul(Vec2 a, double c) {
        return new Vec2(a.x() * c, a.y() * c);
    }

    /** {@code a.mul(b)}: a ⊙ b. */
    static Vec2 mul(Vec2 a, Vec2 b) {
        return new Vec2(a.x() * b.x(), a.y() * b.y());
    }

    /** {@code a.div(c)}: a/c in each component, a true division. */
    static Vec2 div(Vec2 a, double c) {
        return new Vec2(a.x() / c, a.y() / c);
    }

    /** {@code a.div(b)}: a/b component by component. */
    static Vec2 div(Vec2 a, Vec2 b) {
        return new Vec2(a.x() / b.x(), a.y() / b.y());
    }

    /** {@code c / a} for a number c, which PyTorch computes as a's reciprocal times c. */
    static Vec2 reciprocalTimes(Vec2 a, double c) {
        return new Vec2((1 / a.x()) * c, (1 / a.y()) * c);
    }

    /** {@code a.addcmul(b, c, value=v)}: a + v·b⊙c. */
    static Vec2 addcmul(Vec2 a, Vec2 b, Vec2 c, double v) {
        return new Vec2(Math.fma(v * b.x(), c.x(), a.x()), Math.fma(v * b.y(), c.y(), a.y()));
    }

    /** {@code a.addcdiv(b, c, value=v)}: a + v·b/c. */
    static Vec2 addcdiv(Vec2 a, Vec2 b, Vec2 c, double v) {
        return new Vec2(a.x() + v * b.x() / c.x(), a.y() + v * b.y() / c.y());
    }

    /** {@code a.sqrt()}. */
    static Vec2 sqrt(Vec2 a) {
        return new Vec2(Math.sqrt(a.x()), Math.sqrt(a.y()));
    }

    /** {@code a.abs()}. */
    static Vec2 abs(Vec2 a) {
        return new Vec2(Math.abs(a.x()), Math.abs(a.y()));
    }

    /** {@code torch.maximum(a, b)}: the larger component by component, NaN where either is NaN. */
    static Vec2 maximum(Vec2 a, Vec2 b) {
        return new Vec2(Math.max(a.x(), b.x()), Math.max(a.y(), b.y()));
    }
}
