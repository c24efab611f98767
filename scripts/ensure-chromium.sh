#!/usr/bin/env bash
# Make sure Debian's Chromium is at /usr/bin/chromium for tests/browser.test.ts.
# Nothing is downloaded by npm: puppeteer-core drives this system browser.
# Skipped when the browser is already there; needs root (or sudo) and apt-get.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium is missing and there is no apt-get to install Debian's chromium" >&2
  exit 1
fi
as_root=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "ensure-chromium: /usr/bin/chromium is missing and installing it needs root" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y chromium
test -x /usr/bin/chromium
