"""The envelope of an exchange package and the identity cards of the focal points.

A package is signed, then encrypted: an Ed25519 signature (`cryptography`) over the body, inside an
age file (`pyrage`, the format the `age` command line reads) addressed to each recipient and to the
sender, or to a passphrase for a handover. Pure functions over bytes: the database side (which
changes go in, how they are applied) lives in store/records/exchange.py. The layout is docs/EXCHANGE_FORMAT.md.

Nothing a package holds is parsed before the age layer has authenticated it and the signature has
verified, except the envelope's fixed header lines; every malformed input ends in `PackageRefused`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ncdesk.core.text import Message, Typed

__all__ = [
    "FORMAT_VERSION",
    "CARD_VERSION",
    "MAX_PACKAGE_BYTES",
    "Card",
    "CardError",
    "Keys",
    "Opened",
    "PackageRefused",
    "Reason",
    "card_of",
    "card_text",
    "check_name",
    "fingerprint",
    "new_keys",
    "open_package",
    "parse_card",
    "seal",
]

FORMAT_VERSION = 1
CARD_VERSION = 1
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
"""The largest package `open_package` reads by default: the whole file is held in memory twice."""

MAGIC = b"ncdesk-package\n"
SIGNATURE_DOMAIN = b"ncdesk-package signature v1\n"
FINGERPRINT_DOMAIN = b"ncdesk-fingerprint v1\n"
CARD_BEGIN = "-----BEGIN NCDESK CARD-----"
CARD_END = "-----END NCDESK CARD-----"
MAX_NAME = 200
AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_SCRYPT_LOG_N = 22  # as the age command line: a higher work factor is not a file anyone meant us to open

Reason = Literal[
    "not_a_package",
    "truncated",
    "not_for_you",
    "passphrase_needed",
    "wrong_passphrase",
    "newer_format",
    "tampered",
    "unknown_signer",
    "too_large",
]


@dataclass(frozen=True)
class Keys:
    """This installation's secret identity (kept inside the database, so encrypted with it)."""

    installation_id: str
    name: str
    signing_secret: bytes = field(repr=False)  # 32 raw bytes, Ed25519
    age_secret: str = field(repr=False)  # "AGE-SECRET-KEY-1…"


@dataclass(frozen=True)
class Card:
    """What others need to send to an installation and check what it signed: public only."""

    installation_id: str
    name: str
    signing_public: bytes  # 32 raw bytes, Ed25519
    age_recipient: str  # "age1…"


@dataclass(frozen=True)
class Opened:
    """A package whose signature verified: *signer* is the contact (or this installation) that signed it."""

    signer: Card
    body: bytes


class CardError(ValueError):
    """A card that cannot be read, or a name that cannot be on one; says why in a `Message`."""


class PackageRefused(Exception):
    """A package that is not opened, with *reason* (a `Reason`) and a `Message` saying what to do.
    For "unknown_signer", *card* is the card the package carries (its signature verified against it),
    to offer adding it after comparing fingerprints."""

    def __init__(self, reason: Reason, message: Message, card: Card | None = None) -> None:
        super().__init__(message)
        self.reason: Reason = reason
        self.message = message
        self.card = card


# ---------------------------------------------------------------------------------------------- keys


def check_name(name: str) -> str:
    """*name* as a card carries it, or CardError: one line, not blank, at most 200 characters."""
    cleaned = unicodedata.normalize("NFC", name).strip()
    if not cleaned:
        raise CardError(Message("A card needs a name, such as “Mexico — focal point”."))
    if len(cleaned) > MAX_NAME:
        raise CardError(Message("A card's name has at most %1 characters; this one has %2.", MAX_NAME, len(cleaned)))
    if any(unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029" for ch in cleaned):
        raise CardError(Message("A card's name is one line of text, without control characters."))
    return cleaned


def new_keys(name: str, installation_id: str) -> Keys:
    """A new identity: an Ed25519 signing key and an age X25519 identity, made once per data folder."""
    installation_id = str(uuid.UUID(installation_id))
    signing = Ed25519PrivateKey.generate().private_bytes_raw()
    age_secret = str(pyrage.x25519.Identity.generate())
    return Keys(installation_id, check_name(name), signing, age_secret)


def card_of(keys: Keys) -> Card:
    """The public card of *keys*."""
    signing_public = Ed25519PrivateKey.from_private_bytes(keys.signing_secret).public_key().public_bytes_raw()
    recipient = str(pyrage.x25519.Identity.from_str(keys.age_secret).to_public())
    return Card(keys.installation_id, keys.name, signing_public, recipient)


def fingerprint(card: Card) -> str:
    """Six groups of five digits to compare by phone ("40213 88120 …"), from SHA-256 over the signing
    key and the age recipient; each group is five bytes of the digest taken modulo 100,000 (as Signal's
    safety numbers)."""
    digest = hashlib.sha256(FINGERPRINT_DOMAIN + card.signing_public + card.age_recipient.encode("ascii")).digest()
    return " ".join(f"{int.from_bytes(digest[i : i + 5], 'big') % 100_000:05d}" for i in range(0, 30, 5))


# --------------------------------------------------------------------------------------------- cards


def _card_record(card: Card) -> bytes:
    """The machine form of a card (docs/EXCHANGE_FORMAT.md, "Cards"): UTF-8 lines and a check line."""
    lines = (
        f"ncdesk-card {CARD_VERSION}\n"
        f"installation {card.installation_id}\n"
        f"name {card.name}\n"
        f"signing {base64.b64encode(card.signing_public).decode('ascii')}\n"
        f"age {card.age_recipient}\n"
    ).encode()
    return lines + b"check " + hashlib.sha256(lines).hexdigest()[:8].encode("ascii") + b"\n"


def _damaged() -> CardError:
    return CardError(
        Message("The card is damaged (changed or cut when it was copied): ask its owner to send it again.")
    )


_RECORD = re.compile(
    rb"installation ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\n"
    rb"name ([^\n]{1,1000})\n"
    rb"signing ([A-Za-z0-9+/]{43}=)\n"
    rb"age (age1[02-9ac-hj-np-z]{58})\n"
)


def _parse_record(record: bytes) -> Card:
    """A card from its machine form, or CardError."""
    head = re.match(rb"ncdesk-card ([1-9][0-9]{0,8})\n", record)
    if head is None:
        raise _damaged()
    version = int(head.group(1))
    if version > CARD_VERSION:
        raise CardError(
            Message("The card was made by a newer ncdesk (card format %1): update ncdesk, then add it again.", version)
        )
    body = _RECORD.fullmatch(record, head.end(), len(record) - len(b"check 00000000\n"))
    check = record[len(record) - len(b"check 00000000\n") :]
    if body is None or check != b"check " + hashlib.sha256(record[: body.end()]).hexdigest()[:8].encode() + b"\n":
        raise _damaged()
    installation, name, signing, recipient = body.groups()
    try:
        card = Card(
            installation.decode("ascii"),
            check_name(name.decode("utf-8")),
            base64.b64decode(signing, validate=True),
            recipient.decode("ascii"),
        )
        pyrage.x25519.Recipient.from_str(card.age_recipient)
        Ed25519PublicKey.from_public_bytes(card.signing_public)
    except (CardError, UnicodeDecodeError, binascii.Error, ValueError, pyrage.RecipientError) as exc:
        raise _damaged() from exc
    if card.name != name.decode("utf-8"):  # a name that check_name would change was not written by card_text
        raise _damaged()
    return card


def card_text(card: Card) -> str:
    """The content of a card file, and the text one pastes in an e-mail: lines for people, then the
    block `parse_card` reads (base64 of the card's machine form, so that e-mail keeps it intact)."""
    block = base64.b64encode(_card_record(card)).decode("ascii")
    return "\n".join(
        [
            "ncdesk contact card",
            f"Name: {card.name}",
            f"Installation: {card.installation_id}",
            f"Fingerprint: {fingerprint(card)}",
            "Before adding it (ncdesk contact add CARD), compare the fingerprint with its owner by phone.",
            "",
            CARD_BEGIN,
            *(block[i : i + 64] for i in range(0, len(block), 64)),
            CARD_END,
            "",
        ]
    )


def parse_card(text: str) -> Card:
    """The card in *text*: a card file, or the same pasted from an e-mail (quoted with "> ", CRLF,
    indented, re-wrapped). The lines for people are ignored: only the block counts."""
    blocks: list[str] = []
    current: list[str] | None = None
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip().lstrip("> \t").strip()
        if line == CARD_BEGIN:
            current = []
        elif line == CARD_END and current is not None:
            blocks.append("".join("".join(current).split()))
            current = None
        elif current is not None:
            current.append(line)
    if not blocks:
        if current is not None:
            raise _damaged()
        raise CardError(
            Message("No ncdesk card in this text: give the whole card, from %1 to %2.", CARD_BEGIN, CARD_END)
        )
    if len(set(blocks)) > 1:
        raise CardError(Message("This text holds %1 different cards: add them one at a time.", len(set(blocks))))
    try:
        record = base64.b64decode(blocks[0], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _damaged() from exc
    return _parse_record(record)


# ------------------------------------------------------------------------------------------ packages


def _header_to_sign(card: Card, length: int) -> bytes:
    signer = base64.b64encode(_card_record(card)).decode("ascii")
    return MAGIC + f"version {FORMAT_VERSION}\nsigner {signer}\nlength {length}\n".encode("ascii")


def _signed_message(header: bytes, body: bytes) -> bytes:
    """What the Ed25519 signature covers: a domain, the header lines before it, the body's SHA-256."""
    return SIGNATURE_DOMAIN + header + hashlib.sha256(body).digest()


def seal(body: bytes, keys: Keys, *, recipients: Sequence[Card] = (), passphrase: str | None = None) -> bytes:
    """*body* signed with *keys*, then encrypted with age to every recipient and to the sender itself
    (so that it can read what it sent), or to *passphrase* (age's scrypt: slow by design, about a
    second, for a handover). Exactly one of *recipients* and *passphrase*."""
    if bool(recipients) == (passphrase is not None):
        raise ValueError("seal: give recipients or a passphrase, not both and not neither")
    if passphrase is not None and not passphrase:
        raise ValueError("seal: an empty passphrase")
    own = card_of(keys)
    header = _header_to_sign(own, len(body))
    signature = Ed25519PrivateKey.from_private_bytes(keys.signing_secret).sign(_signed_message(header, body))
    inner = header + b"signature " + base64.b64encode(signature) + b"\n\n" + body
    if passphrase is not None:
        return bytes(pyrage.passphrase.encrypt(inner, passphrase))
    addressed = dict.fromkeys([own.age_recipient, *(card.age_recipient for card in recipients)])
    return bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(r) for r in addressed]))


def _refused(reason: Reason, card: Card | None = None, *args: object) -> PackageRefused:
    """The refusal for *reason*, with its sentence."""
    if reason == "not_a_package":
        message = Message("This file is not an ncdesk package: nothing was read from it.")
    elif reason == "truncated":
        message = Message(
            "The package is incomplete (cut short, perhaps still being copied): wait until the copy has "
            "finished, or ask the sender to send it again."
        )
    elif reason == "not_for_you":
        message = Message(
            "The package is addressed to other focal points, not to this installation: ask the sender to "
            "share it to you (with your current card)."
        )
    elif reason == "passphrase_needed":
        message = Message("The package is locked with a passphrase (a handover): give the passphrase its sender chose.")
    elif reason == "wrong_passphrase":
        message = Message(
            "The passphrase does not open this package: type it again (it is case-sensitive), or ask the sender."
        )
    elif reason == "newer_format":
        message = Message(
            "The package was made by a newer ncdesk (package format %1; this one reads up to %2): update "
            "ncdesk, then receive it again.",
            *args,
        )
    elif reason == "tampered":
        message = Message(
            "The package was changed or damaged after it was signed (or the copy is incomplete): nothing was "
            "read from it; ask the sender to send it again."
        )
    elif reason == "unknown_signer":
        assert card is not None
        message = Message(
            "The package is signed by %1 (fingerprint %2), who is not among your contacts: compare the "
            "fingerprint with them by phone, then add their card with `ncdesk contact add CARD`.",
            Typed(card.name),
            fingerprint(card),
        )
    else:
        message = Message(
            "The package is larger than ncdesk accepts (%1 bytes; at most %2): ask the sender to share "
            "fewer changes at a time.",
            *args,
        )
    return PackageRefused(reason, message, card)


_STANZA_ARG = re.compile(rb"[\x21-\x7e]+")
_B64_LINE = re.compile(rb"[A-Za-z0-9+/]*")


def _age_stanzas(data: bytes) -> list[list[bytes]]:
    """The stanzas' arguments (type first) of an age file's header, checked against the age grammar
    (age-encryption.org/v1) so that a refusal can say which: not age at all, cut short, or damaged."""
    if not data.startswith(AGE_MAGIC):
        raise _refused("truncated" if AGE_MAGIC.startswith(data) else "not_a_package")
    pos, stanzas = len(AGE_MAGIC), []
    while True:
        end = data.find(b"\n", pos)
        if end < 0:
            raise _refused("truncated")
        line, pos = data[pos:end], end + 1
        if line.startswith(b"--- "):
            if len(line) != 47 or not _B64_LINE.fullmatch(line[4:]):
                raise _refused("tampered")
            break
        args = line[3:].split(b" ")
        if not line.startswith(b"-> ") or not all(_STANZA_ARG.fullmatch(a) for a in args):
            raise _refused("tampered")
        while True:  # the stanza's body: full 64-column lines, then a shorter one
            end = data.find(b"\n", pos)
            if end < 0:
                raise _refused("truncated")
            body_line, pos = data[pos:end], end + 1
            if len(body_line) > 64 or not _B64_LINE.fullmatch(body_line):
                raise _refused("tampered")
            if len(body_line) < 64:
                break
        stanzas.append(args)
    if len(data) - pos < 32:  # a payload is a 16-byte nonce and at least one 16-byte tag
        raise _refused("truncated")
    return stanzas


def _decrypt(data: bytes, keys: Keys, passphrase: str | None) -> bytes:
    """The age layer removed, or the refusal that says why not."""
    stanzas = _age_stanzas(data)
    scrypt = [s for s in stanzas if s[0] == b"scrypt"]
    if scrypt:
        if passphrase is None:
            raise _refused("passphrase_needed")
        if len(stanzas) != 1 or len(scrypt[0]) != 3 or not re.fullmatch(rb"[1-9][0-9]?", scrypt[0][2]):
            raise _refused("tampered")
        if int(scrypt[0][2]) > MAX_SCRYPT_LOG_N:
            raise _refused("not_a_package")
    elif not any(s[0] == b"X25519" for s in stanzas):
        raise _refused("not_for_you")
    identity = pyrage.x25519.Identity.from_str(keys.age_secret)
    try:
        if scrypt:
            assert passphrase is not None
            return bytes(pyrage.passphrase.decrypt(data, passphrase))
        return bytes(pyrage.decrypt(data, [identity]))
    except pyrage.DecryptError as exc:
        said = str(exc)
        if said == "No matching keys found":
            raise _refused("not_for_you") from None
        if scrypt and said == "Decryption failed":  # the passphrase unwraps the file key (or a changed stanza)
            raise _refused("wrong_passphrase") from None
        # Anything else is a changed header (its MAC) or payload (its tags): a payload cut short looks the
        # same to age, and the cuts it can tell (in the header, before the first tag) were refused above.
        raise _refused("tampered") from None


_INNER = re.compile(
    rb"signer ([A-Za-z0-9+/]{1,4000}={0,2})\n"
    rb"length ([0-9]{1,20})\n"
    rb"signature ([A-Za-z0-9+/]{86}==)\n"
    rb"\n"
)


def open_package(
    data: bytes,
    keys: Keys,
    contacts: Sequence[Card],
    *,
    passphrase: str | None = None,
    max_bytes: int = MAX_PACKAGE_BYTES,
) -> Opened:
    """The body of the package *data* and who signed it, after decrypting it (with *keys*' age identity
    or *passphrase*) and verifying its signature against *contacts* and this installation's own card;
    otherwise `PackageRefused`, and nothing of the body was looked at."""
    if len(data) > max_bytes:
        raise _refused("too_large", None, len(data), max_bytes)
    inner = _decrypt(data, keys, passphrase)
    if not inner.startswith(MAGIC):
        raise _refused("not_a_package")
    version = re.match(rb"version ([0-9]{1,9})\n", inner[len(MAGIC) :])
    if version is None or version.group(1).startswith(b"0"):
        raise _refused("tampered")
    if int(version.group(1)) > FORMAT_VERSION:
        raise _refused("newer_format", None, int(version.group(1)), FORMAT_VERSION)
    fields = _INNER.match(inner, len(MAGIC) + version.end())
    if fields is None:
        raise _refused("tampered")
    length = int(fields.group(2))
    if length > max_bytes:
        raise _refused("too_large", None, length, max_bytes)
    body = inner[fields.end() :]
    if len(body) != length or fields.group(2) != str(length).encode("ascii"):
        raise _refused("tampered")
    try:
        carried = _parse_record(base64.b64decode(fields.group(1), validate=True))
        signature = base64.b64decode(fields.group(3), validate=True)
        header = inner[: fields.start(3) - len(b"signature ")]
        Ed25519PublicKey.from_public_bytes(carried.signing_public).verify(signature, _signed_message(header, body))
    except (CardError, binascii.Error, ValueError, InvalidSignature):
        raise _refused("tampered") from None
    for card in (card_of(keys), *contacts):
        if card.signing_public == carried.signing_public:
            return Opened(card, body)
    raise _refused("unknown_signer", carried)
