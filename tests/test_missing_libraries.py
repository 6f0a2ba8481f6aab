"""A system library Qt needs but cannot load is named with its Debian package, not as a traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from ncdesk import app

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")


@linux_only
def test_this_machine_has_what_qt_needs_offscreen() -> None:
    # The names in the table are the real ones: the README's packages (installed here) provide them all.
    assert app.missing_libraries("offscreen") == {}


@linux_only
def test_a_missing_library_is_named_with_its_package() -> None:
    missing = app.missing_libraries("offscreen", loadable=lambda name: name != "libGL.so.1")
    assert missing == {"libGL.so.1": "libgl1"}
    message = app.missing_libraries_message(missing)
    assert "libGL.so.1" in message and "sudo apt-get install -y libgl1" in message


@linux_only
def test_the_x11_libraries_are_needed_only_for_a_window_on_x11() -> None:
    def loadable(name: str) -> bool:
        return name not in ("libxcb-cursor.so.0", "libxkbcommon-x11.so.0")

    assert app.missing_libraries("offscreen", loadable=loadable) == {}
    missing = app.missing_libraries("xcb", loadable=loadable)
    assert missing == {"libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0"}
    assert "install -y libxkbcommon-x11-0 libxcb-cursor0" in app.missing_libraries_message(missing)


def test_the_platform_qt_will_use(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen:configfile=/x.json")
    assert app.qt_platform() == "offscreen"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    assert app.qt_platform() == "xcb"


@linux_only
def test_the_window_names_the_missing_x11_package_before_qt_starts(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt's own message would be a plugin traceback blaming "xcb-cursor0" for any missing library.
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    # Every other library there, whatever this machine has (one without libxcb-keysyms1 would
    # otherwise name two).
    monkeypatch.setattr(app, "_loadable", lambda name: name != "libxcb-icccm.so.4")
    assert app.run_gui(None) == 1
    err = capsys.readouterr().err
    assert "libxcb-icccm.so.4 is missing" in err and "sudo apt-get install -y libxcb-icccm4" in err
    assert "Traceback" not in err


@linux_only
def test_a_command_that_cannot_load_qt_names_the_package(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As `import PySide6.QtGui` fails on a machine without libGL (a briefing note needs Qt).
    def cli_main(argv: list[str] | None = None, window: Callable[[str | None], int] | None = None) -> int:
        raise ImportError("libGL.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr("ncdesk.cli.main", cli_main)
    assert app.main(["brief", "state", "Chad", "-o", "x.pdf"]) == 1
    err = capsys.readouterr().err
    assert "libGL.so.1" in err and "apt-get install -y libgl1" in err


def test_other_import_errors_are_not_disguised(monkeypatch: pytest.MonkeyPatch) -> None:
    def cli_main(argv: list[str] | None = None, window: Callable[[str | None], int] | None = None) -> int:
        raise ImportError("cannot import name 'x' from 'ncdesk.store'")

    monkeypatch.setattr("ncdesk.cli.main", cli_main)
    with pytest.raises(ImportError, match="cannot import name"):
        app.main([])
