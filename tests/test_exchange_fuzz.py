"""Fuzzing the whole receiving path: mutated packages through `sharing.preview` and
`sharing.receive`, as the command line and the window call them.

Two kinds of mutation: the sealed bytes (caught by the envelope: age, the signature), and the
signed body, re-sealed with the sender's real keys so that it passes the signature and reaches
`exchange.validate`, `plan` and `apply` (wrong types, missing keys, huge numbers, unknown tables
and fields, duplicate ids, bad versions, values a CHECK constraint refuses, references to
records that do not exist). Every package is either received or refused with a sentence
(PackageRefused, or a StoreError such as PackageContentError): never a traceback, and a refused
one writes nothing. 300 packages in CI; NCDESK_TORTURE=1 runs 10,000 and prints the outcomes.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import os
import random
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from ncdesk.io import package, sharing
from ncdesk.store.file.errors import StoreError
from ncdesk.store.file.schema import TABLES
from ncdesk.store.records import exchange
from ncdesk.store.records.alerts import create_alert
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests.exchange_helpers import laptop

TORTURE = bool(os.environ.get("NCDESK_TORTURE"))
COUNT = 10_000 if TORTURE else 300

ODD_VALUES: list[Any] = [
    None, 0, -1, 1.5, True, "", "x" * 5000, 2**63, -(2**63) - 1, 10**400, [], {}, [1, 2], {"a": 1},
    "2031-02-30", "not-a-uuid", str(uuid.uuid4()), "\u0000", "ICC-99/99", float("inf"),
]  # fmt: skip
ODD_DOTS: list[Any] = [[], None, [[]], [["x", 1]], [[str(uuid.uuid4()), 1]], [[1, 1]], [["a", 1.5]], {}, "d",
                       [[str(uuid.uuid4()), 2**70]]]  # fmt: skip
ODD_VVS: list[Any] = [{}, {"x": 1}, {str(uuid.uuid4()): 0}, {str(uuid.uuid4()): -5}, {str(uuid.uuid4()): 2**70},
                      [], None, "1", {str(uuid.uuid4()): True}, {str(uuid.uuid4()): 1.5}]  # fmt: skip


def written(store: Store) -> str:
    """What a receive would change: every record table's rows go through the change log (its
    triggers), and the exchange's own tables."""
    parts: list[Any] = [store.db.execute("SELECT count(*), coalesce(max(seq), 0) FROM change_log").fetchone()]
    for table in ("field_version", "tombstone", "received_package", "exchange_conflict", "contact"):
        parts.append(sorted(repr(r) for r in store.db.execute(f"SELECT * FROM {table}")))
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        node = node[key]
    return node


def mutate_body(body: dict[str, Any], rng: random.Random, persons: list[str]) -> tuple[dict[str, Any], str]:
    """One or a few mutations of the body; the name of the last one."""
    out = copy.deepcopy(body)
    out["package"] = str(uuid.uuid4())  # a new package each time, or most would be "already received"
    kind = ""
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        records = out.get("records") if isinstance(out.get("records"), list) else []
        recs = [r for r in records if isinstance(r, dict) and isinstance(r.get("fields"), dict)]
        kind = rng.choice(["any_value", "delete_key", "field_value", "field_value", "field_vv", "unknown_table",
                           "unknown_field", "record_version", "duplicate_id", "missing_reference", "swap_id",
                           "tombstone", "top_value", "drop_record", "newer_format"])  # fmt: skip
        if kind == "any_value":
            path = rng.choice(_paths(out)[1:])
            _get(out, path[:-1])[path[-1]] = rng.choice(ODD_VALUES)
        elif kind == "delete_key":
            path = rng.choice([p for p in _paths(out)[1:] if isinstance(_get(out, p[:-1]), dict)])
            del _get(out, path[:-1])[path[-1]]
        elif kind in ("field_value", "field_vv") and recs:
            rec = rng.choice(recs)
            if rec["fields"]:
                name = rng.choice(sorted(rec["fields"]))
                pair = rec["fields"][name]
                if isinstance(pair, list) and len(pair) in (1, 3):
                    default = rec.get("version")
                    base = pair[1] if len(pair) == 3 else default[0] if isinstance(default, list) and default else {}
                    if kind == "field_value":
                        pair[0] = rng.choice(ODD_VALUES)
                        # a later version, so that an update reaches the database
                        if isinstance(base, dict) and rng.random() < 0.7:
                            later = {k: v + 1 for k, v in base.items() if isinstance(v, int)} or {body["sender"]: 2**40}
                            pair[1:] = [later, [[k, v] for k, v in later.items()][:1]]
                    else:
                        pair[1:] = [rng.choice(ODD_VVS), rng.choice(ODD_DOTS)]
        elif kind == "record_version" and recs:
            rng.choice(recs)["version"] = rng.choice([*ODD_VVS, *ODD_DOTS, [{}, []], [{"x": 1}, [["x", 1]]]])
        elif kind == "unknown_table" and recs:
            rng.choice(recs)["table"] = rng.choice(["nope", "sqlite_master", "contact", "meta", "change_log"])
        elif kind == "unknown_field" and recs:
            rng.choice(recs)["fields"][rng.choice(["nope", "id", "rowid", "x; DROP TABLE person"])] = [1]
        elif kind == "duplicate_id" and len(recs) >= 2:
            a, b = rng.sample(recs, 2)
            b["id"] = a["id"]
        elif kind == "missing_reference" and recs:
            rec = rng.choice(recs)
            refs = [f for f, pair in rec["fields"].items() if f.endswith("_id") and isinstance(pair, list) and pair]
            if refs:
                rec["fields"][rng.choice(refs)][0] = rng.choice([str(uuid.uuid4()), rng.choice(persons)])
        elif kind == "swap_id" and recs:
            rng.choice(recs)["id"] = rng.choice([str(uuid.uuid4()), rng.choice(persons), ref_id("state", "MNG")])
        elif kind == "tombstone" and recs:
            victim = rng.choice([*[r.get("id") for r in recs], rng.choice(persons), str(uuid.uuid4())])
            table = rng.choice([*TABLES, "nope"])
            out.setdefault("tombstones", [])
            if isinstance(out["tombstones"], list):
                out["tombstones"].append(
                    {"id": victim, "table": table, "vv": rng.choice([*ODD_VVS, {body["sender"]: 2**45}])}
                )
        elif kind == "top_value":
            key = rng.choice(["format", "format_version", "sender", "sender_name", "created_at", "created_hlc",
                              "received", "records", "tombstones", "recipients", "reference_version"])  # fmt: skip
            out[key] = rng.choice(ODD_VALUES)
        elif kind == "drop_record" and recs:
            records.remove(rng.choice(recs))
        elif kind == "newer_format":
            out["format_version"] = rng.choice([2, 99, 2**40])
    return out, kind


def mutate_bytes(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    kind = rng.choice(["flip", "truncate", "insert", "delete", "splice", "garbage"])
    buf = bytearray(data)
    at = rng.randrange(len(buf))
    if kind == "flip":
        buf[at] ^= 1 << rng.randrange(8)
    elif kind == "truncate":
        del buf[at:]
    elif kind == "insert":
        buf[at:at] = os.urandom(rng.randint(1, 64))
    elif kind == "delete":
        del buf[at : at + rng.randint(1, 64)]
    elif kind == "splice":
        other = rng.randrange(len(buf))
        buf[at:at + 32], buf[other:other + 32] = buf[other:other + 32], buf[at:at + 32]  # fmt: skip
    else:
        buf = bytearray(rng.randbytes(rng.randint(0, 2000)))
    return bytes(buf), kind


def test_mutated_packages_are_received_or_refused_with_a_sentence(tmp_path: Path, reference_db: Path) -> None:
    mx, pl = laptop(tmp_path, reference_db, "Mexico"), laptop(tmp_path, reference_db, "Poland")
    sharing.add_card(mx, package.card_text(sharing.my_card(pl)), verified=True)
    sharing.add_card(pl, package.card_text(sharing.my_card(mx)), verified=True)
    persons = [mx.insert("person", {"name": f"Person {i}"}) for i in range(3)]
    for n, state in enumerate(("MNG", "HUN", "TJK")):
        create_alert(
            mx,
            {"person_id": ref_id("person", "vladimir-putin") if n else persons[0], "date": f"2030-0{n + 1}-02",
             "reliability": "probable", "source_description": "cable", "destinations": [ref_id("state", state)]},
            at=dt.date(2026, 11, 2),
        )  # fmt: skip
    base = sharing.share(mx, ["Poland"])
    body = base.outgoing.body
    keys, to = sharing.keys_of(mx), [sharing.card_of_contact(c) for c in base.recipients]
    rng = random.Random(20261123)
    outcomes: Counter[str] = Counter()
    for n in range(COUNT):
        if n % 3 == 0:
            data, kind = mutate_bytes(base.data, rng)
            kind = "bytes:" + kind
        else:
            mutated, kind = mutate_body(body, rng, persons)
            try:
                raw = json.dumps(mutated, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            except ValueError:  # inf: not JSON; send it as Python would write it
                raw = json.dumps(mutated, separators=(",", ":"), allow_nan=True).encode("utf-8")
            data = package.seal(raw, keys, recipients=to)
            kind = "body:" + kind
        before = written(pl)
        try:
            plan = sharing.preview(pl, data)
            sharing.receive(pl, plan, take=rng.choice(("mine", "theirs")))
        except package.PackageRefused as exc:
            outcomes[f"refused ({exc.reason})"] += 1
            assert str(exc) and written(pl) == before, kind
            continue
        except StoreError as exc:
            name = "content" if isinstance(exc, exchange.PackageContentError) else type(exc).__name__
            outcomes[f"refused ({name})"] += 1
            assert str(exc) and written(pl) == before, (kind, str(exc))
            continue
        outcomes["already received" if plan.already else "received"] += 1
    assert pl.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert pl.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert outcomes["received"] > 0 and sum(v for k, v in outcomes.items() if k.startswith("refused")) > 0
    if TORTURE:
        print(f"\n{COUNT} mutated packages: " + ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items())))
    mx.close()
    pl.close()
