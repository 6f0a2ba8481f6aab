"""The wording and layout of exported documents: resources/templates/, overridable from the
data folder's templates/ (a key the user's copy leaves out keeps the shipped value)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ncdesk import paths

NAME = "briefing.toml"


@dataclass
class Template:
    layout: dict[str, Any] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)
    folder: Path = field(default_factory=lambda: paths.resource_path("templates"))

    def word(self, key: str) -> str:
        return self.words.get(key, key.replace("_", " ").capitalize())

    def logo_path(self) -> Path | None:
        name = str(self.layout.get("logo") or "")
        if not name:
            return None
        for folder in (self.folder, paths.resource_path("templates")):
            candidate = folder / name
            if candidate.is_file():
                return candidate
        return None


def load_template(data_folder: Path | None = None) -> Template:
    shipped_dir = paths.resource_path("templates")
    with (shipped_dir / NAME).open("rb") as fh:
        shipped = tomllib.load(fh)
    layout = dict(shipped.get("layout", {}))
    words = dict(shipped.get("words", {}))
    folder = shipped_dir
    if data_folder is not None:
        own = data_folder / "templates" / NAME
        if own.is_file():
            try:
                with own.open("rb") as fh:
                    mine = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise ValueError(f"{own}: {exc}") from None
            layout.update(mine.get("layout", {}))
            words.update({k: str(v) for k, v in mine.get("words", {}).items()})
            folder = own.parent
    return Template(layout=layout, words=words, folder=folder)
