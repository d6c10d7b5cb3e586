#!/usr/bin/python3
"""Compare `descent run` with the independent numpy reference (scripts/reference_optimizers.py, or $REFERENCE).

For every surface the two share and every optimizer, both compute the trajectory from the same settings; the
script prints the largest relative difference of x, y and loss per surface and exits 1 if one exceeds 1e-9.

    /usr/bin/python3 scripts/compare_reference.py [--jar target/descent.jar] [--steps 500]
"""
import argparse
import csv
import io
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REF = os.path.join(HERE, "reference_optimizers.py")

CASES = [  # surface, extra descent flags, extra reference flags
    ("quadratic", [], []),
    ("quadratic", ["--param", "kappa=25", "--param", "angle=30", "--start", "-2.2,1.3"],
     ["--kappa", "25", "--angle", "30", "--start=-2.2,1.3"]),
    ("saddle", [], []),
    ("wells", [], []),
    ("himmelblau", [], []),
    ("rosenbrock", [], []),
    ("beale", [], []),
]
HYPER = [  # shared hyperparameter flags, applied to both
    [],
    ["--eps", "0.02", "--alpha", "0.8", "--rho", "0.95", "--delta", "1e-6", "--rho1", "0.85", "--rho2", "0.99",
     "--tau", "50", "--eps-tau", "1e-4"],
]


def read(text):
    out = {}
    for row in csv.DictReader(io.StringIO(text)):
        out.setdefault(row["optimizer"].replace("_", "-"), []).append(
            (int(row["step"]), float(row["x"]), float(row["y"]), float(row["loss"])))
    return out


def rel(a, b):
    if a == b or (math.isnan(a) and math.isnan(b)):
        return 0.0
    return abs(a - b) / max(abs(a), abs(b), 1e-300)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", default=os.path.join(HERE, "..", "target", "descent.jar"))
    p.add_argument("--reference", default=os.environ.get("REFERENCE", DEFAULT_REF))
    p.add_argument("--steps", type=int, default=500)
    p.add_argument("--write-fixtures", metavar="DIR",
                   help="instead of comparing, save the reference's CSV for each case (gzipped) into DIR, "
                        "with the descent flags that reproduce it, for the ReferenceAgreementTest")
    args = p.parse_args()
    if args.write_fixtures:
        return write_fixtures(args)
    worst_all = 0.0
    for surface, ours, theirs in CASES:
        for hyper in HYPER:
            common = ["--surface", surface, "--steps", str(args.steps)] + hyper
            mine = subprocess.run(["java", "-jar", args.jar, "run", "--tol", "0", "--csv", "-"] + common + ours,
                                  check=True, capture_output=True, text=True).stdout
            ref = subprocess.run(["/usr/bin/python3", args.reference, "--out", "-"] + common + theirs,
                                 check=True, capture_output=True, text=True).stdout
            a, b = read(mine), read(ref)
            worst, where, compared = 0.0, "", 0
            for name, rows in b.items():
                mrows = a[name]
                for r, m in zip(rows, mrows):
                    if not all(math.isfinite(v) for v in r[1:]):
                        break  # the reference keeps going past a divergence; descent stops there
                    assert r[0] == m[0], (name, r, m)
                    for i in (1, 2, 3):
                        e = rel(r[i], m[i])
                        compared += 1
                        if e > worst:
                            worst, where = e, f"{name} step {r[0]}"
            worst_all = max(worst_all, worst)
            label = surface + (" " + " ".join(ours) if ours else "") + (" (custom values)" if hyper else "")
            print(f"{label:<72} {compared:>6} numbers, max relative difference {worst:.1e} ({where})")
    print(f"\nlargest relative difference: {worst_all:.1e} (limit 1e-9)")
    return 0 if worst_all <= 1e-9 else 1


def write_fixtures(args):
    import gzip
    os.makedirs(args.write_fixtures, exist_ok=True)
    index = []
    for i, (surface, ours, theirs) in enumerate(CASES):
        for j, hyper in enumerate(HYPER):
            common = ["--surface", surface, "--steps", str(args.steps)] + hyper
            ref = subprocess.run(["/usr/bin/python3", args.reference, "--out", "-"] + common + theirs,
                                 check=True, capture_output=True, text=True).stdout
            name = f"case{i}{j}.csv.gz"
            with gzip.open(os.path.join(args.write_fixtures, name), "wt") as fh:
                fh.write(ref)
            index.append(name + "\t" + " ".join(common + ours))
    with open(os.path.join(args.write_fixtures, "cases.tsv"), "w") as fh:
        fh.write("\n".join(index) + "\n")
    print(f"wrote {len(index)} fixtures to {args.write_fixtures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
