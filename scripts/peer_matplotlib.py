#!/usr/bin/python3
"""The peer Descent's exports race against: the matplotlib script a student would otherwise write.

This is a one-file copy of the peer matplotlib animation script we were given, with the parts of its numpy reference
it uses, so that scripts/bench_export.sh runs from this repository alone. It behaves as that peer does: the same
surfaces, start points and update rules, the same seven animated optimizers with the same colours and labels, the
same grey filled contour (30 levels on a 400 x 400 grid, geometric on Rosenbrock, Himmelblau and Beale), colour bar,
legend and title, FuncAnimation redrawing the whole figure for every frame (no blitting), GIF with Pillow and MP4
with ffmpeg's libx264 at its defaults (yuv420p). Only the code that draws and times was kept; change nothing here
that would make the race unlike the peer.

    /usr/bin/python3 scripts/peer_matplotlib.py --surface rosenbrock --frames 200 --width 800 --height 600 \
        --out /tmp/peer.gif /tmp/peer.mp4

Frame i shows steps 0..i, so --frames N animates N - 1 updates. The output format follows the extension; 'none'
writes no video. Phase timings and peak memory go to standard error. Needs numpy, matplotlib and Pillow (Debian:
python3-matplotlib python3-numpy python3-pil) and, for MP4, ffmpeg.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Tuple

import matplotlib

matplotlib.use("Agg")                       # headless, same on every machine
import matplotlib.pyplot as plt             # noqa: E402
import numpy as np                          # noqa: E402
from matplotlib.animation import FFMpegWriter, FuncAnimation, PillowWriter  # noqa: E402
from matplotlib.colors import LogNorm       # noqa: E402
from matplotlib.ticker import LogFormatterMathtext, LogLocator  # noqa: E402

Vec = np.ndarray
GradFn = Callable[[Vec], Vec]

# ---------------------------------------------------------------------------------------------------------------
# The optimizers, as in reference_optimizers.py (Goodfellow et al., Deep Learning, ch. 8; RMSProp with the
# lecture's eps / (delta + sqrt(r))).
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Hyper:
    eps: float = 0.01        # learning rate (epsilon)
    alpha: float = 0.9       # momentum coefficient
    rho: float = 0.9         # RMSProp decay rate
    delta: float = 1e-7      # small constant for numerical stability
    rho1: float = 0.9        # Adam first-moment decay
    rho2: float = 0.999      # Adam second-moment decay
    tau: int = 100           # SGD decay: iteration at which eps reaches eps_tau (not animated)
    eps_tau: float | None = None


@dataclass
class State:
    theta: Vec
    hp: Hyper
    v: Vec = field(default=None)  # velocity (momentum / Nesterov)
    r: Vec = field(default=None)  # accumulated squared gradient
    s: Vec = field(default=None)  # first moment (Adam)
    k: int = 0                    # number of updates applied so far

    def __post_init__(self):
        self.theta = np.array(self.theta, dtype=float)
        zeros = np.zeros_like(self.theta)
        self.v = zeros.copy() if self.v is None else np.array(self.v, float)
        self.r = zeros.copy() if self.r is None else np.array(self.r, float)
        self.s = zeros.copy() if self.s is None else np.array(self.s, float)


def sgd(st: State, grad: GradFn) -> State:
    g = grad(st.theta)
    st.theta = st.theta - st.hp.eps * g
    st.k += 1
    return st


def momentum(st: State, grad: GradFn) -> State:
    hp = st.hp
    g = grad(st.theta)
    st.v = hp.alpha * st.v - hp.eps * g
    st.theta = st.theta + st.v
    st.k += 1
    return st


def nesterov(st: State, grad: GradFn) -> State:
    hp = st.hp
    g = grad(st.theta + hp.alpha * st.v)        # gradient at interim point
    st.v = hp.alpha * st.v - hp.eps * g
    st.theta = st.theta + st.v
    st.k += 1
    return st


def adagrad(st: State, grad: GradFn) -> State:
    hp = st.hp
    g = grad(st.theta)
    st.r = st.r + g * g
    st.theta = st.theta - hp.eps / (hp.delta + np.sqrt(st.r)) * g
    st.k += 1
    return st


def rmsprop(st: State, grad: GradFn) -> State:
    hp = st.hp
    g = grad(st.theta)
    st.r = hp.rho * st.r + (1.0 - hp.rho) * g * g
    st.theta = st.theta - hp.eps / (hp.delta + np.sqrt(st.r)) * g
    st.k += 1
    return st


def rmsprop_nesterov(st: State, grad: GradFn) -> State:
    hp = st.hp
    g = grad(st.theta + hp.alpha * st.v)        # gradient at interim point
    st.r = hp.rho * st.r + (1.0 - hp.rho) * g * g
    st.v = hp.alpha * st.v - hp.eps / (hp.delta + np.sqrt(st.r)) * g
    st.theta = st.theta + st.v
    st.k += 1
    return st


def adam(st: State, grad: GradFn) -> State:
    hp = st.hp
    g = grad(st.theta)
    st.k += 1                                   # t
    t = st.k
    st.s = hp.rho1 * st.s + (1.0 - hp.rho1) * g
    st.r = hp.rho2 * st.r + (1.0 - hp.rho2) * g * g
    s_hat = st.s / (1.0 - hp.rho1 ** t)
    r_hat = st.r / (1.0 - hp.rho2 ** t)
    st.theta = st.theta - hp.eps * s_hat / (hp.delta + np.sqrt(r_hat))
    return st


# The shared peer animates these seven, in this order (its SGD with linear decay is not drawn).
OPTIMIZERS = {"sgd": sgd, "momentum": momentum, "nesterov": nesterov, "adagrad": adagrad, "rmsprop": rmsprop,
              "rmsprop_nesterov": rmsprop_nesterov, "adam": adam}
ANIMATED = list(OPTIMIZERS)
LABELS = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "Adagrad",
          "rmsprop": "RMSProp", "rmsprop_nesterov": "RMSProp+Nesterov", "adam": "Adam"}

# ---------------------------------------------------------------------------------------------------------------
# Surfaces, as in reference_optimizers.py: f works element-wise on arrays, grad takes a 2-vector.
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Surface:
    name: str
    f: Callable[[Vec, Vec], Vec]
    grad: GradFn
    xlim: Tuple[float, float]
    ylim: Tuple[float, float]
    start: Tuple[float, float]
    eps: float
    log_levels: bool = False   # contour levels spaced geometrically


def quadratic(kappa: float = 10.0, angle: float = 0.0) -> Surface:
    a = math.radians(angle)
    c, sn = math.cos(a), math.sin(a)

    def f(x, y):
        u, v = c * x + sn * y, -sn * x + c * y
        return 0.5 * (u * u + kappa * v * v)

    def grad(th):
        u, v = c * th[0] + sn * th[1], -sn * th[0] + c * th[1]
        return np.array([c * u - sn * kappa * v, sn * u + c * kappa * v])

    return Surface("quadratic", f, grad, xlim=(-3.0, 3.0), ylim=(-2.0, 2.0), start=(-2.5, 1.5), eps=0.05)


def beale() -> Surface:
    def f(x, y):
        return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y ** 3) ** 2

    def grad(th):
        x, y = th
        a, b, c3 = 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y ** 3
        return np.array([2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c3 * (y ** 3 - 1),
                         2 * a * x + 2 * b * 2 * x * y + 2 * c3 * 3 * x * y * y])

    return Surface("beale", f, grad, xlim=(-4.5, 4.5), ylim=(-4.5, 4.5), start=(1.0, 1.5), eps=0.001,
                   log_levels=True)


def saddle() -> Surface:
    return Surface("saddle", f=lambda x, y: x * x - y * y, grad=lambda th: np.array([2.0 * th[0], -2.0 * th[1]]),
                   xlim=(-2.0, 2.0), ylim=(-2.0, 2.0), start=(-1.8, 0.01), eps=0.05)


def himmelblau() -> Surface:
    def f(x, y):
        return (x * x + y - 11.0) ** 2 + (x + y * y - 7.0) ** 2

    def grad(th):
        x, y = th
        a, b = x * x + y - 11.0, x + y * y - 7.0
        return np.array([4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b])

    return Surface("himmelblau", f, grad, xlim=(-5.0, 5.0), ylim=(-5.0, 5.0), start=(-0.3, -0.9), eps=0.005,
                   log_levels=True)


WELLS = [(2.0, 1.5, 1.0, 0.8), (1.4, -1.5, -1.0, 0.7), (1.0, -1.2, 1.6, 0.6), (1.7, 1.3, -1.6, 0.5)]
WELL_BOWL = 0.05


def wells() -> Surface:
    def f(x, y):
        out = WELL_BOWL * (x * x + y * y)
        for a, mx, my, s in WELLS:
            out = out - a * np.exp(-((x - mx) ** 2 + (y - my) ** 2) / (2 * s * s))
        return out

    def grad(th):
        x, y = th
        gx, gy = 2.0 * WELL_BOWL * x, 2.0 * WELL_BOWL * y
        for a, mx, my, s in WELLS:
            e = a * math.exp(-((x - mx) ** 2 + (y - my) ** 2) / (2 * s * s))
            gx += e * (x - mx) / (s * s)
            gy += e * (y - my) / (s * s)
        return np.array([gx, gy])

    return Surface("wells", f, grad, xlim=(-3.0, 3.0), ylim=(-3.0, 3.0), start=(-2.5, 0.75), eps=0.05)


def rosenbrock(a: float = 1.0, b: float = 100.0) -> Surface:
    def f(x, y):
        return (a - x) ** 2 + b * (y - x * x) ** 2

    def grad(th):
        x, y = th
        return np.array([-2.0 * (a - x) - 4.0 * b * x * (y - x * x), 2.0 * b * (y - x * x)])

    return Surface("rosenbrock", f, grad, xlim=(-2.0, 2.0), ylim=(-1.0, 3.0), start=(-1.5, 2.0), eps=0.001,
                   log_levels=True)


SURFACES = {"quadratic": quadratic, "saddle": saddle, "himmelblau": himmelblau, "wells": wells,
            "rosenbrock": rosenbrock, "beale": beale}


def make_surface(name: str, kappa: float = 10.0, angle: float = 0.0) -> Surface:
    if name == "quadratic":
        return quadratic(kappa, angle)
    return SURFACES[name]()


def run(opt: str, surf: Surface, start, steps: int, hp: Hyper) -> np.ndarray:
    """Return an array (steps+1, 3) of x, y, loss; row 0 is the start."""
    st = State(theta=np.array(start, float), hp=hp)
    step = OPTIMIZERS[opt]
    out = np.empty((steps + 1, 3))
    with np.errstate(over="ignore", invalid="ignore"):
        out[0] = (*st.theta, surf.f(*st.theta))
        for i in range(1, steps + 1):
            step(st, surf.grad)
            out[i] = (*st.theta, surf.f(*st.theta))
    return out


def join_start_arg(argv):
    """Let '--start -2.5,1.5' work: argparse would take '-2.5,1.5' for a flag."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = []
    while argv:
        a = argv.pop(0)
        out.append(a + "=" + argv.pop(0) if a == "--start" and argv else a)
    return out


def add_common_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--surface", choices=list(SURFACES), default="quadratic")
    p.add_argument("--kappa", type=float, default=10.0, help="condition number of the quadratic (default 10)")
    p.add_argument("--angle", type=float, default=0.0, help="rotation of the quadratic in degrees (default 0)")
    p.add_argument("--start", default=None, help="x,y start point (default: per-surface)")
    p.add_argument("--eps", type=float, default=None, help="learning rate (default: per-surface)")
    p.add_argument("--alpha", type=float, default=0.9)
    p.add_argument("--rho", type=float, default=0.9)
    p.add_argument("--delta", type=float, default=1e-7)
    p.add_argument("--rho1", type=float, default=0.9)
    p.add_argument("--rho2", type=float, default=0.999)
    p.add_argument("--tau", type=int, default=100, help="SGD linear decay horizon (default 100)")
    p.add_argument("--eps-tau", type=float, default=None, help="SGD final learning rate (default eps/100)")


def setup(args):
    """Surface, start point and Hyper from parsed args."""
    surf = make_surface(args.surface, args.kappa, args.angle)
    start = tuple(float(c) for c in args.start.split(",")) if args.start else surf.start
    hp = Hyper(eps=surf.eps if args.eps is None else args.eps, alpha=args.alpha, rho=args.rho, delta=args.delta,
               rho1=args.rho1, rho2=args.rho2, tau=args.tau, eps_tau=args.eps_tau)
    return surf, start, hp


# ---------------------------------------------------------------------------------------------------------------
# The animation, as in matplotlib_animation.py.
# ---------------------------------------------------------------------------------------------------------------

CMAP = "Greys"            # grey surface so the 7 coloured paths stand out
COLORS = ["tab:red", "tab:orange", "gold", "tab:green", "tab:cyan", "tab:blue", "magenta"]


def grid(surf: Surface, n: int):
    """n x n grid over the surface's view box and f evaluated on it."""
    x = np.linspace(*surf.xlim, n)
    y = np.linspace(*surf.ylim, n)
    X, Y = np.meshgrid(x, y)
    return X, Y, surf.f(X, Y)


def draw_contour(ax, surf: Surface, X, Y, Z, levels: int = 30):
    """contourf with `levels` levels: linear, or geometric (LogNorm) for surfaces whose structure spans decades."""
    if surf.log_levels:
        hi = float(Z.max())
        lo = max(float(Z.min()), hi * 1e-5)
        lv = np.geomspace(lo, hi, levels)
        return ax.contourf(X, Y, Z, levels=lv, norm=LogNorm(lo, hi), cmap=CMAP, extend="min")
    return ax.contourf(X, Y, Z, levels=levels, cmap=CMAP)


def build_figure(surf, trajs, width, height, dpi, grid_n, levels):
    fig, ax = plt.subplots(figsize=(width / dpi, height / dpi), dpi=dpi)
    X, Y, Z = grid(surf, grid_n)
    cs = draw_contour(ax, surf, X, Y, Z, levels)
    if surf.log_levels:
        fig.colorbar(cs, ax=ax, shrink=0.9, label="loss", ticks=LogLocator(), format=LogFormatterMathtext())
    else:
        fig.colorbar(cs, ax=ax, shrink=0.9, label="loss")
    ax.set_xlim(*surf.xlim)
    ax.set_ylim(*surf.ylim)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    title = ax.set_title(f"{surf.name}: step 0")   # text set so layout fits it

    artists = []
    for (name, tr), color in zip(trajs.items(), COLORS):
        (line,) = ax.plot([], [], "-", lw=1.6, color=color, label=LABELS[name])
        (head,) = ax.plot([], [], "o", ms=5, color=color, mec="black", mew=0.5)
        artists.append((tr, line, head))
    ax.plot(*trajs[next(iter(trajs))][0, :2], "k*", ms=10, label="start")
    ax.legend(loc="upper right", fontsize=7, framealpha=0.85)
    fig.tight_layout()

    def update(i):
        out = [title]
        for tr, line, head in artists:
            line.set_data(tr[: i + 1, 0], tr[: i + 1, 1])
            head.set_data(tr[i : i + 1, 0], tr[i : i + 1, 1])
            out += [line, head]
        title.set_text(f"{surf.name}: step {i}")
        return out

    return fig, update


def make_writer(path: str, fps: int):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".gif":
        return PillowWriter(fps=fps)
    if ext == ".mp4":
        return FFMpegWriter(fps=fps, codec="libx264", extra_args=["-pix_fmt", "yuv420p"])
    sys.exit(f"unsupported output extension: {path} (use .gif or .mp4)")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_common_args(p)
    p.add_argument("--frames", type=int, default=200)
    p.add_argument("--out", nargs="+", default=["out/animation.gif"], help="one or more .gif/.mp4 paths, or 'none'")
    p.add_argument("--width", type=int, default=800)
    p.add_argument("--height", type=int, default=600)
    p.add_argument("--dpi", type=int, default=100)
    p.add_argument("--fps", type=int, default=20)
    p.add_argument("--grid", type=int, default=400, help="contour grid n x n")
    p.add_argument("--levels", type=int, default=30)
    p.add_argument("--save-frames", default="", help="comma list of frame indices to also write as PNG")
    p.add_argument("--frames-dir", default="out")
    args = p.parse_args(join_start_arg(argv))

    t0 = time.perf_counter()
    surf, start, hp = setup(args)
    trajs = {n: run(n, surf, start, args.frames - 1, hp) for n in ANIMATED}
    t1 = time.perf_counter()
    fig, update = build_figure(surf, trajs, args.width, args.height, args.dpi, args.grid, args.levels)
    t2 = time.perf_counter()
    print(f"trajectories {t1 - t0:.3f}s  figure+contour {t2 - t1:.3f}s", file=sys.stderr)

    for i in (int(s) for s in args.save_frames.split(",") if s.strip()):
        update(i)
        path = os.path.join(args.frames_dir, f"{surf.name}_frame{i:04d}.png")
        os.makedirs(args.frames_dir, exist_ok=True)
        fig.savefig(path, dpi=args.dpi)
        print(f"wrote {path}", file=sys.stderr)

    for path in args.out:
        if path == "none":
            continue
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        ts = time.perf_counter()
        anim = FuncAnimation(fig, update, frames=args.frames, blit=False, repeat=False)
        anim.save(path, writer=make_writer(path, args.fps), dpi=args.dpi)
        print(f"wrote {path}  ({args.frames} frames, {time.perf_counter() - ts:.2f}s)", file=sys.stderr)
    plt.close(fig)
    kb = lambda who: resource.getrusage(who).ru_maxrss / 1024  # noqa: E731
    print(f"peak RSS: python {kb(resource.RUSAGE_SELF):.0f} MiB, largest child "
          f"(ffmpeg) {kb(resource.RUSAGE_CHILDREN):.0f} MiB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
