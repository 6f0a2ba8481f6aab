"""The wording of every `Message` of ncdesk (core/text.py): each English template, marked for the
translations in the context "messages", so that lupdate extracts it and a translator finds them all
in one list. The window says a message with `ui/formatting.message_text`, the exports and the
command line with `io/translations.wording`; tests/ui/test_messages.py fails for a `Message` used
anywhere in ncdesk whose template is missing here."""

from __future__ import annotations

from ncdesk.core.text import QT_TRANSLATE_NOOP

MESSAGES = (
    QT_TRANSLATE_NOOP("messages", "no date given"),
    QT_TRANSLATE_NOOP("messages", "%1: the range ends (%2) before it starts (%3)"),
    QT_TRANSLATE_NOOP("messages", "%1: %2 is not a month (did you mean %3?)"),
    QT_TRANSLATE_NOOP("messages", "%1: %2 is not a month"),
    QT_TRANSLATE_NOOP("messages", "%1: year %2 is out of range (1900–2200)"),
    QT_TRANSLATE_NOOP("messages", "%1: month %2 does not exist (months are 1–12)"),
    QT_TRANSLATE_NOOP("messages", "%1: %2 has %3 days, not %4"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a date; write it as YYYY-MM-DD or day month year (3 April 2025)"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a date in the form YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("messages", "%1: cannot read %2 as the start of the range"),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 is not a date; examples: 2025-04-03, 3 April 2025, 3–6 April 2025, April 2025, mid-October 2025, 2025",
    ),
    QT_TRANSLATE_NOOP("messages", "the alert is closed; reopen it before taking another step"),
    QT_TRANSLATE_NOOP("messages", "the alert is already at “%1”; “%2” comes before it (steps only go forward)"),
    QT_TRANSLATE_NOOP("messages", "the step is dated %1, before the previous step (%2)"),
    QT_TRANSLATE_NOOP("messages", "closing an alert needs its outcome (cancelled, arrested, not arrested, unknown)"),
    QT_TRANSLATE_NOOP("messages", "an outcome is recorded when the alert is closed"),
    QT_TRANSLATE_NOOP(
        "messages", "expected ICC-<situation>[-<case>]-<filing>[-Corr][-ENG|-FRA|-tENG], e.g. ICC-02/05-01/09-309-ENG"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 is not a document number: expected ICC-02/05-01/09-309-ENG, ICC-ASP/23/31, ICC-ASP/23/Res.1, S/2016/716 or S/RES/1593 (2005)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "it contains a space"),
    QT_TRANSLATE_NOOP("messages", "it must start with ICC-<two digits>/<two digits>, e.g. ICC-02/05"),
    QT_TRANSLATE_NOOP("messages", "write the language as %1"),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 is not an Assembly document number: expected ICC-ASP/<session>/<number> (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) or ICC-ASP/<session>/Res.<n> (ICC-ASP/17/Res.5)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 is not a United Nations document number: expected S/<year>/<number> (S/2016/716), S/RES/<number> (<year>) (S/RES/1593 (2005)), A/<session>/<number> or A/RES/<session>/<number>",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "no document number given"),
    QT_TRANSLATE_NOOP("messages", "%1 is not an ICC document number: %2"),
    QT_TRANSLATE_NOOP("messages", "%1: the situation part %2 cannot contain 00"),
    QT_TRANSLATE_NOOP("messages", "%1: the case part %2 cannot contain 00"),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 is not an Assembly document number: expected ICC-ASP/<session>/<number> (ICC-ASP/23/31, ICC-ASP/15/31/Add.1) or ICC-ASP/<session>/Res.<n> (ICC-ASP/17/Res.5) (did you mean %2?)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "%1: session %2 is out of range"),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 is not a United Nations document number: expected S/<year>/<number> (S/2016/716), S/RES/<number> (<year>) (S/RES/1593 (2005)), A/<session>/<number> or A/RES/<session>/<number> (did you mean %2?)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "%1: year %2 is out of range"),
    QT_TRANSLATE_NOOP("messages", "%1 is not an ICC document number: %2 (did you mean %3?)"),
    QT_TRANSLATE_NOOP("messages", "a situation number"),
    QT_TRANSLATE_NOOP("messages", "a case number"),
    QT_TRANSLATE_NOOP("messages", "the number of a filing"),
    QT_TRANSLATE_NOOP("messages", "an Assembly document"),
    QT_TRANSLATE_NOOP("messages", "an Assembly resolution"),
    QT_TRANSLATE_NOOP("messages", "a Security Council document"),
    QT_TRANSLATE_NOOP("messages", "a Security Council resolution"),
    QT_TRANSLATE_NOOP("messages", "a General Assembly document"),
    QT_TRANSLATE_NOOP("messages", "a General Assembly resolution"),
    QT_TRANSLATE_NOOP("messages", "%1 is not an ICC document number"),
    QT_TRANSLATE_NOOP("messages", "%1 is not an Assembly document number"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a United Nations document number"),
    QT_TRANSLATE_NOOP("messages", "another kind of number"),
    QT_TRANSLATE_NOOP("messages", "%1 is %2; expected %3"),
    QT_TRANSLATE_NOOP("messages", "a situation number such as ICC-02/05"),
    QT_TRANSLATE_NOOP("messages", "a case number such as ICC-02/05-01/09"),
    QT_TRANSLATE_NOOP("messages", "a filing number such as ICC-02/05-01/09-309-ENG"),
    QT_TRANSLATE_NOOP("messages", "a Security Council document such as S/2016/716"),
    QT_TRANSLATE_NOOP("messages", "a Security Council resolution such as S/RES/1593 (2005)"),
    QT_TRANSLATE_NOOP("messages", "%1 is not one of %2"),
    QT_TRANSLATE_NOOP("messages", "a document number is listed twice"),
    QT_TRANSLATE_NOOP("messages", "only a closed alert can be reopened"),
    QT_TRANSLATE_NOOP("messages", "log the alert first, then close it with its outcome"),
    QT_TRANSLATE_NOOP("messages", "%1 is already recorded"),
    QT_TRANSLATE_NOOP("messages", "a case of %1 is numbered %1-NN/NN"),
    QT_TRANSLATE_NOOP("messages", "is before the day it was issued"),
    QT_TRANSLATE_NOOP("messages", "only a warrant issued under seal is unsealed"),
    QT_TRANSLATE_NOOP("messages", "is before the decision"),
    QT_TRANSLATE_NOOP("messages", "is before the letter's date"),
    QT_TRANSLATE_NOOP("messages", "no such record"),
    QT_TRANSLATE_NOOP("messages", "no such record; choose one from the list"),
    QT_TRANSLATE_NOOP("messages", "is not a document of %1"),
    QT_TRANSLATE_NOOP("messages", "belongs to another situation"),
    QT_TRANSLATE_NOOP("messages", "a Security Council document means it was referred to the Council"),
    QT_TRANSLATE_NOOP("messages", "give the Security Council document for that date"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a document of %2"),
    QT_TRANSLATE_NOOP("messages", "this event is already recorded for this State on that day"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a document of case %2"),
    QT_TRANSLATE_NOOP("messages", "%1 is already the number of “%2”"),
    QT_TRANSLATE_NOOP("messages", "The backup %1 %2."),
    QT_TRANSLATE_NOOP("messages", "Choose another backup."),
    QT_TRANSLATE_NOOP("messages", "%1 exists; open ncdesk and restore from the File menu instead."),
    QT_TRANSLATE_NOOP("messages", "is encrypted: unlock the database first"),
    QT_TRANSLATE_NOOP("messages", "was encrypted with another passphrase (an earlier one, or another folder's)"),
    QT_TRANSLATE_NOOP("messages", "cannot be opened: %1"),
    QT_TRANSLATE_NOOP("messages", "is not an ncdesk database"),
    QT_TRANSLATE_NOOP("messages", "is damaged (%1)"),
    QT_TRANSLATE_NOOP("messages", "is damaged (its schema is unreadable)"),
    QT_TRANSLATE_NOOP("messages", "The backup could not be written (%1)."),
    QT_TRANSLATE_NOOP("messages", "Check the disk space; nothing was lost."),
    QT_TRANSLATE_NOOP("messages", "The backup could not be written to %1 (%2)."),
    QT_TRANSLATE_NOOP("messages", "Free some space or check the folder; the database itself is untouched."),
    QT_TRANSLATE_NOOP("messages", "%1 %2"),
    QT_TRANSLATE_NOOP("messages", "Type it again (it is case-sensitive); nothing was changed."),
    QT_TRANSLATE_NOOP(
        "messages", "Give the passphrase: at the prompt, or with --passphrase-file FILE or NCDESK_PASSPHRASE_FILE."
    ),
    QT_TRANSLATE_NOOP("messages", "The database %1 is encrypted, but its key-derivation file %2 is missing."),
    QT_TRANSLATE_NOOP("messages", "Put it back from your own copy; nothing was changed."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The file %1 is damaged: its first 16 bytes (the salt its key is made from) match no key made in this data folder, and it does not open with this folder's passphrase (or it was copied here from a data folder with another passphrase).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "The passphrase must have at least %1 characters."),
    QT_TRANSLATE_NOOP("messages", "The passphrase cannot be only spaces."),
    QT_TRANSLATE_NOOP(
        "messages",
        "A copy is kept at %1: copy it back into the data folder, then open ncdesk again. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("messages", "%1 was encrypted with a passphrase ncdesk has no record of."),
    QT_TRANSLATE_NOOP("messages", "It may be damaged, or come from another data folder; nothing was changed."),
    QT_TRANSLATE_NOOP("messages", "The passphrase is wrong."),
    QT_TRANSLATE_NOOP("messages", "The key-derivation file %1 cannot be read (%2)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Put back the copy kept in the backups folder, or restore it from your own copy; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("messages", "The database file is damaged (%1): it does not start as an SQLite file."),
    QT_TRANSLATE_NOOP("messages", "%1 is an SQLite file, but not an ncdesk database."),
    QT_TRANSLATE_NOOP("messages", "%1 was written by a newer ncdesk (schema %2, this is ncdesk %3 with schema %4)."),
    QT_TRANSLATE_NOOP("messages", "The database file is damaged (%1): %2."),
    QT_TRANSLATE_NOOP("messages", "The database file cannot be read (%1): its schema is damaged."),
    QT_TRANSLATE_NOOP("messages", "The backup copy %1 failed its check: %2."),
    QT_TRANSLATE_NOOP("messages", "Cannot use write-ahead logging for %1 (journal mode is %2)."),
    QT_TRANSLATE_NOOP("messages", "The database file is damaged (%1): its schema is unreadable."),
    QT_TRANSLATE_NOOP("messages", "The encrypted database file is damaged (%1): it does not decrypt."),
    QT_TRANSLATE_NOOP("messages", "The database file cannot be read (%1): %2."),
    QT_TRANSLATE_NOOP("messages", "Cannot open %1: %2"),
    QT_TRANSLATE_NOOP("messages", "Nothing was changed."),
    QT_TRANSLATE_NOOP("messages", "Deriving the key…"),
    QT_TRANSLATE_NOOP("messages", "Encrypting the database…"),
    QT_TRANSLATE_NOOP("messages", "Decrypting the database…"),
    QT_TRANSLATE_NOOP("messages", "The converted copy %1 was not encrypted with the new key."),
    QT_TRANSLATE_NOOP("messages", "Converting backup %1 of %2…"),
    QT_TRANSLATE_NOOP("messages", "The attachment %1 is encrypted; unlock the database first."),
    QT_TRANSLATE_NOOP("messages", "Converting attachment %1 of %2…"),
    QT_TRANSLATE_NOOP("messages", "Converting damaged copy %1 of %2…"),
    QT_TRANSLATE_NOOP("messages", "Encrypted the database, %1 backup(s), %2 damaged copy(ies) and %3 attachment(s)."),
    QT_TRANSLATE_NOOP("messages", "Encrypted %1 backup(s), %2 damaged copy(ies) and %3 attachment(s) left in clear."),
    QT_TRANSLATE_NOOP("messages", "Removed %1 unfinished backup or conversion file(s)."),
    QT_TRANSLATE_NOOP("messages", "Removed %1 unreadable plain copy(ies) with your agreement."),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 plain copy(ies) could not be read to be encrypted and stay readable by anyone who has this computer's "
        "files: %2.",
    ),
    QT_TRANSLATE_NOOP("messages", "The database is already encrypted."),
    QT_TRANSLATE_NOOP("messages", "Use Change passphrase instead."),
    QT_TRANSLATE_NOOP("messages", "The database is not encrypted."),
    QT_TRANSLATE_NOOP("messages", "Use Encrypt this database instead."),
    QT_TRANSLATE_NOOP("messages", "Re-encrypting the database…"),
    QT_TRANSLATE_NOOP("messages", "%1 backup(s) could not be decrypted (%2)."),
    QT_TRANSLATE_NOOP(
        "messages", "Delete them (Restore a backup… shows them) or restore them first; the database is still encrypted."
    ),
    QT_TRANSLATE_NOOP("messages", "The converted copy %1 failed its check (%2)."),
    QT_TRANSLATE_NOOP("messages", "The converted copy %1 does not hold every record."),
    QT_TRANSLATE_NOOP("messages", "The converted copy %1 is not marked as ncdesk's."),
    QT_TRANSLATE_NOOP("messages", "The stored attachment %1 is damaged: it does not decrypt."),
    QT_TRANSLATE_NOOP("messages", "The database is still in use by another connection; close it and try again."),
    QT_TRANSLATE_NOOP("messages", "Install the newer version of ncdesk to open it; the file was left unchanged."),
    # a read-only data folder (issue 17, case 8)
    QT_TRANSLATE_NOOP("messages", "The data folder %1 is read-only: you can read and export, nothing can be saved."),
    QT_TRANSLATE_NOOP(
        "messages", "To change it, copy the folder to a place you may write to and open the copy (--data-dir)."
    ),
    QT_TRANSLATE_NOOP(
        "messages", "The data folder %1 is read-only and holds no database; ncdesk cannot create one there."
    ),
    QT_TRANSLATE_NOOP("messages", "Choose a folder you may write to (--data-dir)."),
    QT_TRANSLATE_NOOP("messages", "%1 The folder is read-only, so the file was left as it is."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Copy the folder to a place you may write to, open the copy and restore its last good backup there.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 was written by an older ncdesk and must be upgraded, which cannot be done in a read-only folder.",
    ),
    QT_TRANSLATE_NOOP("messages", "Copy the data folder to a place you may write to and open the copy (--data-dir)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 was not closed cleanly: its last changes are in %2, which can only be read in a folder you may write to.",
    ),
    QT_TRANSLATE_NOOP("messages", "Restore the last good backup; the damaged file was not changed."),
    QT_TRANSLATE_NOOP("messages", "Close the other ncdesk window or command using it, then try again."),
    QT_TRANSLATE_NOOP("messages", "Check that you may write to the data folder, or choose another with --data-dir."),
    QT_TRANSLATE_NOOP("messages", "Free some space on the disk, then try again; nothing was saved."),
    QT_TRANSLATE_NOOP("messages", "Restore the last good backup: ncdesk restore %1 (in the window: File ▸ Restore…)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 Or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "There is no good backup. To start anew, with an empty database: ncdesk init --new (in the window: Start a new database); ncdesk does not do it by itself.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The database of %1 was moved to %2 on %3 because it was damaged; ncdesk does not start a new database by itself.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "%1 (%2)"),
    QT_TRANSLATE_NOOP(
        "messages",
        "The database of %1 was moved aside as damaged; ncdesk does not start a new database by itself.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The database of the encrypted data folder %1 is missing; ncdesk does not start a new database by itself (it would not be encrypted).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Restore the last good backup: ncdesk restore %1 (in the window: Restore the backup). Or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Restore a backup if you have one (ncdesk backups lists them; ncdesk restore FILE), or start anew, with an empty database: ncdesk init --new (in the window: Start a new database).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The data folder %1 is encrypted: a new database there is encrypted with its passphrase.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "There is a database in %1 already; nothing was changed."),
    QT_TRANSLATE_NOOP("messages", "A new database is started only where the damaged one was moved aside."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Changes recorded up to number %1 are missing from the database %2 (it ends at number %3): its write-ahead log (-wal) was lost.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "The database file %1 is empty (0 bytes)."),
    QT_TRANSLATE_NOOP("messages", "The damaged file was moved to %1; nothing was deleted."),
    QT_TRANSLATE_NOOP("messages", "The database is in use by another ncdesk%1."),
    QT_TRANSLATE_NOOP("messages", "The database cannot be written%1."),
    QT_TRANSLATE_NOOP("messages", "The disk is full%1."),
    QT_TRANSLATE_NOOP("messages", "The database file is damaged or not an ncdesk database%1."),
    QT_TRANSLATE_NOOP("messages", "The database file cannot be opened%1."),
    QT_TRANSLATE_NOOP("messages", "The disk reported an input/output error%1."),
    QT_TRANSLATE_NOOP("messages", "The database is damaged: the column %1 holds text that is not valid UTF-8%2."),
    QT_TRANSLATE_NOOP("messages", "Choose a data folder with a shorter path, with --data-dir (or NCDESK_DATA_DIR)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The path of the data folder is too long (%1 bytes; at most %2): its database and backups could not be written (%3).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages", "the workbook's XML declares entities or a DTD (an XML bomb?), in %1; refused unread"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The passphrase is one of the commonest or close to one: it would be guessed at once. Add another word or two; uncommon words are best.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The passphrase is weak: someone with the laptop could guess it with some effort. A sentence of four or more uncommon words is much safer.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Run ncdesk check to see where, then ncdesk check --repair to mend it (the damaged characters become �); or restore the last good backup: ncdesk restore %1.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Run ncdesk check to see where, then ncdesk check --repair to mend it (the damaged characters become �).",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "Free some space or close the other program using the database, then export again to record it."
    ),
    QT_TRANSLATE_NOOP("messages", "%1 was written, but the export could not be recorded in the history: %2"),
    QT_TRANSLATE_NOOP("messages", "Nothing was changed. Edit the record itself instead."),
    QT_TRANSLATE_NOOP("messages", "No change %1 in the history."),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 wrote a file, which the database cannot take back; delete the file if it should not exist (the history keeps the record of the export).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "The change %1 wrote nothing; there is nothing to revert."),
    QT_TRANSLATE_NOOP("messages", "Cannot revert a change to %1."),
    QT_TRANSLATE_NOOP("messages", "Cannot revert %1: the record it added is gone."),
    QT_TRANSLATE_NOOP("messages", "There is nothing to undo."),
    QT_TRANSLATE_NOOP("messages", "There is nothing to redo."),
    QT_TRANSLATE_NOOP("messages", "Cannot revert %1: the record exists again."),
    QT_TRANSLATE_NOOP("messages", "Cannot revert %1: the record it changed is gone."),
    QT_TRANSLATE_NOOP("messages", "Cannot revert %1: %2 was changed again since."),
    QT_TRANSLATE_NOOP("messages", "Cannot revert %1: records added since refer to what it added."),
    QT_TRANSLATE_NOOP("messages", "Close the other ncdesk (window or command) using this data folder, then try again."),
    QT_TRANSLATE_NOOP("messages", "%1, process %2 on %3"),
    QT_TRANSLATE_NOOP("messages", "%1, process %2"),
    QT_TRANSLATE_NOOP("messages", "ncdesk is already open on this data folder (%1)."),
    QT_TRANSLATE_NOOP("messages", "ncdesk is already open on this data folder (%1, since %2)."),
    QT_TRANSLATE_NOOP("messages", "No %1 with id %2."),
    QT_TRANSLATE_NOOP("messages", "These are one record already: there is nothing to merge."),
    QT_TRANSLATE_NOOP("messages", "%1 has no field %2"),
    QT_TRANSLATE_NOOP("messages", "no State given"),
    QT_TRANSLATE_NOOP("messages", "%1 matches several States: %2; say which"),
    QT_TRANSLATE_NOOP("messages", "unknown State %1"),
    QT_TRANSLATE_NOOP("messages", "unknown State %1; closest: %2"),
    QT_TRANSLATE_NOOP("messages", "no person given"),
    QT_TRANSLATE_NOOP("messages", "%1 matches several persons: %2; say which"),
    QT_TRANSLATE_NOOP("messages", "unknown person %1"),
    QT_TRANSLATE_NOOP("messages", "unknown person %1; closest: %2"),
    QT_TRANSLATE_NOOP("messages", "no situation given"),
    QT_TRANSLATE_NOOP("messages", "%1 matches several situations: %2; say which"),
    QT_TRANSLATE_NOOP("messages", "unknown situation %1"),
    QT_TRANSLATE_NOOP("messages", "unknown situation %1; closest: %2"),
    QT_TRANSLATE_NOOP("messages", "no case given"),
    QT_TRANSLATE_NOOP("messages", "%1 matches several cases: %2; say which"),
    QT_TRANSLATE_NOOP("messages", "unknown case %1"),
    QT_TRANSLATE_NOOP("messages", "unknown case %1; closest: %2"),
    QT_TRANSLATE_NOOP("messages", "%1: give at least the first 4 characters of the alert's id"),
    QT_TRANSLATE_NOOP("messages", "no travel alert has an id starting with %1 (see ncdesk alert list)"),
    QT_TRANSLATE_NOOP("messages", "%1 matches %2 alerts; give more characters of the id"),
    QT_TRANSLATE_NOOP("messages", "cannot be added: %1"),
    QT_TRANSLATE_NOOP("messages", "the format is %1; expected %2"),
    QT_TRANSLATE_NOOP("messages", "expected a whole number, found %1"),
    QT_TRANSLATE_NOOP("messages", "written by a newer ncdesk (format version %1); this ncdesk reads version %2"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a format version"),
    QT_TRANSLATE_NOOP("messages", "expected an object of tables, each a list of rows"),
    QT_TRANSLATE_NOOP("messages", "no table"),
    QT_TRANSLATE_NOOP("messages", "holds none of the tables of an ncdesk export (found %1)"),
    QT_TRANSLATE_NOOP("messages", "expected text or null"),
    QT_TRANSLATE_NOOP("messages", "another record already has this value"),
    QT_TRANSLATE_NOOP("messages", "refers to a record that is neither in the file nor in the database"),
    QT_TRANSLATE_NOOP("messages", "a value is not allowed"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a day that exists, written YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("messages", "the value %1 is not allowed here"),
    QT_TRANSLATE_NOOP("messages", "the last day (%1) is before the first (%2)"),
    QT_TRANSLATE_NOOP("messages", "mapped to %1, which is not a column of %2"),
    QT_TRANSLATE_NOOP("messages", "%1 is a name used for several States (%2); say which"),
    QT_TRANSLATE_NOOP("messages", "%1 is mapped to %2: %3"),
    QT_TRANSLATE_NOOP("messages", "%1 may be %2 (day first) or %3 (month first): say which the file uses"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a date when the day comes %2: there is no month %3"),
    QT_TRANSLATE_NOOP("messages", "first"),
    QT_TRANSLATE_NOOP("messages", "second"),
    QT_TRANSLATE_NOOP("messages", "expected %1, found %2"),
    QT_TRANSLATE_NOOP("messages", "expected a list of rows, found a JSON %1"),
    QT_TRANSLATE_NOOP("messages", "expected an object, found a JSON %1"),
    QT_TRANSLATE_NOOP("messages", "expected the record's id (a UUID of 36 characters)"),
    QT_TRANSLATE_NOOP("messages", "this id is already the id of a %1"),
    QT_TRANSLATE_NOOP("messages", "recorded here as a %1 record, in the file as a %2 record"),
    QT_TRANSLATE_NOOP("messages", "the same id as row %1 of this table, with different content"),
    QT_TRANSLATE_NOOP("messages", "a number is too large"),
    QT_TRANSLATE_NOOP("messages", "contains an unpaired surrogate (U+D800–U+DFFF), which is not text"),
    QT_TRANSLATE_NOOP("messages", "expected a list of texts"),
    QT_TRANSLATE_NOOP("messages", "expected text, a number or null, found a JSON %1"),
    QT_TRANSLATE_NOOP("messages", "the same id as row %1 of the sheet “%2”"),
    QT_TRANSLATE_NOOP("messages", "duplicate of row %1 of the sheet “%2” (the same %3)"),
    QT_TRANSLATE_NOOP("messages", "the columns fit several kinds of record; choose the kind (--kind)"),
    QT_TRANSLATE_NOOP("messages", "the same id as row %1 of this sheet"),
    QT_TRANSLATE_NOOP("messages", "duplicate of row %1 of this sheet (the same %2)"),
    QT_TRANSLATE_NOOP(
        "messages",
        "no column is recognised: the header row must name the columns, or they must be mapped "
        "(see the templates; docs/IMPORT_FORMAT.md)",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "cannot tell which kind of record this is; as %1 it lacks the column(s) %2 (or choose the kind: --kind)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "duplicate of a %1 already recorded (the same %2): “%3”, id %4"),
    QT_TRANSLATE_NOOP("messages", "the same id as row %1 of this file"),
    QT_TRANSLATE_NOOP("messages", "duplicate of row %1 of this file (the same %2)"),
    QT_TRANSLATE_NOOP("messages", "person, destinations and dates"),
    QT_TRANSLATE_NOOP("messages", "State, date and addressee"),
    QT_TRANSLATE_NOOP("messages", "kind, title and dates"),
    QT_TRANSLATE_NOOP("messages", "name"),
    QT_TRANSLATE_NOOP("messages", "ICC document number"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a kind that can be imported"),
    QT_TRANSLATE_NOOP("messages", "stopped after %1 problems; correct these first"),
    QT_TRANSLATE_NOOP("messages", "sheet “%1” is not read (only the first sheet is, unless sheets are named by kind)"),
    QT_TRANSLATE_NOOP("messages", "no rows to import below the header"),
    # finding the table in a sheet (io/readers_tables.py)
    QT_TRANSLATE_NOOP("messages", "row 1 above the header is not read: %1"),
    QT_TRANSLATE_NOOP("messages", "rows 1–%1 above the header are not read: %2"),
    QT_TRANSLATE_NOOP("messages", "row %1 is the import template's example: not imported"),
    QT_TRANSLATE_NOOP(
        "messages",
        "this row is marked as the template's example (%1) but holds other values: "
        "delete that cell to import the row, or delete the row",
    ),
    QT_TRANSLATE_NOOP("messages", "sheet “%1”: %2"),
    QT_TRANSLATE_NOOP("messages", "row %1 repeats the header: not read"),
    QT_TRANSLATE_NOOP("messages", "more than %1 merged ranges in a sheet"),
    QT_TRANSLATE_NOOP("messages", "expected a record id (a UUID); leave it empty for a new record"),
    QT_TRANSLATE_NOOP("messages", "sheet “%1” is not read (its name is not one of the kinds imported)"),
    QT_TRANSLATE_NOOP("messages", "no sheet of %1 in the workbook"),
    QT_TRANSLATE_NOOP("messages", "two sheets hold %1"),
    QT_TRANSLATE_NOOP("messages", "unknown column; the columns of %1 are: %2"),
    QT_TRANSLATE_NOOP("messages", "required column missing"),
    QT_TRANSLATE_NOOP("messages", "a value in column %1, which the header row does not name"),
    QT_TRANSLATE_NOOP("messages", "%1; %2"),
    QT_TRANSLATE_NOOP("messages", "this record was deleted; restore it (Edit ▸ Restore) or leave the id empty"),
    QT_TRANSLATE_NOOP("messages", "a closed alert needs its outcome: %1"),
    QT_TRANSLATE_NOOP("messages", "nothing was read"),
    QT_TRANSLATE_NOOP("messages", "column %1 has values but no name"),
    QT_TRANSLATE_NOOP("messages", "the same column as “%1”"),
    QT_TRANSLATE_NOOP("messages", "this id belongs to a %1"),
    QT_TRANSLATE_NOOP(
        "messages",
        "a different %1 is recorded with this id (it differs in: %2); leave the id empty to add it as a new record",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "an outcome is recorded only for a closed alert"),
    QT_TRANSLATE_NOOP("messages", "the %1 after those were not checked"),
    QT_TRANSLATE_NOOP("messages", "the cell holds %1 characters; at most %2 are read"),
    QT_TRANSLATE_NOOP("messages", "contains the control character %1, which is not text"),
    QT_TRANSLATE_NOOP("messages", "an object with keys %1"),
    QT_TRANSLATE_NOOP("messages", "a value"),
    QT_TRANSLATE_NOOP(
        "messages",
        'expected a list of records ([{...}, ...]) or an ncdesk export ({"format": "ncdesk-export", ...}); found %1',  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "contains a NUL character on line %1: this is not a text file (or UTF-16 without a BOM)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "the first row must name the columns (see the template)"),
    QT_TRANSLATE_NOOP("messages", "the workbook holds %1 parts; at most %2 are read"),
    QT_TRANSLATE_NOOP("messages", "the workbook is encrypted or password-protected; save an unprotected copy"),
    QT_TRANSLATE_NOOP(
        "messages",
        "the workbook unpacks to %1 bytes; at most %2 are read (a damaged file or a zip bomb)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "a zip file but not an Excel workbook (.xlsx)"),
    QT_TRANSLATE_NOOP("messages", "more than %1 records; split the file"),
    QT_TRANSLATE_NOOP("messages", "the records have no fields"),
    QT_TRANSLATE_NOOP("messages", "the file is %1 bytes; at most %2 are read"),
    QT_TRANSLATE_NOOP("messages", "the file is empty"),
    QT_TRANSLATE_NOOP(
        "messages",
        "the file is not UTF-8 text (byte %1 on line %2); save it as “CSV UTF-8” (Excel) or “Unicode (UTF-8)” (LibreOffice)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "the file is not valid %1 text (line %2)"),
    QT_TRANSLATE_NOOP("messages", "cannot be read as CSV: %1"),
    QT_TRANSLATE_NOOP("messages", "not a readable Excel workbook (.xlsx): the file is damaged or truncated (%1)"),
    QT_TRANSLATE_NOOP("messages", "the part %1 is compressed %2 to 1: refused"),
    QT_TRANSLATE_NOOP("messages", "an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx)"),
    QT_TRANSLATE_NOOP("messages", "not a readable Excel workbook (.xlsx): %1"),
    QT_TRANSLATE_NOOP("messages", "not valid JSON: %1"),
    QT_TRANSLATE_NOOP("messages", "the JSON is nested too deeply"),
    QT_TRANSLATE_NOOP("messages", "record %1 is a JSON %2; each record must be an object"),
    QT_TRANSLATE_NOOP("messages", "is a folder, not a file"),
    QT_TRANSLATE_NOOP("messages", "no such file"),
    QT_TRANSLATE_NOOP("messages", "cannot be read (no permission)"),
    QT_TRANSLATE_NOOP("messages", "cannot be read: %1"),
    QT_TRANSLATE_NOOP("messages", "the list holds no records"),
    QT_TRANSLATE_NOOP("messages", "more than %1 rows; split the file"),
    QT_TRANSLATE_NOOP("messages", "%1 columns; at most %2 are read"),
    QT_TRANSLATE_NOOP("messages", "the workbook's XML declares entities or a DTD (an XML bomb?); refused unread"),
    QT_TRANSLATE_NOOP("messages", "more than %1 columns"),
    QT_TRANSLATE_NOOP("messages", "more than %1 different keys"),
    QT_TRANSLATE_NOOP("messages", "a JSON %1 here; expected text, a number or a list of texts"),
    QT_TRANSLATE_NOOP("messages", "%1: the file name must end in .pdf or .docx"),
    QT_TRANSLATE_NOOP("messages", "The PDF could not be typeset (%1): %2"),
    QT_TRANSLATE_NOOP("messages", "%1 is a folder; give a file name"),
    QT_TRANSLATE_NOOP("messages", "the folder %1 does not exist; create it or choose another"),
    QT_TRANSLATE_NOOP("messages", "the alert has no destination State to write to"),
    QT_TRANSLATE_NOOP("messages", "an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx)"),
    QT_TRANSLATE_NOOP("messages", "the workbook has no rows"),
    QT_TRANSLATE_NOOP(
        "messages",
        "The data folder %1 is on a network drive%2. SQLite databases can be damaged over a network connection; move the data folder to a local disk.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The data folder %1 is inside %2, a folder synchronised to the cloud. A synchronised copy of an open database can be damaged or leak; move the data folder to an ordinary local folder (ncdesk --data-dir, or NCDESK_DATA_DIR) and keep copies with the backups instead.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "%1 is not a file"),
    QT_TRANSLATE_NOOP("messages", "the window"),
    # Exchange packages and contact cards (io/package.py).
    QT_TRANSLATE_NOOP("messages", "A card needs a name, such as “Mexico — focal point”."),
    QT_TRANSLATE_NOOP("messages", "A card's name has at most %1 characters; this one has %2."),
    QT_TRANSLATE_NOOP("messages", "A card's name is one line of text, without control characters."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The card is damaged (changed or cut when it was copied): ask its owner to send it again.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The card was made by a newer ncdesk (card format %1): update ncdesk, then add it again.",
    ),
    QT_TRANSLATE_NOOP("messages", "No ncdesk card in this text: give the whole card, from %1 to %2."),
    QT_TRANSLATE_NOOP("messages", "This text holds %1 different cards: add them one at a time."),
    QT_TRANSLATE_NOOP("messages", "This file is not an ncdesk package: nothing was read from it."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The package is incomplete (cut short, perhaps still being copied): wait until the copy has finished, or ask the sender to send it again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The package is addressed to other focal points, not to this installation: ask the sender to share it to you (with your current card).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The package is locked with a passphrase (a handover): give the passphrase its sender chose.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The passphrase does not open this package: type it again (it is case-sensitive), or ask the sender.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The package was made by a newer ncdesk (package format %1; this one reads up to %2): update ncdesk, then receive it again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The package was changed or damaged after it was signed (or the copy is incomplete): nothing was read from it; ask the sender to send it again.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The package is signed by %1 (fingerprint %2), who is not among your contacts: compare the fingerprint with them by phone, then add their card with `ncdesk contact add CARD`.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "The package is larger than ncdesk accepts (%1 bytes; at most %2): ask the sender to share fewer changes at a time.",  # noqa: E501
    ),
    # Sharing between laptops (store/records/exchange.py, io/sharing.py).
    QT_TRANSLATE_NOOP(
        "messages", "The record changed since the package was previewed (an edit, or another package received)."
    ),
    QT_TRANSLATE_NOOP("messages", "Nothing was changed. Open the package again to see what it would do now."),
    QT_TRANSLATE_NOOP("messages", "an attached file is malformed"),
    QT_TRANSLATE_NOOP("messages", "an attached file has the name of one already here"),
    QT_TRANSLATE_NOOP("messages", "an attached file does not match its fingerprint"),
    QT_TRANSLATE_NOOP("messages", "its attached files are malformed"),
    QT_TRANSLATE_NOOP("messages", "an attached file has a name ncdesk does not make"),
    QT_TRANSLATE_NOOP("messages", "the file %1 is not text"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Nothing was changed. If they publish them (the Secretariat), mark them so: ncdesk contact add CARD --publisher, or in the Team view.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("messages", "Say whom the release is for (contacts)."),
    QT_TRANSLATE_NOOP("messages", "its content is not readable (%1)"),
    QT_TRANSLATE_NOOP("messages", "%1 is missing"),
    QT_TRANSLATE_NOOP("messages", "it was signed by %1 but says it comes from another installation"),
    QT_TRANSLATE_NOOP("messages", "The package was made by a newer ncdesk (release format %1; this ncdesk reads %2)."),
    QT_TRANSLATE_NOOP("messages", "it holds a file that is not reference data (%1)"),
    QT_TRANSLATE_NOOP("messages", "it holds no reference files"),
    QT_TRANSLATE_NOOP("messages", "The package holds the reference release %1, older than the one here (%2)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The package is a reference release, and %1 is not marked as the publisher of reference releases.",
    ),
    QT_TRANSLATE_NOOP("messages", "its reference data is not valid (%1)"),
    QT_TRANSLATE_NOOP("messages", "Say whom the package is for (a contact), or give a passphrase for a handover."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The package cannot be applied: it was signed by %1 but says it comes from another installation.",
    ),
    QT_TRANSLATE_NOOP("messages", "Nothing was changed. Ask the sender for a new package."),
    QT_TRANSLATE_NOOP("messages", "The package cannot be applied: its content is not readable (%1)."),
    QT_TRANSLATE_NOOP("messages", "The file %1 is too large for a package (%2 bytes)."),
    QT_TRANSLATE_NOOP("messages", "Cannot read %1: %2."),
    QT_TRANSLATE_NOOP("messages", "Create it first: ncdesk identity --name NAME."),
    QT_TRANSLATE_NOOP("messages", "none yet"),
    QT_TRANSLATE_NOOP("messages", "No contact is called %1 (contacts: %2)."),
    QT_TRANSLATE_NOOP("messages", "The package cannot be applied: %1."),
    QT_TRANSLATE_NOOP("messages", "This data folder has no identity for sharing yet."),
    QT_TRANSLATE_NOOP("messages", "This card is this data folder's own card."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The contact %1 is already recorded with other keys: a card that claims to be theirs with different keys may not come from them.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Compare the fingerprint with them by phone; if they made new keys, remove the contact first.",
    ),
    QT_TRANSLATE_NOOP("messages", "These keys are already the contact %1's."),
    QT_TRANSLATE_NOOP("messages", "%1 has no valid version"),
    QT_TRANSLATE_NOOP("messages", "it does not hold ncdesk changes"),
    QT_TRANSLATE_NOOP("messages", "its format version is missing"),
    QT_TRANSLATE_NOOP("messages", "The package was made by a newer ncdesk (changes format %1; this ncdesk reads %2)."),
    QT_TRANSLATE_NOOP("messages", "Nothing was changed. Update ncdesk, then receive it again."),
    QT_TRANSLATE_NOOP("messages", "the sender's name or the date is missing"),
    QT_TRANSLATE_NOOP("messages", "its clock is missing"),
    QT_TRANSLATE_NOOP("messages", "its records are missing"),
    QT_TRANSLATE_NOOP(
        "messages",
        "%1 conflict(s) wait for a decision: the same field was changed here and by the sender.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Nothing was changed. Choose for each, or receive with --take mine or --take theirs.",
    ),
    QT_TRANSLATE_NOOP("messages", "%1 names several contacts: %2."),
    QT_TRANSLATE_NOOP("messages", "Give the whole name."),
    QT_TRANSLATE_NOOP("messages", "%1 is not an id"),
    QT_TRANSLATE_NOOP("messages", "%1 is not a record of a known kind"),
    QT_TRANSLATE_NOOP("messages", "%1 has no valid id"),
    QT_TRANSLATE_NOOP("messages", "%1 has no valid origin"),
    QT_TRANSLATE_NOOP("messages", "%1 has no valid user_fields"),
    QT_TRANSLATE_NOOP("messages", "%1 has no fields"),
    QT_TRANSLATE_NOOP("messages", "removal %1 is malformed"),
    QT_TRANSLATE_NOOP("messages", "a record refers to one that is neither in the package nor here (%1)"),
    QT_TRANSLATE_NOOP("messages", "%1 has no valid %2"),
    QT_TRANSLATE_NOOP("messages", "%1, field %2, is malformed"),
    QT_TRANSLATE_NOOP("messages", "%1, field %2, is not a value"),
    QT_TRANSLATE_NOOP("messages", "%1, field %2, is too large"),
    QT_TRANSLATE_NOOP("messages", "the id %1 is a %2 here, not a %3"),
    QT_TRANSLATE_NOOP(
        "messages",
        "The package edits a reference record this ncdesk does not have (%1 %2): the sender has a newer reference release (%3).",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Nothing was changed. Update ncdesk (its reference data comes with it), then receive it again.",
    ),
    QT_TRANSLATE_NOOP("messages", "a %1 breaks a rule of this database (%2)"),
    QT_TRANSLATE_NOOP("messages", "a change to a %1 breaks a rule of this database (%2)"),
    # the complete export's rows refused by the forms' checks (io/full_import.py)
    QT_TRANSLATE_NOOP("messages", "required"),
    QT_TRANSLATE_NOOP("messages", "%1 %2 “%3”"),
)
