#!/usr/bin/env bash
# Times `descent export` against the matplotlib peer, side by side in one run: 200 frames at 800x600 with all
# optimizers, as GIF and MP4, on quadratic and rosenbrock. Prints wall time, file size and peak memory (RSS).
#   bash scripts/bench_export.sh [path/to/matplotlib_animation.py]
# Needs /usr/bin/python3 with matplotlib, numpy and PIL, ffmpeg and GNU time (Debian: python3-matplotlib
# python3-numpy python3-pil ffmpeg time).
set -euo pipefail
cd "$(dirname "$0")/.."
peer=${1:-../shared/peers/matplotlib_animation.py}
jar=target/descent.jar
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
[[ -f $jar ]] || mvn -B -q package -DskipTests
measure() { # label, command...
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>"$out/err" || { cat "$out/err"; exit 1; }
    read -r secs kb < "$out/time"
    printf '%s\t%s\t%d\n' "$label" "$secs" "$((kb / 1024))"
}
size() { stat -c %s "$1"; }
printf 'run\tseconds\tpeak MiB\tbytes\n'
for surface in quadratic rosenbrock; do
    for ext in gif mp4; do
        r=$(measure "peer $surface $ext" /usr/bin/python3 "$peer" --surface "$surface" --frames 200 --width 800 \
            --height 600 --out "$out/peer.$ext")
        printf '%s\t%s\n' "$r" "$(size "$out/peer.$ext")"
        r=$(measure "descent $surface $ext" java -jar "$jar" export --surface "$surface" --optimizers all \
            --frames 200 --fps 20 --size 800x600 --out "$out/descent.$ext")
        printf '%s\t%s\n' "$r" "$(size "$out/descent.$ext")"
    done
    r=$(measure "descent $surface mp4 (JCodec)" java -jar "$jar" export --surface "$surface" --optimizers all \
        --frames 200 --fps 20 --size 800x600 --encoder jcodec --out "$out/jcodec.mp4")
    printf '%s\t%s\n' "$r" "$(size "$out/jcodec.mp4")"
done
