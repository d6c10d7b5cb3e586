#!/usr/bin/python3
"""The matplotlib script a student would write instead of using Descent, kept as the peer its exports are timed against.

It draws a filled contour of a loss surface and animates the trajectories of the lecture's eight optimizers (the
ones `descent export --optimizers all` draws), saved as GIF with Pillow or as MP4 with ffmpeg's libx264, at
matplotlib's and ffmpeg's default quality. It is plain on purpose, not slow on purpose: FuncAnimation redraws the
whole figure for every frame (no blitting), which is what the documentation's examples do.

    /usr/bin/python3 scripts/peer_matplotlib.py --surface rosenbrock --frames 200 --width 800 --height 600 \
        --out /tmp/peer.gif /tmp/peer.mp4

Frame i shows steps 0..i, so --frames N animates N - 1 updates. The output format follows the extension. Phase
timings go to standard error. Needs numpy, matplotlib and Pillow (Debian: python3-matplotlib python3-numpy
python3-pil) and, for MP4, ffmpeg. Hyperparameters are the lecture's defaults, the same as Descent's.
"""

import argparse
import os
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.animation import FFMpegWriter, FuncAnimation, PillowWriter  # noqa: E402
from matplotlib.colors import LogNorm  # noqa: E402
from matplotlib.ticker import LogFormatterMathtext, LogLocator  # noqa: E402

# Surfaces: f on arrays (for the grid), the gradient at a point, view box, start, learning rate, log levels.
WELLS = [(2.0, 1.5, 1.0, 0.8), (1.4, -1.5, -1.0, 0.7), (1.0, -1.2, 1.6, 0.6), (1.7, 1.3, -1.6, 0.5)]


def wells_f(x, y):
    out = 0.05 * (x * x + y * y)
    for a, mx, my, s in WELLS:
        out = out - a * np.exp(-((x - mx) ** 2 + (y - my) ** 2) / (2 * s * s))
    return out


def wells_grad(p):
    x, y = p
    g = np.array([0.1 * x, 0.1 * y])
    for a, mx, my, s in WELLS:
        e = a * np.exp(-((x - mx) ** 2 + (y - my) ** 2) / (2 * s * s)) / (s * s)
        g += e * np.array([x - mx, y - my])
    return g


def beale_terms(x, y):
    return 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y ** 3


def beale_grad(p):
    x, y = p
    a, b, c = beale_terms(x, y)
    return np.array([2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y ** 3 - 1),
                     2 * a * x + 4 * b * x * y + 6 * c * x * y * y])


SURFACES = {
    "quadratic": (lambda x, y: 0.5 * (x * x + 10 * y * y), lambda p: np.array([p[0], 10 * p[1]]),
                  (-3, 3), (-2, 2), (-2.5, 1.5), 0.05, False),
    "saddle": (lambda x, y: x * x - y * y, lambda p: np.array([2 * p[0], -2 * p[1]]),
               (-2, 2), (-2, 2), (-1.8, 0.01), 0.05, False),
    "wells": (wells_f, wells_grad, (-3, 3), (-3, 3), (-2.5, 0.75), 0.05, False),
    "himmelblau": (lambda x, y: (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
                   lambda p: np.array([4 * p[0] * (p[0] ** 2 + p[1] - 11) + 2 * (p[0] + p[1] ** 2 - 7),
                                       2 * (p[0] ** 2 + p[1] - 11) + 4 * p[1] * (p[0] + p[1] ** 2 - 7)]),
                   (-5, 5), (-5, 5), (-0.3, -0.9), 0.005, True),
    "rosenbrock": (lambda x, y: (1 - x) ** 2 + 100 * (y - x * x) ** 2,
                   lambda p: np.array([-2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0] ** 2), 200 * (p[1] - p[0] ** 2)]),
                   (-2, 2), (-1, 3), (-1.5, 2.0), 0.001, True),
    "beale": (lambda x, y: sum(t * t for t in beale_terms(x, y)), beale_grad,
              (-4.5, 4.5), (-4.5, 4.5), (1.0, 1.5), 0.001, True),
}

ALPHA, RHO, DELTA, RHO1, RHO2, TAU = 0.9, 0.9, 1e-7, 0.9, 0.999, 100


def trajectory(name, grad, start, eps, steps):
    """The lecture's update rules (Goodfellow et al., ch. 8), one after the other from the start point."""
    theta = np.array(start, dtype=float)
    v, r, s = np.zeros(2), np.zeros(2), np.zeros(2)
    path = [theta.copy()]
    for k in range(1, steps + 1):
        if name == "sgd":
            theta = theta - eps * grad(theta)
        elif name == "sgd-decay":
            a = min(k / TAU, 1.0)
            theta = theta - ((1 - a) * eps + a * eps / 100) * grad(theta)
        elif name in ("momentum", "nesterov"):
            g = grad(theta + ALPHA * v) if name == "nesterov" else grad(theta)
            v = ALPHA * v - eps * g
            theta = theta + v
        elif name == "adagrad":
            g = grad(theta)
            r = r + g * g
            theta = theta - eps / (DELTA + np.sqrt(r)) * g
        elif name == "rmsprop":
            g = grad(theta)
            r = RHO * r + (1 - RHO) * g * g
            theta = theta - eps / (DELTA + np.sqrt(r)) * g
        elif name == "rmsprop-nesterov":
            g = grad(theta + ALPHA * v)
            r = RHO * r + (1 - RHO) * g * g
            v = ALPHA * v - eps / (DELTA + np.sqrt(r)) * g
            theta = theta + v
        elif name == "adam":
            g = grad(theta)
            s = RHO1 * s + (1 - RHO1) * g
            r = RHO2 * r + (1 - RHO2) * g * g
            theta = theta - eps * (s / (1 - RHO1 ** k)) / (DELTA + np.sqrt(r / (1 - RHO2 ** k)))
        path.append(theta.copy())
    return np.array(path)


OPTIMIZERS = {"sgd": "SGD", "sgd-decay": "SGD, decaying ε", "momentum": "Momentum", "nesterov": "Nesterov",
              "adagrad": "AdaGrad", "rmsprop": "RMSProp", "rmsprop-nesterov": "RMSProp + Nesterov", "adam": "Adam"}
COLORS = ["tab:orange", "tab:pink", "tab:cyan", "tab:blue", "tab:green", "gold", "tab:red", "black"]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--surface", choices=list(SURFACES), default="quadratic")
    p.add_argument("--frames", type=int, default=200)
    p.add_argument("--width", type=int, default=800)
    p.add_argument("--height", type=int, default=600)
    p.add_argument("--dpi", type=int, default=100)
    p.add_argument("--fps", type=int, default=20)
    p.add_argument("--grid", type=int, default=400, help="contour grid, n x n")
    p.add_argument("--levels", type=int, default=30)
    p.add_argument("--out", nargs="+", default=["peer.gif"], help=".gif and/or .mp4 files")
    args = p.parse_args()

    t0 = time.perf_counter()
    f, grad, xlim, ylim, start, eps, log_levels = SURFACES[args.surface]
    paths = {n: trajectory(n, grad, start, eps, args.frames - 1) for n in OPTIMIZERS}

    fig, ax = plt.subplots(figsize=(args.width / args.dpi, args.height / args.dpi), dpi=args.dpi)
    X, Y = np.meshgrid(np.linspace(*xlim, args.grid), np.linspace(*ylim, args.grid))
    Z = f(X, Y)
    if log_levels:
        lo = max(float(Z.min()), float(Z.max()) * 1e-5)
        cs = ax.contourf(X, Y, Z, levels=np.geomspace(lo, Z.max(), args.levels), norm=LogNorm(lo, Z.max()),
                         cmap="viridis", extend="min")
    else:
        cs = ax.contourf(X, Y, Z, levels=args.levels, cmap="viridis")
    if log_levels:
        fig.colorbar(cs, ax=ax, label="loss", ticks=LogLocator(), format=LogFormatterMathtext())
    else:
        fig.colorbar(cs, ax=ax, label="loss")
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    title = ax.set_title(f"{args.surface}: step 0")
    lines = []
    for (name, label), color in zip(OPTIMIZERS.items(), COLORS):
        (line,) = ax.plot([], [], "-", lw=1.6, color=color, label=label)
        (head,) = ax.plot([], [], "o", ms=5, color=color, mec="black", mew=0.5)
        lines.append((paths[name], line, head))
    ax.plot(*start, "k*", ms=10, label="start")
    ax.legend(loc="upper right", fontsize=7)
    fig.tight_layout()
    t1 = time.perf_counter()
    print(f"trajectories and figure {t1 - t0:.2f} s", file=sys.stderr)

    def update(i):
        for path, line, head in lines:
            line.set_data(path[: i + 1, 0], path[: i + 1, 1])
            head.set_data(path[i : i + 1, 0], path[i : i + 1, 1])
        title.set_text(f"{args.surface}: step {i}")

    for out in args.out:
        ext = os.path.splitext(out)[1].lower()
        if ext == ".gif":
            writer = PillowWriter(fps=args.fps)
        elif ext == ".mp4":
            writer = FFMpegWriter(fps=args.fps, codec="libx264", extra_args=["-pix_fmt", "yuv420p"])
        else:
            sys.exit(f"unsupported output: {out} (use .gif or .mp4)")
        t = time.perf_counter()
        FuncAnimation(fig, update, frames=args.frames, repeat=False).save(out, writer=writer, dpi=args.dpi)
        print(f"wrote {out} ({args.frames} frames) in {time.perf_counter() - t:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
