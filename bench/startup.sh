#!/usr/bin/env bash
# Start-up benchmark: the app's --smoke first-frame time against a minimal FXML "hello" window
# built with the same JavaFX, run alternately (one warm-up, then RUNS runs each), plain and with
# AppCDS, with peak RSS. Prints a Markdown table; bench/run-all.sh puts it into bench/RESULTS.md.
# Usage: bench/startup.sh [RUNS]   (default 7; needs xvfb-run when there is no display)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
out=bench/out
mkdir -p "$out"

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

echo "building..." >&2
mvn -q -B -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib >&2
# The packaged app must hold the classes just built: an app-image left from an older build would
# measure old code (and its AppCDS archive, trained on that code). Jars differ by timestamps on every
# build, so compare what is in them (name and CRC of every entry).
crcs() { unzip -v "$1" | awk 'length($7) == 8 && $7 ~ /^[0-9a-f]+$/ {print $7, $8}' | sort; }
if [ ! -x dist/KetamineTherapyGuide/bin/KetamineTherapyGuide ] || [ "$(crcs target/ketamine-therapy-guide-*.jar)" \
    != "$(crcs dist/KetamineTherapyGuide/lib/app/ketamine-therapy-guide.jar)" ]; then
  echo "packaging (the app-image is missing or holds another build)..." >&2
  packaging/package.sh --no-deb >&2
fi
cp_libs=$(ls target/lib/*.jar | tr '\n' ':')
fx_cp=$(ls target/lib/javafx-*.jar | tr '\n' ':')
rm -rf "$out/hello" && mkdir -p "$out/hello"
javac -d "$out/hello" -cp "$fx_cp" bench/hello/Hello.java
cp bench/hello/hello.fxml "$out/hello/"
jar cf "$out/hello.jar" -C "$out/hello" .

app_plain=(java -cp "target/classes:$cp_libs" org.ketamineguide.Launcher --smoke)
hello_plain=(java -cp "$out/hello.jar:$fx_cp" 'Hello$Main')
app_cds=(dist/KetamineTherapyGuide/bin/KetamineTherapyGuide --smoke)
# the same packaged app with its AppCDS archive switched off
rm -rf "$out/nocds" && cp -r dist/KetamineTherapyGuide "$out/nocds"
sed -i '/SharedArchiveFile/d' "$out/nocds/lib/app/KetamineTherapyGuide.cfg"
app_pkg=("$out/nocds/bin/KetamineTherapyGuide" --smoke)
# the hello window gets an AppCDS archive of its own, trained by one run of it. This JDK may ship
# without a base CDS archive, so a static archive (class list, then -Xshare:dump) is used.
java -XX:DumpLoadedClassList="$out/hello.classlist" -cp "$out/hello.jar:$fx_cp" 'Hello$Main' >/dev/null 2>&1
java -Xshare:dump -XX:SharedClassListFile="$out/hello.classlist" -XX:SharedArchiveFile="$out/hello.jsa" \
     -cp "$out/hello.jar:$fx_cp" >/dev/null 2>&1
[ -f "$out/hello.jsa" ] || { echo "could not build the hello window's AppCDS archive" >&2; exit 1; }
hello_cds=(java -XX:SharedArchiveFile="$out/hello.jsa" -cp "$out/hello.jar:$fx_cp" 'Hello$Main')

# measure NAME CMD... -> appends "ms rss_kb" to $out/NAME.txt
measure() {
  local name=$1; shift
  local line
  line=$( { /usr/bin/time -f "rss=%M" "$@" 2>&1; } | grep -E "first-frame-ms=|rss=" | tr '\n' ' ')
  local ms rss
  ms=$(sed -n 's/.*first-frame-ms=\([0-9]*\).*/\1/p' <<<"$line")
  rss=$(sed -n 's/.*rss=\([0-9]*\).*/\1/p' <<<"$line")
  [ -n "$ms" ] || { echo "no first-frame time from $name: $line" >&2; exit 1; }
  echo "$ms $rss" >> "$out/$name.txt"
}

names=(app_plain app_pkg hello_plain app_cds hello_cds)
for n in "${names[@]}"; do rm -f "$out/$n.txt"; done
echo "warm-up..." >&2
measure warmup "${app_plain[@]}"; measure warmup "${hello_plain[@]}"; rm -f "$out/warmup.txt"
for i in $(seq 1 "$RUNS"); do
  echo "run $i/$RUNS" >&2
  measure app_plain "${app_plain[@]}"
  measure app_pkg "${app_pkg[@]}"
  measure hello_plain "${hello_plain[@]}"
  measure app_cds "${app_cds[@]}"
  measure hello_cds "${hello_cds[@]}"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A MS RSS
for n in "${names[@]}"; do
  MS[$n]=$(cut -d' ' -f1 "$out/$n.txt" | median)
  RSS[$n]=$(cut -d' ' -f2 "$out/$n.txt" | median)
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
r_plain=$(ratio "${MS[app_plain]}" "${MS[hello_plain]}")
r_cds=$(ratio "${MS[app_cds]}" "${MS[hello_plain]}")
r_pkg=$(ratio "${MS[app_pkg]}" "${MS[hello_plain]}")
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t ? "meets" : "misses")}'; }

cat <<MD
| run | median first frame (ms) | median peak RSS (MB) | all runs (ms) |
|---|---|---|---|
| app, plain class path | ${MS[app_plain]} | $(( ${RSS[app_plain]} / 1024 )) | $(cut -d' ' -f1 "$out/app_plain.txt" | tr '\n' ' ') |
| app, packaged (jlink runtime), no AppCDS | ${MS[app_pkg]} | $(( ${RSS[app_pkg]} / 1024 )) | $(cut -d' ' -f1 "$out/app_pkg.txt" | tr '\n' ' ') |
| hello window, plain | ${MS[hello_plain]} | $(( ${RSS[hello_plain]} / 1024 )) | $(cut -d' ' -f1 "$out/hello_plain.txt" | tr '\n' ' ') |
| app, packaged with AppCDS | ${MS[app_cds]} | $(( ${RSS[app_cds]} / 1024 )) | $(cut -d' ' -f1 "$out/app_cds.txt" | tr '\n' ' ') |
| hello window with AppCDS | ${MS[hello_cds]} | $(( ${RSS[hello_cds]} / 1024 )) | $(cut -d' ' -f1 "$out/hello_cds.txt" | tr '\n' ' ') |

- plain app (class path, \`java -cp\`) / plain hello = **$r_plain** (target ≤ 1.25: $(verdict "$r_plain" 1.25))
- packaged app without AppCDS / plain hello = **$r_pkg** (target ≤ 1.25: $(verdict "$r_pkg" 1.25))
- packaged app with AppCDS / plain hello = **$r_cds** (target ≤ 0.75: $(verdict "$r_cds" 0.75))
- runs: $RUNS each after one warm-up, alternating app and hello in one run of the script
MD
