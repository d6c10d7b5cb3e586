#!/usr/bin/env bash
# Times Descent's start side by side with the floor, a JavaFX window with one label started from the same jar:
# from launch to the first frame painted (for Descent: the plot with its contour and the paths), in an X server
# of its own (Xvfb, 1280x800). The runs take turns, so that the machine's load falls on all alike.
#   bash scripts/bench_start.sh [-n RUNS] [-j JAR]... [-i APP_IMAGE]... [-- JVM_OPTION...]
# -n: runs of each (default 5); -j: a jar to time besides target/descent.jar (say, an older build); -i: an app image
# made by scripts/dist.sh (target/dist/image/Descent), timed with its own Java and the launcher's options, by its
# absolute path (its class-data-sharing archive names the jar so; a copy without lib/app/descent.jsa, or moved
# elsewhere, starts without the archive). JVM options after -- go to every java command (not to the app images,
# which carry their own).
# A jar started with java -jar opens its window in a VM of its own, with an archive of its classes that the first
# window makes as it closes (descent.app.WindowJvm): each jar is launched once first, in a cache folder of this run's
# own, and that first launch is reported on its own.
# Prints each run's milliseconds, then per kind the median, the fastest and the slowest.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
jars=(target/descent.jar)
images=()
while (($#)); do
    case $1 in
        -n) runs=$2; shift 2 ;;
        -j) jars+=("$2"); shift 2 ;;
        -i) images+=("$(cd "$2" && pwd)"); shift 2 ;;
        --) shift; break ;;
        *) echo "usage: bench_start.sh [-n RUNS] [-j JAR]... [-i APP_IMAGE]... [-- JVM_OPTION...]" >&2; exit 2 ;;
    esac
done
options=("$@")
[[ -f target/descent.jar ]] || mvn -B -q package -DskipTests
command -v Xvfb >/dev/null || { echo "bench_start.sh: needs Xvfb (Debian: xvfb)" >&2; exit 1; }

for n in $(seq 90 140); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
out=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null; rm -rf "$out"' EXIT
export DISPLAY=":$n"
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done

# kind, command...: runs the command until it prints its first frame (at most 60 s); prints the milliseconds.
time_one() {
    local kind=$1; shift
    local started frame
    started=$(date +%s%N)
    timeout 60 "$@" >"$out/stdout" 2>"$out/stderr" || true
    frame=$(sed -n 's/^descent-first-frame \([0-9]*\)$/\1/p' "$out/stdout")
    if [[ -z $frame ]]; then
        echo "bench_start.sh: $kind printed no first frame:" >&2
        tail -5 "$out/stderr" >&2
        exit 1
    fi
    local ms=$(((frame - started) / 1000000))
    printf '%s\t%d\n' "$kind" "$ms" | tee -a "$out/all"
}

probe=(-Ddescent.start=exit)
export XDG_CACHE_HOME="$out/cache"
printf 'kind\tms from launch to the first frame\n'
for jar in "${jars[@]}"; do
    time_one "first launch, making the archive: $jar" java "${options[@]}" "${probe[@]}" -jar "$jar"
done
for _ in $(seq "$runs"); do
    time_one "floor ${jars[0]}" java "${options[@]}" "${probe[@]}" -cp "${jars[0]}" descent.ui.bench.FloorWindow
    for jar in "${jars[@]}"; do
        time_one "descent $jar" java "${options[@]}" "${probe[@]}" -jar "$jar"
    done
    for image in "${images[@]}"; do
        # The launcher takes no JVM options at run time: the image's own java is started as the launcher starts it,
        # with the options of its Descent.cfg ($APPDIR is lib/app) and the probe.
        mapfile -t cfg < <(sed -n "s|^java-options=||p" "$image/lib/app/Descent.cfg" \
            | sed "s|\$APPDIR|$image/lib/app|g")
        time_one "image $image" "$image/lib/runtime/bin/java" "${cfg[@]}" "${probe[@]}" \
            -cp "$image/lib/app/descent.jar" descent.app.Main
    done
done
printf '\nkind\tmedian\tfastest\tslowest (ms, %d runs)\n' "$runs"
cut -f1 "$out/all" | awk '!seen[$0]++' | while read -r kind; do
    awk -F'\t' -v k="$kind" '$1 == k { print $2 }' "$out/all" | sort -n | awk -v k="$kind" \
        '{ v[NR] = $1 } END { printf "%s\t%d\t%d\t%d\n", k, (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], v[NR] }'
done
