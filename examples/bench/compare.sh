#!/usr/bin/env bash
# Whole-process comparison of `cocrea validate` with `ajv validate` (ajv-cli, JSON Schema draft 2020-12) on the same
# generated PAL files and the same JSON Schema (the one `cocrea schema` prints). ajv checks the schema only; cocrea
# reads, checks the schema, binds, checks the field constraints, the references and all 87 rules, and writes a report.
#
#   cold:  one S file (5 commitments), a fresh process each time
#   warm:  1,000 M files (50 commitments each, about 1 MB) in one call
#
# Usage:   examples/bench/compare.sh            (after the one-time setup below)
# Setup:   mvn -B -ntp -Pbench -DskipTests package     # cli/target/cocrea.jar and examples/benchmarks/target/benchmarks.jar
#          npm ci --prefix scripts                      # the pinned ajv-cli, ajv and ajv-formats (scripts/package.json)
#          apt-get install hyperfine                    # optional: without it a date-based loop takes the median
# Environment (all optional):
#   COCREA_JAR  BENCH_JAR  AJV   the tools (defaults: the paths above; target folder from COCREA_TARGET, default target)
#   CORPUS      where the generated files go (default ${TMPDIR:-/tmp}/cocrea-bench-corpus; reused when present)
#   COLD_RUNS   runs of each cold command (default 20)     WARM_RUNS   runs of each warm command (default 3)
#   WARM_COUNT  how many M files in the warm run (default 1000)
#   AS_OF       the --as-of date given to cocrea (default 2024-12-31)
#   LAUNCHER    a distribution's bin/cocrea (e.g. cli/target/cocrea/bin/cocrea): timed as shipped, with its own lib/
#               (COCREA_JAR is then not passed to it); default: the source tree's launcher with COCREA_JAR
#   JAVA_HOME   the runtime the launcher uses (17-24: AppCDS archive; 25+: AOT cache); `java -jar` uses the PATH's
# Prints a Markdown table of mean wall times and the ratios cocrea / ajv; exits 2 when a tool is missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
target=${COCREA_TARGET:-target}
cocrea_jar=${COCREA_JAR:-$root/cli/$target/cocrea.jar}
bench_jar=${BENCH_JAR:-$root/examples/benchmarks/$target/benchmarks.jar}
ajv=${AJV:-$root/scripts/node_modules/.bin/ajv}
launcher=${LAUNCHER:-$root/cli/src/main/dist/bin/cocrea}
# the source tree's launcher runs the jar named by COCREA_JAR; a distribution's runs its own lib/cocrea.jar
if [ -n "${LAUNCHER:-}" ]; then launcher_env=""; else launcher_env="COCREA_JAR=$(printf '%q' "$cocrea_jar") "; fi
# the launcher's long-run tuning for two cores is opt-in; the figures in BENCHMARKS.md were taken with it
export COCREA_JIT=${COCREA_JIT:-few-cores}
corpus=${CORPUS:-${TMPDIR:-/tmp}/cocrea-bench-corpus}
cold_runs=${COLD_RUNS:-20}
warm_runs=${WARM_RUNS:-3}
warm_count=${WARM_COUNT:-1000}
as_of=${AS_OF:-2024-12-31}

missing=0
for f in "$cocrea_jar" "$bench_jar"; do
  [ -f "$f" ] || { echo "compare: missing $f (run: mvn -B -ntp -Pbench -DskipTests package)" >&2; missing=1; }
done
[ -x "$ajv" ] || { echo "compare: missing $ajv (run: npm ci --prefix scripts)" >&2; missing=1; }
command -v java >/dev/null || { echo "compare: java is not on the PATH" >&2; missing=1; }
command -v node >/dev/null || { echo "compare: node is not on the PATH" >&2; missing=1; }
[ "$missing" = 0 ] || exit 2

# ---------------------------------------------------------------------------------------------- the corpus
mkdir -p "$corpus"
if [ ! -f "$corpus/S/S-00000.json" ]; then
  java -cp "$bench_jar" org.cocrea.examples.corpus.CorpusMain --size S --count 1 --invalid 0 --out "$corpus/S"
fi
if [ "$(find "$corpus/M" -name 'M-*.json' 2>/dev/null | wc -l)" -lt "$warm_count" ]; then
  rm -rf "$corpus/M"
  java -cp "$bench_jar" org.cocrea.examples.corpus.CorpusMain --size M --count "$warm_count" --invalid 0.2 \
    --out "$corpus/M"
fi
schema=$corpus/cocrea-pal.schema.json
java -jar "$cocrea_jar" schema > "$schema"
s_file=$corpus/S/S-00000.json
m_dir=$corpus/M
m_files=("$m_dir"/M-*.json)
m_files=("${m_files[@]:0:$warm_count}")
m_bytes=$(cat "${m_files[@]}" | wc -c)

# ajv: the pinned ajv-cli; strict mode and ajv-formats, as scripts/ajv-check.sh runs it, all errors reported
ajv_args=(validate --spec=draft2020 -c ajv-formats --strict=true --all-errors --errors=text -s "$schema")
ajv_m_args=()
for f in "${m_files[@]}"; do
  ajv_m_args+=(-d "$f")
done
printf '%s\n' "${ajv_m_args[@]}" > "$corpus/ajv-m.args"

# the launcher's archive is made by its first run: make it before timing
if [ -n "${LAUNCHER:-}" ]; then "$launcher" validate --as-of "$as_of" "$s_file" > /dev/null || true
else COCREA_JAR=$cocrea_jar "$launcher" validate --as-of "$as_of" "$s_file" > /dev/null || true; fi

# ---------------------------------------------------------------------------------------------- timing
results=$corpus/results
rm -rf "$results"
mkdir -p "$results"

# time NAME RUNS COMMAND: mean and standard deviation of the wall time in seconds, into $results/NAME
time_it() {
  local name=$1 runs=$2 command=$3
  if command -v hyperfine > /dev/null; then
    hyperfine --style basic --ignore-failure --warmup 1 --runs "$runs" --export-json "$results/$name.json" \
      --command-name "$name" "$command" > "$results/$name.log" 2>&1
    node -e 'const r=require(process.argv[1]).results[0];console.log(r.mean.toFixed(3)+" "+(r.stddev||0).toFixed(3)+" "+r.median.toFixed(3))' \
      "$results/$name.json" > "$results/$name"
  else
    bash -c "$command" > /dev/null 2>&1 || true
    local times=()
    for _ in $(seq "$runs"); do
      local start end
      start=$(date +%s%N)
      bash -c "$command" > /dev/null 2>&1 || true
      end=$(date +%s%N)
      times+=("$(( (end - start) / 1000000 ))")
    done
    printf '%s\n' "${times[@]}" | node -e '
      const t=require("fs").readFileSync(0,"utf8").trim().split("\n").map(Number).sort((a,b)=>a-b);
      const mean=t.reduce((a,b)=>a+b,0)/t.length, sd=Math.sqrt(t.reduce((a,b)=>a+(b-mean)**2,0)/t.length);
      console.log((mean/1000).toFixed(3)+" "+(sd/1000).toFixed(3)+" "+(t[Math.floor(t.length/2)]/1000).toFixed(3))' \
      > "$results/$name"
  fi
}

q() { printf '%q ' "$@"; }

echo "compare: cold runs ($cold_runs each, one S file)..." >&2
time_it cold-ajv "$cold_runs" "$(q "$ajv" "${ajv_args[@]}" -d "$s_file") > /dev/null"
time_it cold-cocrea-jar "$cold_runs" "$(q java -jar "$cocrea_jar" validate --as-of "$as_of" "$s_file") > /dev/null"
time_it cold-cocrea "$cold_runs" "$launcher_env$(q "$launcher" validate --as-of "$as_of" "$s_file") > /dev/null"

echo "compare: warm runs ($warm_runs each, ${#m_files[@]} M files, $m_bytes bytes)..." >&2
time_it warm-ajv "$warm_runs" "$(q "$ajv" "${ajv_args[@]}") \$(cat $(q "$corpus/ajv-m.args")) > /dev/null"
time_it warm-cocrea "$warm_runs" "$launcher_env$(q "$launcher" validate --as-of "$as_of" "$m_dir") > /dev/null"
time_it warm-cocrea-jar "$warm_runs" "$(q java -jar "$cocrea_jar" validate --as-of "$as_of" "$m_dir") > /dev/null"

# ---------------------------------------------------------------------------------------------- report
field() { awk -v i="$2" '{print $i}' "$results/$1"; }
ratio() { node -e 'console.log((Number(process.argv[1])/Number(process.argv[2])).toFixed(2))' "$(field "$1" 1)" "$(field "$2" 1)"; }
mbps() { node -e 'console.log((Number(process.argv[1])/1e6/Number(process.argv[2])).toFixed(1))' "$m_bytes" "$(field "$1" 1)"; }

echo
launcher_java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
launcher_java=${launcher_java:-java}
echo "launcher: $launcher on $("$launcher_java" -version 2>&1 | head -1)"
echo "machine: $(nproc) cores, $(free -g 2>/dev/null | awk '/^Mem:/{print $2 " GiB"}'), $(java -version 2>&1 | head -1), node $(node --version), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); timer: $(command -v hyperfine > /dev/null && hyperfine --version || echo 'date loop (median)')"
echo
echo "| run | command | mean s | ± sd | median s | ratio to ajv |"
echo "|---|---|---:|---:|---:|---:|"
for row in "cold-ajv|ajv validate (1 S file)" "cold-cocrea-jar|java -jar cocrea.jar validate (1 S file)" \
    "cold-cocrea|cocrea launcher, archive + C1 (1 S file)"; do
  name=${row%%|*}
  echo "| cold | ${row#*|} | $(field "$name" 1) | $(field "$name" 2) | $(field "$name" 3) | $(ratio "$name" cold-ajv) |"
done
for row in "warm-ajv|ajv validate (${#m_files[@]} M files)" "warm-cocrea|cocrea launcher (${#m_files[@]} M files)" \
    "warm-cocrea-jar|java -jar cocrea.jar validate (${#m_files[@]} M files)"; do
  name=${row%%|*}
  echo "| warm | ${row#*|}, $(mbps "$name") MB/s | $(field "$name" 1) | $(field "$name" 2) | $(field "$name" 3) | $(ratio "$name" warm-ajv) |"
done
