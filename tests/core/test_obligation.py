"""The obligation rule, table-driven over invented States so that every branch is pinned down
independently of the reference data (tests/store/test_obligation_reference.py covers the real
record)."""

import datetime as dt

import pytest

from ncdesk.core.model import (
    Declaration123,
    PartyEvent,
    PersonFacts,
    SituationFacts,
    StateFacts,
    Trigger,
    WarrantFacts,
    WarrantKind,
    WarrantStatus,
)
from ncdesk.core.model import (
    PartyEventKind as K,
)
from ncdesk.core.obligation import (
    BASIS_ART_127_2,
    BASIS_STATE_PARTY,
    Ground,
    Standing,
    arrest_obligation,
    cooperation_at,
    memberships,
    one_year_after,
    standing_at,
)

D = dt.date

DARFUR = SituationFacts(
    number="ICC-02/05",
    name="Situation in Darfur, Sudan",
    trigger=Trigger.SECURITY_COUNCIL,
    council_resolution="S/RES/1593 (2005)",
    council_resolution_date=D(2005, 3, 31),
    council_bound=(("SDN", "S/RES/1593 (2005), para. 2"),),
    investigation_opened=D(2005, 6, 6),
)
UKRAINE = SituationFacts(
    number="ICC-01/22", name="Situation in Ukraine", trigger=Trigger.STATE_REFERRAL, investigation_opened=D(2022, 3, 2)
)
PALESTINE = SituationFacts(
    number="ICC-01/18",
    name="Situation in the State of Palestine",
    trigger=Trigger.STATE_REFERRAL,
    investigation_opened=D(2021, 3, 3),
)


def state(iso3: str, *events: tuple[K, D], declarations: tuple[Declaration123, ...] = ()) -> StateFacts:
    return StateFacts(iso3, iso3.title(), tuple(PartyEvent(k, d) for k, d in events), declarations)


ORIGINAL = state(
    "ORI", (K.SIGNATURE, D(1998, 7, 18)), (K.RATIFICATION, D(2000, 1, 1)), (K.ENTRY_INTO_FORCE, D(2002, 7, 1))
)
LATE = state(
    "LAT", (K.SIGNATURE, D(1999, 10, 1)), (K.RATIFICATION, D(2023, 11, 14)), (K.ENTRY_INTO_FORCE, D(2024, 2, 1))
)
LEAVER = state(
    "LEA",
    (K.RATIFICATION, D(2001, 11, 30)),
    (K.ENTRY_INTO_FORCE, D(2002, 7, 1)),
    (K.WITHDRAWAL_NOTIFIED, D(2025, 6, 2)),
    (K.WITHDRAWAL_EFFECTIVE, D(2026, 6, 2)),
)
EARLY_LEAVER = state(
    "EAR",
    (K.RATIFICATION, D(2004, 9, 21)),
    (K.ENTRY_INTO_FORCE, D(2004, 12, 1)),
    (K.WITHDRAWAL_NOTIFIED, D(2016, 10, 27)),
    (K.WITHDRAWAL_EFFECTIVE, D(2017, 10, 27)),
)
RESCINDER = state(
    "RES",
    (K.RATIFICATION, D(2000, 11, 27)),
    (K.ENTRY_INTO_FORCE, D(2002, 7, 1)),
    (K.WITHDRAWAL_NOTIFIED, D(2016, 10, 19)),
    (K.WITHDRAWAL_RESCINDED, D(2017, 3, 7)),
)
UNNOTIFIED_EFFECT = state(
    "ONE",  # notified, no effective date recorded: one year later by article 127(1)
    (K.RATIFICATION, D(2000, 1, 1)),
    (K.ENTRY_INTO_FORCE, D(2002, 7, 1)),
    (K.WITHDRAWAL_NOTIFIED, D(2020, 2, 29)),
)
CHANGED_MIND = state("CHG", (K.ACCESSION, D(2019, 3, 4)), (K.INSTRUMENT_WITHDRAWN, D(2019, 4, 29)))
SUCCESSOR = state("SUC", (K.ENTRY_INTO_FORCE, D(2006, 6, 3)), (K.SUCCESSION, D(2006, 10, 23)))
SIGNATORY = state("SIG", (K.SIGNATURE, D(2000, 12, 31)))
STRANGER = state("STR")
SUDAN = state("SDN", (K.SIGNATURE, D(2000, 9, 8)))
DECLARANT = state(
    "DEC",
    (K.SIGNATURE, D(2000, 1, 20)),
    (K.RATIFICATION, D(2024, 10, 25)),
    (K.ENTRY_INTO_FORCE, D(2025, 1, 1)),
    declarations=(Declaration123(D(2015, 9, 8), covers_from=D(2014, 2, 20), situation="ICC-01/22"),),
)
REJECTED = state("REJ", declarations=(Declaration123(D(2009, 1, 22), accepted=False),))


@pytest.mark.parametrize(
    ("facts", "day", "standing"),
    [
        (ORIGINAL, D(2002, 6, 30), Standing.NOT_YET_IN_FORCE),
        (ORIGINAL, D(2002, 7, 1), Standing.PARTY),
        (ORIGINAL, D(1999, 1, 1), Standing.SIGNATORY),
        (LATE, D(2023, 12, 1), Standing.NOT_YET_IN_FORCE),
        (LATE, D(2024, 1, 31), Standing.NOT_YET_IN_FORCE),
        (LATE, D(2024, 2, 1), Standing.PARTY),
        (LEAVER, D(2025, 6, 1), Standing.PARTY),
        (LEAVER, D(2025, 6, 2), Standing.PARTY_WITHDRAWING),
        (LEAVER, D(2026, 6, 1), Standing.PARTY_WITHDRAWING),
        (LEAVER, D(2026, 6, 2), Standing.WITHDRAWN),
        (RESCINDER, D(2016, 12, 1), Standing.PARTY_WITHDRAWING),
        (RESCINDER, D(2017, 3, 7), Standing.PARTY),
        (RESCINDER, D(2020, 1, 1), Standing.PARTY),
        (UNNOTIFIED_EFFECT, D(2021, 2, 27), Standing.PARTY_WITHDRAWING),
        (UNNOTIFIED_EFFECT, D(2021, 2, 28), Standing.WITHDRAWN),
        (CHANGED_MIND, D(2019, 4, 1), Standing.NOT_YET_IN_FORCE),
        (CHANGED_MIND, D(2019, 6, 1), Standing.NOT_PARTY),
        (SUCCESSOR, D(2006, 6, 2), Standing.NOT_PARTY),
        (SUCCESSOR, D(2006, 7, 1), Standing.PARTY),
        (SUCCESSOR, D(2020, 1, 1), Standing.PARTY),
        (SIGNATORY, D(2020, 1, 1), Standing.SIGNATORY),
        (STRANGER, D(2020, 1, 1), Standing.NOT_PARTY),
    ],
)
def test_standing_at_a_date(facts: StateFacts, day: D, standing: Standing) -> None:
    assert standing_at(facts, day).standing is standing


def test_memberships_pair_deposit_and_entry_into_force() -> None:
    [m] = memberships(LEAVER)
    assert (m.deposited, m.in_force, m.withdrawal_notified, m.withdrawal_effective) == (
        D(2001, 11, 30),
        D(2002, 7, 1),
        D(2025, 6, 2),
        D(2026, 6, 2),
    )
    [s] = memberships(SUCCESSOR)
    assert s.deposit_kind is K.SUCCESSION and s.in_force == D(2006, 6, 3)
    assert memberships(CHANGED_MIND) == []


def test_one_year_after_leap_day() -> None:
    assert one_year_after(D(2020, 2, 29)) == D(2021, 2, 28)


@pytest.mark.parametrize(
    ("facts", "situation", "day", "obliged", "ground", "basis"),
    [
        (ORIGINAL, UKRAINE, D(2024, 9, 3), True, Ground.STATE_PARTY, BASIS_STATE_PARTY),
        (LATE, UKRAINE, D(2023, 12, 1), False, Ground.NONE, None),
        (LATE, UKRAINE, D(2024, 2, 1), True, Ground.STATE_PARTY, BASIS_STATE_PARTY),
        (LEAVER, PALESTINE, D(2026, 1, 1), True, Ground.STATE_PARTY, BASIS_STATE_PARTY),
        # after the withdrawal took effect: the investigation began before it did
        (LEAVER, PALESTINE, D(2026, 7, 1), True, Ground.ARTICLE_127_2, BASIS_ART_127_2),
        # ... but not for an investigation that began after the withdrawal took effect
        (EARLY_LEAVER, UKRAINE, D(2024, 1, 1), False, Ground.NONE, None),
        (EARLY_LEAVER, DARFUR, D(2018, 1, 1), True, Ground.ARTICLE_127_2, BASIS_ART_127_2),
        (RESCINDER, DARFUR, D(2017, 6, 13), True, Ground.STATE_PARTY, BASIS_STATE_PARTY),
        (CHANGED_MIND, UKRAINE, D(2024, 1, 1), False, Ground.NONE, None),
        # the Council binds Sudan for Darfur only
        (SUDAN, DARFUR, D(2015, 6, 15), True, Ground.SECURITY_COUNCIL, "S/RES/1593 (2005), para. 2"),
        (SUDAN, DARFUR, D(2005, 3, 30), False, Ground.URGED, None),
        (SUDAN, UKRAINE, D(2024, 6, 1), False, Ground.NONE, None),
        (SIGNATORY, DARFUR, D(2015, 6, 15), False, Ground.URGED, None),
        (STRANGER, PALESTINE, D(2025, 4, 4), False, Ground.NONE, None),
        # an article 12(3) declaration binds for its situation, from the day it is lodged
        (DECLARANT, UKRAINE, D(2024, 6, 1), True, Ground.ARTICLE_12_3, None),
        (DECLARANT, UKRAINE, D(2015, 9, 7), False, Ground.NONE, None),
        (DECLARANT, DARFUR, D(2024, 6, 1), False, Ground.URGED, None),
        (DECLARANT, UKRAINE, D(2025, 1, 1), True, Ground.STATE_PARTY, BASIS_STATE_PARTY),
        (REJECTED, PALESTINE, D(2010, 1, 1), False, Ground.NONE, None),
    ],
)
def test_cooperation_at(facts, situation, day, obliged, ground, basis) -> None:
    result = cooperation_at(facts, situation, day)
    assert (result.obliged, result.ground) == (obliged, ground)
    if basis is not None:
        assert result.basis == basis
    if ground is Ground.ARTICLE_12_3:
        assert result.basis.startswith("Rome Statute, article 12(3)")
    assert result.explanation


def warrant(situation: SituationFacts, issued: D, **kw: object) -> WarrantFacts:
    return WarrantFacts(
        kind=kw.pop("kind", WarrantKind.ARREST_WARRANT),  # type: ignore[arg-type]
        situation=situation,
        issued_on=issued,
        status=kw.pop("status", WarrantStatus.AT_LARGE),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


BASHIR = PersonFacts("Omar Al Bashir", (warrant(DARFUR, D(2009, 3, 4)), warrant(DARFUR, D(2010, 7, 12))))
KUSHAYB = PersonFacts(
    "Ali Kushayb", (warrant(DARFUR, D(2007, 4, 27), status=WarrantStatus.IN_CUSTODY, status_since=D(2020, 6, 9)),)
)
KENYATTA = PersonFacts(
    "Uhuru Kenyatta", (warrant(DARFUR, D(2011, 3, 8), kind=WarrantKind.SUMMONS, status=WarrantStatus.SUMMONS),)
)
NOBODY = PersonFacts("Nobody")
SEALED = PersonFacts("Sealed", (warrant(UKRAINE, D(2025, 1, 18), sealed=True, unsealed_on=D(2025, 2, 1)),))


@pytest.mark.parametrize(
    ("facts", "person", "day", "obliged", "ground", "phrase"),
    [
        (ORIGINAL, BASHIR, D(2017, 3, 29), True, Ground.STATE_PARTY, "was outstanding"),
        (ORIGINAL, BASHIR, D(2009, 3, 3), False, Ground.NO_WARRANT, "had not yet been issued"),
        (SUDAN, BASHIR, D(2015, 6, 15), True, Ground.SECURITY_COUNCIL, "Security Council"),
        (STRANGER, BASHIR, D(2015, 6, 15), False, Ground.URGED, "only urged"),
        (ORIGINAL, KUSHAYB, D(2020, 6, 8), True, Ground.STATE_PARTY, "was outstanding"),
        (ORIGINAL, KUSHAYB, D(2020, 6, 9), False, Ground.NO_WARRANT, "custody"),
        (ORIGINAL, KENYATTA, D(2013, 1, 1), False, Ground.NO_WARRANT, "summons to appear"),
        (ORIGINAL, NOBODY, D(2013, 1, 1), False, Ground.NO_WARRANT, "No arrest warrant"),
        (ORIGINAL, SEALED, D(2025, 1, 20), True, Ground.STATE_PARTY, "under seal on that day"),
        (ORIGINAL, SEALED, D(2025, 2, 2), True, Ground.STATE_PARTY, "was outstanding."),
    ],
)
def test_arrest_obligation(facts, person, day, obliged, ground, phrase) -> None:
    result = arrest_obligation(facts, person, day)
    assert (result.obliged, result.ground) == (obliged, ground)
    assert phrase in result.explanation
    assert result.explanation.count(person.name) >= 1 or ground is Ground.NO_WARRANT
