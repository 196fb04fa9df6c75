#!/usr/bin/env bash
# Validates Cocrea PAL files against the JSON Schema with ajv (Node.js, ECMA-262 regular expressions): an
# independent second validator next to the networknt one the library uses.
#
# Usage:   scripts/ajv-check.sh SCHEMA FILE...
# Example: scripts/ajv-check.sh serialization/src/main/resources/org/cocrea/serialization/cocrea-pal.schema.json examples/pal/*.json
#
# Prints one line per file ("valid    FILE" or "INVALID  FILE: problems") and exits 0 when every file is valid,
# 1 when any file is invalid or unreadable, 2 on a usage error or when ajv is not installed.
# Install the pinned tools once with: npm ci --prefix scripts   (into scripts/node_modules, which git ignores)
set -u

here=$(cd "$(dirname "$0")" && pwd)
ajv="$here/node_modules/.bin/ajv"

if [ $# -lt 2 ]; then
  echo "usage: $0 SCHEMA FILE..." >&2
  exit 2
fi
if [ ! -x "$ajv" ]; then
  echo "ajv-check: ajv is not installed; run: npm ci --prefix $here" >&2
  exit 2
fi
schema=$1
shift
if [ ! -r "$schema" ]; then
  echo "ajv-check: cannot read schema $schema" >&2
  exit 2
fi

# One ajv run for all files (starting Node.js and compiling the schema dominate the cost). ajv resolves
# "-c ajv-formats" from its own node_modules; strict mode also rejects unknown keywords, formats and loose types, so a
# schema that only networknt would accept fails here too. ajv prints "FILE valid", or "FILE invalid" followed by one
# line of errors (--errors=text); a file without a verdict (for example when the schema does not compile) is invalid.
declare -A verdict
files=()
args=()
for file in "$@"; do
  if [ -f "$file" ] && [ -r "$file" ]; then
    files+=("$file")
    args+=(-d "$file")
  else
    verdict["$file"]="INVALID  $file: cannot read the file"
  fi
done

output=""
if [ ${#files[@]} -gt 0 ]; then
  output=$("$ajv" validate --spec=draft2020 -c ajv-formats --strict=true --strict-types=true \
      --all-errors --errors=text -s "$schema" "${args[@]}" 2>&1)
  pending=""
  while IFS= read -r line; do
    if [ -n "$pending" ]; then
      verdict["$pending"]="INVALID  $pending: $line"
      pending=""
      continue
    fi
    for file in "${files[@]}"; do
      if [ "$line" = "$file valid" ]; then
        verdict["$file"]="valid    $file"
        break
      elif [ "$line" = "$file invalid" ]; then
        pending=$file
        break
      fi
    done
  done <<< "$output"
fi

invalid=0
for file in "$@"; do
  line=${verdict["$file"]:-"INVALID  $file: no verdict from ajv: $(printf '%s' "$output" | head -n 3 | tr '\n' ' ')"}
  echo "$line"
  case $line in
    INVALID*) invalid=$((invalid + 1)) ;;
  esac
done

if [ "$invalid" -gt 0 ]; then
  echo "ajv-check: $invalid of $# file(s) invalid" >&2
  exit 1
fi
exit 0
