"""The schema's history, one named function per step.

A migration, once released, is never edited: the SQL below is the schema as it was when the
step was written. A later change is a new function at the end of the list, with its own test
(tests/store/test_migrations.py fails for a migration without one). The full-text index and
its triggers are derived data and are kept current separately (store/file/fts.py).

Over 800 lines and kept whole, one cohesive thing: the ordered list of the schema's steps, read
from the first to the last (split, the order would be spread over several files).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlite_utils.migrations import Migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATIONS = Migrations("ncdesk")

# --- frozen helpers for m001 (do not edit: a later migration writes its own) -------------

_COMMON_001 = """
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('reference', 'user')),
    user_fields TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(user_fields) AND json_type(user_fields) = 'array'),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT"""


def _date_001(col: str, required: bool = False) -> str:
    null = "NOT NULL" if required else ""
    check = f"length({col}) = 10 AND date({col}, '+0 days') = {col}"
    if not required:
        check = f"{col} IS NULL OR ({check})"
    return f"{col} TEXT {null} CHECK ({check})"


def _enum_001(col: str, values: Iterable[str], required: bool = True, default: str | None = None) -> str:
    allowed = ", ".join(f"'{v}'" for v in values)
    null = "NOT NULL" if required else ""
    dflt = f" DEFAULT '{default}'" if default is not None else ""
    check = f"{col} IN ({allowed})" if required else f"{col} IS NULL OR {col} IN ({allowed})"
    return f"{col} TEXT {null}{dflt} CHECK ({check})"


def _json_list_001(col: str) -> str:
    return f"{col} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid({col}) AND json_type({col}) = 'array')"


def _table_001(name: str, *columns: str, extra: Iterable[str] = ()) -> str:
    body = ",\n    ".join([_COMMON_001.strip(), *columns, *extra])
    return f"CREATE TABLE {name} (\n    {body}\n) STRICT"


_GROUPS_001 = ("AFRICAN", "ASIA_PACIFIC", "EEG", "GRULAC", "WEOG")
_PRECISION_001 = ("day", "range", "part_of_month", "month", "year")


def _schema_001() -> list[str]:
    t = _table_001
    d = _date_001
    e = _enum_001
    j = _json_list_001
    return [
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT",
        t(
            "source",
            "key TEXT NOT NULL UNIQUE CHECK (key <> '')",
            "title TEXT NOT NULL CHECK (title <> '')",
            "kind TEXT NOT NULL DEFAULT 'document'",
            d("date"),
            "symbol TEXT",
            "description TEXT NOT NULL DEFAULT ''",
        ),
        t(
            "state",
            "iso3 TEXT NOT NULL UNIQUE CHECK (length(iso3) = 3 AND iso3 = upper(iso3))",
            "iso2 TEXT CHECK (iso2 IS NULL OR length(iso2) = 2)",
            "numeric_code TEXT",
            "name TEXT NOT NULL CHECK (name <> '')",
            "formal_name TEXT NOT NULL DEFAULT ''",
            j("aliases"),
            e("regional_group", _GROUPS_001, required=False),
            "un_member INTEGER NOT NULL DEFAULT 1 CHECK (un_member IN (0, 1))",
        ),
        t(
            "party_event",
            "state_id TEXT NOT NULL REFERENCES state(id) ON DELETE CASCADE",
            e(
                "event",
                (
                    "signature",
                    "ratification",
                    "accession",
                    "acceptance",
                    "approval",
                    "succession",
                    "entry_into_force",
                    "withdrawal_notified",
                    "withdrawal_effective",
                    "withdrawal_rescinded",
                    "instrument_withdrawn",
                ),
            ),
            d("date", required=True),
        ),
        t(
            "situation",
            "icc_number TEXT NOT NULL UNIQUE CHECK (icc_number GLOB 'ICC-[0-9][0-9]/[0-9][0-9]')",
            "name TEXT NOT NULL CHECK (name <> '')",
            e("trigger", ("state_referral", "security_council", "proprio_motu")),
            d("referred_on"),
            "referred_by TEXT NOT NULL DEFAULT ''",
            "sc_resolution TEXT",
            d("sc_resolution_date"),
            d("investigation_opened_on"),
        ),
        t(
            "situation_bound_state",
            "situation_id TEXT NOT NULL REFERENCES situation(id) ON DELETE CASCADE",
            "state_id TEXT NOT NULL REFERENCES state(id) ON DELETE CASCADE",
            "basis TEXT NOT NULL CHECK (basis <> '')",
            extra=["UNIQUE (situation_id, state_id)"],
        ),
        t(
            "jurisdiction_declaration",
            "state_id TEXT NOT NULL REFERENCES state(id) ON DELETE CASCADE",
            "situation_id TEXT REFERENCES situation(id) ON DELETE SET NULL",
            d("lodged_on", required=True),
            d("covers_from"),
            d("covers_to"),
            "accepted INTEGER NOT NULL DEFAULT 1 CHECK (accepted IN (0, 1))",
        ),
        t(
            "icc_case",
            "icc_number TEXT NOT NULL UNIQUE CHECK (icc_number GLOB 'ICC-[0-9][0-9]/[0-9][0-9]-[0-9][0-9]/[0-9][0-9]')",
            "title TEXT NOT NULL CHECK (title <> '')",
            "situation_id TEXT NOT NULL REFERENCES situation(id) ON DELETE RESTRICT",
            "status TEXT NOT NULL DEFAULT ''",
        ),
        t(
            "person",
            "name TEXT NOT NULL CHECK (name <> '')",
            j("aliases"),
            "function TEXT NOT NULL DEFAULT ''",
            "nationality_state_id TEXT REFERENCES state(id) ON DELETE SET NULL",
        ),
        t(
            "case_person",
            "case_id TEXT NOT NULL REFERENCES icc_case(id) ON DELETE CASCADE",
            "person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE",
            extra=["UNIQUE (case_id, person_id)"],
        ),
        t(
            "warrant",
            "person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE",
            "situation_id TEXT NOT NULL REFERENCES situation(id) ON DELETE RESTRICT",
            "case_id TEXT REFERENCES icc_case(id) ON DELETE SET NULL",
            e("kind", ("arrest_warrant", "summons"), default="arrest_warrant"),
            d("issued_on", required=True),
            "icc_document TEXT",
            "sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1))",
            d("unsealed_on"),
            e("status", ("at_large", "in_custody", "deceased", "withdrawn", "summons"), default="at_large"),
            d("status_since"),
            "crimes TEXT NOT NULL DEFAULT ''",
        ),
        t(
            "finding",
            e(
                "kind",
                (
                    "finding",
                    "informing_decision",
                    "decision",
                    "appeal_judgment",
                    "reconsideration",
                    "request",
                    "response",
                    "other",
                ),
                default="finding",
            ),
            "title TEXT NOT NULL CHECK (title <> '')",
            d("date", required=True),
            "chamber TEXT NOT NULL DEFAULT ''",
            "state_id TEXT REFERENCES state(id) ON DELETE RESTRICT",
            "situation_id TEXT NOT NULL REFERENCES situation(id) ON DELETE RESTRICT",
            "case_id TEXT REFERENCES icc_case(id) ON DELETE RESTRICT",
            e("basis", ("art_87_7", "art_87_5_b", "informing", "none"), default="none"),
            e("referred_to", ("assembly", "security_council", "both", "none", "deferred"), default="none"),
            d("transmitted_on"),
            "sc_document TEXT",
            d("sc_date"),
        ),
        t(
            "finding_document",
            "finding_id TEXT NOT NULL REFERENCES finding(id) ON DELETE CASCADE",
            "number TEXT NOT NULL UNIQUE CHECK (number GLOB 'ICC-*')",
            "language TEXT",
        ),
        t(
            "link",
            "src_kind TEXT NOT NULL",
            "src_id TEXT NOT NULL",
            e(
                "relation",
                (
                    "appeal_of",
                    "reconsideration_of",
                    "deferral_of",
                    "response_to",
                    "request_about",
                    "follow_up_of",
                    "concerns",
                    "takes_note_of",
                    "led_to",
                ),
            ),
            "dst_kind TEXT NOT NULL",
            "dst_id TEXT NOT NULL",
            extra=["UNIQUE (src_id, relation, dst_id)"],
        ),
        t(
            "travel_alert",
            "person_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT",
            "title TEXT NOT NULL DEFAULT ''",
            "date_text TEXT NOT NULL DEFAULT ''",
            d("date_from"),
            d("date_to"),
            e("date_precision", _PRECISION_001, required=False),
            "purpose TEXT NOT NULL DEFAULT ''",
            "source_description TEXT NOT NULL DEFAULT ''",
            e("reliability", ("confirmed", "probable", "possible", "doubtful", "unknown"), default="unknown"),
            "received_at TEXT",
            e(
                "status",
                ("reported", "verified", "focal_points_activated", "letter_sent", "court_informed", "closed"),
                default="reported",
            ),
            e("outcome", ("cancelled", "arrested", "not_arrested", "unknown"), required=False),
            extra=["CHECK (date_from IS NULL OR date_to IS NULL OR date_from <= date_to)"],
        ),
        t(
            "alert_destination",
            "alert_id TEXT NOT NULL REFERENCES travel_alert(id) ON DELETE CASCADE",
            "state_id TEXT NOT NULL REFERENCES state(id) ON DELETE RESTRICT",
            extra=["UNIQUE (alert_id, state_id)"],
        ),
        t(
            "alert_step",
            "alert_id TEXT NOT NULL REFERENCES travel_alert(id) ON DELETE CASCADE",
            e(
                "step",
                (
                    "reported",
                    "verified",
                    "focal_points_activated",
                    "letter_sent",
                    "court_informed",
                    "closed",
                    "outcome_recorded",
                ),
            ),
            "at TEXT NOT NULL",
            "by_whom TEXT NOT NULL DEFAULT ''",
        ),
        t(
            "court_share",
            "alert_id TEXT NOT NULL REFERENCES travel_alert(id) ON DELETE CASCADE",
            "shared_at TEXT NOT NULL",
            "channel TEXT NOT NULL DEFAULT ''",
            "shared_by TEXT NOT NULL DEFAULT ''",
            "recipient TEXT NOT NULL DEFAULT ''",
        ),
        t(
            "letter",
            "sender_name TEXT NOT NULL DEFAULT ''",
            "sender_office TEXT NOT NULL DEFAULT ''",
            "addressee_office TEXT NOT NULL DEFAULT ''",
            "state_id TEXT REFERENCES state(id) ON DELETE RESTRICT",
            d("date"),
            "reference TEXT NOT NULL DEFAULT ''",
            "subject TEXT NOT NULL DEFAULT ''",
            "alert_id TEXT REFERENCES travel_alert(id) ON DELETE SET NULL",
            j("articles_recalled"),
            d("published_on"),
            "publication_channel TEXT NOT NULL DEFAULT ''",
            d("reply_on"),
            "reply_summary TEXT NOT NULL DEFAULT ''",
        ),
        t(
            "activity",
            e(
                "kind",
                (
                    "bureau_meeting",
                    "bureau_decision",
                    "focal_point_meeting",
                    "nywg_briefing",
                    "plenary",
                    "facilitation_meeting",
                    "public_message",
                    "communication_to_states",
                    "prosecutor_report_unsc",
                    "other",
                ),
            ),
            "title TEXT NOT NULL CHECK (title <> '')",
            "date_text TEXT NOT NULL DEFAULT ''",
            d("date_from"),
            d("date_to"),
            e("date_precision", _PRECISION_001, required=False),
            e("status", ("held", "planned", "cancelled"), default="held"),
            "summary TEXT NOT NULL DEFAULT ''",
            j("participants"),
            "location TEXT NOT NULL DEFAULT ''",
            extra=["CHECK (date_from IS NULL OR date_to IS NULL OR date_from <= date_to)"],
        ),
        t(
            "activity_state",
            "activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE",
            "state_id TEXT NOT NULL REFERENCES state(id) ON DELETE CASCADE",
            e("role", ("heard", "participant", "concerned"), default="concerned"),
            extra=["UNIQUE (activity_id, state_id, role)"],
        ),
        t(
            "procedure_step",
            e("target_kind", ("travel_alert", "finding")),
            "target_id TEXT NOT NULL",
            e(
                "step",
                (
                    "open_letter",
                    "bureau_meeting_with_state",
                    "plenary_debate",
                    "bureau_report",
                    "president_good_offices",
                    "president_letter",
                    "focal_point_contact",
                    "focal_points_activated",
                    "states_informed",
                    "toolkit_reminder",
                    "information_to_court",
                    "public_statement",
                    "other",
                ),
            ),
            d("date"),
            "by_whom TEXT NOT NULL DEFAULT ''",
            "activity_id TEXT REFERENCES activity(id) ON DELETE SET NULL",
            "letter_id TEXT REFERENCES letter(id) ON DELETE SET NULL",
        ),
        t(
            "focal_point",
            "state_id TEXT NOT NULL REFERENCES state(id) ON DELETE RESTRICT",
            e("role", ("focal_point", "president_ex_officio"), default="focal_point"),
            e("regional_group", _GROUPS_001, required=False),
            "person_name TEXT NOT NULL DEFAULT ''",
            d("appointed_on"),
            "appointed_by TEXT NOT NULL DEFAULT ''",
            d("ended_on"),
            "period TEXT NOT NULL DEFAULT ''",
        ),
        t(
            "assembly_document",
            "symbol TEXT UNIQUE CHECK (symbol IS NULL OR symbol <> '')",
            e("kind", ("bureau_report", "resolution", "report", "decision", "other"), default="other"),
            "session INTEGER",
            "year INTEGER",
            d("date"),
            "title TEXT NOT NULL DEFAULT ''",
            "CHECK (symbol IS NOT NULL OR title <> '')",
        ),
        t(
            "resolution_paragraph",
            "document_id TEXT NOT NULL REFERENCES assembly_document(id) ON DELETE CASCADE",
            "paragraph TEXT NOT NULL CHECK (paragraph <> '')",
            "text TEXT NOT NULL DEFAULT ''",
            "topic TEXT NOT NULL DEFAULT ''",
            extra=["UNIQUE (document_id, paragraph)"],
        ),
        t(
            "attachment",
            "record_kind TEXT NOT NULL",
            "record_id TEXT NOT NULL",
            "filename TEXT NOT NULL CHECK (filename <> '')",
            "stored_name TEXT NOT NULL UNIQUE",
            "sha256 TEXT NOT NULL CHECK (length(sha256) = 64)",
            "size INTEGER NOT NULL CHECK (size >= 0)",
            "media_type TEXT NOT NULL DEFAULT 'application/octet-stream'",
            "description TEXT NOT NULL DEFAULT ''",
        ),
        t(
            "citation",
            "record_kind TEXT NOT NULL",
            "record_id TEXT NOT NULL",
            "field TEXT",
            "source_key TEXT NOT NULL REFERENCES source(key) ON UPDATE CASCADE ON DELETE RESTRICT",
            "locator TEXT NOT NULL DEFAULT ''",
            "stated TEXT NOT NULL DEFAULT ''",
        ),
        "CREATE INDEX idx_party_event_state ON party_event(state_id, date)",
        "CREATE INDEX idx_case_situation ON icc_case(situation_id)",
        "CREATE INDEX idx_warrant_person ON warrant(person_id)",
        "CREATE INDEX idx_finding_state ON finding(state_id, date)",
        "CREATE INDEX idx_finding_situation ON finding(situation_id, date)",
        "CREATE INDEX idx_finding_case ON finding(case_id)",
        "CREATE INDEX idx_finding_document_finding ON finding_document(finding_id)",
        "CREATE INDEX idx_link_src ON link(src_id)",
        "CREATE INDEX idx_link_dst ON link(dst_id)",
        "CREATE INDEX idx_alert_person ON travel_alert(person_id, date_from)",
        "CREATE INDEX idx_alert_destination_state ON alert_destination(state_id)",
        "CREATE INDEX idx_alert_step_alert ON alert_step(alert_id, at)",
        "CREATE INDEX idx_court_share_alert ON court_share(alert_id)",
        "CREATE INDEX idx_letter_state ON letter(state_id, date)",
        "CREATE INDEX idx_letter_alert ON letter(alert_id)",
        "CREATE INDEX idx_activity_date ON activity(date_from)",
        "CREATE INDEX idx_activity_state_state ON activity_state(state_id)",
        "CREATE INDEX idx_procedure_step_target ON procedure_step(target_id)",
        "CREATE INDEX idx_focal_point_state ON focal_point(state_id)",
        "CREATE INDEX idx_resolution_paragraph_document ON resolution_paragraph(document_id)",
        "CREATE INDEX idx_attachment_record ON attachment(record_id)",
        "CREATE INDEX idx_citation_record ON citation(record_id)",
        "CREATE INDEX idx_citation_source ON citation(source_key)",
        "CREATE INDEX idx_jurisdiction_declaration_state ON jurisdiction_declaration(state_id)",
        "CREATE INDEX idx_situation_bound_state_state ON situation_bound_state(state_id)",
    ]


@MIGRATIONS(name="m001_initial_schema")
def m001_initial_schema(db: Database) -> None:
    """The whole domain model: States, situations, cases, persons, findings, alerts, letters, activities."""
    for statement in _schema_001():
        db.execute(statement)


@MIGRATIONS(name="m002_attachment_text")
def m002_attachment_text(db: Database) -> None:
    """The text extracted from an attached file, so that the global search finds it."""
    db.execute("ALTER TABLE attachment ADD COLUMN text TEXT NOT NULL DEFAULT ''")


@MIGRATIONS(name="m003_deadlines")
def m003_deadlines(db: Database) -> None:
    """Deadlines: a State invited to respond by a date, a report due; shown on the dashboard."""
    db.execute(
        _table_001(
            "deadline",
            "record_kind TEXT NOT NULL",
            "record_id TEXT NOT NULL",
            "state_id TEXT REFERENCES state(id) ON DELETE SET NULL",
            _date_001("due_on", required=True),
            "description TEXT NOT NULL CHECK (description <> '')",
            _date_001("done_on"),
        )
    )
    db.execute("CREATE INDEX idx_deadline_due ON deadline(due_on)")
    db.execute("CREATE INDEX idx_deadline_record ON deadline(record_id)")


@MIGRATIONS(name="m004_history")
def m004_history(db: Database) -> None:
    """Every change to every record: who, when, which field, the old and the new value.

    A batch is one thing the user did (a form saved, an alert moved on, an import); the
    triggers that fill `change_log` are derived from the tables and kept current by
    store/file/history.py. `history_context` names the batch being written (NULL: a change
    made outside ncdesk's own write paths)."""
    db.execute(
        """CREATE TABLE change_batch (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('user', 'reference', 'import', 'undo', 'redo', 'restore', 'repair')),
            reverts TEXT
        )"""
    )
    # old and new have no declared type, so SQLite keeps each value exactly as it was.
    db.execute(
        """CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            batch_id TEXT,
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            field TEXT,
            old,
            new
        )"""
    )
    db.execute("CREATE INDEX idx_change_log_record ON change_log(record_id, seq)")
    db.execute("CREATE INDEX idx_change_log_batch ON change_log(batch_id, seq)")
    db.execute("CREATE TABLE history_context (id INTEGER PRIMARY KEY CHECK (id = 1), batch_id TEXT)")
    db.execute("INSERT INTO history_context(id, batch_id) VALUES (1, NULL)")


@MIGRATIONS(name="m005_export_record")
def m005_export_record(db: Database) -> None:
    """Every export (a note, a pack, the report, a table, the full export, a calendar, a letter,
    a copy of an attached file): what, in which format, to which file, under which marking, by
    whom and when.

    An export changes no record but belongs in the history: its row is written in a batch of
    the new kind 'export' (the trigger below puts it in `change_log`, which is what makes the
    batch recorded). SQLite cannot change a CHECK in place, so `change_batch` is rebuilt with
    its rows and sequence as they were."""
    db.execute("ALTER TABLE change_batch RENAME TO change_batch_m004")
    db.execute(
        """CREATE TABLE change_batch (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (
                kind IN ('user', 'reference', 'import', 'undo', 'redo', 'restore', 'repair', 'export')
            ),
            reverts TEXT
        )"""
    )
    db.execute(
        "INSERT INTO change_batch(seq, id, at, who, label, kind, reverts) "
        "SELECT seq, id, at, who, label, kind, reverts FROM change_batch_m004 ORDER BY seq"
    )
    db.execute("DROP TABLE change_batch_m004")
    db.execute(
        """CREATE TABLE export_record (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
            batch_id TEXT,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            what TEXT NOT NULL CHECK (what <> ''),
            format TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'csv', 'xlsx', 'json', 'ics', 'file')),
            target TEXT NOT NULL CHECK (target <> ''),
            marking TEXT,
            records INTEGER CHECK (records IS NULL OR records >= 0),
            subjects TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subjects) AND json_type(subjects) = 'array')
        ) STRICT"""
    )
    db.execute("CREATE INDEX idx_export_record_at ON export_record(at)")
    db.execute(
        "CREATE TRIGGER export_record_logged AFTER INSERT ON export_record BEGIN "
        "INSERT INTO change_log(batch_id, tbl, record_id, action) "
        "VALUES ((SELECT batch_id FROM history_context WHERE id = 1), 'export_record', NEW.id, 'insert'); "
        "END"
    )


@MIGRATIONS(name="m006_live_indexes")
def m006_live_indexes(db: Database) -> None:
    """Indexes for what the window asks at start-up, so that it stays quick as the record grows
    (measured on ten times the real record, benchmarks/RESULTS.md): how many alerts and letters
    there are (counted over small indexes instead of the whole table), the open alerts in date
    order (the dashboard: a partial index holding only them and what their flags are judged
    from, so the table is not read) and the latest closed ones. The dashboard names the two
    open alerts' index (INDEXED BY)."""
    # The deleted ones only (a handful): the live ones are counted as all of them (over the
    # smallest index) less these. An index holding the live ones would be taken by SQLite, which
    # has no statistics, for any query saying "deleted_at IS NULL": it would then read the table
    # in that index's order, a row at a time (reading every alert in date order took 400 ms
    # instead of 230 at 10×), and read every alert for "deleted_at IS NULL AND id IN (...)".
    db.execute("CREATE INDEX idx_alert_deleted ON travel_alert(deleted_at) WHERE deleted_at IS NOT NULL")
    db.execute("CREATE INDEX idx_letter_deleted ON letter(deleted_at) WHERE deleted_at IS NOT NULL")
    db.execute(
        "CREATE INDEX idx_alert_open ON travel_alert(date_from, person_id, status, date_to, id, deleted_at) "
        "WHERE deleted_at IS NULL AND status != 'closed'"
    )
    db.execute("CREATE INDEX idx_alert_closed ON travel_alert(date_to) WHERE deleted_at IS NULL AND status = 'closed'")


@MIGRATIONS(name="m007_exchange")
def m007_exchange(db: Database) -> None:
    """The shared record (docs/EXCHANGE_FORMAT.md): this installation's identity and its
    contacts, the version of every shared field, what was received and sent, conflicts decided.

    `identity` holds the secret keys: inside the database, so encrypted with it. `field_version`
    holds, for each field a user changed (here or elsewhere), its version vector (installation
    id → hybrid logical clock of that installation's latest edit of the field) and a local
    sequence number that says what changed since a package. Batches gain the kind 'receive'
    (change_batch is rebuilt as in m005: SQLite cannot change a CHECK in place)."""
    db.execute("ALTER TABLE change_batch RENAME TO change_batch_m006")
    db.execute(
        """CREATE TABLE change_batch (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (
                kind IN ('user', 'reference', 'import', 'undo', 'redo', 'restore', 'repair', 'export', 'receive')
            ),
            reverts TEXT
        )"""
    )
    db.execute(
        "INSERT INTO change_batch(seq, id, at, who, label, kind, reverts) "
        "SELECT seq, id, at, who, label, kind, reverts FROM change_batch_m006 ORDER BY seq"
    )
    db.execute("DROP TABLE change_batch_m006")
    db.execute(
        """CREATE TABLE identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            installation_id TEXT NOT NULL CHECK (length(installation_id) = 36),
            name TEXT NOT NULL CHECK (name <> ''),
            signing_secret BLOB NOT NULL CHECK (length(signing_secret) = 32),
            age_secret TEXT NOT NULL,
            created_at TEXT NOT NULL
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE contact (
            installation_id TEXT PRIMARY KEY NOT NULL CHECK (length(installation_id) = 36),
            name TEXT NOT NULL CHECK (name <> ''),
            signing_public BLOB NOT NULL UNIQUE CHECK (length(signing_public) = 32),
            age_recipient TEXT NOT NULL,
            card TEXT NOT NULL,
            verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
            publisher INTEGER NOT NULL DEFAULT 0 CHECK (publisher IN (0, 1)),
            added_at TEXT NOT NULL,
            sent_seq INTEGER NOT NULL DEFAULT 0,
            last_sent_at TEXT,
            last_received_at TEXT,
            received_hlc INTEGER NOT NULL DEFAULT 0,
            acked_hlc INTEGER NOT NULL DEFAULT 0
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE field_version (
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            vv TEXT NOT NULL CHECK (json_valid(vv) AND json_type(vv) = 'object'),
            seq INTEGER NOT NULL,
            PRIMARY KEY (tbl, record_id, field)
        ) STRICT, WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX idx_field_version_seq ON field_version(seq)")
    db.execute(
        """CREATE TABLE tombstone (
            record_id TEXT PRIMARY KEY NOT NULL,
            tbl TEXT NOT NULL,
            vv TEXT NOT NULL CHECK (json_valid(vv) AND json_type(vv) = 'object'),
            seq INTEGER NOT NULL
        ) STRICT"""
    )
    db.execute("CREATE TABLE private_record (record_id TEXT PRIMARY KEY NOT NULL) STRICT")
    db.execute(
        """CREATE TABLE received_package (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
            sender TEXT NOT NULL,
            sender_name TEXT NOT NULL,
            at TEXT NOT NULL,
            batch_id TEXT,
            records INTEGER NOT NULL DEFAULT 0
        ) STRICT"""
    )
    db.execute(
        """CREATE TABLE exchange_conflict (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            batch_id TEXT NOT NULL,
            package_id TEXT NOT NULL,
            tbl TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            mine,
            theirs,
            kept TEXT NOT NULL CHECK (kept IN ('mine', 'theirs')),
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_exchange_conflict_record ON exchange_conflict(record_id)")


@MIGRATIONS(name="m008_alert_sort_keys")
def m008_alert_sort_keys(db: Database) -> None:
    """The alerts' destinations and latest sharing with the Court, stored on the alert so that the
    Travel alerts table sorts by them over an index instead of a subquery per row (8.7 s at 100×).

    Derived columns: kept current by triggers (store/file/sort_keys.py) on every write of a destination,
    a sharing or a State's name; not record fields (`schema.DERIVED_COLUMNS`: not in the history,
    the exports or the exchange). Filled here for the alerts recorded. The text is the one the
    table showed: the live destinations' State names in the order of their State ids. Each key has
    an index per direction (blank ones last either way), covering the listing's query."""
    db.execute("ALTER TABLE travel_alert ADD COLUMN destinations_text TEXT")
    db.execute("ALTER TABLE travel_alert ADD COLUMN shared_latest TEXT")
    # The fill changes no field of any alert: the triggers on the alerts (the search index's, the
    # history's) are set aside meanwhile, or each alert would be indexed again, one by one.
    triggers = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'travel_alert'"
    ).fetchall()
    for name, _sql in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    db.execute(
        "UPDATE travel_alert SET destinations_text = (SELECT group_concat(name, ', ') FROM "
        "(SELECT s.name FROM alert_destination d JOIN state s ON s.id = d.state_id "
        "WHERE d.alert_id = travel_alert.id AND d.deleted_at IS NULL ORDER BY d.state_id)), "
        "shared_latest = (SELECT max(c.shared_at) FROM court_share c "
        "WHERE c.alert_id = travel_alert.id AND c.deleted_at IS NULL)"
    )
    for _name, sql in triggers:
        db.execute(sql)
    for column, name in (("destinations_text", "destinations"), ("shared_latest", "shared")):
        for direction, null_order in (("asc", ""), ("desc", " DESC")):
            db.execute(
                f"CREATE INDEX idx_alert_{name}_{direction} ON travel_alert("
                f"({column} IS NULL){null_order}, {column} COLLATE NOCASE, deleted_at, id)"
            )


@MIGRATIONS(name="m009_person_status")
def m009_person_status(db: Database) -> None:
    """A person's status as of a stated day (at large, in custody since, deceased, …), with the
    sentence that says it, and where a source can be read (its address, the day it was read).

    The status may be unknown (NULL): a person the user adds has none until it is given. The
    values are the ones of `PersonStatus` as they were when this step was written."""
    statuses = (
        "at_large",
        "in_custody",
        "interim_release",
        "convicted",
        "acquitted",
        "charges_withdrawn",
        "charges_vacated",
        "charges_not_confirmed",
        "proceedings_terminated",
        "deceased",
        "warrant_withdrawn",
        "released",
    )
    db.execute(f"ALTER TABLE person ADD COLUMN {_enum_001('status', statuses, required=False)}")
    db.execute(f"ALTER TABLE person ADD COLUMN {_date_001('status_since')}")
    db.execute(f"ALTER TABLE person ADD COLUMN {_date_001('status_as_of')}")
    db.execute("ALTER TABLE person ADD COLUMN status_note TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE source ADD COLUMN url TEXT")
    db.execute(f"ALTER TABLE source ADD COLUMN {_date_001('read_on')}")


@MIGRATIONS(name="m010_calendar_event")
def m010_calendar_event(db: Database) -> None:
    """What the calendar (.ics) last sent of each event: its sequence number, a fingerprint of
    its content, and enough to send it again as cancelled once its record is gone, so that the
    next export tells the calendars what changed (RFC 5545 SEQUENCE, STATUS:CANCELLED).
    Bookkeeping of the exports, not a record: no history, not shared."""
    db.execute(
        """CREATE TABLE calendar_event (
            uid TEXT PRIMARY KEY NOT NULL CHECK (uid <> ''),
            sequence INTEGER NOT NULL CHECK (sequence >= 0),
            fingerprint TEXT NOT NULL CHECK (fingerprint <> ''),
            summary TEXT NOT NULL,
            first_day TEXT NOT NULL CHECK (length(first_day) = 10 AND date(first_day, '+0 days') = first_day),
            last_day TEXT NOT NULL CHECK (length(last_day) = 10 AND date(last_day, '+0 days') = last_day),
            cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
            sent_at TEXT NOT NULL
        ) STRICT"""
    )


@MIGRATIONS(name="m011_party_event_verified")
def m011_party_event_verified(db: Database) -> None:
    """Whether a party-status date was checked against the depositary's record: the window and the
    briefing notes show an unchecked date as such. The reference release sets it (a row whose source
    says UNVERIFIED); a date the user records is theirs to stand by, so it defaults to checked."""
    db.execute("ALTER TABLE party_event ADD COLUMN verified INTEGER NOT NULL DEFAULT 1 CHECK (verified IN (0, 1))")


@MIGRATIONS(name="m012_state_note")
def m012_state_note(db: Database) -> None:
    """Information beside a State's party status that is not a party event: a withdrawal announced
    but not notified to the depositary, a domestic vote to repeal the ratification law. Shown beside
    the status, marked as such; the obligation rule reads only the party events."""
    db.execute(
        _table_001(
            "state_note",
            "state_id TEXT NOT NULL REFERENCES state(id) ON DELETE CASCADE",
            _date_001("date", required=True),
            _enum_001("kind", ("announced_withdrawal", "domestic_act", "other")),
            "text TEXT NOT NULL CHECK (text <> '')",
        )
    )
    db.execute("CREATE INDEX idx_state_note_state ON state_note(state_id)")


@MIGRATIONS(name="m013_import_mapping")
def m013_import_mapping(db: Database) -> None:
    """The answers an import was given (which column a header is, what a value means), kept for
    files of the same shape (`shape`: their sorted headers), so that next month's tracker is not
    asked again. Bookkeeping of the imports, not a record: no history, not shared."""
    db.execute(
        """CREATE TABLE import_mapping (
            shape TEXT PRIMARY KEY NOT NULL CHECK (shape <> ''),
            mapping TEXT NOT NULL CHECK (json_valid(mapping) AND json_type(mapping) = 'object'),
            saved_at TEXT NOT NULL
        ) STRICT"""
    )


@MIGRATIONS(name="m014_record_merge")
def m014_record_merge(db: Database) -> None:
    """Two records found to be one (two alerts for one visit, logged on two laptops): each merge is
    a record of its own, added whole and never edited, so that merges made on several laptops add up
    whatever their order (store/records/merge.py). `merged_into` says, on a record merged away, which record
    its id now leads to: derived from the merges (`schema.DERIVED_COLUMNS`), not a field.
    (m013 is another change's, made at the same time: the numbers only have to be in order.)"""
    db.execute(
        _table_001(
            "record_merge",
            _enum_001("tbl", ("travel_alert", "letter", "activity")),
            "keep_id TEXT NOT NULL CHECK (length(keep_id) = 36)",
            "other_id TEXT NOT NULL CHECK (length(other_id) = 36)",
            extra=["CHECK (keep_id <> other_id)"],
        )
    )
    db.execute("CREATE INDEX idx_record_merge_keep ON record_merge(keep_id)")
    db.execute("CREATE INDEX idx_record_merge_other ON record_merge(other_id)")
    for table in ("travel_alert", "letter", "activity"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN merged_into TEXT")
        db.execute(f"CREATE INDEX idx_{table}_merged ON {table}(merged_into) WHERE merged_into IS NOT NULL")


@MIGRATIONS(name="m015_alert_person_days")
def m015_alert_person_days(db: Database) -> None:
    """An index of each person's alerts by the day they end: the alerts of a person that overlap a
    visit's days (the same visit logged twice: issue 24) are those ending on or after its first
    day, few for a new visit, where `idx_alert_person` (by the first day) reads every earlier
    alert of the person (1.8 ms against 0.01 ms for a person with 2,876 alerts)."""
    db.execute("CREATE INDEX idx_alert_person_days ON travel_alert(person_id, date_to, date_from)")


def schema_version() -> int:
    """The number of migrations this ncdesk knows: stored in PRAGMA user_version."""
    return len(MIGRATIONS._migrations)


def migration_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]
