"""The exchange envelope and the cards (io/package.py): round trips, every refusal with its reason, the
signer check, cards pasted from e-mail, the phone fingerprint, mutated packages (300 in CI, 10,000 with
NCDESK_TORTURE=1: only refusals, never a traceback) and the `age` command line reading our files."""

from __future__ import annotations

import base64
import collections
import hashlib
import os
import random
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pyrage
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ncdesk.core.text import Message, said
from ncdesk.io.package import (
    FORMAT_VERSION,
    Card,
    CardError,
    Keys,
    Opened,
    PackageRefused,
    card_of,
    card_text,
    check_name,
    fingerprint,
    new_keys,
    open_package,
    parse_card,
    seal,
)

TORTURE = bool(os.environ.get("NCDESK_TORTURE"))
MUTATIONS = 10_000 if TORTURE else 300
BODY = b"".join(
    b'{"change": %d, "record": "alert", "field": "status", "value": "letter_sent"}\n' % i for i in range(12)
)

# A fixed identity: its fingerprint must never change from one ncdesk to the next (people compared it).
FIXED = Keys(
    "6f1c1d8e-3c57-4b4e-9d36-0a5e2b7f9c11",
    "Vanuatu — focal point",
    bytes(range(32)),
    "AGE-SECRET-KEY-1ZSCG53TY2XLT6Q6TNHCSKJMY74JL8LUY4A6V9UE6PY3GJNCXW6ZS4JCCR7",
)


def keys(name: str) -> Keys:
    return new_keys(name, str(uuid.uuid4()))


@pytest.fixture(scope="module")
def mexico() -> Keys:
    return keys("Mexico — focal point")


@pytest.fixture(scope="module")
def poland() -> Keys:
    return keys("Poland — focal point")


@pytest.fixture(scope="module")
def package(mexico: Keys, poland: Keys) -> bytes:
    """Mexico's package to Poland."""
    return seal(BODY, mexico, recipients=[card_of(poland)])


@pytest.fixture(scope="module")
def handover(mexico: Keys) -> bytes:
    """Mexico's handover, to a passphrase (scrypt takes about a second: made once)."""
    return seal(BODY, mexico, passphrase="tide-orchid-basalt-42")


def inner_of(data: bytes, reader: Keys) -> bytes:
    return bytes(pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(reader.age_secret)]))


def sealed_to(inner: bytes, reader: Keys) -> bytes:
    """*inner* encrypted with age to *reader*, as anyone who has its card can."""
    return bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(card_of(reader).age_recipient)]))


def refusal(data: bytes, reader: Keys, contacts: list[Card], **kwargs: object) -> PackageRefused:
    with pytest.raises(PackageRefused) as caught:
        open_package(data, reader, contacts, **kwargs)  # type: ignore[arg-type]
    refused = caught.value
    assert isinstance(said(refused), Message) and refused.message == str(refused)
    return refused


# ------------------------------------------------------------------------------------- keys and cards


def test_new_keys_make_a_card_with_public_keys_only() -> None:
    made = keys("Sierra Leone — focal point")
    card = card_of(made)
    assert (card.installation_id, card.name) == (made.installation_id, "Sierra Leone — focal point")
    assert len(made.signing_secret) == 32 and made.age_secret.startswith("AGE-SECRET-KEY-1")
    assert len(card.signing_public) == 32 and card.age_recipient.startswith("age1")
    assert card.signing_public != made.signing_secret
    assert made.age_secret not in repr(made) and made.signing_secret.hex() not in repr(made)
    assert made.age_secret not in card_text(card) and "AGE-SECRET" not in card_text(card)
    assert card_of(keys("Sierra Leone — focal point")) != card  # a new identity each time


def test_a_card_round_trips_through_its_file(mexico: Keys) -> None:
    card = card_of(mexico)
    text = card_text(card)
    assert parse_card(text) == card
    assert f"Fingerprint: {fingerprint(card)}" in text and "Name: Mexico — focal point" in text
    assert all(len(line) <= 100 for line in text.splitlines())  # e-mail keeps lines this short


@pytest.mark.parametrize("name", ["Poland — focal point", "جهة الاتصال — فانواتو", "Côte d'Ivoire 🇨🇮", "x" * 200])
def test_a_card_round_trips_pasted_from_an_email(name: str) -> None:
    card = card_of(keys(name))
    text = card_text(card)
    quoted = "\r\n".join("> " + line for line in text.splitlines())
    assert parse_card(quoted) == card
    twice = "\n".join(">> " + line if i % 2 else "> > " + line for i, line in enumerate(text.splitlines()))
    assert parse_card(twice) == card
    block = text[text.index("-----BEGIN") :]
    b64 = "".join(block.splitlines()[1:-1])
    rewrapped = "\n".join(["-----BEGIN NCDESK CARD-----", *re.findall(".{1,37}", b64), "-----END NCDESK CARD-----"])
    indented = rewrapped.replace("\n", "  \r\n    ")
    email = f"Dear colleagues,\r\n\r\nhere is our card:\r\n\r\n    {indented}  \r\n\r\nBest,\r\nM."
    assert parse_card(email) == card
    assert parse_card(block) == card  # the lines for people are not needed


def test_a_card_that_is_missing_cut_or_damaged_is_refused_with_a_sentence(mexico: Keys, poland: Keys) -> None:
    text = card_text(card_of(mexico))
    with pytest.raises(CardError, match="No ncdesk card in this text"):
        parse_card("Name: Mexico — focal point\nFingerprint: 1 2 3")
    with pytest.raises(CardError, match="The card is damaged"):
        parse_card(text[: text.index("-----END")])
    with pytest.raises(CardError, match="2 different cards"):
        parse_card(text + "\n" + card_text(card_of(poland)))
    assert parse_card(text + "\n> " + text.replace("\n", "\n> ")) == card_of(mexico)  # the same card quoted again
    lines = text.splitlines()
    first = lines.index("-----BEGIN NCDESK CARD-----") + 1
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    rng = random.Random(18)
    changed = 0
    for row in range(first, len(lines) - 1):
        for col in range(len(lines[row])):
            other = rng.choice(alphabet.replace(lines[row][col], ""))
            damaged = lines.copy()
            damaged[row] = lines[row][:col] + other + lines[row][col + 1 :]
            try:
                got = parse_card("\n".join(damaged))
            except CardError as exc:
                assert isinstance(said(exc), Message)
                changed += 1
            else:  # only the bits base64 drops at the end can change without changing the card
                assert got == card_of(mexico) and row == len(lines) - 2
    assert changed > 300


def test_a_card_from_a_newer_ncdesk_says_so(mexico: Keys) -> None:
    record = base64.b64decode("".join(card_text(card_of(mexico)).splitlines()[7:-1]))
    newer = base64.b64encode(record.replace(b"ncdesk-card 1\n", b"ncdesk-card 2\n")).decode()
    with pytest.raises(CardError, match=r"newer ncdesk \(card format 2\)"):
        parse_card(f"-----BEGIN NCDESK CARD-----\n{newer}\n-----END NCDESK CARD-----")


def test_names_on_cards() -> None:
    assert check_name("  Mexico — focal point ") == "Mexico — focal point"
    for bad, says in [("", "needs a name"), ("   ", "needs a name"), ("a\nb", "one line"), ("a\u2028b", "one line"),
                      ("x" * 201, "at most 200 characters")]:  # fmt: skip
        with pytest.raises(CardError, match=says):
            check_name(bad)
        with pytest.raises(CardError, match=says):
            new_keys(bad, str(uuid.uuid4()))


def test_the_fingerprint_is_stable_and_differs_between_keys(mexico: Keys, poland: Keys) -> None:
    fixed = card_of(FIXED)
    assert fingerprint(fixed) == "48278 50607 79249 94152 35481 81814"  # as every earlier ncdesk said it
    assert re.fullmatch(r"\d{5}( \d{5}){5}", fingerprint(card_of(mexico)))
    assert fingerprint(card_of(mexico)) != fingerprint(card_of(poland))
    renamed = Card(str(uuid.uuid4()), "Another name", fixed.signing_public, fixed.age_recipient)
    assert fingerprint(renamed) == fingerprint(fixed)  # the keys are what is compared
    other_age = Card(fixed.installation_id, fixed.name, fixed.signing_public, card_of(mexico).age_recipient)
    other_signing = Card(fixed.installation_id, fixed.name, card_of(mexico).signing_public, fixed.age_recipient)
    assert len({fingerprint(fixed), fingerprint(other_age), fingerprint(other_signing)}) == 3
    assert len({fingerprint(card_of(keys("x"))) for _ in range(50)}) == 50


# ------------------------------------------------------------------------------------------ round trips


def test_a_package_to_one_recipient_opens_for_it_and_for_its_sender(package: bytes, mexico: Keys, poland: Keys) -> None:
    assert open_package(package, poland, [card_of(mexico)]) == Opened(card_of(mexico), BODY)
    assert open_package(package, mexico, []) == Opened(card_of(mexico), BODY)  # its own package
    assert BODY not in package and b"ncdesk-package" not in package and package.startswith(b"age-encryption.org/v1\n")


def test_a_package_to_three_recipients(mexico: Keys) -> None:
    readers = [keys(f"Focal point {i}") for i in range(3)]
    outsider = keys("Outsider")
    data = seal(b"", mexico, recipients=[card_of(k) for k in readers] + [card_of(readers[0])])
    assert data.count(b"\n-> X25519 ") == 4  # three recipients (one given twice) and the sender
    for reader in [*readers, mexico]:
        assert open_package(data, reader, [card_of(mexico)]) == Opened(card_of(mexico), b"")
    assert refusal(data, outsider, [card_of(mexico)]).reason == "not_for_you"


def test_the_signer_is_the_contact_as_recorded_here(package: bytes, mexico: Keys, poland: Keys) -> None:
    mine = Card(card_of(mexico).installation_id, "Mexico (Ana)", card_of(mexico).signing_public,
                card_of(mexico).age_recipient)  # fmt: skip
    others = [card_of(keys(f"Contact {i}")) for i in range(3)]
    assert open_package(package, poland, [*others, mine]).signer == mine


def test_a_handover_to_a_passphrase(handover: bytes, mexico: Keys, poland: Keys) -> None:
    assert b"\n-> scrypt " in handover
    assert open_package(handover, poland, [card_of(mexico)], passphrase="tide-orchid-basalt-42").body == BODY
    assert refusal(handover, poland, [card_of(mexico)]).reason == "passphrase_needed"
    wrong = refusal(handover, poland, [card_of(mexico)], passphrase="Tide-orchid-basalt-42")
    assert wrong.reason == "wrong_passphrase" and "case-sensitive" in wrong.message
    with pytest.raises(ValueError, match="not both"):
        seal(BODY, mexico, recipients=[card_of(poland)], passphrase="x")
    with pytest.raises(ValueError, match="not neither"):
        seal(BODY, mexico)


def test_a_passphrase_given_for_a_package_to_recipients_is_not_needed(
    package: bytes, mexico: Keys, poland: Keys
) -> None:
    assert open_package(package, poland, [card_of(mexico)], passphrase="anything").body == BODY


# -------------------------------------------------------------------------------------------- refusals


def test_an_unknown_signer_is_refused_with_its_card_and_fingerprint(package: bytes, mexico: Keys, poland: Keys) -> None:
    refused = refusal(package, poland, [card_of(keys("Someone else"))])
    assert refused.reason == "unknown_signer" and refused.card == card_of(mexico)
    assert "Mexico — focal point" in refused.message and fingerprint(card_of(mexico)) in refused.message
    assert "compare the fingerprint with them by phone" in refused.message
    assert "ncdesk contact add CARD" in refused.message


def test_a_signer_who_claims_a_contacts_name_and_id_is_still_unknown(mexico: Keys, poland: Keys) -> None:
    impostor = Keys(mexico.installation_id, mexico.name, keys("x").signing_secret, keys("x").age_secret)
    data = seal(BODY, impostor, recipients=[card_of(poland)])
    refused = refusal(data, poland, [card_of(mexico)])
    assert refused.reason == "unknown_signer" and refused.card == card_of(impostor)
    assert fingerprint(card_of(impostor)) in refused.message


def test_a_body_signed_by_one_key_and_claimed_by_another_is_tampered(
    package: bytes, mexico: Keys, poland: Keys
) -> None:
    inner = inner_of(package, poland)
    forger = keys("Forger")
    forged = seal(b"other changes", forger, recipients=[card_of(poland)])
    forged_inner = inner_of(forged, poland)
    header, _, _ = inner.partition(b"\nsignature ")
    _, _, tail = forged_inner.partition(b"\nsignature ")  # the forger's signature and body under Mexico's header
    swapped = header.replace(f"length {len(BODY)}".encode(), b"length 13") + b"\nsignature " + tail
    assert refusal(sealed_to(swapped, poland), poland, [card_of(mexico), card_of(forger)]).reason == "tampered"
    signer = inner.split(b"\nsigner ", 1)[1].split(b"\n", 1)[0]
    record = base64.b64decode(signer)
    # the carried card renamed (with its check line made right again): the signature covers it
    lines = record.replace(b"name Mexico", b"name Mexic0").split(b"\n")[:-2]
    body = b"\n".join(lines) + b"\n"
    renamed_card = body + b"check " + hashlib.sha256(body).hexdigest()[:8].encode() + b"\n"
    renamed = inner.replace(signer, base64.b64encode(renamed_card))
    assert renamed != inner
    assert refusal(sealed_to(renamed, poland), poland, [card_of(mexico)]).reason == "tampered"


@pytest.mark.parametrize(
    "data",
    [
        b"hello",
        b"%PDF-1.7\n",
        b"PK\x03\x04" + bytes(60),
        b"age-encryption.org/v2\n-> X25519 a\n\n--- x\n",
        b"\x00" * 300,
    ],
)
def test_what_is_not_a_package(data: bytes, poland: Keys) -> None:
    refused = refusal(data, poland, [])
    assert refused.reason == "not_a_package" and "not an ncdesk package" in refused.message


def test_an_age_file_that_is_not_signed_is_not_a_package(mexico: Keys, poland: Keys) -> None:
    assert refusal(sealed_to(b"hello\n", poland), poland, [card_of(mexico)]).reason == "not_a_package"
    assert refusal(sealed_to(b"", poland), poland, [card_of(mexico)]).reason == "not_a_package"
    unsigned = b"ncdesk-package\nversion 1\nlength 5\n\nhello"
    assert refusal(sealed_to(unsigned, poland), poland, [card_of(mexico)]).reason == "tampered"


def test_a_cut_package_is_truncated(package: bytes, poland: Keys, mexico: Keys) -> None:
    header_end = package.index(b"\n--- ") + 48
    for cut in [0, 1, 10, 21, 22, 40, 100, header_end - 1, header_end, header_end + 31]:
        assert refusal(package[:cut], poland, [card_of(mexico)]).reason == "truncated", cut
    # A cut inside the encrypted payload cannot be told from a change: refused all the same, as tampered.
    assert refusal(package[:-1], poland, [card_of(mexico)]).reason == "tampered"


def test_a_package_for_someone_else(package: bytes, mexico: Keys) -> None:
    refused = refusal(package, keys("Secretariat"), [card_of(mexico)])
    assert refused.reason == "not_for_you" and "addressed to other focal points" in refused.message


def test_a_package_from_a_newer_ncdesk(package: bytes, mexico: Keys, poland: Keys) -> None:
    newer = inner_of(package, poland).replace(b"version 1\n", f"version {FORMAT_VERSION + 1}\n".encode(), 1)
    refused = refusal(sealed_to(newer, poland), poland, [card_of(mexico)])
    assert refused.reason == "newer_format" and f"package format {FORMAT_VERSION + 1}" in refused.message
    future = b"ncdesk-package\nversion 7\nanything at all, in a layout to come\n"
    assert refusal(sealed_to(future, poland), poland, []).reason == "newer_format"


def test_a_package_changed_by_one_byte_anywhere_is_refused(package: bytes, mexico: Keys, poland: Keys) -> None:
    """Every byte of the file (age's MACs), and every byte of the signed envelope re-encrypted (the signature)."""
    contacts = [card_of(mexico)]
    reasons: collections.Counter[str] = collections.Counter()
    for i in range(len(package)):
        changed = package[:i] + bytes([package[i] ^ 0x20]) + package[i + 1 :]
        reasons[refusal(changed, poland, contacts).reason] += 1
    assert set(reasons) <= {"tampered", "not_for_you", "not_a_package"}, reasons
    inner = inner_of(package, poland)
    for i in range(len(inner)):
        changed = inner[:i] + bytes([inner[i] ^ 0x01]) + inner[i + 1 :]
        assert refusal(sealed_to(changed, poland), poland, contacts).reason in {"tampered", "not_a_package"}, i


def test_a_package_larger_than_accepted(package: bytes, mexico: Keys, poland: Keys) -> None:
    refused = refusal(package, poland, [card_of(mexico)], max_bytes=len(package) - 1)
    assert refused.reason == "too_large" and str(len(package)) in refused.message
    inner = inner_of(package, poland)
    for huge in [b"99999999999999999999", b"4294967296", str(2**31).encode()]:
        declared = inner.replace(f"length {len(BODY)}\n".encode(), b"length " + huge + b"\n")
        assert refusal(sealed_to(declared, poland), poland, [card_of(mexico)]).reason == "too_large"
    longer = inner.replace(f"length {len(BODY)}\n".encode(), f"length {len(BODY) + 1}\n".encode())
    assert refusal(sealed_to(longer, poland), poland, [card_of(mexico)]).reason == "tampered"


# ------------------------------------------------------------------------------------ mutated packages


def mutation(rng: random.Random, package: bytes, inner: bytes, handover: bytes, reader: Keys) -> tuple[str, bytes]:
    """One mutated package (of *package*, whose signed envelope is *inner*, or of *handover*): (kind, bytes)."""
    kind = rng.choice(["flip", "flips", "truncate", "insert", "delete", "reorder", "huge", "header", "handover"])
    data = bytearray(package)
    if kind == "flip":
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    elif kind == "flips":
        for _ in range(rng.randint(2, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == "truncate":
        del data[rng.randrange(len(data)) :]
    elif kind == "insert":
        i = rng.randrange(len(data) + 1)
        data[i:i] = rng.randbytes(rng.randint(1, 64))
    elif kind == "delete":
        i = rng.randrange(len(data))
        del data[i : i + rng.randint(1, 64)]
    elif kind == "reorder":  # the signed envelope's lines in another order, encrypted again to the reader
        lines = inner.split(b"\n")
        if rng.random() < 0.5:
            rng.shuffle(lines)
        else:
            lines.insert(rng.randrange(len(lines)), lines.pop(rng.randrange(len(lines))))
        return kind, sealed_to(b"\n".join(lines), reader)
    elif kind == "huge":  # sizes and counts declared far beyond reason
        huge = str(rng.choice([2**31, 2**63, 10**19, 10**25, len(BODY) - 1, 0])).encode()
        field = rng.choice([b"length", b"version"])
        changed = re.sub(field + rb" \d+\n", field + b" " + huge + b"\n", inner, count=1)
        return kind, sealed_to(changed, reader)
    elif kind == "header":  # the age header's lines repeated, dropped or swapped
        lines = bytes(data[: data.index(b"\n--- ") + 1]).split(b"\n")
        payload = bytes(data[len(b"\n".join(lines)) :])
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        op = rng.choice(["dup", "drop", "swap", "stanzas"])
        if op == "dup":
            lines.insert(i, lines[j])
        elif op == "drop":
            del lines[i]
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[1:1] = [b"-> X25519 " + base64.b64encode(rng.randbytes(32)).rstrip(b"="), b"AAAA"] * rng.randint(
                1, 300
            )
        return kind, b"\n".join(lines) + payload
    else:  # the passphrase package, without its passphrase (scrypt takes a second a try: see the next test)
        data = bytearray(handover)
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
        if rng.random() < 0.3:
            data = bytearray(re.sub(rb"(-> scrypt \S+ )\d+", rb"\g<1>" + str(rng.randint(23, 99)).encode(), handover))
        return kind, bytes(data)
    return kind, bytes(data)


@pytest.mark.timeout(3600 if TORTURE else 180)
def test_mutated_packages_are_refused_never_a_traceback(
    package: bytes, handover: bytes, mexico: Keys, poland: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(1818)
    inner = inner_of(package, poland)
    contacts = [card_of(mexico)]
    reasons: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    for n in range(MUTATIONS):
        kind, data = mutation(rng, package, inner, handover, poland)
        kinds[kind] += 1
        try:
            opened = open_package(data, poland, contacts)
        except PackageRefused as refused:
            assert isinstance(said(refused), Message) and refused.message, (n, kind)
            reasons[refused.reason] += 1
        else:  # only a mutation that changed nothing that counts opens: then as the original
            assert opened == Opened(card_of(mexico), BODY), (n, kind)
            assert data == package or inner_of(data, poland) == inner_of(package, poland), (n, kind)
            reasons["opened unchanged"] += 1
    assert sum(reasons.values()) == MUTATIONS
    assert {"tampered", "truncated", "not_a_package"} <= set(reasons), reasons
    if TORTURE:
        with capsys.disabled():
            print(f"\n{MUTATIONS} mutated packages ({dict(kinds)}): {dict(sorted(reasons.items()))}")


def test_a_changed_handover_is_refused_with_its_passphrase(handover: bytes, mexico: Keys, poland: Keys) -> None:
    mac = handover.index(b"\n--- ") + 10
    # A salt character whose changed bit leaves it a base64 character (the salt is random: "z" would
    # become "~", not base64 at all, and the stanza would be refused as damaged instead).
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    start = handover.index(b"-> scrypt ") + 10
    salt = next(i for i in range(start, start + 8) if handover[i] ^ 0x04 in alphabet)
    with_passphrase = {"passphrase": "tide-orchid-basalt-42"}
    for at, reason in [(len(handover) - 3, "tampered"), (mac, "tampered"), (salt, "wrong_passphrase")]:
        changed = handover[:at] + bytes([handover[at] ^ 0x04]) + handover[at + 1 :]
        assert refusal(changed, poland, [card_of(mexico)], **with_passphrase).reason == reason
    harder = re.sub(rb"(-> scrypt \S+ )\d+", rb"\g<1>40", handover)  # refused before any work is done
    assert refusal(harder, poland, [card_of(mexico)], **with_passphrase).reason == "not_a_package"


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.sampled_from(
        [
            b"",
            b"age-encryption.org/v1\n",
            b"age-encryption.org/v1\n-> X25519 ",
            b"age-encryption.org/v1\n-> scrypt AAAA 18\n",
        ]
    ),
    tail=st.binary(max_size=400),
)
def test_arbitrary_bytes_are_refused(prefix: bytes, tail: bytes) -> None:
    reader = FIXED
    with pytest.raises(PackageRefused):
        open_package(prefix + tail, reader, [])


# ------------------------------------------------------------------------------- the `age` command line

AGE = shutil.which("age")
needs_age = pytest.mark.skipif(AGE is None, reason="the `age` command line is not installed (apt-get install age)")


def identity_file(folder: Path, reader: Keys) -> Path:
    path = folder / "identity.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(reader.age_secret + "\n")
    return path


@needs_age
def test_the_age_command_line_opens_a_package(tmp_path: Path, mexico: Keys) -> None:
    readers = [keys(f"Focal point {i}") for i in range(3)]
    path = tmp_path / "package.ncdesk"
    path.write_bytes(seal(BODY, mexico, recipients=[card_of(k) for k in readers]))
    for reader in [readers[2], mexico]:
        (tmp_path / reader.installation_id).mkdir()
        identity = identity_file(tmp_path / reader.installation_id, reader)
        run = subprocess.run([str(AGE), "-d", "-i", str(identity), str(path)], capture_output=True, check=True)
        assert run.stdout.startswith(b"ncdesk-package\nversion 1\nsigner ") and run.stdout.endswith(BODY)
        # and what `age` decrypted, encrypted again by `age`, is still Mexico's signed package
        again = subprocess.run(
            [str(AGE), "-r", card_of(readers[0]).age_recipient], input=run.stdout, capture_output=True, check=True
        ).stdout
        assert open_package(again, readers[0], [card_of(mexico)]) == Opened(card_of(mexico), BODY)


@needs_age
def test_what_the_age_command_line_encrypts_without_a_signature_is_refused_cleanly(poland: Keys) -> None:
    for plaintext in [b"hello, this is not signed\n", b"ncdesk-package\nversion 1\nlength 2\n\nhi"]:
        data = subprocess.run(
            [str(AGE), "-r", card_of(poland).age_recipient], input=plaintext, capture_output=True, check=True
        ).stdout
        assert refusal(data, poland, []).reason in {"not_a_package", "tampered"}
        armored = subprocess.run(
            [str(AGE), "-a", "-r", card_of(poland).age_recipient], input=plaintext, capture_output=True, check=True
        ).stdout
        assert refusal(armored, poland, []).reason == "not_a_package"


# ------------------------------------------------------------------------------------------ the format

DOC = Path(__file__).resolve().parents[2] / "docs" / "EXCHANGE_FORMAT.md"


def test_the_card_in_the_format_document_reads_and_its_fingerprint_is_the_one_shown() -> None:
    text = DOC.read_text(encoding="utf-8")
    example = text[text.index("ncdesk contact card\n") : text.index("-----END NCDESK CARD-----") + 26]
    card = parse_card(example)
    assert card.name == "Mexico — focal point"
    assert f"Fingerprint: {fingerprint(card)}" in example and card_text(card) == example


def test_a_package_verified_by_hand_as_the_format_document_says(package: bytes, mexico: Keys, poland: Keys) -> None:
    """Another implementation, from docs/EXCHANGE_FORMAT.md only: age, then split the lines, then Ed25519."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    envelope = inner_of(package, poland)
    magic, version, signer, length, signature, blank, rest = envelope.split(b"\n", 6)
    assert (magic, version, blank) == (b"ncdesk-package", b"version 1", b"")
    record = base64.b64decode(signer.removeprefix(b"signer ")).decode("utf-8").split("\n")
    assert record[0] == "ncdesk-card 1" and record[-1] == ""
    fields = dict(line.split(" ", 1) for line in record[1:-1])
    assert hashlib.sha256(("\n".join(record[:-2]) + "\n").encode()).hexdigest()[:8] == fields["check"]
    signing = base64.b64decode(fields["signing"])
    assert (fields["installation"], fields["name"], signing) == (mexico.installation_id, mexico.name,
                                                                 card_of(mexico).signing_public)  # fmt: skip
    assert int(length.removeprefix(b"length ")) == len(rest) and rest == BODY
    signed = envelope[: envelope.index(b"\nsignature ") + 1]
    message = b"ncdesk-package signature v1\n" + signed + hashlib.sha256(rest).digest()
    Ed25519PublicKey.from_public_bytes(signing).verify(base64.b64decode(signature.removeprefix(b"signature ")), message)
    digest = hashlib.sha256(b"ncdesk-fingerprint v1\n" + signing + fields["age"].encode()).digest()
    by_hand = " ".join(f"{int.from_bytes(digest[5 * i : 5 * i + 5], 'big') % 100000:05d}" for i in range(6))
    assert by_hand == fingerprint(card_of(mexico))
