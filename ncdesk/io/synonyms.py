"""The words delegates put at the head of a column instead of ncdesk's own, in English, French,
Spanish and Arabic: "Who", "Country visited", "Reçue le", "País", "الوجهة".

A header is read as the column whose synonym it is when that column is the only one of the kind
that has it (`tabular.column_named`): "Where" is a travel alert's destinations without a question.
A word listed for two columns of a kind ("date" of a letter: its day or the reply's?) is not
read, only offered first among the answers when the header is asked (`ranked_columns`). Headers are
compared as `tabular.column_named` compares them: case, accents, spaces, hyphens and underscores
ignored.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable

from ncdesk.core.text import fold

_NOTES = (
    "comments", "comment", "remarks", "observations", "note", "commentaires", "remarques", "observations",
    "comentarios", "observaciones", "notas", "ملاحظات", "تعليقات",
)  # fmt: skip

SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "person": {
        # not "person" nor "suspect": a travel alert's column (a sheet of alerts would be read as persons)
        "name": ("full name", "nom", "nom complet", "nombre", "nombre completo", "الاسم", "الاسم الكامل"),
        "aliases": ("alias", "aka", "a.k.a.", "other names", "autres noms", "alias connus", "otros nombres",
                    "أسماء أخرى"),
        "function": ("position", "role", "office", "title", "fonction", "poste", "cargo", "función", "المنصب"),
        "nationality": ("citizenship", "country", "nationalité", "pays", "nacionalidad", "país", "الجنسية"),
        "notes": _NOTES,
    },
    "finding": {
        "kind": ("type", "type of decision", "nature", "tipo", "النوع"),
        "title": ("decision", "name", "titre", "décision", "título", "decisión", "العنوان", "القرار"),
        "date": ("date of decision", "decision date", "date de la décision", "fecha de la decisión", "التاريخ"),
        "documents": ("document", "document number", "document numbers", "icc document", "doc no", "filing",
                      "numéro du document", "numéros des documents", "document de la cour", "número de documento",
                      "documento", "رقم الوثيقة", "الوثيقة"),
        "chamber": ("chambre", "sala", "الدائرة"),
        "state": ("state concerned", "country", "état", "état concerné", "pays", "estado", "país", "الدولة"),
        "situation": ("situación", "الحالة"),
        "case": ("affaire", "caso", "causa", "القضية"),
        "basis": ("article", "legal basis", "base", "fondement", "fundamento", "الأساس"),
        "referred_to": ("referral", "transmitted to", "renvoyé à", "renvoi", "remitido a", "remisión", "أحيل إلى"),
        "transmitted_on": ("transmitted", "date transmitted", "transmis le", "transmitido el"),
        "sc_document": ("sc document", "security council", "document du conseil de sécurité",
                        "documento del consejo de seguridad", "وثيقة مجلس الأمن"),
        "sc_date": ("sc date", "date of the sc document", "date du document du conseil", "fecha del documento"),
        "notes": _NOTES,
    },
    "travel_alert": {
        "person": ("who", "name", "wanted person", "suspect", "person concerned", "personne", "nom",
                   "personne recherchée", "suspect", "persona", "nombre", "persona buscada", "sospechoso", "quién",
                   "qui", "الشخص", "الاسم", "المشتبه به"),
        "destinations": ("destination", "where", "country visited", "countries visited", "country", "countries",
                         "state visited", "states visited", "pays", "pays visité", "pays visités", "où", "país",
                         "países", "destino", "destinos", "país visitado", "dónde", "الوجهة", "البلد", "الدولة"),
        "date": ("when", "visit dates", "dates of visit", "travel dates", "date of visit", "period", "quand",
                 "date de la visite", "dates de la visite", "période", "cuándo", "fecha", "fechas",
                 "fecha de la visita", "fechas del viaje", "periodo", "متى", "التاريخ", "تاريخ الزيارة"),
        "title": ("titre", "título", "العنوان"),
        "purpose": ("purpose of visit", "purpose of the visit", "reason", "occasion", "objet", "but", "motif",
                    "objet de la visite", "objeto", "propósito", "motivo", "الغرض"),
        "source_description": ("source", "sources", "information source", "reported by", "source de l'information",
                               "fuente", "fuentes", "المصدر"),
        "reliability": ("likelihood", "confidence", "certainty", "credibility", "fiabilité", "probabilité",
                        "crédibilité", "fiabilidad", "probabilidad", "credibilidad", "الموثوقية"),
        "received_at": ("received", "date received", "reported on", "reçue le", "reçu le", "date de réception",
                        "recibida el", "recibido el", "fecha de recepción", "تاريخ الاستلام"),
        "status": ("state of the alert", "stage", "statut", "état", "étape", "estado", "etapa", "الحالة"),
        "outcome": ("result", "résultat", "issue", "resultado", "النتيجة"),
        "notes": _NOTES,
    },
    "letter": {
        "state": ("country", "state written to", "addressee state", "état", "pays", "estado", "país", "الدولة"),
        "addressee_office": ("addressee", "recipient", "to", "destinataire", "destinatario", "المرسل إليه"),
        "date": ("date of letter", "date of the letter", "sent on", "date de la lettre", "envoyée le",
                 "fecha de la carta", "enviada el", "تاريخ الرسالة"),
        "sender_name": ("from", "signed by", "signatory", "expéditeur", "signataire", "remitente", "firmante",
                        "المرسل"),
        "sender_office": ("sender office", "office of the sender", "fonction de l'expéditeur", "cargo del remitente"),
        "reference": ("ref", "ref.", "our reference", "référence", "réf.", "referencia", "المرجع"),
        "subject": ("about", "objet", "asunto", "الموضوع"),
        "alert": ("alert", "alert id", "alerte", "alerta", "التنبيه"),
        "articles_recalled": ("articles", "articles rappelés", "artículos", "artículos recordados", "المواد"),
        "published_on": ("published", "publication date", "date published", "publiée le", "date de publication",
                         "publicada el", "fecha de publicación", "تاريخ النشر"),
        "publication_channel": ("channel", "where published", "canal", "moyen de publication",
                                "medio de publicación", "قناة النشر"),
        "reply_on": ("reply date", "date of reply", "replied on", "answered on", "réponse reçue le",
                     "date de la réponse", "fecha de la respuesta", "respuesta recibida el", "تاريخ الرد"),
        "reply_summary": ("response", "answer", "réponse", "respuesta", "الرد"),
        "notes": _NOTES,
    },
    "activity": {
        "kind": ("type", "type of activity", "activity", "genre", "type d'activité", "tipo", "tipo de actividad",
                 "النوع"),
        "title": ("subject", "name", "titre", "intitulé", "título", "nombre", "العنوان"),
        "date": ("when", "dates of the meeting", "meeting date", "quand", "fecha", "fechas", "cuándo", "التاريخ"),
        "status": ("statut", "état", "estado", "الحالة"),
        "summary": ("outcome", "minutes", "résumé", "compte rendu", "resumen", "acta", "الملخص"),
        "participants": ("attendees", "present", "participantes", "asistentes", "المشاركون"),
        "location": ("venue", "where", "lieu", "où", "lugar", "dónde", "المكان"),
        # "countries" is either: asked, both offered first
        "states_heard": ("states that spoke", "countries", "pays", "países", "états entendus", "estados escuchados",
                         "الدول التي استمع إليها"),
        "states_concerned": ("states", "countries", "pays", "países", "états concernés", "estados concernidos",
                             "الدول المعنية"),
        "notes": _NOTES,
    },
}  # fmt: skip


@functools.lru_cache(maxsize=4096)
def header_key(text: str) -> str:
    """A header as compared: folded, hyphens, underscores and spaces as one space (as `tabular._norm`)."""
    return " ".join(re.sub(r"[_\-]+", " ", fold(text)).split())


def _index(kind: str) -> dict[str, tuple[str, ...]]:
    """Each synonym of *kind* (as compared) and the columns that list it."""
    out: dict[str, tuple[str, ...]] = {}
    for column, words in SYNONYMS.get(kind, {}).items():
        for word in words:
            key = header_key(word)
            if column not in out.get(key, ()):
                out[key] = (*out.get(key, ()), column)
    return out


_INDEX: dict[str, dict[str, tuple[str, ...]]] = {kind: _index(kind) for kind in SYNONYMS}


def synonym_of(kind: str, header: str) -> str | None:
    """The column of *kind* whose synonym *header* is, when it is the only one; else None."""
    columns = _INDEX.get(kind, {}).get(header_key(header), ())
    return columns[0] if len(columns) == 1 else None


def ranked_columns(header: str, candidates: Iterable[str], kinds: Iterable[str], n: int = 5) -> list[str]:
    """*candidates* (column names of *kinds*) most likely meant by *header* first: those it is a
    synonym of, then those one of whose names or synonyms contains it or is contained in it, then by
    similarity to the closest of their names and synonyms; at most *n*."""
    target = header_key(header)
    words: dict[str, list[str]] = {}
    for kind in kinds:
        for column, synonyms in SYNONYMS.get(kind, {}).items():
            words.setdefault(column, []).extend(header_key(w) for w in synonyms)
    scored = []
    for i, cand in enumerate(dict.fromkeys(candidates)):
        keys = [header_key(cand), *words.get(cand, [])]
        exact = target in keys[1:]
        contains = len(target) >= 3 and any(len(k) >= 3 and (target in k or k in target) for k in keys)
        ratio = max(difflib.SequenceMatcher(None, target, k).ratio() for k in keys)
        scored.append((not exact, not contains, -ratio, i, cand))
    return [c for *_, c in sorted(scored)[:n]]
