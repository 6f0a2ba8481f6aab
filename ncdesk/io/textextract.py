"""The text of an attached file, extracted offline so that the global search finds it.

PDF through pypdf (pure Python, no network, no external program);
Word (.docx) and OpenDocument text by reading their XML; plain text as it is. Anything
else has no text, which is fine: the file is still attached.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

MAX_CHARS = 2_000_000
MAX_XML_BYTES = 50_000_000  # refuse to inflate more than this from an archive (zip bombs)

PLAIN = {".txt", ".md", ".csv", ".tsv", ".json", ".xml", ".html", ".htm", ".eml"}


def extract_text(path: Path) -> str:
    """The file's text, NFKC-normalised (ligatures such as "ﬁ" become "fi", so search finds them)."""
    return unicodedata.normalize("NFKC", _extract(path)).replace("\t", " ")


def _extract(path: Path) -> str:
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            return _pdf(path)
        if suffix in (".docx", ".odt"):
            return _zipped_xml(path, "word/document.xml" if suffix == ".docx" else "content.xml")
        if suffix in PLAIN:
            return path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    except (OSError, ValueError, zipfile.BadZipFile, RuntimeError):
        return ""
    return ""


def _zipped_xml(path: Path, member: str) -> str:
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
        if info.file_size > MAX_XML_BYTES:
            return ""
        xml = archive.read(member).decode("utf-8", errors="replace")
    xml = re.sub(r"</(w:p|text:p|text:h)>", "\n", xml)
    text = re.sub(r"<[^>]+>", "", xml)
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text[:MAX_CHARS]


def _pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        parts: list[str] = []
        size = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size > MAX_CHARS:
                break
    except (PdfReadError, Exception):  # noqa: BLE001 - a damaged PDF has no text; the file is still attached
        return ""
    return "\n".join(parts)[:MAX_CHARS]
