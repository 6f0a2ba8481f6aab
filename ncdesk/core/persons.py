"""A person in the delegate's words: their status as of a day ("At large, as of 1 December 2026"),
and whether a name someone typed, misspelt or not, is theirs ("Netanjahu" is Netanyahu).

No Qt, no SQL: the store reads the names, the window and the notes render the phrases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from ncdesk.core.model import PersonStatus
from ncdesk.core.text import QT_TRANSLATE_NOOP, Message, loose
from ncdesk.core.wording import say

STATUS_LABELS = {
    PersonStatus.AT_LARGE: QT_TRANSLATE_NOOP("rules", "At large"),
    PersonStatus.IN_CUSTODY: QT_TRANSLATE_NOOP("rules", "In the Court's custody"),
    PersonStatus.INTERIM_RELEASE: QT_TRANSLATE_NOOP("rules", "On interim release"),
    PersonStatus.CONVICTED: QT_TRANSLATE_NOOP("rules", "Convicted"),
    PersonStatus.ACQUITTED: QT_TRANSLATE_NOOP("rules", "Acquitted"),
    PersonStatus.CHARGES_WITHDRAWN: QT_TRANSLATE_NOOP("rules", "Charges withdrawn"),
    PersonStatus.CHARGES_VACATED: QT_TRANSLATE_NOOP("rules", "Charges vacated"),
    PersonStatus.CHARGES_NOT_CONFIRMED: QT_TRANSLATE_NOOP("rules", "Charges not confirmed"),
    PersonStatus.PROCEEDINGS_TERMINATED: QT_TRANSLATE_NOOP("rules", "Proceedings terminated"),
    PersonStatus.DECEASED: QT_TRANSLATE_NOOP("rules", "Deceased"),
    PersonStatus.WARRANT_WITHDRAWN: QT_TRANSLATE_NOOP("rules", "Warrant withdrawn"),
    PersonStatus.RELEASED: QT_TRANSLATE_NOOP("rules", "Released"),
}


def status_phrase(
    status: PersonStatus | str | None, since: dt.date | None = None, as_of: dt.date | None = None
) -> Message | None:
    """ "In the Court's custody since 16 March 2025", "At large, as of 1 December 2026" (None: no status)."""
    if not status:
        return None
    label = say(STATUS_LABELS[PersonStatus(status)])
    if since and as_of and as_of != since:
        return say(QT_TRANSLATE_NOOP("rules", "%1 since %2, as of %3"), label, since, as_of)
    if since:
        return say(QT_TRANSLATE_NOOP("rules", "%1 since %2"), label, since)
    if as_of:
        return say(QT_TRANSLATE_NOOP("rules", "%1, as of %2"), label, as_of)
    return label


# --- names typed with a mistake --------------------------------------------------------------


def name_words(text: str) -> list[str]:
    """The words of a name, folded (case, accents and punctuation ignored): "Lvova-Belova" → lvova, belova."""
    return loose(text).split()


def allowed_typos(word: str) -> int:
    """How many letters a typed word may get wrong: none in a short one (it would match too much)."""
    return 0 if len(word) < 4 else 1 if len(word) < 7 else 2


def distance(a: str, b: str, limit: int) -> int | None:
    """The edit distance between *a* and *b* (a swap of two neighbours counts one), or None if
    above *limit*."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return None
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        if min(current) > limit:
            return None
        previous2, previous = previous, current
    return previous[-1] if previous[-1] <= limit else None


def _word_cost(typed: str, words: Sequence[str], last: bool) -> int | None:
    limit = allowed_typos(typed)
    best: int | None = None
    # A word alone, or two neighbours run together ("lvovabelova").
    pool = [*words, *(a + b for a, b in zip(words, words[1:], strict=False))]
    for word in pool:
        if last and len(typed) >= 3 and word.startswith(typed):
            return 0  # still typing
        found = distance(typed, word, limit)
        if found is not None and (best is None or found < best):
            best = found
    return best


def name_cost(typed: Sequence[str], names: Iterable[Sequence[str]]) -> int | None:
    """How far the typed words are from the closest of a person's *names* (each a list of words,
    as `name_words` gives them), or None if they are not that person's: every typed word of three
    letters or more must be one of the name's words give or take `allowed_typos` (in any order);
    shorter ones ("al", "el") count when they match."""
    best: int | None = None
    if not any(len(t) >= 3 for t in typed):
        return None
    for words in names:
        total = 0
        for n, t in enumerate(typed):
            cost = _word_cost(t, words, last=n == len(typed) - 1)
            if cost is None:
                if len(t) >= 3:
                    break
                cost = 1
            total += cost
        else:
            if best is None or total < best:
                best = total
    return best


def _grams(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


class NameVocabulary:
    """Every word of every person's names, with the persons who bear it and an index of its letter
    pairs, so that a typed word is compared with the few words that share enough pairs with it
    (a mistake spoils at most two pairs) instead of with every name (2 s at 10,000 persons)."""

    def __init__(self, persons: Iterable[tuple[str, Iterable[str]]]) -> None:
        self.names: dict[str, list[list[str]]] = {}  # person id -> the words of each name
        self.bearers: dict[str, set[str]] = {}  # word -> person ids
        self.pairs: dict[str, set[str]] = {}  # letter pair -> words
        for pid, names in persons:
            listed = [w for w in (name_words(n) for n in names) if w]
            self.names[pid] = listed
            for words in listed:
                for word in words:
                    self.bearers.setdefault(word, set()).add(pid)
        for word in self.bearers:
            for gram in _grams(word):
                self.pairs.setdefault(gram, set()).add(word)

    def _near(self, typed: str, last: bool) -> set[str]:
        """The persons bearing a word close to *typed* (or starting with it, if still typing)."""
        limit = allowed_typos(typed)
        grams = _grams(typed)
        counts: dict[str, int] = {}
        for gram in grams:
            for word in self.pairs.get(gram, ()):
                counts[word] = counts.get(word, 0) + 1
        need = max(1, len(grams) - 2 * limit)
        found: set[str] = set()
        for word, shared in counts.items():
            if (last and len(typed) >= 3 and word.startswith(typed)) or (
                shared >= need and distance(typed, word, limit) is not None
            ):
                found |= self.bearers[word]
        return found

    def find(self, text: str, limit: int = 10) -> list[tuple[str, int]]:
        """The persons whose names *text* spells, give or take a few letters: (id, cost), best first."""
        typed = name_words(text)
        long = [(n, t) for n, t in enumerate(typed) if len(t) >= 3]
        if not long:
            return []
        candidates: set[str] | None = None
        for n, t in long:
            near = self._near(t, last=n == len(typed) - 1)
            if len(t) >= 6:  # two words run together ("lvovabelova"): their halves
                for cut in range(3, len(t) - 2):
                    a, b = self._near(t[:cut], False), self._near(t[cut:], False)
                    near |= a & b
            candidates = near if candidates is None else candidates & near
            if not candidates:
                return []
        scored = [(pid, cost) for pid in candidates or () if (cost := name_cost(typed, self.names[pid])) is not None]
        return sorted(scored, key=lambda x: (x[1], x[0]))[:limit]
