#!/usr/bin/env bash
# Times `descent export` against the matplotlib peer, side by side in one run: 200 frames at 800x600 with all
# optimizers, on quadratic and rosenbrock, as GIF, as MP4 through ffmpeg (both), and as MP4 from Descent's own
# H.264 encoder without ffmpeg (--encoder jcodec, timed against the peer's MP4). Prints wall time, CPU time (user
# and system, children such as ffmpeg included), peak memory (RSS) and file size, and for each descent row its wall
# time, CPU time and size as fractions of the peer's in the same run. On a shared machine the CPU times vary less
# than the wall times.
#   bash scripts/bench_export.sh [path/to/peer.py]
# The peer defaults to scripts/peer_matplotlib.py, a copy of the shared peer kept here so that the repository alone
# suffices (it draws seven optimizers; Descent draws the lecture's eight). Set JAR=path to time another build of
# descent (default target/descent.jar), BASELINE=path to time an older build too, row by row against the same peer
# runs (its rows are marked "baseline"), KEEP=DIR to keep the files written. Needs /usr/bin/python3 with
# matplotlib, numpy and PIL, ffmpeg and GNU time (Debian: python3-matplotlib python3-numpy python3-pil ffmpeg time).
set -euo pipefail
cd "$(dirname "$0")/.."
peer=${1:-scripts/peer_matplotlib.py}
jar=${JAR:-target/descent.jar}
out=${KEEP:-$(mktemp -d)}
mkdir -p "$out"
[[ -n ${KEEP:-} ]] || trap 'rm -rf "$out"' EXIT
[[ -f $jar ]] || mvn -B -q package -DskipTests
command -v ffmpeg >/dev/null || { echo "ffmpeg is not on the PATH: the peer needs it for MP4" >&2; exit 2; }
measure() { # file, command...: prints seconds, CPU seconds, peak MiB and bytes
    local file=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$out/time" "$@" >/dev/null 2>"$out/err" || { cat "$out/err"; exit 1; }
    read -r secs user sys kb < "$out/time"
    printf '%s\t%s\t%d\t%d' "$secs" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" \
        "$((kb / 1024))" "$(stat -c %s "$file")"
}
row() { # label, measurement, peer measurement or empty
    local label=$1 m=$2 p=${3:-}
    if [[ -z $p ]]; then
        printf '%s\t%s\n' "$label" "$m"
    else
        printf '%s\t%s\t%s\n' "$label" "$m" "$(awk -v m="$m" -v p="$p" 'BEGIN {
            split(m, a, "\t"); split(p, b, "\t"); printf "%.3f\t%.3f\t%.2f", a[1] / b[1], a[2] / b[2], a[4] / b[4] }')"
    fi
}
printf 'run\tseconds\tCPU s\tpeak MiB\tbytes\ttime/peer\tCPU/peer\tbytes/peer\n'
descent=(java -jar "$jar" export --optimizers all --frames 200 --fps 20 --size 800x600)
baseline=(java -jar "${BASELINE:-}" export --optimizers all --frames 200 --fps 20 --size 800x600)
builds=(descent)
[[ -z ${BASELINE:-} ]] || builds+=(baseline)
for surface in quadratic rosenbrock; do
    for ext in gif mp4 jcodec; do
        if [[ $ext != jcodec ]]; then
            p=$(measure "$out/peer-$surface.$ext" /usr/bin/python3 "$peer" --surface "$surface" --frames 200 \
                --width 800 --height 600 --out "$out/peer-$surface.$ext")
            row "peer $surface $ext" "$p"
        fi
        for b in "${builds[@]}"; do
            if [[ $b == baseline ]]; then cmd=("${baseline[@]}"); else cmd=("${descent[@]}"); fi
            if [[ $ext == jcodec ]]; then
                row "$b $surface mp4 (no ffmpeg)" "$(measure "$out/$b-jcodec-$surface.mp4" "${cmd[@]}" \
                    --surface "$surface" --encoder jcodec --out "$out/$b-jcodec-$surface.mp4")" "$p"
            else
                [[ $ext == gif ]] && enc=() || enc=(--encoder ffmpeg)
                row "$b $surface $ext" "$(measure "$out/$b-$surface.$ext" "${cmd[@]}" --surface "$surface" \
                    "${enc[@]}" --out "$out/$b-$surface.$ext")" "$p"
            fi
        done
    done
done
