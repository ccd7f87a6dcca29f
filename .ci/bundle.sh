#!/usr/bin/env bash
# Build the PyInstaller bundle from build.spec and prove it works where CI cannot see the source
# tree: run its --self-test from another directory, offscreen, check it left out what it should,
# and start its window for a few seconds. Prints the build time and bundle size.
#
# Called by .ci/run after the tests, inside its virtualenv; runnable alone from a checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
BUNDLE="$ROOT/dist/timeline-app"
APP="$BUNDLE/timeline-app"
WORK="$ROOT/build/build"  # PyInstaller names its work folder after the spec
export QT_QPA_PLATFORM=offscreen

if ! python -c "import PyInstaller" 2>/dev/null; then
  python -m pip install -q -e '.[build]'
fi

echo "== build: pyinstaller build.spec"
rm -rf "$WORK" "$BUNDLE"
start=$(date +%s)
python -m PyInstaller --noconfirm --log-level WARN build.spec
build_seconds=$(($(date +%s) - start))
bundle_size=$(du -sh "$BUNDLE" | cut -f1)
echo "bundle: built in ${build_seconds}s, $bundle_size, $(find "$BUNDLE" -type f | wc -l) files"

echo "== contents: backends in use, no other Qt bindings"
python - "$WORK/PYZ-00.toc" "$BUNDLE" <<'PY'
import re
import sys
from pathlib import Path

toc, bundle = Path(sys.argv[1]).read_text(), Path(sys.argv[2])
modules = set(re.findall(r"\('([\w.]+)',", toc))
wanted = {f"matplotlib.backends.backend_{b}" for b in ("qtagg", "agg", "pdf", "svg")}
unwanted = ("PyQt5", "PyQt6", "PySide2", "tkinter", "IPython", "matplotlib.backends.backend_tkagg",
            "matplotlib.backends.backend_gtk4agg", "matplotlib.backends.backend_wxagg")
problems = [f"missing module {m}" for m in sorted(wanted - modules)]
problems += [f"bundled {m}" for m in sorted(modules) if m.startswith(unwanted)]
problems += [f"bundled file {p.relative_to(bundle)}" for p in bundle.rglob("*")
             if re.match(r"(PyQt[56]|PySide2|_tkinter|libtk|libtcl)", p.name)]
if problems:
    sys.exit("bundle contents: " + "; ".join(problems))
print(f"ok: {len(modules)} Python modules; {', '.join(sorted(wanted))}")
PY
if grep -q "timeline_app" "$WORK/warn-build.txt"; then
  echo "warning: PyInstaller could not find some timeline_app imports:" >&2
  grep "timeline_app" "$WORK/warn-build.txt" >&2
fi

elsewhere="$(mktemp -d)"
trap 'rm -rf "$elsewhere"' EXIT

echo "== version"
version="$(cd "$elsewhere" && timeout 20 "$APP" --version)"
expected="timeline-app $(python -c 'import importlib.metadata as m; print(m.version("timeline-app"))')"
if [ "$version" != "$expected" ]; then
  echo "the bundle says '$version', the installed package '$expected'" >&2
  exit 1
fi
echo "ok: $version"

echo "== self-test (from $elsewhere)"
status=0
(cd "$elsewhere" && timeout 120 "$APP" --self-test) >"$elsewhere/status.json" || status=$?
python - "$elsewhere/status.json" "$status" <<'PY'
import json
import sys

text = open(sys.argv[1], encoding="utf-8").read()
try:
    status = json.loads(text)
except ValueError:
    sys.exit(f"self-test printed no JSON status (exit {sys.argv[2]}): {text!r}")
for check in status["checks"]:
    print(f"  {'ok  ' if check['ok'] else 'FAIL'} {check['name']}: {check['detail']}")
if not status["ok"] or sys.argv[2] != "0":
    sys.exit(f"self-test failed (exit {sys.argv[2]}): {status.get('error')}")
print(f"ok: version {status['version']}, frozen {status['frozen']}")
PY

echo "== window starts offscreen with the sample"
# Still running after a few seconds (timeout's 124) means the GUI imported, showed its window
# and opened the file; an import or data error in the GUI layer ends it early with a traceback.
# Its settings and recent files go to a throwaway folder, not the user's.
gui=0
sample="$BUNDLE/_internal/resources/samples/harbour-strike.txt"
(cd "$elsewhere" && XDG_CONFIG_HOME="$elsewhere/config" XDG_DATA_HOME="$elsewhere/data" \
  timeout 8 "$APP" "$sample") >"$elsewhere/gui.log" 2>&1 || gui=$?
if [ "$gui" -ne 124 ] || grep -q "Traceback" "$elsewhere/gui.log"; then
  cat "$elsewhere/gui.log" >&2
  echo "the bundled window did not keep running (exit $gui)" >&2
  exit 1
fi
sed 's/^/  gui: /' "$elsewhere/gui.log" | head -20
# Positive evidence when there is some: the window records opened files in its settings.
if grep -rqF "$sample" "$elsewhere/config" 2>/dev/null; then
  echo "ok: window ran until stopped and opened the sample (in its recent files)"
else
  echo "ok: window ran until stopped (warning: its settings do not show the sample opened)"
fi
echo "bundle: ok (build ${build_seconds}s, size $bundle_size)"
