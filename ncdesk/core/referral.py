"""Where does a finding go? Article 87(7) and 87(5)(b), as the Court has applied them."""

from __future__ import annotations

from dataclasses import dataclass

from ncdesk.core.model import Referral
from ncdesk.core.text import QT_TRANSLATE_NOOP, Message
from ncdesk.core.wording import Wording, render, say

ART_87_7 = QT_TRANSLATE_NOOP("rules", "Rome Statute, article 87(7)")
ART_87_5_B = QT_TRANSLATE_NOOP("rules", "Rome Statute, article 87(5)(b)")


@dataclass(frozen=True)
class ReferralRule:
    """Where a finding goes, on what basis, and why: in English (`basis`, `explanation`) or in the
    language of a `Wording` (`basis_in`, `explanation_in`)."""

    referral: Referral
    basis_said: Message | None
    said: Message

    @property
    def basis(self) -> str | None:
        return self.basis_in()

    @property
    def explanation(self) -> str:
        return self.explanation_in()

    def basis_in(self, w: Wording | None = None) -> str | None:
        return None if self.basis_said is None else render(self.basis_said, w)

    def explanation_in(self, w: Wording | None = None) -> str:
        return render(self.said, w)


def where_finding_goes(
    *,
    state_is_party: bool,
    council_referred: bool,
    council_bound: bool = False,
    ad_hoc_arrangement: bool = False,
) -> ReferralRule:
    """The body a finding of non-compliance is referred to.

    A State Party's failure goes to the Assembly (article 87(7)); where the Security Council
    referred the situation, the Court has referred it to the Council as well (Chad, Malawi,
    Djibouti, Uganda, Jordan). A State not party bound by the Council's decision is referred
    to the Council. A State not party that made an ad hoc arrangement is reported to the
    Assembly, or to the Council where the Council referred the situation (article 87(5)(b)).
    Any other State has no obligation, so there is nothing to refer.
    """
    if state_is_party:
        if council_referred:
            return ReferralRule(
                Referral.BOTH,
                say(ART_87_7),
                say(
                    QT_TRANSLATE_NOOP(
                        "rules",
                        "A State Party in a situation referred by the Security Council: the matter goes to the "
                        "Council, and to the Assembly of States Parties, as the Court has done since 2010.",
                    )
                ),
            )
        return ReferralRule(
            Referral.ASSEMBLY,
            say(ART_87_7),
            say(
                QT_TRANSLATE_NOOP(
                    "rules", "A State Party's failure to comply is referred to the Assembly of States Parties."
                )
            ),
        )
    if council_bound:
        return ReferralRule(
            Referral.SECURITY_COUNCIL,
            say(ART_87_7),
            say(
                QT_TRANSLATE_NOOP(
                    "rules", "A State bound by the Security Council's decision: the matter is referred to the Council."
                )
            ),
        )
    if ad_hoc_arrangement:
        if council_referred:
            return ReferralRule(
                Referral.SECURITY_COUNCIL,
                say(ART_87_5_B),
                say(
                    QT_TRANSLATE_NOOP(
                        "rules",
                        "A State not party with an ad hoc arrangement, in a situation referred by the Council: "
                        "the Court informs the Security Council.",
                    )
                ),
            )
        return ReferralRule(
            Referral.ASSEMBLY,
            say(ART_87_5_B),
            say(
                QT_TRANSLATE_NOOP(
                    "rules",
                    "A State not party with an ad hoc arrangement: the Court informs the Assembly of States Parties.",
                )
            ),
        )
    return ReferralRule(
        Referral.NONE,
        None,
        say(
            QT_TRANSLATE_NOOP(
                "rules",
                "The State had no obligation to cooperate, so there is no failure to refer; it can only be urged.",
            )
        ),
    )
