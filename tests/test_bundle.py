"""The installable application: the PyInstaller bundle built by packaging/build runs with no
Python (a clean environment, no virtualenv), writes the notes, the report and the exports, and
carries what it needs and nothing it does not; the icon, desktop entry and AppStream data agree."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from ncdesk import __version__
from ncdesk.app import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = sys.platform.startswith("linux")


# --- The icon, the desktop entry, the AppStream data (no build needed) ---------------------------


def test_desktop_entry_and_metainfo_name_the_app_its_icon_and_version() -> None:
    desktop = (ROOT / "resources" / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in desktop and "Exec=ncdesk\n" in desktop and "StartupWMClass=ncdesk\n" in desktop
    metainfo = (ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    newest = re.search(r'<release version="([^"]+)"', metainfo)
    assert newest and newest.group(1) == __version__, "add a <release> for the new version to the metainfo"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"ncdesk-{__version__}-linux-x86_64.tar.gz" in readme, "the README's install command names the archive"


@pytest.mark.parametrize(
    ("tool", "name"),
    [("desktop-file-validate", f"{APP_ID}.desktop"), ("appstreamcli", f"{APP_ID}.metainfo.xml")],
)
def test_desktop_files_validate(tool: str, name: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    command = [tool, "validate", "--no-net"] if tool == "appstreamcli" else [tool]
    result = subprocess.run([*command, str(ROOT / "resources" / "linux" / name)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_installer_icons_hold_every_size() -> None:
    ico = (ROOT / "packaging" / "icons" / "ncdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1)
    sides = [struct.unpack_from("<B", ico, 6 + 16 * i)[0] or 256 for i in range(count)]
    assert {16, 32, 48, 256} <= set(sides)
    icns = (ROOT / "packaging" / "icons" / "ncdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    kinds, at = set(), 8
    while at < len(icns):
        kinds.add(icns[at : at + 4])
        at += struct.unpack_from(">I", icns, at + 4)[0]
    assert {b"icp4", b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_the_window_icon_loads(qapp: object) -> None:
    from PySide6.QtGui import QIcon

    from ncdesk.paths import resource_path

    icon = QIcon(str(resource_path("icons", "ncdesk.svg")))
    assert not icon.isNull() and not icon.pixmap(32, 32).isNull()


# --- The bundle ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """packaging/build, once per session, into a temporary folder: the program's folder."""
    if not LINUX:
        pytest.skip("the bundle is built and tested on Linux here")
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is missing: the [test] extra installs it")
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build"), str(out)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    yield out / "ncdesk"


def run_bundled(program: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The bundled ncdesk in an environment with no Python in it: no virtualenv, no PYTHONPATH."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(program / "ncdesk"), "--data-dir", str(home / "data"), *args],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
    )


def pdf_text(path: Path) -> str:
    """The PDF's words, NFKC-normalised (ligatures) and separated by single spaces."""
    text = unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))
    return " ".join(text.split())


@pytest.mark.timeout(900)
def test_the_bundle_writes_a_briefing_note(bundle: Path, tmp_path: Path) -> None:
    version = run_bundled(bundle, tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"ncdesk {__version__}"
    init = run_bundled(bundle, tmp_path, "init")
    assert init.returncode == 0, init.stderr
    brief = run_bundled(bundle, tmp_path, "brief", "state", "Hungary", "-o", "hungary.pdf", "--marking", "Restricted")
    assert brief.returncode == 0, brief.stderr
    assert brief.stderr == ""  # no Qt or fontconfig complaint
    text = pdf_text(tmp_path / "hungary.pdf")
    assert "Briefing note: Hungary" in text and "RESTRICTED" in text.upper()
    assert "Eastern European States" in text


@pytest.mark.timeout(900)
def test_the_bundle_writes_the_report_the_exports_and_encrypts(bundle: Path, tmp_path: Path) -> None:
    assert run_bundled(bundle, tmp_path, "init").returncode == 0
    steps = [
        ("report", "--from", "2024-12-01", "--to", "2025-11-26", "-o", "report.pdf"),
        ("report", "--from", "2024-12-01", "--to", "2025-11-26", "-o", "report.docx", "--marking", "Public"),
        ("brief", "person", "Putin", "-o", "putin.docx"),
        ("brief", "state", "Hungary", "-o", "hongrie.pdf", "--lang", "fr"),
        ("export", "--format", "json", "-o", "all.json"),
        ("export", "--format", "xlsx", "-o", "tables.xlsx"),
        ("calendar", "-o", "visits.ics"),
    ]
    for step in steps:
        result = run_bundled(bundle, tmp_path, *step)
        assert result.returncode == 0, f"{step}: {result.stderr}"
    assert "Bureau" in pdf_text(tmp_path / "report.pdf")
    assert "Note d'information" in pdf_text(tmp_path / "hongrie.pdf")  # the translations are bundled
    assert (tmp_path / "report.docx").read_bytes()[:2] == b"PK"
    exported = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert "Hungary" in json.dumps(exported, ensure_ascii=False)
    assert (tmp_path / "visits.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    # SQLCipher, Argon2 and cryptography, bundled.
    (tmp_path / "pass").write_text("correct horse battery staple\n", encoding="utf-8")
    encrypt = run_bundled(bundle, tmp_path, "encrypt", "--new-passphrase-file", "pass")
    assert encrypt.returncode == 0, encrypt.stderr
    search = run_bundled(bundle, tmp_path, "--passphrase-file", "pass", "search", "Hungary")
    assert search.returncode == 0 and "Hungary" in search.stdout, search.stderr


@pytest.mark.timeout(900)
def test_the_bundled_window_starts(bundle: Path, tmp_path: Path) -> None:
    assert run_bundled(bundle, tmp_path, "init").returncode == 0
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen(
        [str(bundle / "ncdesk"), "--data-dir", str(tmp_path / "data")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window.wait(timeout=6)  # it must still be showing the window then
    except subprocess.TimeoutExpired:
        window.terminate()
    out, err = window.communicate(timeout=30)
    assert window.returncode < 0, f"the window exited by itself ({window.returncode}): {err}"
    assert "Traceback" not in err and "qt.qpa" not in err, err


@pytest.mark.timeout(900)
def test_the_bundle_carries_what_it_needs_and_nothing_more(bundle: Path) -> None:
    internal = bundle / "_internal"
    files = {str(p.relative_to(internal)) for p in internal.rglob("*")}
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "platforms/libqwayland.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
        "wayland-shell-integration/libxdg-shell.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    unwanted = re.compile(r"Qt6(Network|Qml|Quick|WebEngine|OpenGL|Pdf|Designer)|libqgtk3|libqvnc|libqeglfs|libgtk")
    assert not [f for f in files if unwanted.search(f)]
    for needed in (
        "resources/reference/states.csv",
        "resources/fonts/NotoSans-Regular.ttf",
        "resources/templates/letter.docx",
        "resources/templates/briefing.toml",
        "resources/icons/ncdesk.svg",
        "docx/templates/default.docx",
        "fontconfig/fonts.conf",
        "resources/translations/ncdesk_fr.ts",
        "PySide6/Qt/translations/qtbase_ar.qm",
    ):
        assert needed in files, needed
    assert "resources/translations/ncdesk_ar.ts" in files  # the window and the exports read their words from it
    assert "PySide6/Qt/translations/qtbase_de.qm" not in files
    assert any(f.startswith("sqlcipher3/_sqlite3") for f in files)
    assert any(f.startswith("_cffi_backend") for f in files)
    assert any(f.startswith("_argon2_cffi_bindings/") for f in files)
    assert (bundle / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    archive = bundle.parent / f"ncdesk-{__version__}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert {"ncdesk/ncdesk", "ncdesk/install-desktop-entry", "ncdesk/_internal/resources/icons/ncdesk.svg"} <= names


@pytest.mark.timeout(900)
def test_the_menu_entry_installs_for_the_user(bundle: Path, tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")}
    subprocess.run([str(bundle / "install-desktop-entry")], env=env, check=True, capture_output=True)
    entry = (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle}/ncdesk"' in entry
    assert (tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    subprocess.run([str(bundle / "install-desktop-entry"), "--remove"], env=env, check=True, capture_output=True)
    assert not (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").exists()
