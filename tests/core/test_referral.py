import pytest

from ncdesk.core.model import Referral
from ncdesk.core.referral import where_finding_goes


@pytest.mark.parametrize(
    ("party", "council_referred", "bound", "ad_hoc", "expected", "basis"),
    [
        # Jordan, Chad, Malawi, Djibouti, Uganda (Darfur): both
        (True, True, False, False, Referral.BOTH, "Rome Statute, article 87(7)"),
        # Mongolia (Ukraine), Hungary (Palestine), Kenya (Kenya): the Assembly
        (True, False, False, False, Referral.ASSEMBLY, "Rome Statute, article 87(7)"),
        # Sudan (Darfur), Libya (Libya): the Security Council
        (False, True, True, False, Referral.SECURITY_COUNCIL, "Rome Statute, article 87(7)"),
        # a State not party with an ad hoc arrangement
        (False, False, False, True, Referral.ASSEMBLY, "Rome Statute, article 87(5)(b)"),
        (False, True, False, True, Referral.SECURITY_COUNCIL, "Rome Statute, article 87(5)(b)"),
        # no obligation at all: nothing to refer
        (False, True, False, False, Referral.NONE, None),
        (False, False, False, False, Referral.NONE, None),
    ],
)
def test_where_a_finding_goes(party, council_referred, bound, ad_hoc, expected, basis) -> None:
    rule = where_finding_goes(
        state_is_party=party, council_referred=council_referred, council_bound=bound, ad_hoc_arrangement=ad_hoc
    )
    assert rule.referral is expected
    assert rule.basis == basis
    assert rule.explanation
