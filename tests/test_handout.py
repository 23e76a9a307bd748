"""`reportgen handout` (issue 5): classroom handouts, read back from the PDF and DOCX files themselves.

The shipped topics.yaml is built twice per module (named on A4, anonymized on Letter) and every test
of the real handout reads those files; small cases build a throwaway project of their own.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import docx
import pypdf
import pytest
from conftest import HEADER, REPO, SEEDS, excerpt

from reportgen.build.pipeline import output_path
from reportgen.cli import main
from reportgen.document.typography import smart_quotes
from reportgen.load.schema import load_edition
from reportgen.text.sources import normalize
from reportgen.verify.excerpts import verify_edition

HIJACKED = '"But gradually, the protest was hijacked by unknown individuals."'
GRIEVANCES = '"And they escalated from economic grievances to concrete political demands."'
TOO_FAR = '"For me, it was really a protest that went too far and went very, very radical."'
HANDOUT_PARTS = """\
    background: Protests began in western Kazakhstan over fuel prices.
    discussion:
      - Who hijacked the protests, according to the speaker?
"""


@dataclass
class Printed:
    """One handout as written: its files, read back."""

    pdf: pypdf.PdfReader
    docx: docx.Document
    paths: list[Path]
    key_pdf: pypdf.PdfReader | None = None
    key_docx: docx.Document | None = None

    @cached_property
    def pages(self) -> dict[str, list[str]]:
        """The text of each topic's PDF pages, by its printed title."""
        return topic_pages(self.pdf)

    @cached_property
    def text(self) -> str:
        return flat(" ".join(page.extract_text() for page in self.pdf.pages))

    @cached_property
    def paragraphs(self) -> dict[str, list[tuple[str, str]]]:
        """The DOCX's (style, text) paragraphs under each topic's Heading 1."""
        return docx_topics(self.docx)


def build(topics: Path, out: Path, *options) -> Printed:
    code = main(["handout", str(topics), "--out", str(out), "--quiet", *options])
    assert code == 0
    files = {p.name: p for p in out.iterdir() if not p.name.startswith(".")}
    handout = [p for name, p in files.items() if name.endswith("-handout.pdf")][0]
    key_pdf, key_docx = handout.with_name(handout.stem + "-key.pdf"), handout.with_name(handout.stem + "-key.docx")
    return Printed(pypdf.PdfReader(handout), docx.Document(handout.with_suffix(".docx")), sorted(files.values()),
                   pypdf.PdfReader(key_pdf) if key_pdf.exists() else None,
                   docx.Document(key_docx) if key_docx.exists() else None)


def flat(text: str) -> str:
    """Text as extracted from a page, comparable: one space for any spacing, none after a hyphen
    (a line may break after the hyphen of 'government-controlled')."""
    return " ".join(normalize(re.sub(r"-\s+", "-", text)).split())


def topic_pages(reader: pypdf.PdfReader) -> dict[str, list[str]]:
    """Each topic's pages (their text), from the PDF outline: a topic runs to the next top-level entry."""
    entries = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline
               if not isinstance(item, list)]
    topics = {}
    for i, (title, start) in enumerate(entries):
        if re.match(r"\d+\. ", title):
            end = entries[i + 1][1] if i + 1 < len(entries) else len(reader.pages)
            topics[title] = [reader.pages[n].extract_text() for n in range(start, end)]
    return topics


def docx_topics(document) -> dict[str, list[tuple[str, str]]]:
    """(style, text) of each paragraph, grouped under the Heading 1 of its topic."""
    topics, current = {}, None
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 1":
            current = topics.setdefault(paragraph.text, [])
        elif current is not None:
            current.append((paragraph.style.name, paragraph.text))
    return topics


def excerpt_of(topic, quoted: str):
    """The excerpt whose words a printed quote holds (quotes within it print one level down, so
    the levels are folded)."""
    words = flat(quoted)
    if words.startswith('"') and words.endswith('"'):  # a quotation; reported speech prints bare
        words = words[1:-1]
    words = words.replace('"', "'")
    return next(e for e in topic.excerpts if flat(e.text).replace('"', "'") == words)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("shipped")
    shutil.copy(REPO / "topics.yaml", root / "topics.yaml")
    shutil.copytree(SEEDS, root / "seeds")
    return root / "topics.yaml"


@pytest.fixture(scope="module")
def edition(shipped):
    return verify_edition(load_edition(shipped)).edition  # verified: excerpts carry the text as printed


@pytest.fixture(scope="module")
def named(shipped) -> Printed:
    return build(shipped, shipped.parent / "named")


@pytest.fixture(scope="module")
def anonymized(shipped) -> Printed:
    return build(shipped, shipped.parent / "anonymized", "--anonymize", "--paper", "letter")


# --- The shipped handout ---------------------------------------------------------------------------

def test_the_handout_is_a_pdf_and_a_docx_named_after_the_edition(named, edition):
    expected = [output_path(edition, Path(), fmt, "-handout").name for fmt in ("docx", "pdf")]
    assert [p.name for p in named.paths] == expected
    assert expected[0].endswith("-ed1-handout.docx")
    assert named.key_pdf is None and named.key_docx is None  # no answer key without --anonymize


def test_every_topic_prints_its_question_and_discussion_questions(named, edition):
    pdf, word = named.pages, named.paragraphs
    for n, topic in enumerate(edition.topics, 1):
        title = f"{n}. {topic.title}"
        pdf_text, word_text = flat(" ".join(pdf[title])), flat(" ".join(t for _, t in word[title]))
        for text in (topic.question, topic.background, *topic.discussion):
            assert flat(text) in pdf_text, text
            assert flat(text) in word_text, text


def test_each_topic_starts_a_page_and_takes_at_most_two(named, anonymized, edition):
    for printed in (named, anonymized):
        pages = printed.pages
        assert list(pages) == [f"{n}. {t.title}" for n, t in enumerate(edition.topics, 1)]
        for title, texts in pages.items():
            assert len(texts) <= 2, f"{title} takes {len(texts)} pages"
            assert title in flat(texts[0])[:100]  # at the top of its first page


def test_a4_and_letter(named, anonymized):
    a4, letter = named.pdf.pages[0].mediabox, anonymized.pdf.pages[0].mediabox
    assert (round(a4.width), round(a4.height)) == (595, 842)
    assert (round(letter.width), round(letter.height)) == (612, 792)


def test_two_to_four_excerpts_per_topic_from_different_voices_and_stances(named, edition):
    for n, topic in enumerate(edition.topics, 1):
        paragraphs = named.paragraphs[f"{n}. {topic.title}"]
        chosen = [excerpt_of(topic, text) for style, text in paragraphs if style == "Quote"]
        assert 2 <= len(chosen) <= 4
        assert len({e.analyst for e in chosen}) == len(chosen)
        assert len({e.stance for e in chosen}) >= min(len(chosen), 3)
        assert len({e.source for e in chosen}) >= 2


def test_named_quotes_carry_name_affiliation_and_citation(named, edition):
    for n, topic in enumerate(edition.topics, 1):
        paragraphs = named.paragraphs[f"{n}. {topic.title}"]
        for (style, text), (next_style, attribution) in zip(paragraphs, paragraphs[1:]):
            if style == "Quote":
                e = excerpt_of(topic, text)
                assert next_style == "Quote Attribution"
                analyst = edition.analysts[e.analyst]
                assert analyst.name in attribution and (analyst.affiliation or "") in attribution
                assert re.search(r"para\. \d+$", attribution)


def test_glossary_terms_printed_are_defined_and_used(named, edition):
    printed_any = False
    for n, topic in enumerate(edition.topics, 1):
        paragraphs = named.paragraphs[f"{n}. {topic.title}"]
        # every term a student meets on the sheet: in a quote, the background or a question
        used = " ".join([t for s, t in paragraphs if s == "Quote"] + [topic.background, *topic.discussion])
        terms = {t: d for (s, t), (_, d) in zip(paragraphs, paragraphs[1:]) if s == "Definition Term"}
        glossary = {smart_quotes(k): smart_quotes(v) for k, v in edition.glossary.items()}  # printed typeset
        for term, definition in terms.items():
            assert glossary[term] == definition
            assert re.search(rf"(?<!\w){re.escape(term)}(?!\w)", normalize(used), re.IGNORECASE)
        missing = [t for t in glossary if t not in terms
                   and re.search(rf"(?<!\w){re.escape(t)}(?!\w)", normalize(used), re.IGNORECASE)]
        assert not missing, f"{topic.id}: used but not defined: {missing}"
        printed_any |= bool(terms)
        pdf_text = flat(" ".join(named.pages[f"{n}. {topic.title}"]))
        assert all(flat(d) in pdf_text for d in terms.values())
    assert printed_any


def test_every_term_the_handout_uses_is_defined_in_the_glossary_at_its_end(named, anonymized, edition):
    """The timeline's terms too (KNB, LPG, Mangystau): the last pages are a glossary of every term
    the cover or a sheet uses, as topics.yaml's glossary defines it, in the PDF and the DOCX."""
    glossary = {smart_quotes(k): smart_quotes(v) for k, v in edition.glossary.items()}  # printed typeset
    for printed in (named, anonymized):
        text = printed.text
        before, after = text[:text.rindex("Glossary The terms")], text[text.rindex("Glossary The terms"):]
        used = [t for t in glossary if re.search(rf"(?<!\w){re.escape(flat(t))}(?!\w)", before, re.IGNORECASE)]
        assert {"KNB", "LPG", "Mangystau"} <= set(used)
        for term in used:
            assert flat(glossary[term]) in after, term
        word = printed.paragraphs["Glossary"]
        defined = {t: d for (s, t), (_, d) in zip(word, word[1:]) if s == "Definition Term"}
        assert sorted(defined, key=str.casefold) == sorted(used, key=str.casefold)
        assert all(defined[t] == glossary[t] for t in used)


def test_the_timeline_is_printed_once(named, edition):
    assert named.text.count("Timeline") == 1
    assert all(flat(entry.event) in named.text for entry in edition.timeline)


def test_the_docx_uses_word_styles_a_teacher_can_edit(named, edition):
    styles = {p.style.name for p in named.docx.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Question", "Quote", "Quote Attribution", "Answer Space"} <= styles
    headings = [p.text for p in named.docx.paragraphs if p.style.name == "Heading 1"]
    assert headings == [f"{n}. {t.title}" for n, t in enumerate(edition.topics, 1)] + ["Glossary"]
    assert named.docx.styles["Normal"].font.size.pt >= 12


# --- "Who said it?" ---------------------------------------------------------------------------------

def test_anonymized_quotes_carry_letters_not_names(anonymized, edition):
    names = [a.name for a in edition.analysts.values()]
    for n, topic in enumerate(edition.topics, 1):
        paragraphs = anonymized.paragraphs[f"{n}. {topic.title}"]
        attributions = [t for s, t in paragraphs if s == "Quote Attribution"]
        assert attributions == [f"— Speaker {letter}" for letter in "ABCD"[:len(attributions)]]
        assert not [s for s, _ in paragraphs if s == "Note"]  # notes may name the speaker
        pdf_text = flat(" ".join(anonymized.pages[f"{n}. {topic.title}"]))
        quotes = [text for style, text in paragraphs if style == "Quote"]
        for letter, quote in zip("ABCD", quotes):
            after = pdf_text[pdf_text.index(flat(quote)) + len(flat(quote)):][:60]
            assert after.startswith(f" - Speaker {letter}"), after  # flat() folds "— "
            assert not any(name in after for name in names), after


def test_anonymized_handout_lists_the_speakers_alphabetically_to_match(anonymized, edition):
    for n, topic in enumerate(edition.topics, 1):
        paragraphs = anonymized.paragraphs[f"{n}. {topic.title}"]
        listed = [t.removeprefix("____ ") for s, t in paragraphs if s == "Compact" and t.startswith("____")]
        speakers = {edition.analysts[excerpt_of(topic, t).analyst] for s, t in paragraphs if s == "Quote"}
        assert listed == sorted(listed, key=str.casefold)
        assert len(listed) == len(speakers)
        assert all(any(line.startswith(a.name) for line in listed) for a in speakers)


def test_the_answer_key_is_a_separate_file_and_names_every_speaker(anonymized, edition):
    assert anonymized.key_pdf is not None and anonymized.key_docx is not None
    assert any(p.name.endswith("-ed1-handout-key.pdf") for p in anonymized.paths)
    assert any(p.name.endswith("-ed1-handout-key.docx") for p in anonymized.paths)
    key_text = flat(" ".join(page.extract_text() for page in anonymized.key_pdf.pages))
    tables = anonymized.key_docx.tables
    assert len(tables) == len(edition.topics)
    for (n, topic), table in zip(enumerate(edition.topics, 1), tables):
        paragraphs = anonymized.paragraphs[f"{n}. {topic.title}"]
        quotes = [t for s, t in paragraphs if s == "Quote"]
        rows = [[cell.text for cell in row.cells] for row in table.rows][1:]
        assert [row[0] for row in rows] == list("ABCD"[:len(quotes)])
        for quote, (_letter, who, where, _) in zip(quotes, rows):
            e = excerpt_of(topic, quote)
            analyst, source = edition.analysts[e.analyst], edition.sources[e.source]
            assert who.startswith(analyst.name) and (analyst.affiliation or "") in who
            assert re.fullmatch(rf"{re.escape(smart_quotes(source.label))}, para\. \d+", where)
            assert flat(analyst.name) in key_text
    assert "Answer key" not in anonymized.text and "para. " not in anonymized.text


# --- Choosing topics and excerpts, bad input --------------------------------------------------------

def test_topic_selection_prints_only_those_topics_in_that_order(shipped, tmp_path, edition):
    printed = build(shipped, tmp_path, "--topic", "csto", "--topic", "causes")
    assert list(printed.pages) == ["1. The CSTO intervention", "2. What drove the unrest"]
    assert flat(edition.topic("elite-struggle").question) not in printed.text


def test_an_unknown_topic_names_the_ids_that_exist(shipped, tmp_path, run):
    code, _, err = run("handout", shipped, "--topic", "csto", "--topic", "cst0", "--out", tmp_path)
    assert code == 2
    assert err.count("\n") == 1
    assert "no topic 'cst0'" in err and "did you mean 'csto'?" in err
    assert "known: causes, elite-struggle, csto, media-crackdown, regional-impact" in err
    assert not list(tmp_path.iterdir())


def test_a_topic_with_one_excerpt_warns_and_still_prints(project, run, tmp_path):
    path = project(HEADER + excerpt("gwu", "sharipzhanov", HIJACKED, stance="hijacked") + HANDOUT_PARTS)
    code, _, err = run("handout", path, "--out", tmp_path / "out", "--quiet")
    assert code == 0
    assert "warning: topic 'causes' has 1 excerpt" in err
    text = flat(pypdf.PdfReader(next((tmp_path / "out").glob("*-handout.pdf"))).pages[0].extract_text())
    assert "What drove the unrest?" in text and "hijacked by unknown individuals" in text
    assert "Who hijacked the protests" in text


def test_the_editors_handout_excerpts_are_the_ones_printed(project, run, tmp_path):
    path = project(HEADER + excerpt("gwu", "sharipzhanov", HIJACKED, stance="hijacked", handout="true")
                   + excerpt("gwu", "jones", GRIEVANCES, stance="grievances")
                   + excerpt("gwu", "umarov", TOO_FAR, handout="true") + HANDOUT_PARTS)
    code, _, err = run("handout", path, "--out", tmp_path / "out", "--format", "docx", "--quiet")
    assert code == 0, err
    quotes = [p.text for p in docx.Document(next((tmp_path / "out").glob("*.docx"))).paragraphs
              if p.style.name == "Quote"]
    assert len(quotes) == 2 and "hijacked" in quotes[0] and "too far" in quotes[1]


def test_a_misquote_is_refused_and_nothing_is_written(project, run, tmp_path):
    quote = '"But gradually, the protest was captured by unknown individuals."'
    path = project(HEADER + excerpt("gwu", "sharipzhanov", quote) + HANDOUT_PARTS)
    code, _, err = run("handout", path, "--out", tmp_path / "out")
    assert code == 1 and "quote not found" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").glob("*-handout.*"))


def test_an_unchanged_handout_is_skipped_until_forced(project, run, tmp_path):
    path = project(HEADER + excerpt("gwu", "sharipzhanov", HIJACKED, stance="hijacked")
                   + excerpt("gwu", "umarov", TOO_FAR) + HANDOUT_PARTS)
    out = tmp_path / "out"
    code, _, warned = run("handout", path, "--out", out, "--format", "pdf", "--quiet")
    assert code == 0
    pdf = next(out.glob("*-handout.pdf"))
    first = pdf.stat().st_mtime_ns
    code, _, err = run("handout", path, "--out", out, "--format", "pdf", "--quiet")
    assert code == 0 and pdf.stat().st_mtime_ns == first and err == warned  # skipped, its warnings kept
    assert run("handout", path, "--out", out, "--format", "pdf", "--quiet", "--anonymize")[0] == 0
    assert pdf.stat().st_mtime_ns != first  # another option is another output
    again = pdf.stat().st_mtime_ns
    assert run("handout", path, "--out", out, "--format", "pdf", "--quiet", "--anonymize", "--force")[0] == 0
    assert pdf.stat().st_mtime_ns != again


def test_a_topic_too_long_for_two_pages_warns_and_still_prints(project, run, tmp_path):
    long = "    background: " + " ".join(["The protests spread from the west to Almaty."] * 180) + "\n"
    path = project(HEADER + excerpt("gwu", "sharipzhanov", HIJACKED, stance="hijacked")
                   + excerpt("gwu", "umarov", TOO_FAR) + long)
    code, _, err = run("handout", path, "--out", tmp_path / "out", "--format", "pdf", "--quiet")
    assert code == 0
    assert re.search(r"warning: topic 'causes' takes [3-9] pages of the handout \(a4\)", err)
    assert next((tmp_path / "out").glob("*-handout.pdf")).is_file()
