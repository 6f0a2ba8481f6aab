"""What the store knows about its tables: the kinds people search for, JSON columns, the order of dependencies."""

from __future__ import annotations

from dataclasses import dataclass

from ncdesk.core.labels import kind_label

# Every record table, each after the tables it refers to.
TABLES: tuple[str, ...] = (
    "source",
    "state",
    "party_event",
    "situation",
    "situation_bound_state",
    "jurisdiction_declaration",
    "state_note",
    "person",
    "icc_case",
    "case_person",
    "warrant",
    "finding",
    "finding_document",
    "travel_alert",
    "alert_destination",
    "alert_step",
    "court_share",
    "letter",
    "activity",
    "activity_state",
    "procedure_step",
    "focal_point",
    "assembly_document",
    "resolution_paragraph",
    "link",
    "attachment",
    "deadline",
    "citation",
    "record_merge",
)

COMMON_COLUMNS = ("id", "origin", "user_fields", "notes", "created_at", "updated_at", "deleted_at")

# Columns the database keeps from other rows (store/file/sort_keys.py): not fields of the record. They
# are not read as its fields, recorded in its history, exported or shared.
DERIVED_COLUMNS: dict[str, tuple[str, ...]] = {
    "travel_alert": ("destinations_text", "shared_latest", "merged_into"),
    "letter": ("merged_into",),
    "activity": ("merged_into",),
}

JSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "state": ("aliases",),
    "person": ("aliases",),
    "letter": ("articles_recalled",),
    "activity": ("participants",),
}


@dataclass(frozen=True)
class Kind:
    """A kind of record people search for and open; its English names are ncdesk/core/labels.py's."""

    table: str

    @property
    def label(self) -> str:
        return kind_label(self.table)

    @property
    def plural(self) -> str:
        return kind_label(self.table, plural=True)


# In the order a search lists them.
KINDS: tuple[Kind, ...] = tuple(
    Kind(table)
    for table in (
        "state",
        "situation",
        "icc_case",
        "person",
        "finding",
        "travel_alert",
        "letter",
        "activity",
        "focal_point",
        "assembly_document",
        "attachment",
    )
)

KIND_BY_TABLE = {k.table: k for k in KINDS}


def json_columns(table: str) -> tuple[str, ...]:
    return ("user_fields", *JSON_COLUMNS.get(table, ()))
