"""The command line in French, Spanish and Arabic (--lang): the obligation, an alert and the
calendar say their words, the State names, the Statute's articles and the rules' sentences in
the language asked; English stays the default and stays as it was; what was typed stays as typed."""

import json
from pathlib import Path

from tests.cli_helpers import run


def test_the_obligation_in_each_language(capsys, initialised: Path) -> None:  # type: ignore[no-untyped-def]
    args = ("obligation", "--state", "Hungary", "--person", "Netanyahu", "--date", "2025-04-04")
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert out.splitlines()[:2] == [
        "Hungary / Benjamin Netanyahu / 4 April 2025",
        "OBLIGED to arrest and surrender (Rome Statute, articles 86 and 89(1))",
    ]
    code, out, _ = run(capsys, *args, "--lang", "fr")
    assert code == 0
    assert out.splitlines()[:2] == [
        "Hongrie / Benjamin Netanyahu / 4 avril 2025",
        "TENU d'arrêter et de remettre (Statut de Rome, article 86 et paragraphe 1 de l'article 89)",
    ]
    assert "- Hongrie\u00a0: État Partie le 4 avril 2025" in out, "a no-break space before the colon"
    code, out, _ = run(capsys, *args, "--lang", "ar")
    assert code == 0
    assert out.splitlines()[:2] == [
        "المجر / Benjamin Netanyahu / 4 نيسان/أبريل 2025",
        "ملزمة بالقبض والتقديم (نظام روما الأساسي، المادتان 86 و89(1))",
    ]
    assert "OBLIGED" not in out and "State Party" not in out


def test_an_alert_and_the_calendar_in_spanish_and_arabic(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "alert", "add", "--person", "Putin", "--state", "Mongolia", "--from", "2030-06-01",
                       "--to", "2030-06-03", "--status", "verified", "--json")  # fmt: skip
    aid = json.loads(out)["id"]
    code, out, _ = run(capsys, "alert", "show", aid[:8], "--lang", "es")
    assert code == 0
    assert "Viaje de Vladimir Vladimirovich Putin a Mongolia, 1–3 de junio de 2030" in out, "the days in Spanish"
    assert "Mongolia: OBLIGADO a detener y entregar (Estatuto de Roma, artículos 86 y 89 1))" in out
    assert "estado: Verificada" in out
    assert "OBLIGED" not in out and "status:" not in out
    code, english, _ = run(capsys, "alert", "show", aid[:8])
    assert "Mongolia: OBLIGED to arrest and surrender (Rome Statute, articles 86 and 89(1))" in english
    assert "  status: verified" in english

    ics = tmp_path / "ar.ics"
    assert run(capsys, "calendar", "-o", str(ics), "--lang", "ar")[0] == 0
    text = ics.read_bytes().decode()
    assert "زيارة Vladimir Vladimirovich Putin إلى منغوليا" in text.replace("\u200e", "").replace("\r\n ", "")
    assert "Visit:" not in text
    assert run(capsys, "calendar", "-o", str(ics))[0] == 0
    assert b"Visit: Vladimir Vladimirovich Putin to Mongolia" in ics.read_bytes()


def test_the_letter_draft_in_french_and_arabic(capsys, initialised: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document
    from docx.oxml.ns import qn

    code, out, _ = run(capsys, "alert", "add", "--person", "Putin", "--state", "Mongolia", "--from", "2030-06-01",
                       "--to", "2030-06-03", "--status", "verified", "--json")  # fmt: skip
    aid = json.loads(out)["id"][:8]
    target = tmp_path / "lettre.docx"
    assert run(capsys, "letter", "draft", "--alert", aid, "-o", str(target), "--lang", "fr")[0] == 0
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "{{" not in text and "Excellency" not in text and "I have the honour" not in text
    for expected in (
        "ASSEMBLÉE DES ÉTATS PARTIES AU STATUT DE ROME DE LA COUR PÉNALE INTERNATIONALE",
        "Ministre des affaires étrangères\nMongolie\nExcellence,",
        "pourrait se rendre dans votre pays (1er–3 juin 2030)",  # 2030-06-01/2030-06-03 in French
        "le 17 mars 2023, dans « Situation in Ukraine »",
        "En tant qu'État Partie au Statut de Rome, votre pays est tenu de coopérer pleinement",
        "exécuter la demande d'arrestation et de remise de Vladimir Vladimirovich Putin adressée par la Cour",
        "Päivi Kaukoranta\nPrésident de l'Assemblée des États Parties",
    ):
        assert expected in text, expected

    target = tmp_path / "risala.docx"
    assert run(capsys, "letter", "draft", "--alert", aid, "-o", str(target), "--lang", "ar")[0] == 0
    document = Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "جمعية الدول الأطراف في نظام روما الأساسي للمحكمة الجنائية الدولية" in text
    assert "قد يزور بلدكم (1–3 حزيران/يونيه 2030)" in text
    assert "وبصفة بلدكم دولة طرفاً في نظام روما الأساسي" in text
    paragraphs = list(document.element.body.iter(qn("w:p")))
    assert all(p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None for p in paragraphs)
