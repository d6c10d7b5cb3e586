#!/usr/bin/env bash
# Times `descent export` against the matplotlib peer, side by side in one run: 200 frames at 800x600 with all
# optimizers, as GIF and MP4, on quadratic and rosenbrock. Prints wall time, peak memory (RSS) and file size, and
# for each descent row its time and size as a fraction of the peer's in the same format.
#   bash scripts/bench_export.sh [path/to/peer.py]
# The peer defaults to scripts/peer_matplotlib.py. Set JAR=path to time another build of descent (default
# target/descent.jar), KEEP=DIR to keep the files written. Needs /usr/bin/python3
# with matplotlib, numpy and PIL, ffmpeg and GNU time (Debian: python3-matplotlib python3-numpy python3-pil ffmpeg
# time).
set -euo pipefail
cd "$(dirname "$0")/.."
peer=${1:-scripts/peer_matplotlib.py}
jar=${JAR:-target/descent.jar}
out=${KEEP:-$(mktemp -d)}
mkdir -p "$out"
[[ -n ${KEEP:-} ]] || trap 'rm -rf "$out"' EXIT
[[ -f $jar ]] || mvn -B -q package -DskipTests
measure() { # file, command...: prints seconds, peak MiB and bytes
    local file=$1; shift
    /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>"$out/err" || { cat "$out/err"; exit 1; }
    read -r secs kb < "$out/time"
    printf '%s\t%d\t%d' "$secs" "$((kb / 1024))" "$(stat -c %s "$file")"
}
row() { # label, measurement, peer measurement or empty
    local label=$1 m=$2 p=${3:-}
    if [[ -z $p ]]; then
        printf '%s\t%s\n' "$label" "$m"
    else
        printf '%s\t%s\t%s\n' "$label" "$m" "$(awk -v m="$m" -v p="$p" 'BEGIN {
            split(m, a, "\t"); split(p, b, "\t"); printf "%.3f\t%.2f", a[1] / b[1], a[3] / b[3] }')"
    fi
}
printf 'run\tseconds\tpeak MiB\tbytes\ttime/peer\tbytes/peer\n'
descent=(java -jar "$jar" export --optimizers all --frames 200 --fps 20 --size 800x600)
for surface in quadratic rosenbrock; do
    for ext in gif mp4; do
        p=$(measure "$out/peer-$surface.$ext" /usr/bin/python3 "$peer" --surface "$surface" --frames 200 \
            --width 800 --height 600 --out "$out/peer-$surface.$ext")
        row "peer $surface $ext" "$p"
        row "descent $surface $ext" "$(measure "$out/descent-$surface.$ext" "${descent[@]}" \
            --surface "$surface" --out "$out/descent-$surface.$ext")" "$p"
    done
    row "descent $surface mp4 (JCodec)" "$(measure "$out/jcodec-$surface.mp4" "${descent[@]}" --surface "$surface" \
        --encoder jcodec --out "$out/jcodec-$surface.mp4")" "$p"
done
