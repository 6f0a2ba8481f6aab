"""Emitting Qt signals from Python, safely.

PySide6 6.12.0 has a reference-counting bug: `SignalInstance.emit()` returns `True` without
taking a reference to it, so every emit from Python code lowers the interpreter's count of
`True` by one. After a few thousand emits `True` is "freed" and Python aborts ("Fatal Python
error: bool_dealloc"), in a long session or at exit. Every emit in ncdesk goes through
`emit()` below, which gives the missing reference back, and only when this PySide6 has the
bug (checked once, at first use).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_leaks: bool | None = None


class _Probe(QObject):
    fired = Signal()


def emit_leaks() -> bool:
    """Does `SignalInstance.emit()` drop a reference to its result in this PySide6?"""
    global _leaks
    if _leaks is None:
        probe = _Probe()
        before = sys.getrefcount(True)
        for _ in range(16):
            probe.fired.emit()
        after = sys.getrefcount(True)
        _leaks = after < before
        if _leaks:  # give back what the probe took
            for _ in range(before - after):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return _leaks


def emit(signal: SignalInstance, *args: object) -> None:
    """`signal.emit(*args)`, without PySide6 6.12.0's reference leak."""
    # PySide6's stub says emit() returns None; 6.12.0 returns the bool whose reference it drops.
    result = signal.emit(*args)  # type: ignore[func-returns-value]
    if isinstance(result, bool) and emit_leaks():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
