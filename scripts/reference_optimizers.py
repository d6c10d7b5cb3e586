#!/usr/bin/python3
"""An independent numpy implementation of the lecture's eight rules and six of Descent's surfaces.

It exists to check `descent run` against code that shares nothing with it but the book (Goodfellow, Bengio and
Courville, Deep Learning, ch. 8, Algorithms 8.1-8.7, with RMSProp's rate written eps/(delta + sqrt(r)) as the
lecture does). scripts/compare_reference.py runs both and compares; ReferenceAgreementTest keeps the result.

Each surface evaluates its formula in the order its Java class does, operation for operation: RMSProp near a
minimum is chaotic, and a last-bit difference in a gradient grows to a visible one within a hundred steps.

    python3 scripts/reference_optimizers.py --surface quadratic --steps 200 --out traj.csv
    python3 scripts/reference_optimizers.py --selftest

CSV columns: optimizer,step,x,y,loss; step 0 is the start; floats are written with repr (round trip exact).
"""
import argparse
import csv
import math
import sys

import numpy as np


# ---------------------------------------------------------------- the rules: state -> state, one update each

class State:
    """theta, velocity v, accumulator r, first moment s, updates done k, Adam's running powers rho1^k, rho2^k."""

    def __init__(self, theta):
        self.theta = np.array(theta, dtype=float)
        self.v = np.zeros(2)
        self.r = np.zeros(2)
        self.s = np.zeros(2)
        self.k = 0
        self.p1 = 1.0
        self.p2 = 1.0


def sgd(st, grad, hp):
    st.theta = st.theta - hp.eps * grad(st.theta)
    st.k += 1


def decayed_rate(k, hp):
    """eps_k = (1 - k/tau) eps + (k/tau) eps_tau for the k-th update (k = 1 first), eps_tau from k = tau on."""
    if k < hp.tau:
        a = k / hp.tau
        return (1 - a) * hp.eps + a * hp.eps_tau
    return hp.eps_tau


def sgd_decay(st, grad, hp):
    g = grad(st.theta)
    st.k += 1
    st.theta = st.theta - decayed_rate(st.k, hp) * g


def momentum(st, grad, hp):
    st.v = hp.alpha * st.v - hp.eps * grad(st.theta)
    st.theta = st.theta + st.v
    st.k += 1


def nesterov(st, grad, hp):
    st.v = hp.alpha * st.v - hp.eps * grad(st.theta + hp.alpha * st.v)
    st.theta = st.theta + st.v
    st.k += 1


def adagrad(st, grad, hp):
    g = grad(st.theta)
    st.r = st.r + g * g
    st.theta = st.theta - hp.eps / (hp.delta + np.sqrt(st.r)) * g
    st.k += 1


def rmsprop(st, grad, hp):
    g = grad(st.theta)
    st.r = hp.rho * st.r + (1 - hp.rho) * g * g
    st.theta = st.theta - hp.eps / (hp.delta + np.sqrt(st.r)) * g
    st.k += 1


def rmsprop_nesterov(st, grad, hp):
    g = grad(st.theta + hp.alpha * st.v)
    st.r = hp.rho * st.r + (1 - hp.rho) * g * g
    st.v = hp.alpha * st.v - hp.eps / (hp.delta + np.sqrt(st.r)) * g
    st.theta = st.theta + st.v
    st.k += 1


def adam(st, grad, hp):
    g = grad(st.theta)
    st.k += 1
    st.p1 *= hp.rho1  # rho1^t kept as a running product, as Descent keeps it
    st.p2 *= hp.rho2
    st.s = hp.rho1 * st.s + (1 - hp.rho1) * g
    st.r = hp.rho2 * st.r + (1 - hp.rho2) * g * g
    s_hat = st.s / (1 - st.p1)
    r_hat = st.r / (1 - st.p2)
    st.theta = st.theta - hp.eps * s_hat / (hp.delta + np.sqrt(r_hat))


RULES = {"sgd": sgd, "sgd-decay": sgd_decay, "momentum": momentum, "nesterov": nesterov, "adagrad": adagrad,
         "rmsprop": rmsprop, "rmsprop-nesterov": rmsprop_nesterov, "adam": adam}


# ---------------------------------------------------------------- the surfaces: f(x, y), grad(theta), start, eps

class Surface:
    def __init__(self, f, grad, start, eps):
        self.f, self.grad, self.start, self.eps = f, grad, start, eps


def quadratic(kappa, angle):
    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))

    def f(x, y):
        u, v = c * x + s * y, -s * x + c * y
        return 0.5 * (u * u + kappa * v * v)

    def grad(t):
        u, v = c * t[0] + s * t[1], -s * t[0] + c * t[1]
        return np.array([c * u - s * kappa * v, s * u + c * kappa * v])

    return Surface(f, grad, (-2.5, 1.5), 0.5 / kappa)  # Descent's default: no lecture rule diverges at any kappa


def saddle():
    return Surface(lambda x, y: x * x - y * y, lambda t: np.array([2 * t[0], -2 * t[1]]), (-1.8, 0.01), 0.05)


def himmelblau():
    def f(x, y):
        a, b = x * x + y - 11, x + y * y - 7
        return a * a + b * b

    def grad(t):
        x, y = t
        a, b = x * x + y - 11, x + y * y - 7
        return np.array([4 * x * a + 2 * b, 2 * a + 4 * y * b])

    return Surface(f, grad, (-0.3, -0.9), 0.005)


def rosenbrock(a=1.0, b=100.0):
    def f(x, y):
        u, w = a - x, y - x * x
        return u * u + b * (w * w)

    def grad(t):
        x, y = t
        w = y - x * x
        return np.array([-2 * (a - x) - 4 * b * x * w, 2 * b * w])

    return Surface(f, grad, (-1.5, 2.0), 0.001)


def beale():
    def f(x, y):
        a, b, c = 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y ** 3
        return a * a + b * b + c * c

    def grad(t):
        x, y = t
        y3 = y ** 3
        a, b, c = 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y3
        return np.array([2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y3 - 1),
                         2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y])

    return Surface(f, grad, (1.0, 1.5), 0.001)


WELLS = [(2.0, 1.5, 1.0, 0.8), (1.4, -1.5, -1.0, 0.7), (1.0, -1.2, 1.6, 0.6), (1.7, 1.3, -1.6, 0.5)]
BOWL = 0.05


def wells():
    """A weak bowl less four Gaussian wells (depth a, centre (mx, my), width s): four minima of unequal depth."""

    def depths(x, y):
        return [a * math.exp(-((x - mx) * (x - mx) + (y - my) * (y - my)) / (2 * s * s)) for a, mx, my, s in WELLS]

    def f(x, y):
        out = BOWL * (x * x + y * y)
        for e in depths(x, y):
            out -= e
        return out

    def grad(t):
        x, y = float(t[0]), float(t[1])
        es = depths(x, y)
        gx, gy = 2 * BOWL * x, 2 * BOWL * y
        for e, (a, mx, my, s) in zip(es, WELLS):
            gx += e * (x - mx) / (s * s)
        for e, (a, mx, my, s) in zip(es, WELLS):
            gy += e * (y - my) / (s * s)
        return np.array([gx, gy])

    return Surface(f, grad, (-2.5, 0.75), 0.05)


def surface(name, kappa, angle):
    if name == "quadratic":
        return quadratic(kappa, angle)
    return {"saddle": saddle, "himmelblau": himmelblau, "rosenbrock": rosenbrock, "beale": beale,
            "wells": wells}[name]()


# ---------------------------------------------------------------- running

def run(rule, surf, start, steps, hp):
    """Rows (step, x, y, loss), the start first; it keeps going past a divergence (the comparison stops there)."""
    st = State(start)
    rows = [(0, st.theta[0], st.theta[1], surf.f(*st.theta))]
    with np.errstate(all="ignore"):
        for i in range(1, steps + 1):
            try:
                RULES[rule](st, surf.grad, hp)
                loss = surf.f(*st.theta)
            except (OverflowError, ValueError):
                st.theta, loss = np.array([math.nan, math.nan]), math.nan
            rows.append((i, st.theta[0], st.theta[1], loss))
    return rows


def selftest():
    """Closed forms: SGD on the quadratic is (1 - eps lambda)^k theta0; gradients match central differences."""
    hp = argparse.Namespace(eps=0.05, alpha=0.9, rho=0.9, delta=1e-7, rho1=0.9, rho2=0.999, tau=100, eps_tau=5e-4)
    q = quadratic(10, 0)
    last = run("sgd", q, (-2.5, 1.5), 50, hp)[-1]
    exact = (-2.5 * (1 - 0.05) ** 50, 1.5 * (1 - 0.5) ** 50)
    ok = math.isclose(last[1], exact[0], rel_tol=1e-12) and math.isclose(last[2], exact[1], rel_tol=1e-9)
    print(("ok  " if ok else "FAIL") + " SGD on the quadratic is (1 - eps lambda)^k theta0")
    worst, h = 0.0, 1e-6
    rng = np.random.default_rng(1)
    for name in ("quadratic", "saddle", "himmelblau", "rosenbrock", "beale", "wells"):
        s = surface(name, 10, 30)
        for _ in range(100):
            x, y = rng.uniform(-2, 2, 2)
            fd = np.array([(s.f(x + h, y) - s.f(x - h, y)) / (2 * h), (s.f(x, y + h) - s.f(x, y - h)) / (2 * h)])
            g = s.grad(np.array([x, y]))
            worst = max(worst, float(np.max(np.abs(g - fd)) / max(1.0, float(np.max(np.abs(g))))))
    print(("ok  " if worst < 1e-6 else "FAIL") + f" gradients against central differences, worst {worst:.1e}")
    return 0 if ok and worst < 1e-6 else 1


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--surface", default="quadratic")
    p.add_argument("--kappa", type=float, default=10.0)
    p.add_argument("--angle", type=float, default=0.0)
    p.add_argument("--start")
    p.add_argument("--steps", type=int, default=200)
    p.add_argument("--eps", type=float)
    p.add_argument("--alpha", type=float, default=0.9)
    p.add_argument("--rho", type=float, default=0.9)
    p.add_argument("--delta", type=float, default=1e-7)
    p.add_argument("--rho1", type=float, default=0.9)
    p.add_argument("--rho2", type=float, default=0.999)
    p.add_argument("--tau", type=int, default=100)
    p.add_argument("--eps-tau", dest="eps_tau", type=float)
    p.add_argument("--out", default="-")
    p.add_argument("--selftest", action="store_true")
    hp = p.parse_args()
    if hp.selftest:
        return selftest()
    surf = surface(hp.surface, hp.kappa, hp.angle)
    hp.eps = surf.eps if hp.eps is None else hp.eps
    hp.eps_tau = hp.eps / 100 if hp.eps_tau is None else hp.eps_tau
    start = tuple(float(v) for v in hp.start.split(",")) if hp.start else surf.start
    out = sys.stdout if hp.out == "-" else open(hp.out, "w", newline="")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["optimizer", "step", "x", "y", "loss"])
    for name in RULES:
        for step, x, y, loss in run(name, surf, start, hp.steps, hp):
            w.writerow([name, step, repr(float(x)), repr(float(y)), repr(float(loss))])
    if out is not sys.stdout:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
