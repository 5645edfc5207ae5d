#!/usr/bin/env bash
# The Debian libraries Qt needs to run offscreen, poppler for rendering PDFs to look at, and the
# validators of the desktop entry and the AppStream metainfo.
# Installed only when missing, and only where we may (root with apt-get); otherwise we say what is missing.
set -euo pipefail
needed=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 poppler-utils desktop-file-utils
        appstream "$@")  # callers may ask for more (packaging/build: X11 libraries and Xvfb)
missing=()
for package in "${needed[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
elif command -v dpkg-query >/dev/null; then
    echo "Missing system packages (install them with your package manager): ${missing[*]}" >&2
fi
