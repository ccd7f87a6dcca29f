"""Work around a PySide6 6.12.0 bug: every ``SignalInstance.emit()`` called from Python loses a
reference to ``True`` (the value it returns), so a long session or test run ends with
"Fatal Python error: bool_dealloc". Fixed by pinning PySide6 != 6.12.0; this guard only acts
when a probe shows the bug, so other versions are untouched.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def emit_loses_references() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def install() -> bool:
    """Patch ``SignalInstance.emit`` if this PySide6 has the bug; True when patched."""
    if getattr(SignalInstance.emit, "_timeline_app_fix", False) or not emit_loses_references():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    emit._timeline_app_fix = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True
