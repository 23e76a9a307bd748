"""Sources in their own language: checked in the original by its language's rules, printed with the
editor's translation. The corpus (tests/fixtures/languages) is made up: two Russian sources, a
transcript and an article with «…», — заявил …, one Kazakh article and one English note."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import assert_problem

from reportgen.commands.find import phrase_pattern
from reportgen.text.lexicon import kazakh_forms, name_keys, negates, russian_forms
from reportgen.text.sources import Paragraph, clean
from reportgen.verify.cuts import edge_flags, flag_reason

CORPUS = Path(__file__).parent / "fixtures" / "languages"


@pytest.fixture
def corpus(tmp_path):
    """corpus(*excerpts) -> the made-up project's topics.yaml with the excerpts appended, and the line
    each appended excerpt starts on."""

    def make(*excerpts: str) -> tuple[Path, list[int]]:
        shutil.copytree(CORPUS, tmp_path, dirs_exist_ok=True)
        path = tmp_path / "topics.yaml"
        text = path.read_text(encoding="utf-8")
        lines = []
        for item in excerpts:
            lines.append(text.count("\n") + 1)
            text += item
        path.write_text(text, encoding="utf-8")
        return path, lines

    return make


def excerpt(source: str, analyst: str, quote: str, translation: str | None = None) -> str:
    lines = [f"      - source: {source}", f"        analyst: {analyst}", f'        quote: "{quote}"']
    if translation is not None:
        lines.append(f'        translation: "{translation}"')
    return "\n".join(lines) + "\n"


def checked(run, path: Path) -> tuple[int, str]:
    code, _, err = run("check", path)
    return code, err


def test_the_corpus_checks_clean(run, corpus):
    path, _ = corpus()
    code, err = checked(run, path)
    assert code == 0, err


# --- each case caught at its excerpt's line, beside an honest neighbour that passes ----------------------
CASES = {
    # a quote given to another speaker: «…», — заявил Марат Тулегенов
    "other speaker (Russian tag after the dash)": (
        excerpt("vestnik", "volkova", "Решение приняли за закрытыми дверями", "Taken behind closed doors"),
        excerpt("vestnik", "tulegenov", "Решение приняли за закрытыми дверями", "Taken behind closed doors"),
        "attribution.other-speaker"),
    # „…“ nested in «…»: the inner marks are the quote's own, the tag after the dash names the speaker
    "other speaker („…“ inside «…»)": (
        excerpt("vestnik", "volkova", "Программа „Чистая вода“ провалилась", "The Clean Water programme failed"),
        excerpt("vestnik", "tulegenov", "Программа „Чистая вода“ провалилась", "The Clean Water programme failed"),
        "attribution.other-speaker"),
    # the Kazakh tag after the dash, two words before its verb: «…», – деп атап өтті Садықова
    "other speaker (Kazakh tag after the dash)": (
        excerpt("kk", "volkova", "Тариф ашық талқылануы керек", "The tariff must be discussed openly"),
        excerpt("kk", "sadykova", "Тариф ашық талқылануы керек", "The tariff must be discussed openly"),
        "attribution.other-speaker"),
    # the name in another case: По словам Тулегенова (genitive) names Tulegenov, not Volkova
    "name in the genitive (Russian)": (
        excerpt("vestnik", "volkova", "совет обязан опубликовать расчёт тарифа", "the council must publish it"),
        excerpt("vestnik", "tulegenov", "совет обязан опубликовать расчёт тарифа", "the council must publish it"),
        "attribution.other-speaker"),
    # Садықованың айтуынша (Kazakh genitive, Kazakh letters) names Sadykova
    "name in the genitive (Kazakh)": (
        excerpt("kk", "volkova", "тариф туралы тыңдау өткізілген жоқ", "no hearing on the tariff was held"),
        excerpt("kk", "sadykova", "тариф туралы тыңдау өткізілген жоқ", "no hearing on the tariff was held"),
        "attribution.other-speaker"),
    # a cut that drops не
    "cut drops не": (
        excerpt("panel", "tulegenov", "Я ... думаю, что рост тарифов был неизбежен.", "I think it was inevitable."),
        excerpt("panel", "tulegenov", "Я не думаю, что рост тарифов был неизбежен.", "I do not think it was."),
        "cut.drops-qualifier"),
    # a quote that leaves не out before its first word
    "lead drops не": (
        excerpt("panel", "tulegenov", "рост тарифов был неизбежен", "the rise in tariffs was inevitable"),
        excerpt("panel", "tulegenov", "Городские власти не провели ни одного публичного слушания.",
                "The city authorities did not hold a single public hearing."),
        "edge.lead-qualifier"),
    # a cut that drops емес
    "cut drops емес": (
        excerpt("kk", "sadykova", "Бұл шешім әділ ... себебі тұрғындармен ешкім ақылдаспады",
                "This decision is fair because nobody consulted the residents"),
        excerpt("kk", "sadykova", "Бұл шешім әділ емес, себебі тұрғындармен ешкім ақылдаспады",
                "This decision is not fair, because nobody consulted the residents"),
        "cut.drops-qualifier"),
    # a quote that ends before емес, which negates the words before it
    "tail drops емес": (
        excerpt("kk", "sadykova", "Бұл шешім әділ", "This decision is fair"),
        excerpt("kk", "sadykova", "Бұл шешім әділ емес", "This decision is not fair"),
        "edge.tail-qualifier"),
    # a quote that ends before the verb negated by its suffix (ақылдас-па-ды, "did not consult")
    "tail drops a negated verb (Kazakh suffix)": (
        excerpt("kk", "sadykova", "Бұл шешім әділ емес, себебі тұрғындармен ешкім", "This decision is not fair, "
                "because nobody ... the residents"),
        excerpt("kk", "sadykova", "Бұл шешім әділ емес", "This decision is not fair"),
        "edge.tail-qualifier"),
}


@pytest.mark.parametrize("case", CASES)
def test_each_case_is_caught_at_its_excerpt_and_its_honest_neighbour_passes(run, corpus, case):
    wrong, honest, rule = CASES[case]
    path, (line,) = corpus(wrong)
    code, err = checked(run, path)
    assert code == 1, err
    found = assert_problem(err, None, f"[{rule}]")
    assert f"topics.yaml:{line}:" in found or f"topics.yaml:{line + 1}:" in found or \
        f"topics.yaml:{line + 2}:" in found, found  # the excerpt's own lines: source, analyst, quote
    path, _ = corpus(honest)
    code, err = checked(run, path)
    assert code == 0, err


def test_a_translation_is_required_for_a_quote_in_another_language(run, corpus):
    quote = "Без нового тарифа оператор не сможет заменить ни одной трубы"
    path, (line,) = corpus(excerpt("vestnik", "volkova", quote))
    code, _, err = run("check", path)
    assert code == 2 and "Traceback" not in err
    assert "has no translation" in assert_problem(err, line, "in Russian")
    path, _ = corpus(excerpt("vestnik", "volkova", quote, "Without a new tariff the operator cannot replace a pipe"))
    assert run("check", path)[0] == 0


def test_a_translation_is_refused_for_a_quote_in_the_editions_language(run, corpus):
    quote = "The council did not publish its tariff calculation before the vote."
    path, (line,) = corpus(excerpt("notes", "smith", quote, "Le conseil n'a pas publié son calcul."))
    code, _, err = run("check", path)
    assert code == 2 and "Traceback" not in err
    assert_problem(err, line + 3, "'translation' is set, but the quote is in English")
    path, _ = corpus(excerpt("notes", "smith", quote))
    assert run("check", path)[0] == 0


def test_a_language_is_one_the_rules_know(run, corpus):
    path, _ = corpus()
    path.write_text(path.read_text(encoding="utf-8").replace("language: kk", "language: kz"), encoding="utf-8")
    code, _, err = run("check", path)
    assert code == 2 and "'language' is 'kz'" in err and "kk" in err


# --- the vocabulary, on plain strings -----------------------------------------------------------------------
def test_russian_verbs_are_lemmas_with_their_forms_generated():
    assert russian_forms("заявить") == ["заявил", "заявила", "заявило", "заявили", "заявит", "заявят"]
    assert russian_forms("сообщать")[4:] == ["сообщает", "сообщают"]
    assert russian_forms("сказать:скажет")[4:] == ["скажет", "скажут"]


def test_kazakh_verbs_follow_vowel_harmony():
    assert kazakh_forms("айт") == ["айтты", "айтады", "айтып"]
    assert kazakh_forms("де") == ["деді", "дейді", "деп"]
    assert kazakh_forms("атап өт") == ["атап өтті", "атап өтеді", "атап өтіп"]


@pytest.mark.parametrize("word", ["Токаев", "Токаева", "Токаеву", "Токаевым", "Тоқаев", "Тоқаевтың", "Tokayev"])
def test_one_name_in_any_case_and_script(word):
    assert "tokayev" in name_keys(word)


def test_a_lower_case_word_is_not_declined_as_a_name():
    assert name_keys("тарифа") == ("tarifa",)


@pytest.mark.parametrize("word", ["айтпады", "келмейді", "білмеймін", "жазбаған", "болмас", "бермей"])
def test_a_kazakh_verb_negated_by_its_suffix(word):
    assert negates(word, "kk") and not negates(word, "ru")


@pytest.mark.parametrize("word", ["айтты", "табады", "жабады", "Алматы", "келеді"])
def test_its_honest_neighbours_do_not_negate(word):
    assert not negates(word, "kk")


def test_the_suffix_rule_reads_kazakh_sources_only():
    assert not negates("семей", "ru")  # "of families": in a Kazakh source the rule would read it as negated


def _paragraph(text: str) -> Paragraph:
    return Paragraph(1, text, clean=clean(text))


def test_a_cut_of_a_negated_kazakh_verb_is_flagged_only_in_kazakh():
    text = "Әкімдік хаттарға жауап бермеді және тарифті көтерді."
    start = text.index("бермеді")
    gap = (start - 1, start + len("бермеді") + 1)
    assert "бермеді" in flag_reason(_paragraph(text), gap, "kk")
    assert flag_reason(_paragraph(text), gap, "ru") is None
    honest = (text.index("және") - 1, text.index("және") + len("және") + 1)
    assert flag_reason(_paragraph(text), honest, "kk") is None


def test_a_quote_may_not_end_before_a_kazakh_negation():
    text = "Бұл шешім әділ емес."
    end = text.index(" емес")
    assert edge_flags(_paragraph(text), [(0, end)], False, "kk")[0].rule == "edge.tail-qualifier"
    assert edge_flags(_paragraph(text), [(0, len(text) - 1)], False, "kk") == ()


# --- printed: the original, then the editor's translation, the citation unchanged --------------------------
@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The corpus built once: the briefing (PDF, DOCX, HTML), the anonymized handout and the export."""
    from reportgen.cli import main
    folder = tmp_path_factory.mktemp("languages")
    shutil.copytree(CORPUS, folder, dirs_exist_ok=True)
    topics = folder / "topics.yaml"
    assert main(["build", str(topics), "--out", str(folder / "out"), "--quiet"]) == 0
    assert main(["handout", str(topics), "--anonymize", "--format", "pdf,docx", "--out", str(folder / "out")]) == 0
    assert main(["export", str(topics), "--format", "csv,json", "--out", str(folder / "out")]) == 0
    return folder / "out"


ORIGINAL = "Я не думаю, что рост тарифов был неизбежен."
TRANSLATION = "I do not think the rise in tariffs was inevitable."


def test_the_pdf_prints_the_original_then_the_marked_translation_then_the_citation(built):
    from pypdf import PdfReader
    text = "\n".join(p.extract_text() for p in PdfReader(next(built.glob("*-ed1.pdf"))).pages)
    flat = " ".join(text.split())
    at = flat.index(f"“{ORIGINAL}”")
    assert flat.index(f"EDITOR’S TRANSLATION FROM RUSSIAN: “{TRANSLATION}”", at) < \
        flat.index("— Marat Tulegenov · Round table, para. 5", at)
    assert "EDITOR’S TRANSLATION FROM KAZAKH:" in flat
    assert "The translations are the editor’s, Dana Reyes’s" in flat and "2 from Kazakh, 4 from Russian" in flat
    english = flat.index("“The council did not publish its tariff calculation before the vote.”")
    assert flat[english:english + 140].count("TRANSLATION") == 0  # an English quote has none


def test_the_docx_gives_the_translation_its_own_style_between_quote_and_attribution(built):
    import docx
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(next(built.glob("*-ed1.docx")))).paragraphs]
    at = paragraphs.index(("Quote", f"“{ORIGINAL}”"))
    assert paragraphs[at + 1] == ("Translation", f"Editor’s translation from Russian: “{TRANSLATION}”")
    assert paragraphs[at + 2][0] == "Quote Attribution" and "Round table, para. 5" in paragraphs[at + 2][1]
    bold = next(p for p in docx.Document(str(next(built.glob("*-ed1.docx")))).paragraphs
                if p.style.name == "Translation").runs[0]
    assert bold.bold and bold.text.startswith("Editor’s translation")


def test_the_html_names_the_originals_language_and_escapes_both(built):
    html = next(built.glob("*-ed1.html")).read_text(encoding="utf-8")
    assert f'<p class="quote" lang="ru">“{ORIGINAL}”</p><p class="translation"><span class="translation-label">' \
           f"Editor’s translation from Russian:</span> “{TRANSLATION}”</p>" in html
    assert 'lang="kk"' in html
    assert "Kind: transcript. Language: Russian; quoted in it, with the editor’s translation.</dd>" in html
    assert "Kind: transcript.</dd>" in html  # the English note: no language named


def test_the_handout_prints_the_translation_and_hides_the_speaker(built):
    import docx
    paragraphs = [(p.style.name, p.text) for p in
                  docx.Document(str(next(built.glob("*-handout.docx")))).paragraphs]
    at = paragraphs.index(("Quote", f"“{ORIGINAL}”"))
    assert paragraphs[at + 1][0] == "Translation" and paragraphs[at + 2][1].startswith("— Speaker")


def test_the_export_carries_the_language_and_the_translation(built):
    import csv
    data = json.loads(next(built.glob("*-ed1.json")).read_text(encoding="utf-8"))
    row = next(r for r in data["excerpts"] if r["quote"] == ORIGINAL)
    assert (row["language"], row["translation"], row["locator"]) == ("ru", TRANSLATION, "para. 5")
    assert next(r for r in data["excerpts"] if r["source_id"] == "notes")["translation"] is None
    with open(next(built.glob("*excerpts.csv")), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    printed = {(r["Language"], r["Editor’s translation"]) for r in rows if r["Quote"] == ORIGINAL}
    assert printed == {("Russian", TRANSLATION)}


# --- the workbench ------------------------------------------------------------------------------------------
def test_excerpt_add_writes_the_translation_and_asks_for_one_where_it_is_needed(run, corpus):
    path, _ = corpus()
    base = ("excerpt", "add", "tariffs", "--source", "panel", "--para", "7", "--from", "Тарифы", "--to", "лет",
            "--topics", path)
    code, _, err = run(*base)
    assert code == 2 and err.strip() == ("--translation: error: source 'panel' is in Russian: the excerpt needs a "
                                         "translation; give --translation TEXT, your rendering of the quote in English")
    code, out, err = run(*base, "--translation", "Tariffs had not changed for eight years")
    assert code == 0, err
    assert path.read_text(encoding="utf-8").endswith(
        "        quote: >-\n          Тарифы не менялись восемь лет\n"
        "        translation: >-\n          Tariffs had not changed for eight years\n")
    assert run("check", path)[0] == 0
    code, _, err = run("excerpt", "add", "tariffs", "--source", "notes", "--para", "3", "--translation", "x",
                       "--topics", path)
    assert code == 2 and "source 'notes' is in English, the edition's own language" in err


@pytest.mark.parametrize("words, source, found", [
    ("Тулегенов", "vestnik", ["Тулегенов", "Тулегенова", "Тулегенов"]),  # the tags, and По словам Тулегенова
    ("Тулегенову", "vestnik", ["Тулегенов", "Тулегенова", "Тулегенов"]),  # typed in the dative
    ("тарифов", "panel", ["тарифы", "тарифах", "тарифов", "Тарифы"]),
    ("Садықова", "kk", ["Садықова", "Садықованың", "Садықова", "Садықова"]),  # and the Kazakh genitive
])
def test_find_matches_a_cyrillic_word_with_and_without_its_case_ending(run, corpus, monkeypatch, words, source, found):
    path, _ = corpus()
    monkeypatch.chdir(path.parent)
    code, out, _ = run("find", words, "--source", source)
    assert code == 0 and re.findall(r"\*\*(.+?)\*\*", out) == found


def test_find_keeps_an_english_word_whole():
    assert phrase_pattern("tariff").search("tariffs") is None and phrase_pattern("тариф").search("тарифы")
    assert phrase_pattern("Straße").search("Straße") and phrase_pattern("Straße").search("Straßen") is None


def test_diff_shows_a_changed_translation(run, corpus):
    path, _ = corpus()
    new = path.with_name("next.yaml")
    new.write_text(path.read_text(encoding="utf-8").replace("number: 1", "number: 2").replace(
        TRANSLATION, "I do not believe the tariff rise was unavoidable."), encoding="utf-8")
    code, out, _ = run("diff", path, new)
    assert code == 0
    assert "~ Marat Tulegenov, Round table [unfair], line 45: translation changed\n" \
           f'      translation was: "{TRANSLATION}"\n' \
           '      translation now: "I do not believe the tariff rise was unavoidable."' in out
    code, out, _ = run("diff", path, new, "--format", "json")
    change = json.loads(out)["topics"][0]["changed"][0]
    assert change["fields"] == ["translation"] and change["old"]["translation"] == TRANSLATION


def test_a_translation_is_data_escaped_in_the_html(run, corpus):
    path, _ = corpus()
    path.write_text(path.read_text(encoding="utf-8").replace(
        TRANSLATION, "I do <b>not</b> think & so on"), encoding="utf-8")
    code, _, err = run("build", path, "--format", "html", "--out", path.parent / "out", "--quiet")
    assert code == 0, err
    html = next((path.parent / "out").glob("*.html")).read_text(encoding="utf-8")
    assert "“I do &lt;b&gt;not&lt;/b&gt; think &amp; so on”" in html and "<b>not</b>" not in html


def test_the_workbench_saves_a_selection_with_its_translation(corpus, run):
    from test_workbench_api import call, version

    from reportgen.commands.serve import PreviewServer
    path, _ = corpus()
    server = PreviewServer(path, port=0)
    server.start()
    try:
        text = server.workbench.load().texts["panel"].paragraphs[6].clean
        words = "Тарифы не менялись восемь лет"
        body = {"version": version(server), "topic": "tariffs", "source": "panel", "para": 7,
                "spans": [[text.index(words), text.index(words) + len(words)]]}
        status, answer = call(server, "/api/excerpt", body)
        assert status != 200 and "needs a translation" in json.dumps(answer, ensure_ascii=False)
        status, answer = call(server, "/api/excerpt", {**body, "translation": "Tariffs had not changed for years"})
        assert status == 200 and answer["ok"], answer
    finally:
        server.stop()
    assert "translation: >-\n          Tariffs had not changed for years\n" in path.read_text(encoding="utf-8")
    assert run("check", path)[0] == 0
