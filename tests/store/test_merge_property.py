"""Issue 24's property (24b): three laptops log the same visits independently, take steps, share
with the Court and record letters on their own alerts, exchange packages in any order, and merge
the duplicates on any of them, two at once sometimes. When everyone has received everything,
their records are identical, each visit is one live alert on every laptop once its duplicates
are merged, and no step, share or letter was lost (each still exists and leads to a live alert).

Conflicts are decided as every laptop would decide them alike (the value that sorts higher), as
in test_exchange_property.py, so that the group converges without a person at each laptop.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import seed
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from ncdesk.core.alerts import StepError
from ncdesk.store.records import exchange, exchange_out, exchange_peers, merge
from ncdesk.store.records.alerts import create_alert, record_letter, share_with_court, take_step
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests import encrypted_mode as enc
from tests.exchange_helpers import run_laptops

NAMES = ("Mexico", "Poland", "Vanuatu")
PUTIN = ref_id("person", "vladimir-putin")
VISITS = {"TJK": "2030-10-08/2030-10-10", "HUN": "2030-04-03/2030-04-06"}
EXTRA = (None, "KAZ", "MNG")
LETTER = {
    "sender_name": "Päivi Kaukoranta",
    "sender_office": "President of the Assembly",
    "addressee_office": "Minister",
}
FIGURES: Counter[str] = Counter()
CHILDREN = ("alert_step", "court_share", "letter")


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(milliseconds=700)
        return self.now


class Merging(RuleBasedStateMachine):
    tmp: Path
    reference_db: Path

    def __init__(self) -> None:
        super().__init__()
        self.root = self.tmp / uuid.uuid4().hex[:8]
        self.root.mkdir()
        clock = Clock()
        self.stores: list[Store] = []
        self.ids: list[str] = []
        for name in NAMES:
            folder = self.root / name
            folder.mkdir()
            shutil.copyfile(self.reference_db, folder / "ncdesk.sqlite3")
            s = enc.open_plain(folder, clock=clock, load_reference=False)
            me = str(uuid.uuid4())
            exchange_peers.save_identity(s, me, f"{name} — focal point", os.urandom(32), "AGE-SECRET-KEY-TEST")
            self.stores.append(s)
            self.ids.append(me)
        for i, s in enumerate(self.stores):
            for j, other in enumerate(self.ids):
                if i != j:
                    exchange_peers.add_contact(s, other, other, os.urandom(32), "age1test", "card")
        self.visit_of: dict[str, str] = {}  # alert → visit
        self.children: list[tuple[str, str]] = []  # (table, id) of every step, share and letter made
        self.mail: list[tuple[list[int], dict[str, Any]]] = []

    def teardown(self) -> None:
        for s in self.stores:
            s.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def _live(self, i: int, visit: str | None = None) -> list[str]:
        s = self.stores[i]
        return [
            a
            for a, v in self.visit_of.items()
            if (visit is None or v == visit) and s.get("travel_alert", a) is not None
        ]

    def _made(self, i: int, table: str, before: set[str]) -> None:
        now = {r[0] for r in self.stores[i].db.execute(f"SELECT id FROM {table}")}
        self.children += [(table, rid) for rid in sorted(now - before)]

    def _ids(self, i: int, table: str) -> set[str]:
        return {r[0] for r in self.stores[i].db.execute(f"SELECT id FROM {table}")}

    # --- local work ------------------------------------------------------------------------

    @precondition(lambda self: len(self.visit_of) < 7)
    @rule(i=st.integers(0, 2), visit=st.sampled_from(tuple(VISITS)), extra=st.sampled_from(EXTRA))
    def log_visit(self, i: int, visit: str, extra: str | None) -> None:
        states = [visit] if extra is None else [visit, extra]
        before = self._ids(i, "alert_step")
        alert = create_alert(
            self.stores[i],
            {"person_id": PUTIN, "date": VISITS[visit], "reliability": "probable", "source_description": NAMES[i],
             "notes": f"logged in {NAMES[i]}", "destinations": [ref_id("state", s) for s in states]},
            at=dt.date(2026, 11, 2),
        )  # fmt: skip
        self.visit_of[alert] = visit
        self._made(i, "alert_step", before)

    @precondition(lambda self: self.visit_of)
    @rule(i=st.integers(0, 2), n=st.integers(0, 99), what=st.sampled_from(("step", "share", "letter")))
    def work(self, i: int, n: int, what: str) -> None:
        alive = self._live(i)
        if not alive:
            return
        alert = alive[n % len(alive)]
        s = self.stores[i]
        before = {t: self._ids(i, t) for t in CHILDREN}
        day = dt.date(2026, 11, 3)
        try:
            if what == "step":
                status = s.require("travel_alert", alert)["status"]
                if status not in ("reported", "verified"):
                    return
                take_step(s, alert, "verified" if status == "reported" else "focal_points_activated", at=day)
            elif what == "share":
                share_with_court(s, alert, {"shared_at": day.isoformat(), "channel": f"cable from {NAMES[i]}"})
            else:
                record_letter(
                    s, alert, {"state_id": ref_id("state", self.visit_of[alert]), "date": day.isoformat(),
                               "subject": f"letter from {NAMES[i]}", **LETTER},
                )  # fmt: skip
        except StepError:
            return
        for t in CHILDREN:
            self._made(i, t, before[t])

    @precondition(lambda self: self.visit_of)
    @rule(
        i=st.integers(0, 2),
        visit=st.sampled_from(tuple(VISITS)),
        n=st.integers(0, 99),
        take=st.sampled_from(merge.SIDES),
    )
    def merge_duplicates(self, i: int, visit: str, n: int, take: str) -> None:
        alive = self._live(i, visit)
        if len(alive) < 2:
            return
        a = alive[n % len(alive)]
        b = alive[(n + 1) % len(alive)]
        merge.merge(self.stores[i], "travel_alert", a, b, take=take)
        FIGURES["merges"] += 1

    @precondition(lambda self: self.visit_of)
    @rule(i=st.integers(0, 2), j=st.integers(0, 2), visit=st.sampled_from(tuple(VISITS)), keep=st.booleans())
    def merge_on_two(self, i: int, j: int, visit: str, keep: bool) -> None:
        """Two laptops merge the same pair before they exchange, each keeping a different side or not."""
        both = [a for a in self._live(i, visit) if a in self._live(j, visit)]
        if i == j or len(both) < 2:
            return
        merge.merge(self.stores[i], "travel_alert", both[0], both[1])
        merge.merge(self.stores[j], "travel_alert", *((both[1], both[0]) if keep else (both[0], both[1])))
        FIGURES["concurrent merges"] += 1

    # --- exchange --------------------------------------------------------------------------

    @rule(i=st.integers(0, 2), to=st.sets(st.integers(0, 2), min_size=1))
    def share(self, i: int, to: set[int]) -> None:
        to.discard(i)
        if not to:
            return
        ids = [self.ids[j] for j in sorted(to)]
        out = exchange_out.make_body(self.stores[i], ids)
        exchange_out.mark_sent(self.stores[i], ids, out)
        self.mail.append((sorted(to), json.loads(json.dumps(out.body))))

    @rule(i=st.integers(0, 2), j=st.integers(0, 2))
    def sync(self, i: int, j: int) -> None:
        if i != j:
            self.share(i, {j})
            self._receive(j, self.mail[-1][1])

    @precondition(lambda self: self.mail)
    @rule(n=st.integers(0, 999), pick=st.integers(0, 1))
    def deliver(self, n: int, pick: int) -> None:
        to, body = self.mail[n % len(self.mail)]
        self._receive(to[pick % len(to)], body)

    def _receive(self, j: int, body: dict[str, Any]) -> bool:
        s = self.stores[j]
        p = exchange.plan(s, exchange.validate(s, body))
        if p.already:
            return False
        FIGURES["conflicts"] += len(p.conflicts)
        decisions = {(c.record_id, c.field): "mine" if repr(c.mine) > repr(c.theirs) else "theirs" for c in p.conflicts}
        exchange.apply(s, p, decisions=decisions)
        return not p.nothing

    # --- the end ---------------------------------------------------------------------------

    def _everyone_receives_everything(self) -> None:
        for _ in range(10):
            changed = False
            for i in range(3):
                others = [j for j in range(3) if j != i]
                ids = [self.ids[j] for j in others]
                out = exchange_out.make_body(self.stores[i], ids, everything=True)
                exchange_out.mark_sent(self.stores[i], ids, out)
                body = json.loads(json.dumps(out.body))
                for j in others:
                    changed |= self._receive(j, body)
            if not changed:
                return
        raise AssertionError("the laptops do not settle")

    def teardown_check(self) -> None:
        self._everyone_receives_everything()
        self._check()
        # the duplicates that remain are merged on one laptop: every laptop then has one alert a visit
        for visit in VISITS:
            while len(alive := self._live(0, visit)) > 1:
                merge.merge(self.stores[0], "travel_alert", alive[0], alive[1])
        self._everyone_receives_everything()
        self._check()
        for i in range(3):
            for visit in VISITS:
                assert len(self._live(i, visit)) == (1 if visit in self.visit_of.values() else 0)

    def _check(self) -> None:
        exports = [_shared(s) for s in self.stores]
        assert exports[0] == exports[1], _diff(exports[0], exports[1])
        assert exports[0] == exports[2], _diff(exports[0], exports[2])
        for s in self.stores:
            for table, rid in self.children:
                row = s.get(table, rid)
                assert row is not None, (table, rid, "lost")
                alert = row["alert_id"]
                assert merge.resolve(s, "travel_alert", alert) == alert, (table, rid, "left on a merged alert")
                assert s.get("travel_alert", alert) is not None, (table, rid, "on a deleted alert")
            assert not merge.pending(s)


def _shared(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table in ("travel_alert", "alert_destination", "alert_step", "court_share", "letter", "record_merge"):
        out[table] = sorted(
            tuple(repr(r[c]) for c in store.columns(table) if c != "updated_at")
            for r in store.query(table, f"SELECT * FROM {table} WHERE origin = 'user'")
        )
    out["merged_into"] = sorted(
        store.db.execute("SELECT id, merged_into FROM travel_alert WHERE merged_into IS NOT NULL")
    )
    return out


def _diff(a: dict[str, list[Any]], b: dict[str, list[Any]]) -> str:
    return "; ".join(f"{t}: {sorted(set(a[t]) ^ set(b[t]))[:4]}" for t in a if a[t] != b[t])


@pytest.mark.plain_only(
    "the merge is the same in an encrypted folder; three encrypted laptops per example would be slower"
)
@pytest.mark.timeout(900)
def test_three_laptops_merge_duplicates_and_converge(tmp_path: Path, reference_db: Path) -> None:
    seed(20261124)(Merging)
    FIGURES.clear()
    run_laptops(Merging, tmp_path, reference_db, examples=int(os.environ.get("NCDESK_MERGE_EXAMPLES", "25")), steps=30)
    print(f"merge property: {json.dumps(dict(sorted(FIGURES.items())))}")
    # Merges happened; two laptops merging the same pair at once is also forced, every run, below
    # (how often the random runs reach it depends on the seed and on the code under test).
    assert FIGURES["merges"] > 0


@pytest.mark.plain_only("the merge is the same in an encrypted folder")
@pytest.mark.parametrize("keep", [False, True])
def test_two_laptops_merge_the_same_pair_at_once_and_converge(tmp_path: Path, reference_db: Path, keep: bool) -> None:
    """The case the property test reaches only sometimes, every run: Mexico and Poland log the same
    visit, each receives the other's alert and a step, then both merge the pair before they
    exchange again (Poland naming the other side first, or the same); all three converge."""
    Merging.tmp = tmp_path
    Merging.reference_db = reference_db
    m = Merging()
    try:
        m.log_visit(0, "TJK", None)
        m.log_visit(1, "TJK", "KAZ")
        m.work(0, 0, "share")
        m.sync(0, 1)
        m.sync(1, 0)
        m.work(1, 1, "letter")
        m.sync(1, 0)
        assert len(m._live(0, "TJK")) == len(m._live(1, "TJK")) == 2
        before = FIGURES["concurrent merges"]
        m.merge_on_two(0, 1, "TJK", keep)
        assert FIGURES["concurrent merges"] == before + 1
        m.teardown_check()
        for i in range(3):
            assert len(m._live(i, "TJK")) == 1
    finally:
        m.teardown()
