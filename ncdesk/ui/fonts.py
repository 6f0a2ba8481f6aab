"""The fonts ncdesk ships (Noto Sans, with Arabic and Hebrew), loaded before any text is drawn.

On a machine without fonts Qt draws boxes and says nothing; with these loaded every window,
and later every PDF, has real letters in Latin, Cyrillic, Arabic and Hebrew scripts.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from ncdesk.paths import resource_path

FAMILY = "Noto Sans"
FALLBACKS = ["Noto Sans Arabic", "Noto Sans Hebrew"]


def load_fonts() -> list[str]:
    """Register the bundled fonts; returns the families loaded."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if FAMILY in families:
        QFont.insertSubstitutions(FAMILY, FALLBACKS)
    return sorted(set(families))


def default_font(point_size: int = 10) -> QFont:
    font = QFont(FAMILY, point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
