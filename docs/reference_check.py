"""The second pass over the docket's new facts (issue 20): list them, draw a random fifth.

A fact is one dated or named field of a situation, case, person or warrant record that is new
or changed since the base commit (3dc6c99, the commit that opened the regions for the docket's
work): a situation's trigger, referral and opening dates; a case's number and persons; a
person's name, nationality, status and status_since; a warrant's kind, issue date, unsealing
date, document number, status and status_since.

    python docs/reference_check.py            # the drawn fifth, one fact a line
    python docs/reference_check.py --all      # every new fact
    python docs/reference_check.py --numbers  # every ICC-… number cited by a new record
    python docs/reference_check.py --tally docs/reference_check_2026-12-07.md  # the figures of a pass's checklist

The draw is random.Random(20261207).sample over the facts in file order, so the same files
give the same draw; a later release that changes the files changes the list, not the rule.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import tomllib
from pathlib import Path
from typing import Any

BASE = "3dc6c99"
SEED = 20261207
ROOT = Path(__file__).resolve().parent.parent
REF = "resources/reference"

SITUATION_FIELDS = ("trigger", "referred_on", "referred_by", "sc_resolution", "investigation_opened_on")
CASE_FIELDS = ("icc_number", "persons")
PERSON_FIELDS = ("name", "nationality", "status", "status_since")
WARRANT_FIELDS = ("kind", "issued_on", "unsealed_on", "icc_document", "status", "status_since")

Fact = tuple[str, str, str, str]  # (file, record, field, value)


def _now(name: str) -> dict[str, Any]:
    return tomllib.loads((ROOT / REF / name).read_text(encoding="utf-8"))


def _then(name: str, base: str) -> dict[str, Any]:
    text = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{base}:{REF}/{name}"], check=True, capture_output=True, text=True
    ).stdout
    return tomllib.loads(text)


def _new(now: dict[str, Any], then: dict[str, Any] | None, fields: tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    for f in fields:
        if f in now and (then is None or then.get(f) != now[f]):
            v = now[f]
            out.append((f, ", ".join(map(str, v)) if isinstance(v, list) else str(v)))
    return out


def _warrant_id(w: dict[str, Any]) -> str:
    return f"{w.get('kind', '?')} {w.get('issued_on', '?')}"


def new_facts(base: str = BASE) -> list[Fact]:
    facts: list[Fact] = []
    sit_now, sit_then = _now("situations.toml"), _then("situations.toml", base)
    old_sits = {s["icc_number"]: s for s in sit_then.get("situation", [])}
    for s in sit_now.get("situation", []):
        for f, v in _new(s, old_sits.get(s["icc_number"]), SITUATION_FIELDS):
            facts.append(("situations.toml", s["icc_number"], f, v))
    old_cases = {c["icc_number"]: c for c in sit_then.get("case", [])}
    for c in sit_now.get("case", []):
        for f, v in _new(c, old_cases.get(c["icc_number"]), CASE_FIELDS):
            facts.append(("situations.toml", c["icc_number"], f, v))
    per_now, per_then = _now("persons.toml"), _then("persons.toml", base)
    old_persons = {p["key"]: p for p in per_then.get("person", [])}
    for p in per_now.get("person", []):
        old = old_persons.get(p["key"])
        for f, v in _new(p, old, PERSON_FIELDS):
            facts.append(("persons.toml", p["key"], f, v))
        old_ws = old.get("warrants", []) if old else []
        for i, w in enumerate(p.get("warrants", [])):
            old_w = old_ws[i] if i < len(old_ws) else None
            for f, v in _new(w, old_w, WARRANT_FIELDS):
                facts.append(("persons.toml", f"{p['key']} warrant {i + 1} ({_warrant_id(w)})", f, v))
    return facts


def draw(facts: list[Fact], seed: int = SEED) -> list[Fact]:
    """A fifth of the facts (rounded up), in file order."""
    picked = set(random.Random(seed).sample(range(len(facts)), -(-len(facts) // 5)))
    return [f for i, f in enumerate(facts) if i in picked]


NUMBER = re.compile(
    r"ICC-(?:CPI|OTP)(?:-BN)?-\d{8}-(?:PR)?\d+"  # press releases and OTP statements
    r"|ICC-(?:PIDS|Q&A)-[A-Z]+-[0-9A-Za-z/_-]*[0-9A-Za-z]"  # case information sheets, Q&As
    r"|ICC-\d\d/\d\d(?:-\d\d/\d\d)?-[0-9A-Za-z-]*[0-9A-Za-z](?![/\w])"  # filings (not bare case numbers)
)


def cited_numbers(base: str = BASE) -> list[tuple[str, str]]:
    """Every press-release and ICC document number in a line added since the base commit."""
    diff = subprocess.run(
        [
            "git",
            "-C",
            str(ROOT),
            "diff",
            "-U0",
            base,
            "--",
            f"{REF}/persons.toml",
            f"{REF}/situations.toml",
            f"{REF}/sources.toml",
            f"{REF}/state_notes.toml",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    seen: dict[str, set[str]] = {}
    current = ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            current = line.rsplit("/", 1)[-1]
        elif line.startswith("+") and not line.startswith("+++"):
            for m in NUMBER.finditer(line):
                seen.setdefault(m.group(0), set()).add(current)
    return sorted((n, ", ".join(sorted(files))) for n, files in seen.items())


def tally(checklist: Path, base: str = BASE) -> dict[str, int]:
    """Count a pass's checklist (a Markdown table, one row per drawn fact) and check that it lists the draw.

    Columns: # | file | record | field | value | checked | result | source. `checked` is "yes" or "no";
    `result` starts with "right", "wrong" or "disputed", and says "corrected" when the TOML was mended.
    """
    drawn = draw(new_facts(base))
    rows: list[list[str]] = []
    for line in checklist.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 8 and cells[0].isdigit():
            rows.append(cells)
    problems = []
    if len(rows) != len(drawn):
        problems.append(f"{len(rows)} rows for {len(drawn)} drawn facts")
    for n, (row, fact) in enumerate(zip(rows, drawn, strict=False), 1):
        if row[0] != str(n) or tuple(row[1:4]) != fact[:3]:
            problems.append(f"row {row[0]} is not drawn fact {n} ({' '.join(fact[:3])})")
    if problems:
        raise SystemExit("checklist does not match the draw: " + "; ".join(problems))
    checked = [r for r in rows if r[5].lower().startswith("yes")]
    return {
        "drawn": len(rows),
        "checked": len(checked),
        "checked by the first pass": sum("first pass" in r[5].lower() for r in checked),
        "right": sum(r[6].lower().startswith("right") for r in checked),
        "wrong": sum(r[6].lower().startswith("wrong") for r in checked),
        "corrected": sum("corrected" in r[6].lower() for r in checked),
        "disputed": sum(r[6].lower().startswith("disputed") for r in checked),
        "not checked": len(rows) - len(checked),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="list every new fact, not only the drawn fifth")
    parser.add_argument("--numbers", action="store_true", help="list the ICC numbers the new lines cite")
    parser.add_argument("--tally", type=Path, metavar="CHECKLIST", help="count a pass's checklist against the draw")
    parser.add_argument("--base", default=BASE)
    args = parser.parse_args()
    if args.tally:
        for what, count in tally(args.tally, args.base).items():
            print(f"{what}\t{count}")
        return
    if args.numbers:
        for number, where in cited_numbers(args.base):
            print(f"{number}\t{where}")
        return
    facts = new_facts(args.base)
    shown = facts if args.all else draw(facts)
    for n, (file, record, field, value) in enumerate(shown, 1):
        print(f"{n}\t{file}\t{record}\t{field}\t{value}")
    print(f"# {len(facts)} new facts since {args.base}; {len(draw(facts))} drawn with random.Random({SEED})")


if __name__ == "__main__":
    main()
