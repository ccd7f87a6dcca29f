#!/usr/bin/env bash
# Install the Linux desktop entry and icon of timeline-app for the current user.
#
#   scripts/install_desktop.sh                     # launches `timeline-app` from PATH (pip install)
#   scripts/install_desktop.sh dist/timeline-app   # launches the PyInstaller bundle in that folder
#
# Copies resources/linux/timeline-app.desktop to $XDG_DATA_HOME/applications and the icon to
# $XDG_DATA_HOME/icons/hicolor (XDG_DATA_HOME defaults to ~/.local/share), then refreshes the
# desktop and icon caches when those tools exist. Run it again after moving the bundle.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APPLICATIONS="$DATA_HOME/applications"
ICONS="$DATA_HOME/icons/hicolor"

command_path="timeline-app"
if [ $# -gt 0 ]; then
  target="$1"
  [ -d "$target" ] && target="$target/timeline-app"
  if [ ! -x "$target" ]; then
    echo "install_desktop.sh: no timeline-app executable at $1" >&2
    exit 2
  fi
  command_path="$(cd "$(dirname "$target")" && pwd)/$(basename "$target")"
elif ! command -v timeline-app >/dev/null 2>&1; then
  echo "install_desktop.sh: warning: timeline-app is not on PATH; the menu entry stays hidden" \
    "until it is (or pass the bundle folder)" >&2
fi

# hicolor sorts bitmaps by size: read the PNG's width from its IHDR header.
png="$ROOT/resources/icons/timeline-app.png"
png_size="$(od -An -j16 -N4 -tu1 "$png" | awk '{print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4}')"

mkdir -p "$APPLICATIONS" "$ICONS/scalable/apps" "$ICONS/${png_size}x${png_size}/apps"
# Point Exec/TryExec at the chosen executable; quote it in case the path has spaces.
sed -e "s|^Exec=timeline-app|Exec=\"$command_path\"|" \
    -e "s|^TryExec=timeline-app|TryExec=$command_path|" \
    "$ROOT/resources/linux/timeline-app.desktop" >"$APPLICATIONS/timeline-app.desktop"
install -m 644 "$ROOT/resources/icons/timeline-app.svg" "$ICONS/scalable/apps/timeline-app.svg"
install -m 644 "$png" "$ICONS/${png_size}x${png_size}/apps/timeline-app.png"

if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$APPLICATIONS"
fi
# Refresh the user's icon cache only if there is one; without it GTK reads the folders directly.
if [ -f "$ICONS/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache --quiet --ignore-theme-index "$ICONS" || true
fi
echo "installed $APPLICATIONS/timeline-app.desktop (runs $command_path)"
