#!/usr/bin/env bash
# The Debian packages Compliance Desk needs beside its Python ones, installed only when missing,
# and only where we may (root with apt-get); otherwise we say what is missing.
#
#   scripts/system-packages.sh [--tools] [--desktop] [--list] [PACKAGE…]
#
# Always: the libraries Qt itself loads (offscreen too).
# --tools    what the checks use: poppler (PDF pages as images), PostgreSQL (the tests start a
#            throwaway server of their own; the package's own cluster is not used), the validators of the desktop
#            entry and of the AppStream metainfo (./run-tests).
# --desktop  what Qt's platform plugins load to open a window on a display: xcb (X11, XWayland)
#            and Wayland (./run with a display, the bundle). The libraries libqxcb.so and
#            libqwayland.so of PySide6 link; a test holds this list against them.
# --list     print the packages and exit (install nothing).
# PACKAGE…   more packages (packaging/build: Xvfb for its smoke test).
set -euo pipefail
runtime=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0)
tools=(poppler-utils desktop-file-utils appstream postgresql)
desktop=(libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
         libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0 libwayland-egl1)
needed=("${runtime[@]}")
list_only=0
for argument in "$@"; do
    case "$argument" in
        --tools) needed+=("${tools[@]}") ;;
        --desktop) needed+=("${desktop[@]}") ;;
        --list) list_only=1 ;;
        *) needed+=("$argument") ;;
    esac
done
if [ "$list_only" = 1 ]; then
    printf '%s\n' "${needed[@]}"
    exit 0
fi
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
