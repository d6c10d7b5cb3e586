#!/usr/bin/python3
"""Reference trajectories of PyTorch's own optimizers, for descent's torch rules.

Each case is a race as `descent run` takes it (a surface, the lecture's global values, `--racer` specs); for every
racer this script builds the torch.optim optimizer the racer stands for, on one float64 parameter
torch.tensor([x, y], requires_grad=True), sets its .grad to the surface's analytic gradient (the formulas of
descent.surface, copied operation for operation) and calls opt.step(), 500 times. It writes each case's
trajectories as gzipped CSV in `descent run`'s format, and cases.tsv with the flags that reproduce it, into
src/test/resources/torch/ for TorchAgreementTest. CI needs neither PyTorch nor this script: the output is
committed.

    apt-get install -y python3-torch        # Debian's PyTorch 1.13.1
    /usr/bin/python3 scripts/torch_reference.py            # writes src/test/resources/torch/
    /usr/bin/python3 scripts/torch_reference.py --check    # compares with target/descent.jar, per case and racer

A torch racer's values resolve as descent resolves them (Hyperparameters.resolve): its own value if it sets one;
lr otherwise always the lecture's ε (the case's --eps, else the surface's); with follow_lecture=true, the values
in LINKS follow the lecture's slider named there (the case's flag, else the lecture's default); everything else
is PyTorch's own default, read here from the optimizer's signature.

PyTorch's CPU kernels round as the machine's vector unit does: on this machine (AVX2) add(alpha=) and addcmul are
fused multiply-adds. A machine without FMA would give other last bits.
"""
import argparse
import csv
import gzip
import inspect
import io
import math
import os
import subprocess
import sys
from fractions import Fraction

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "torch")
STEPS = 500


# --------------------------------------------------------------------------------------------------------------
# Surfaces: value and gradient as descent.surface computes them, in the same order of operations.
# --------------------------------------------------------------------------------------------------------------

def fma(a, b, c):
    """a·b + c rounded once, as Java's Math.fma (Python 3.11 has no math.fma)."""
    return float(Fraction(a) * Fraction(b) + Fraction(c))


def quadratic(kappa=10.0, angle=0.0):
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)

    def value(x, y):
        u = cos * x + sin * y
        v = -sin * x + cos * y
        return 0.5 * (u * u + kappa * v * v)

    def gradient(x, y):
        u = cos * x + sin * y
        v = -sin * x + cos * y
        return cos * u - sin * kappa * v, sin * u + cos * kappa * v

    return value, gradient


def rosenbrock(a=1.0, b=100.0):
    def value(x, y):
        u = a - x
        w = y - x * x
        return u * u + b * (w * w)

    def gradient(x, y):
        w = y - x * x
        return -2 * (a - x) - 4 * b * x * w, 2 * b * w

    return value, gradient


def himmelblau():
    def value(x, y):
        a = x * x + y - 11
        b = x + y * y - 7
        return a * a + b * b

    def gradient(x, y):
        a = x * x + y - 11
        b = x + y * y - 7
        return 4 * x * a + 2 * b, 2 * a + 4 * y * b

    return value, gradient


def saddle():
    return (lambda x, y: x * x - y * y), (lambda x, y: (2 * x, -2 * y))


WELLS = [(2.0, 1.5, 1.0, 0.8), (1.4, -1.5, -1.0, 0.7), (1.0, -1.2, 1.6, 0.6), (1.7, 1.3, -1.6, 0.5)]
BOWL = 0.05


def wells():
    def depths(x, y):
        out = []
        for a, mx, my, s in WELLS:
            dx, dy = x - mx, y - my
            out.append(a * math.exp(-(dx * dx + dy * dy) / (2 * s * s)))
        return out

    def value(x, y):
        f = BOWL * (x * x + y * y)
        for e in depths(x, y):
            f -= e
        return f

    def gradient(x, y):
        es = depths(x, y)
        gx = 2 * BOWL * x
        for e, (_, mx, _, s) in zip(es, WELLS):
            gx += e * (x - mx) / (s * s)
        gy = 2 * BOWL * y
        for e, (_, _, my, s) in zip(es, WELLS):
            gy += e * (y - my) / (s * s)
        return gx, gy

    return value, gradient


def beale():
    def cube(y):
        # Beale.cube: y·y split into its rounded value and its exact error, then one fused multiply-add.
        y2 = y * y
        error = fma(y, y, -y2)
        return fma(y2, y, error * y)

    def value(x, y):
        a = 1.5 - x + x * y
        b = 2.25 - x + x * y * y
        c = 2.625 - x + x * cube(y)
        return a * a + b * b + c * c

    def gradient(x, y):
        y3 = cube(y)
        a = 1.5 - x + x * y
        b = 2.25 - x + x * y * y
        c = 2.625 - x + x * y3
        return (2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y3 - 1),
                2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y)

    return value, gradient


# name: (surface from its parameters, default start, default learning rate ε), as each surface's defaults()
SURFACES = {
    "quadratic": (quadratic, (-2.5, 1.5), 0.05),
    "rosenbrock": (rosenbrock, (-1.5, 2.0), 0.001),
    "himmelblau": (himmelblau, (-0.3, -0.9), 0.005),
    "saddle": (saddle, (-1.8, 0.01), 0.05),
    "wells": (wells, (-2.5, 0.75), 0.05),
    "beale": (beale, (1.0, 1.5), 0.001),
}

# --------------------------------------------------------------------------------------------------------------
# Rules and how a racer's values resolve
# --------------------------------------------------------------------------------------------------------------

RULES = {
    "torch-sgd": torch.optim.SGD,
    "torch-adagrad": torch.optim.Adagrad,
    "torch-rmsprop": torch.optim.RMSprop,
    "torch-adam": torch.optim.Adam,
    "torch-adamw": torch.optim.AdamW,
    "torch-nadam": torch.optim.NAdam,
    "torch-radam": torch.optim.RAdam,
    "torch-adadelta": torch.optim.Adadelta,
    "torch-adamax": torch.optim.Adamax,
}
# Arguments that are not values of the update: how PyTorch runs it, which the reference fixes.
NOT_VALUES = {"self", "params", "lr", "foreach", "maximize", "capturable", "differentiable", "fused"}

# The lecture's defaults of its global values (Hyperparameters.DEFAULTS), by flag.
LECTURE_DEFAULTS = {"alpha": 0.9, "rho": 0.9, "delta": 1e-7, "rho1": 0.9, "rho2": 0.999}
# With follow_lecture=true, the lecture's slider each torch value follows.
LINKS = {"momentum": "alpha", "alpha": "rho", "rho": "rho", "eps": "delta", "beta1": "rho1", "beta2": "rho2"}


def torch_defaults(rule):
    """PyTorch's own defaults of a rule's values, by descent's names (betas split into beta1 and beta2)."""
    out = {}
    for name, p in inspect.signature(RULES[rule].__init__).parameters.items():
        if name in NOT_VALUES:
            continue
        if name == "betas":
            out["beta1"], out["beta2"] = p.default
        else:
            out[name] = float(p.default)
    return out


def parse_racer(spec):
    """'RULE:NAME=VALUE,...' as --racer takes it: the rule, its own values, its label and follow_lecture."""
    rule, _, rest = spec.partition(":")
    own, label, follow = {}, rule, False
    for part in filter(None, rest.split(",")):
        name, value = part.split("=")
        if name == "label":
            label = value
        elif name == "follow_lecture":
            follow = value == "true"
        else:
            own[name] = 1.0 if value == "true" else 0.0 if value == "false" else float(value)
    return rule, own, label, follow


def resolve(rule, own, follow, globals_, surface_eps):
    defaults = torch_defaults(rule)
    unknown = set(own) - set(defaults) - {"lr"}
    if unknown:
        raise SystemExit(f"{rule} has no value {', '.join(sorted(unknown))}")
    values = {"lr": own.get("lr", globals_.get("eps", surface_eps))}
    for name, default in defaults.items():
        if name in own:
            values[name] = own[name]
        elif follow and name in LINKS:
            values[name] = globals_.get(LINKS[name], LECTURE_DEFAULTS[LINKS[name]])
        else:
            values[name] = default
    return values


def optimizer(rule, param, values):
    kwargs = dict(values)
    if "beta1" in kwargs:
        kwargs["betas"] = (kwargs.pop("beta1"), kwargs.pop("beta2"))
    for flag in ("nesterov", "centered", "amsgrad"):
        if flag in kwargs:
            kwargs[flag] = kwargs[flag] != 0
    return RULES[rule]([param], foreach=False, **kwargs)


def trajectory(rule, values, value, gradient, start, steps):
    """Rows (step, x, y, loss) of torch.optim's own optimizer, fed the exact gradient at every step."""
    param = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    opt = optimizer(rule, param, values)
    rows = [(0, start[0], start[1], value(*start))]
    for k in range(1, steps + 1):
        x, y = param.detach().tolist()
        param.grad = torch.tensor(gradient(x, y), dtype=torch.float64)
        opt.step()
        x, y = param.detach().tolist()
        rows.append((k, x, y, value(x, y)))
    return rows


# --------------------------------------------------------------------------------------------------------------
# The cases: together, every value of every torch rule away from its default, and follow_lecture on and off
# --------------------------------------------------------------------------------------------------------------

CASES = [
    ("sgd", "quadratic", {"kappa": "25", "angle": "30"}, "-2.2,1.3", {"eps": "0.02"}, [
        "torch-sgd:label=sgd",
        "torch-sgd:momentum=0.9,label=sgd-momentum",
        "torch-sgd:momentum=0.9,nesterov=true,label=sgd-nesterov",
        "torch-sgd:momentum=0.8,dampening=0.5,label=sgd-dampening",
        "torch-sgd:momentum=0.9,nesterov=true,weight_decay=0.05,label=sgd-nesterov-weight-decay",
        # PyTorch ignores dampening without momentum.
        "torch-sgd:weight_decay=0.1,dampening=0.3,label=sgd-weight-decay",
        "torch-sgd:momentum=0.5,lr=0.05,label=sgd-own-lr",
    ]),
    ("adagrad", "himmelblau", {}, None, {"eps": "0.1"}, [
        "torch-adagrad:label=adagrad",
        "torch-adagrad:lr_decay=0.01,label=adagrad-lr-decay",
        "torch-adagrad:initial_accumulator_value=0.5,label=adagrad-initial-accumulator",
        "torch-adagrad:eps=0.001,weight_decay=0.01,label=adagrad-eps-weight-decay",
        "torch-adagrad:lr=0.5,lr_decay=0.001,initial_accumulator_value=0.1,eps=1e-6,weight_decay=0.001,"
        "label=adagrad-all",
    ]),
    ("rmsprop", "himmelblau", {}, None, {"eps": "0.01"}, [
        "torch-rmsprop:label=rmsprop",
        "torch-rmsprop:centered=true,label=rmsprop-centered",
        "torch-rmsprop:momentum=0.9,label=rmsprop-momentum",
        "torch-rmsprop:momentum=0.5,centered=true,alpha=0.9,eps=1e-6,weight_decay=0.01,label=rmsprop-all",
    ]),
    ("adam", "rosenbrock", {}, None, {"eps": "0.01"}, [
        "torch-adam:label=adam",
        "torch-adam:amsgrad=true,label=adam-amsgrad",
        "torch-adam:beta1=0.8,beta2=0.99,eps=1e-6,weight_decay=0.01,label=adam-all",
        "torch-adamw:label=adamw",
        "torch-adamw:amsgrad=true,weight_decay=0.1,label=adamw-amsgrad",
        "torch-adamw:beta1=0.85,beta2=0.995,eps=1e-4,label=adamw-betas",
    ]),
    ("nadam-radam", "beale", {}, None, {"eps": "0.01"}, [
        "torch-nadam:label=nadam",
        "torch-nadam:momentum_decay=0.05,label=nadam-momentum-decay",
        "torch-nadam:beta1=0.8,beta2=0.99,eps=1e-6,weight_decay=0.01,label=nadam-all",
        "torch-radam:label=radam",
        "torch-radam:beta2=0.95,label=radam-short-average",
        "torch-radam:beta1=0.8,beta2=0.99,eps=1e-6,weight_decay=0.01,label=radam-all",
    ]),
    ("adadelta", "beale", {}, None, {"eps": "1"}, [
        "torch-adadelta:label=adadelta",
        "torch-adadelta:rho=0.95,eps=1e-4,label=adadelta-rho-eps",
        "torch-adadelta:lr=0.5,weight_decay=0.1,label=adadelta-weight-decay",
    ]),
    # Off the saddle downhill, at most about ε a step: far from where descent calls a path escaped.
    ("saddle", "saddle", {}, None, {}, [
        "torch-adamax:label=adamax",
        "torch-adamax:beta1=0.8,beta2=0.99,eps=1e-4,weight_decay=0.01,label=adamax-all",
        "torch-adam:label=adam",
        "torch-nadam:label=nadam",
        "torch-radam:label=radam",
        "torch-adagrad:label=adagrad",
    ]),
    ("follow-lecture", "quadratic", {}, None,
     {"eps": "0.02", "alpha": "0.8", "rho": "0.95", "delta": "1e-6", "rho1": "0.85", "rho2": "0.99"}, [
        "torch-sgd:follow_lecture=true,label=sgd",
        "torch-sgd:follow_lecture=true,momentum=0.5,label=sgd-own-momentum",
        "torch-adagrad:follow_lecture=true,label=adagrad",
        "torch-rmsprop:follow_lecture=true,label=rmsprop",
        "torch-adam:follow_lecture=true,label=adam",
        "torch-adam:follow_lecture=true,beta2=0.9,label=adam-own-beta2",
        "torch-adamw:follow_lecture=true,label=adamw",
        "torch-nadam:follow_lecture=true,label=nadam",
        "torch-radam:follow_lecture=true,label=radam",
        "torch-adadelta:follow_lecture=true,lr=1,label=adadelta",
        "torch-adamax:follow_lecture=true,label=adamax",
    ]),
    ("lecture-defaults", "himmelblau", {}, "1,1", {"eps": "0.01"}, [
        "torch-sgd:follow_lecture=true,label=sgd",
        "torch-rmsprop:follow_lecture=true,label=rmsprop",
        "torch-adam:follow_lecture=true,label=adam",
        "torch-adadelta:follow_lecture=true,lr=1,label=adadelta",
    ]),
    ("defaults", "wells", {}, None, {}, [
        "torch-sgd", "torch-adagrad", "torch-rmsprop", "torch-adam", "torch-adamw", "torch-nadam", "torch-radam",
        "torch-adadelta", "torch-adamax",
    ]),
]


def flags(case):
    name, surface, params, start, globals_, racers = case
    out = ["--surface", surface, "--steps", str(STEPS)]
    for k, v in params.items():
        out += ["--param", f"{k}={v}"]
    if start:
        out += ["--start", start]
    for k, v in globals_.items():
        out += [f"--{k}", v]
    for r in racers:
        out += ["--racer", r]
    return out


def run_case(case):
    """The case's CSV text: every racer's rows in the race's order, as `descent run` writes them."""
    name, surface, params, start, globals_, racers = case
    make, default_start, surface_eps = SURFACES[surface]
    value, gradient = make(**{k: float(v) for k, v in params.items()})
    theta0 = tuple(float(c) for c in start.split(",")) if start else default_start
    g = {k: float(v) for k, v in globals_.items()}
    text = io.StringIO()
    text.write("optimizer,step,x,y,loss\n")
    for spec in racers:
        rule, own, label, follow = parse_racer(spec)
        rows = trajectory(rule, resolve(rule, own, follow, g, surface_eps), value, gradient, theta0, STEPS)
        for k, x, y, loss in rows:
            if not all(math.isfinite(v) for v in (x, y, loss)):
                raise SystemExit(f"case {name}: {label} is not finite at step {k}: choose values that converge")
            text.write(f"{label},{k},{x!r},{y!r},{loss!r}\n")
    return text.getvalue()


def read(text):
    out = {}
    for row in csv.DictReader(io.StringIO(text)):
        out.setdefault(row["optimizer"], []).append((float(row["x"]), float(row["y"]), float(row["loss"])))
    return out


def rel(a, b):
    return 0.0 if a == b else abs(a - b) / max(abs(a), abs(b))


def check(jar):
    """Prints, per case and racer, the largest relative difference between descent and PyTorch."""
    worst_all = 0.0
    for case in CASES:
        mine = read(subprocess.run(["java", "-jar", jar, "run", "--tol", "0"] + flags(case), check=True,
                                   capture_output=True, text=True).stdout)
        theirs = read(run_case(case))
        worst_case = 0.0
        for label, rows in theirs.items():
            ours = mine.get(label, [])
            worst = max((rel(a, b) for r, m in zip(rows, ours) for a, b in zip(r, m)), default=0.0)
            short = "" if len(ours) == len(rows) else f"  ({len(ours)} of {len(rows)} rows)"
            print(f"  {case[0]:<18} {label:<34} {worst:.1e}{short}")
            worst_case = max(worst_case, worst if not short else math.inf)
        print(f"{case[0]}: largest relative difference {worst_case:.1e}\n")
        worst_all = max(worst_all, worst_case)
    print(f"largest relative difference over every case: {worst_all:.1e} (limit 1e-9)")
    return 0 if worst_all <= 1e-9 else 1


def write():
    os.makedirs(OUT, exist_ok=True)
    index = []
    for case in CASES:
        file = f"{case[0]}.csv.gz"
        # mtime=0: the same trajectories give the same bytes, so a rerun changes nothing in git.
        with open(os.path.join(OUT, file), "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(run_case(case).encode("utf-8"))
        index.append(file + "\t" + " ".join(flags(case)))
    with open(os.path.join(OUT, "cases.tsv"), "w") as fh:
        fh.write("\n".join(index) + "\n")
    print(f"wrote {len(CASES)} cases to {os.path.normpath(OUT)} (torch {torch.__version__})")
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", nargs="?", const=os.path.join(HERE, "..", "target", "descent.jar"), metavar="JAR",
                   help="compare `descent run` (default target/descent.jar) with PyTorch instead of writing")
    args = p.parse_args()
    return check(args.check) if args.check else write()


if __name__ == "__main__":
    sys.exit(main())
