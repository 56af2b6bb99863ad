#!/usr/bin/env bash
# The system packages the tests need, from Debian's archive; installs only what is missing.
#   chromium          the report tests open the HTML report in headless Chromium (via Playwright)
#   fonts-wqy-zenhei  the scan tests draw Chinese pages as images with this TrueType font, and
#                     Chromium renders the report's Chinese text with it
# Needs root (or sudo) when something is missing; prints what it does.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO=$(command -v sudo || true)
    [ -n "$SUDO" ] || { echo "tools/system-deps.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
fi
echo "installing ${missing[*]} (Debian packages)" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
