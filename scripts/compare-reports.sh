#!/usr/bin/env bash
# Compares the reports of two builds of the command line on the same inputs, byte for byte.
# Usage: scripts/compare-reports.sh OLD_JAR NEW_JAR [OUT_DIR]
# Inputs: examples/pal, the cli test files (pal, hostile) and a generated corpus (examples/benchmarks, if built:
# benchmarks.jar) with both profiles, both languages and the json, sarif and text formats, as of a fixed date.
# Exits 0 when every report is identical, 1 otherwise (the differing reports are listed and left in OUT_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
old=${1:?usage: compare-reports.sh OLD_JAR NEW_JAR [OUT_DIR]}
new=${2:?usage: compare-reports.sh OLD_JAR NEW_JAR [OUT_DIR]}
out=${3:-${TMPDIR:-/tmp}/cocrea-compare}
rm -rf "$out"; mkdir -p "$out/old" "$out/new"
inputs=("$root/examples/pal" "$root/cli/src/test/resources/pal" "$root/cli/src/test/resources/hostile")
if [ -n "${CORPUS:-}" ] && [ -d "$CORPUS" ]; then inputs+=("$CORPUS"); fi
diffs=0
for profile in INAI_CORE OGP_LOCAL; do
  for lang in es en; do
    for format in json sarif text; do
      name="$profile-$lang.$format"
      for side in old new; do
        jar=$old; [ "$side" = new ] && jar=$new
        (cd "$root" && java -jar "$jar" validate --profile "$profile" --lang "$lang" --format "$format" \
          --as-of 2026-11-25 "${inputs[@]/#$root\//}" > "$out/$side/$name" 2> "$out/$side/$name.err" || true)
      done
      if ! cmp -s "$out/old/$name" "$out/new/$name"; then
        echo "differs: $name"; diffs=$((diffs + 1))
      fi
    done
  done
done
if [ "$diffs" -eq 0 ]; then echo "identical: every report ($out)"; else echo "$diffs report(s) differ ($out)"; exit 1; fi
