"""The text of an attached file, extracted offline so that the global search finds it.

PDF through QtPdf (part of ncdesk's own dependencies, no network, no external program);
Word (.docx) and OpenDocument text by reading their XML; plain text as it is. Anything
else has no text, which is fine: the file is still attached.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

MAX_CHARS = 2_000_000
MAX_XML_BYTES = 50_000_000  # refuse to inflate more than this from an archive (zip bombs)

PLAIN = {".txt", ".md", ".csv", ".tsv", ".json", ".xml", ".html", ".htm", ".eml"}


def extract_text(path: Path) -> str:
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
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPdf import QPdfDocument

    if QCoreApplication.instance() is None:
        raise RuntimeError("PDF text extraction needs a Qt application")
    doc = QPdfDocument()
    try:
        if doc.load(str(path)) != QPdfDocument.Error.None_:
            return ""
        parts: list[str] = []
        size = 0
        for page in range(doc.pageCount()):
            text = doc.getAllText(page).text()
            parts.append(text)
            size += len(text)
            if size > MAX_CHARS:
                break
        return "\n".join(parts)[:MAX_CHARS]
    finally:
        doc.close()
