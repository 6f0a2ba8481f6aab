"""Document numbers of the Court, the Assembly and the United Nations.

ICC:  ``ICC-<situation>[-<case>]-<filing>[-Anx…][-Corr][-Red][-tENG|-ENG|-FRA]``
      (a situation ``ICC-02/05`` and a case ``ICC-02/05-01/09`` are numbers too).
ASP:  ``ICC-ASP/<session>/<number>[/Add.<n>]`` and resolutions ``ICC-ASP/<session>/Res.<n>``.
UN:   ``S/<year>/<number>``, ``S/RES/<number> (<year>)``, ``A/<session>/<number>``,
      ``A/RES/<session>/<number>``.

Parsing is strict: a malformed number is rejected with a message that says which part is
wrong and what the number should look like. `suggest()` offers the canonical spelling of
common slips (spaces, "Add1", "ICC/ASP").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from ncdesk.core.text import Message


class DocNumberError(ValueError):
    """A document number that does not follow its system's pattern."""


class DocSystem(StrEnum):
    ICC = "icc"
    ASP = "asp"
    UN = "un"


LANGUAGES = ("ENG", "FRA", "tENG", "tFRA", "ARB", "tARB", "SPA", "tSPA")

# A suffix after the filing number: annexes, corrigenda, redacted and confidential versions.
_SUFFIX = r"(?:Anx(?:[A-Z0-9]+)?(?:\.\d+)?|Corr\d*|Red\d*|Conf|Exp|Anx-Red|AnxA)"
_ICC = re.compile(
    r"^ICC-(?P<sit>\d{2}/\d{2})"
    r"(?:-(?P<case>\d{2}/\d{2}))?"
    r"(?:-(?P<filing>\d+)(?P<suffixes>(?:-" + _SUFFIX + r")*))?"
    r"(?:-(?P<lang>" + "|".join(LANGUAGES) + r"))?$"
)
_ASP = re.compile(r"^ICC-ASP/(?P<session>\d{1,2})/(?P<number>\d{1,3})(?:/Add\.(?P<add>\d+))?$")
_ASP_RES = re.compile(r"^ICC-ASP/(?P<session>\d{1,2})/Res\.(?P<res>\d{1,2})$")
_UN_S = re.compile(r"^S/(?P<year>\d{4})/(?P<number>\d{1,4})$")
_UN_SRES = re.compile(r"^S/RES/(?P<number>\d{1,4}) \((?P<year>\d{4})\)$")
_UN_A = re.compile(r"^A/(?P<session>\d{1,2})/(?P<number>L?\.?\d{1,4})(?:/Add\.\d+)?$")
_UN_ARES = re.compile(r"^A/RES/(?P<session>\d{1,2})/(?P<number>\d{1,4})$")


@dataclass(frozen=True)
class DocNumber:
    """A parsed document number; `text` is its canonical spelling."""

    system: DocSystem
    kind: str  # situation, case, filing | report, resolution | sc_document, sc_resolution, ga_document, ga_resolution
    text: str
    situation: str | None = None
    case: str | None = None
    filing: int | None = None
    suffixes: tuple[str, ...] = ()
    language: str | None = None
    session: int | None = None
    year: int | None = None
    number: str | None = None

    @property
    def base(self) -> str:
        """The number without its language variant: the same decision in any language."""
        if self.system is DocSystem.ICC and self.language:
            return self.text[: -(len(self.language) + 1)]
        return self.text

    @property
    def situation_number(self) -> str | None:
        return f"ICC-{self.situation}" if self.situation else None

    @property
    def case_number(self) -> str | None:
        return f"ICC-{self.situation}-{self.case}" if self.case else None

    @property
    def is_corrigendum(self) -> bool:
        return any(s.startswith("Corr") for s in self.suffixes)

    def __str__(self) -> str:
        return self.text


def parse(text: str) -> DocNumber:
    """Parse an ICC, ASP or UN document number, or raise `DocNumberError` saying what is wrong."""
    raw = text.strip()
    if not raw:
        raise DocNumberError(Message("no document number given"))
    if raw.upper().startswith("ICC-ASP") or raw.upper().startswith("ICC/ASP"):
        return parse_asp(raw)
    if raw.upper().startswith("ICC"):
        return parse_icc(raw)
    if raw.upper().startswith(("S/", "A/")):
        return parse_un(raw)
    raise DocNumberError(
        Message(
            "%1 is not a document number: expected ICC-02/05-01/09-309-ENG, ICC-ASP/23/31, "
            "ICC-ASP/23/Res.1, S/2016/716 or S/RES/1593 (2005)",
            repr(raw),
        )
    )


def _better(raw: str) -> str | None:
    """The spelling *raw* was probably meant as, for a "did you mean"."""
    better = suggest(raw)
    return better if better and better != raw else None


def parse_icc(text: str) -> DocNumber:
    raw = text.strip()
    m = _ICC.match(raw)
    if not m:
        why, better = _why_icc(raw), _better(raw)
        if better:
            raise DocNumberError(
                Message("%1 is not an ICC document number: %2 (did you mean %3?)", repr(raw), why, better)
            )
        raise DocNumberError(Message("%1 is not an ICC document number: %2", repr(raw), why))
    sit, case = m["sit"], m["case"]
    if _has_00(sit):
        raise DocNumberError(Message("%1: the situation part %2 cannot contain 00", repr(raw), repr(sit)))
    if case and _has_00(case):
        raise DocNumberError(Message("%1: the case part %2 cannot contain 00", repr(raw), repr(case)))
    filing = m["filing"]
    suffixes = tuple(s for s in (m["suffixes"] or "").split("-") if s)
    kind = "filing" if filing else ("case" if case else "situation")
    return DocNumber(
        system=DocSystem.ICC,
        kind=kind,
        text=raw,
        situation=sit,
        case=case,
        filing=int(filing) if filing else None,
        suffixes=suffixes,
        language=m["lang"],
    )


def _has_00(pair: str) -> bool:
    return any(int(x) == 0 for x in pair.split("/"))


def _why_icc(raw: str) -> Message:
    if " " in raw:
        return Message("it contains a space")
    if not re.match(r"^ICC-\d{2}/\d{2}", raw):
        return Message("it must start with ICC-<two digits>/<two digits>, e.g. ICC-02/05")
    tail = raw.rsplit("-", 1)[-1]
    if tail.upper() in {lang.upper() for lang in LANGUAGES} and tail not in LANGUAGES:
        return Message("write the language as %1", next(lang for lang in LANGUAGES if lang.upper() == tail.upper()))
    return Message("expected ICC-<situation>[-<case>]-<filing>[-Corr][-ENG|-FRA|-tENG], e.g. ICC-02/05-01/09-309-ENG")


def parse_asp(text: str) -> DocNumber:
    raw = text.strip()
    if m := _ASP.match(raw):
        session = int(m["session"])
        _check_session(session, raw)
        return DocNumber(DocSystem.ASP, "report", raw, session=session, number=m["number"])
    if m := _ASP_RES.match(raw):
        session = int(m["session"])
        _check_session(session, raw)
        return DocNumber(DocSystem.ASP, "resolution", raw, session=session, number=f"Res.{m['res']}")
    if better := _better(raw):
        raise DocNumberError(
            Message(
                "%1 is not an Assembly document number: expected ICC-ASP/<session>/<number> "
                "(ICC-ASP/23/31, ICC-ASP/15/31/Add.1) or ICC-ASP/<session>/Res.<n> (ICC-ASP/17/Res.5) "
                "(did you mean %2?)",
                repr(raw),
                better,
            )
        )
    raise DocNumberError(
        Message(
            "%1 is not an Assembly document number: expected ICC-ASP/<session>/<number> "
            "(ICC-ASP/23/31, ICC-ASP/15/31/Add.1) or ICC-ASP/<session>/Res.<n> (ICC-ASP/17/Res.5)",
            repr(raw),
        )
    )


def _check_session(session: int, raw: str) -> None:
    if not 1 <= session <= 60:
        raise DocNumberError(Message("%1: session %2 is out of range", repr(raw), session))


def parse_un(text: str) -> DocNumber:
    raw = text.strip()
    if m := _UN_S.match(raw):
        return DocNumber(DocSystem.UN, "sc_document", raw, year=_un_year(m["year"], raw), number=m["number"])
    if m := _UN_SRES.match(raw):
        return DocNumber(DocSystem.UN, "sc_resolution", raw, year=_un_year(m["year"], raw), number=m["number"])
    if m := _UN_ARES.match(raw):
        return DocNumber(DocSystem.UN, "ga_resolution", raw, session=int(m["session"]), number=m["number"])
    if m := _UN_A.match(raw):
        return DocNumber(DocSystem.UN, "ga_document", raw, session=int(m["session"]), number=m["number"])
    if better := _better(raw):
        raise DocNumberError(
            Message(
                "%1 is not a United Nations document number: expected S/<year>/<number> (S/2016/716), "
                "S/RES/<number> (<year>) (S/RES/1593 (2005)), A/<session>/<number> or A/RES/<session>/<number> "
                "(did you mean %2?)",
                repr(raw),
                better,
            )
        )
    raise DocNumberError(
        Message(
            "%1 is not a United Nations document number: expected S/<year>/<number> (S/2016/716), "
            "S/RES/<number> (<year>) (S/RES/1593 (2005)), A/<session>/<number> or A/RES/<session>/<number>",
            repr(raw),
        )
    )


def _un_year(year: str, raw: str) -> int:
    value = int(year)
    if not 1946 <= value <= 2200:
        raise DocNumberError(Message("%1: year %2 is out of range", repr(raw), value))
    return value


def suggest(text: str) -> str | None:
    """The canonical spelling of a number with a common slip, or None if no repair helps."""
    raw = text.strip()
    fixed = re.sub(r"\s+", "", raw) if not raw.upper().startswith("S/RES") else raw
    fixed = re.sub(r"^ICC/ASP", "ICC-ASP", fixed, flags=re.IGNORECASE)
    fixed = re.sub(r"^icc-", "ICC-", fixed, flags=re.IGNORECASE)
    fixed = re.sub(r"/Add(\d+)$", r"/Add.\1", fixed)
    fixed = re.sub(r"/Res(\d+)$", r"/Res.\1", fixed)
    fixed = re.sub(r"-(eng|fra)$", lambda m: "-" + m[1].upper(), fixed)
    fixed = re.sub(r"-teng$", "-tENG", fixed, flags=re.IGNORECASE)
    fixed = re.sub(r"-tfra$", "-tFRA", fixed, flags=re.IGNORECASE)
    fixed = re.sub(r"-corr", "-Corr", fixed, flags=re.IGNORECASE)
    m = re.match(r"^S/RES/(\d+)\s*\((\d{4})\)$", raw, flags=re.IGNORECASE)
    if m:
        fixed = f"S/RES/{m[1]} ({m[2]})"
    if fixed == raw:
        return None
    for pattern in (_ICC, _ASP, _ASP_RES, _UN_S, _UN_SRES, _UN_A, _UN_ARES):
        if pattern.match(fixed):
            return fixed
    return None


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except DocNumberError:
        return False
    return True
