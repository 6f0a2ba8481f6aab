from ncdesk.core.text import closest, fold, loose


def test_fold_ignores_case_accents_and_typographic_marks() -> None:
    assert fold("Päivi KAUKORANTA") == fold("paivi kaukoranta")
    assert fold("Côte d’Ivoire") == "cote d'ivoire"
    assert loose("Al-Bashir") == loose("al bashir")


def test_closest_prefers_names_containing_the_text() -> None:
    names = ["Omar Hassan Ahmad Al Bashir", "Ahmad Muhammad Harun", "Vladimir Vladimirovich Putin"]
    assert closest("bashir", names)[0] == "Omar Hassan Ahmad Al Bashir"
    assert closest("Hungry", ["Hungary", "Uruguay", "Italy"])[0] == "Hungary"
    assert closest("zzzz", names) == []
