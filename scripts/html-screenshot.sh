#!/usr/bin/env bash
# Renders an HTML report in headless Chromium (Debian's package), saves a screenshot, and fails when the page logs
# a console error (an uncaught exception, a refused load, a blocked resource) or when nothing was rendered.
#   usage: scripts/html-screenshot.sh REPORT.html OUT.png
# Environment: CHROMIUM (the browser binary; default: chromium from PATH), WINDOW (default 1280,2000).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 REPORT.html OUT.png" >&2
  exit 2
fi
report=$(realpath "$1")
out=$(realpath -m "$2")
[ -f "$report" ] || { echo "html-screenshot: no such file: $1" >&2; exit 2; }
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$browser" ] || { echo "html-screenshot: chromium not found (apt-get install chromium)" >&2; exit 3; }

profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
mkdir -p "$(dirname "$out")"
rm -f "$out"

# No network: the report must be self-contained; a proxy that does not exist makes any fetch fail loudly.
if ! timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --proxy-server=127.0.0.1:9 --user-data-dir="$profile" --enable-logging=stderr --v=0 \
    --screenshot="$out" --window-size="${WINDOW:-1280,2000}" --hide-scrollbars \
    "file://$report" >"$log" 2>&1; then
  cat "$log" >&2
  echo "html-screenshot: chromium failed" >&2
  exit 1
fi

# Console messages come out as ":CONSOLE(line)] \"message\", source: ..."; any of them, and any refused or failed
# load, is an error for a page that runs no script and loads nothing.
if grep -E ':CONSOLE[:(]|Uncaught|Refused to|net::ERR_' "$log" >&2; then
  echo "html-screenshot: console errors in $1" >&2
  exit 1
fi
if [ ! -s "$out" ]; then
  cat "$log" >&2
  echo "html-screenshot: no screenshot written" >&2
  exit 1
fi
echo "$out"
