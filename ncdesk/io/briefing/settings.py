"""The export defaults chosen in Settings (classification marking, paper), read without Qt.

The window keeps them in settings.ini in the data folder (QSettings, INI format); the command
line reads the same file, so both export the same way.
"""

from __future__ import annotations

import configparser
from pathlib import Path

from ncdesk.io.briefing.templates import load_template


def export_defaults(folder: Path) -> tuple[str, str]:
    """(marking, paper): Settings first, then the template's defaults."""
    template = load_template(folder)
    marking = str(template.layout.get("default_marking", "Restricted"))
    paper = str(template.layout.get("default_paper", "a4"))
    ini = folder / "settings.ini"
    if ini.is_file():
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(ini, encoding="utf-8")
        except configparser.Error:
            return marking, paper
        if parser.has_section("export"):
            marking = parser.get("export", "marking", fallback=marking) or marking
            paper = parser.get("export", "paper", fallback=paper) or paper
    return marking, paper if paper in ("a4", "letter") else "a4"
