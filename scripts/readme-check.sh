#!/usr/bin/env bash
# Runs every shell command block of README.md (```bash and ```sh fences) in order, from the repository root, and
# fails when one fails, so that the README cannot drift from what the project does.
#
# A block may be preceded by one of these HTML comments (invisible on the rendered page):
#   <!-- readme-check: exit N -->   the block's last command is expected to exit with N (a report with findings: 1)
#   <!-- readme-check: exit N, prints "TEXT" -->   and its output must contain TEXT (so that a failing build, which
#                                    also exits with 1, is not taken for the report's exit code)
#   <!-- readme-check: skip REASON -->   the block is not run (for example the test command, which CI runs itself)
# Usage: scripts/readme-check.sh [README]     Output: one line per block, then a count of the blocks that ran as expected.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
readme=${1:-$root/README.md}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Split the README into numbered blocks: block-N.sh holds the commands, block-N.meta the directive and line.
awk -v dir="$work" '
  /^<!-- readme-check:/ { directive = $0; sub(/^<!-- readme-check: */, "", directive); sub(/ *-->.*$/, "", directive); next }
  /^```(bash|sh)[ \t]*$/ && !inside { inside = 1; n++; file = dir "/block-" n ".sh"; printf "" > file;
                             print directive "\t" NR > (dir "/block-" n ".meta"); directive = ""; next }
  /^```/ && inside { inside = 0; close(file); next }
  inside { print >> file; next }
  /^```/ { directive = "" }
' "$readme"

passed=0
failed=0
for script in $(ls "$work"/block-*.sh 2>/dev/null | sort -t- -k2 -n); do
  meta=${script%.sh}.meta
  directive=$(cut -f1 "$meta")
  line=$(cut -f2 "$meta")
  first=$(head -1 "$script")
  case $directive in
    skip*)
      echo "skip   README.md:$line  $first  (${directive#skip })"
      continue
      ;;
    exit\ *) expected=$(echo "${directive#exit }" | sed 's/[^0-9].*//') ;;
    *) expected=0 ;;
  esac
  log=${script%.sh}.log
  (cd "$root" && bash -e -o pipefail "$script") > "$log" 2>&1 < /dev/null
  code=$?
  wanted=$(printf '%s' "$directive" | sed -n 's/.*prints "\([^"]*\)".*/\1/p')
  if [ -n "$wanted" ] && ! grep -qF -- "$wanted" "$log"; then
    code="$code, without \"$wanted\" in its output"
  fi
  if [ "$code" = "$expected" ]; then
    echo "ok     README.md:$line  $first  (exit $code)"
    passed=$((passed + 1))
  else
    echo "FAILED README.md:$line  $first  (exit $code, expected $expected); its output:"
    tail -40 "$log" | sed 's/^/       | /'
    failed=$((failed + 1))
  fi
done
echo "README blocks: $passed ran as expected, $failed did not"
[ "$failed" -eq 0 ]
