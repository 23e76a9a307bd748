"""The handout's document model: a classroom handout from the same verified topics as the briefing.

The handout reads the briefing's document model (its Quote values: words, analyst, source, locator)
and renders through the same templates, with templates/handout/ overriding only what differs.
Per topic it prints the question, the background, two to four excerpts that differ in stance, the
glossary terms they use, the discussion questions and room to write. build/handout.py fits each
topic on two pages and writes it.
"""

from __future__ import annotations

import dataclasses
import re
import string
from dataclasses import dataclass

from reportgen import __version__
from reportgen.document.briefing import Quote, Term, build_briefing
from reportgen.document.handout_questions import anonymized, giveaways, refers_to, unsupported
from reportgen.load.model import Analyst, Edition, TimelineEntry, Topic
from reportgen.load.schema import suggest
from reportgen.problems import InputError, Problem, display_path
from reportgen.text.sources import normalize
from reportgen.verify.attribution import names_in
from reportgen.verify.excerpts import Report

MIN_EXCERPTS, MAX_EXCERPTS = 2, 4
MAX_WORDS = 60  # a longer quote crowds a topic that must fit two pages; used only if too few are shorter
MOST_LINES, FEWEST_LINES = 6, 2  # ruled lines under each discussion question: as many as fit, in this range


@dataclass(frozen=True)
class HandoutTopic:
    """One topic as the class sees it."""

    number: int  # 1-based within this handout
    topic: Topic
    quotes: tuple[Quote, ...]  # in print order
    letters: tuple[str, ...]  # "A", "B", … per quote when anonymized, else ()
    terms: tuple[Term, ...]  # glossary terms the quotes or the background use, alphabetical
    chosen: tuple[Quote, ...]  # every excerpt chosen, best first; `quotes` are the first that fit
    lines: int = MOST_LINES  # ruled lines per discussion question (PDF)
    questions: tuple[str, ...] = ()  # the discussion questions as printed (names lettered when anonymized)
    all_voices: tuple[Analyst, ...] = ()  # every analyst of the edition, to find names in questions
    fixed_lines: bool = False  # --lines given: every question keeps its lines; excerpts give way

    @property
    def anchor(self) -> str:
        return f"topic-{self.number}"  # by number: unique whatever script the topic ids are written in

    @property
    def lettered(self) -> list[tuple[str | None, Quote]]:
        return list(zip(self.letters or [None] * len(self.quotes), self.quotes))

    @property
    def voices(self) -> tuple[Analyst, ...]:
        """The analysts to match to the letters, alphabetical so the order gives nothing away."""
        return alphabetical(self.quotes)

    @property
    def left_out(self) -> tuple[Quote, ...]:
        return tuple(q for q in self.chosen if q not in self.quotes)

    @property
    def texts(self) -> list[str]:
        """What the sheet prints that a glossary term may occur in: quotes (and their translations),
        background, questions."""
        return [text for q in self.quotes for text in q.excerpt.readings] + [self.topic.background or ""] \
            + list(self.topic.discussion)


@dataclass(frozen=True)
class Handout:
    edition: Edition
    sections: tuple[HandoutTopic, ...]
    timeline: tuple[TimelineEntry, ...]
    anonymize: bool = False
    answer_key: bool = False  # True: the teacher's key (letter -> analyst), a separate file
    version: str = __version__

    @property
    def glossary(self) -> tuple[Term, ...]:
        """Every glossary term the handout uses, on its cover (the timeline) or any sheet, alphabetical:
        printed at its end, so a term the timeline uses is defined too (a sheet's key terms are its own)."""
        texts = [entry.event for entry in self.timeline]
        for section in self.sections:
            texts += [section.topic.title, section.topic.question, *section.texts]
        return terms_used(self.edition.glossary, texts)


def build_handout(report: Report, topic_ids: list[str] | None = None, anonymize: bool = False,
                  lines: int | None = None) -> Handout:
    """The handout's document model for the chosen topics (all when None), from the briefing's.
    `lines`: ruled lines under each question, the same for all (None: as many as fit)."""
    model = build_briefing(report)
    voices = list(model.edition.analysts.values())
    briefing = {s.topic.id: s for s in model.sections}
    sections = []
    for number, topic_id in enumerate(topic_ids or list(briefing), 1):
        quotes = [q for group in briefing[topic_id].groups for q in group.quotes]
        topic = briefing[topic_id].topic
        chosen = choose_excerpts(quotes, anonymize, refers_to(topic.discussion, voices))
        section = _section(number, topic, chosen, model.edition.glossary, anonymize,
                           lines=MOST_LINES if lines is None else lines, voices=tuple(voices))
        sections.append(dataclasses.replace(section, fixed_lines=lines is not None))
    # The typeset edition (typographic quotes in what the editor typed), as the briefing prints it.
    return Handout(model.edition, tuple(sections), model.edition.timeline, anonymize)


def choose_excerpts(quotes: list[Quote], anonymize: bool = False, refers=lambda quote: False) -> list[Quote]:
    """The editor's `handout: true` excerpts if any (topped up to two); otherwise first those the
    discussion questions refer to (`refers`: their analyst named, or their words quoted; one per
    analyst), then as many as the topic has stances (two to four), from different analysts, stances
    and sources where possible, shorter than MAX_WORDS. Deterministic: ties keep topics.yaml order.
    Best first, so dropping from the end keeps what the questions need and the variety."""
    picked = [q for q in quotes if q.excerpt.handout][:MAX_EXCERPTS]
    if len(picked) >= MIN_EXCERPTS:
        return picked
    for quote in quotes:
        if len(picked) < MAX_EXCERPTS and quote not in picked and refers(quote) \
                and quote.analyst.id not in {q.analyst.id for q in picked} \
                and not (anonymize and (_names_itself(quote) or quote.excerpt.reported)):  # "Who said it?"
            # needs the speaker's own words, without the answer in them
            picked.append(quote)
    pool = [q for q in quotes if q not in picked]
    if anonymize:  # "Who said it?" is no question when the quote names its speaker
        pool = _prefer(pool, lambda q: not _names_itself(q), MIN_EXCERPTS - len(picked))
    pool = _prefer(pool, lambda q: q.excerpt.words <= MAX_WORDS, MIN_EXCERPTS - len(picked))
    stances = {q.excerpt.stance for q in pool} | {q.excerpt.stance for q in picked}
    wanted = max(MIN_EXCERPTS, min(MAX_EXCERPTS, len(stances)), len(picked))
    while pool and len(picked) < wanted:
        # A voice heard twice is the worst repeat (and muddles "Who said it?"), then a stance, then a source.
        seen = [{getattr(q.excerpt, attr) for q in picked} for attr in ("analyst", "stance", "source")]
        best = min(pool, key=lambda q: [getattr(q.excerpt, attr) in used
                                        for attr, used in zip(("analyst", "stance", "source"), seen)])
        picked.append(best)
        pool.remove(best)
    return picked


def _prefer(pool: list[Quote], good, needed: int) -> list[Quote]:
    """The quotes that pass `good`, unless that leaves fewer than `needed`."""
    better = [q for q in pool if good(q)]
    return better if len(better) >= needed else pool


def _names_itself(quote: Quote) -> bool:
    return any(names_in(text, quote.analyst) for text in quote.excerpt.readings)  # the translation too


def _section(number: int, topic: Topic, chosen: list[Quote], glossary: dict[str, str], anonymize: bool,
             count: int | None = None, lines: int = MOST_LINES, voices: tuple[Analyst, ...] = ()) -> HandoutTopic:
    """The topic with the first `count` chosen excerpts, in topics.yaml order, lettered if anonymized."""
    printed = sorted(chosen[:count], key=lambda q: _position(topic, q))
    if anonymize and len(printed) > 1 and tuple(q.analyst for q in printed) == alphabetical(printed):
        # Letters in the alphabetical order of the names would give the answers away.
        printed = printed[1:] + printed[:1]
    letters = tuple(string.ascii_uppercase[i] for i in range(len(printed))) if anonymize else ()
    questions = topic.discussion
    if anonymize:
        lettered: dict[str, list[str]] = {}
        for letter, quote in zip(letters, printed):
            lettered.setdefault(quote.analyst.id, []).append(letter)
        questions = tuple(anonymized(q, lettered, list(voices)) for q in questions)
    section = HandoutTopic(number, topic, tuple(printed), letters, (), tuple(chosen), lines, questions, tuple(voices))
    # Every glossary term a student meets on the sheet is defined: in the quotes, the background
    # and the questions.
    return dataclasses.replace(section, terms=terms_used(glossary, section.texts))


def alphabetical(quotes) -> tuple[Analyst, ...]:
    """The analysts who said the quotes, each once, in alphabetical order of their names."""
    unique = {q.analyst.id: q.analyst for q in quotes}
    return tuple(sorted(unique.values(), key=lambda a: a.name.casefold()))


def _position(topic: Topic, quote: Quote) -> int:
    return next(i for i, e in enumerate(topic.excerpts) if e.key == quote.excerpt.key)


def terms_used(glossary: dict[str, str], texts: list[str]) -> tuple[Term, ...]:
    """The glossary terms that occur in the texts as whole words, in any case; alphabetical."""
    text = normalize(" ".join(texts))
    found = [Term(term, definition) for term, definition in glossary.items() if _whole_word(term).search(text)]
    return tuple(sorted(found, key=lambda t: t.term.casefold()))


def _whole_word(term: str) -> re.Pattern:
    words = r"\s+".join(re.escape(w) for w in normalize(term).split())
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def select_topics(edition: Edition, topic_ids: list[str] | None) -> list[str]:
    """The topic ids asked for, each once (every topic when none); an unknown id is unusable input."""
    known = [t.id for t in edition.topics]
    chosen = list(dict.fromkeys(topic_ids or known))
    unknown = [Problem(display_path(edition.path), None, None, f"no topic '{tid}' (--topic)", suggest(tid, known))
               for tid in chosen if tid not in known]
    if unknown:
        raise InputError(unknown)
    return chosen


def thin_topics(edition: Edition, topic_ids: list[str]) -> list[Problem]:
    """A warning for each chosen topic with fewer than two excerpts: it prints, with nothing to compare."""
    warnings = []
    for index, topic in enumerate(edition.topics):
        if topic.id in topic_ids and len(topic.excerpts) < MIN_EXCERPTS:
            warnings.append(edition.document.problem(
                ("topics", index, "excerpts"),
                f"topic '{topic.id}' has {len(topic.excerpts)} excerpt{'' if len(topic.excerpts) == 1 else 's'}: "
                "its handout page has nothing to compare", "add an excerpt with another stance", warning=True))
    return warnings


def question_warnings(handout: Handout) -> list[Problem]:
    """A warning naming each discussion question that names an analyst, or quotes words, that its
    sheet does not print; anonymized, each give-away of a speaker (handout_questions explains the rules)."""
    doc, warnings = handout.edition.document, []
    ids = [t.id for t in handout.edition.topics]
    for section in handout.sections:
        index = ids.index(section.topic.id)
        for j, question in enumerate(section.topic.discussion):
            for what in unsupported(question, section.quotes, section.topic.background, list(section.all_voices)):
                warnings.append(doc.problem(
                    ("topics", index, "discussion", j),
                    f"discussion question {j + 1} of topic '{section.topic.id}' {what}",
                    "mark the excerpt it needs `handout: true`, or reword the question", warning=True))
        if handout.anonymize:  # the sheet may not answer "Who said it?" by itself
            # The key terms printed on the sheet count too ("Jones's term" beside Speaker B's use of it).
            definitions = {t.term: t.definition for t in section.terms}
            for what in giveaways(section.questions, section.quotes, section.letters, section.topic.background,
                                  definitions):
                warnings.append(doc.problem(
                    ("topics", index, "discussion"), f"anonymized topic '{section.topic.id}': {what}",
                    "choose other excerpts (`handout: true`), or reword the question or background", warning=True))
    return warnings
