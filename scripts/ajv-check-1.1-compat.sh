#!/usr/bin/env bash
# Checks that the 1.1 JSON Schema accepts every 1.0 file once its schemaVersion says "1.1" (issue 11, item 8):
# each FILE is copied to a temporary directory with "schemaVersion": "1.0" replaced by "1.1", then validated with
# scripts/ajv-check.sh against the 1.1 schema.
#
# Usage:   scripts/ajv-check-1.1-compat.sh [FILE...]      (default: examples/pal/*.json)
# Example: scripts/ajv-check-1.1-compat.sh examples/pal/mx-coa-2016.json
#
# Exits as ajv-check.sh does: 0 when every file is valid, 1 when any is invalid, 2 on a usage or install problem.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
schema="$root/serialization/src/main/resources/org/cocrea/serialization/cocrea-pal-1.1.schema.json"
if [ $# -eq 0 ]; then
  set -- "$root"/examples/pal/*.json
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copies=()
for file in "$@"; do
  if ! grep -q '"schemaVersion": *"1\.0"' "$file"; then
    echo "INVALID  $file: no \"schemaVersion\": \"1.0\" to replace" >&2
    exit 1
  fi
  copy="$tmp/$(basename "$file")"
  sed 's/"schemaVersion": *"1\.0"/"schemaVersion": "1.1"/' "$file" > "$copy"
  copies+=("$copy")
done
bash "$here/ajv-check.sh" "$schema" "${copies[@]}"
