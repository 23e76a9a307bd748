"""`reportgen suggest`: passages of the sources a topic has not yet quoted, ranked by BM25.

The documents are the paragraphs an excerpt could be taken from: paragraphs outside a source's
declared body, a transcript's or interview's paragraphs outside every speaker's words (headers,
captions, the `Name:` lines), paragraphs of fewer than MIN_WORDS words and the paragraphs the topic
quotes already are left out. The query is the topic itself, as several queries whose scores are
added, each scaled to its best passage (so a long summary cannot drown a short title): title and
question, summary, stance labels, and each excerpt's quote. On the shipped edition this fusion
finds a hidden excerpt's paragraph in the top 10 for 66% of the excerpts, against 46% for one
concatenated query (benchmarks/bench_suggest.py). Suggestions are attributed as `excerpt add`
would attribute them and grouped by analyst, those silent on the topic first.
"""

from __future__ import annotations

import dataclasses
import shlex
from dataclasses import dataclass

from reportgen.commands.excerpt_add import analyst_line, cut_span, infer_analyst
from reportgen.commands.find import name_at
from reportgen.load.model import Edition, Excerpt, Source, Topic
from reportgen.load.schema import suggest as suggest_names
from reportgen.load.textfiles import visible
from reportgen.problems import InputError, Problem
from reportgen.text.sources import Paragraph, SourceText, normalize
from reportgen.verify.attribution import Voices
from reportgen.verify.excerpts import verify_excerpt

MIN_WORDS = 12  # shorter paragraphs are captions, labels and one-line questions, rarely worth a quote
TOP = 10
MOST_CHECKED = 400  # attribution tries at most this many ranked passages when --analyst filters them


@dataclass(frozen=True)
class Candidate:
    """A passage worth a look: where it is, how well it matches the topic, and whose words it is."""

    source: Source
    paragraph: Paragraph
    score: float
    analyst: str | None = None  # None: no analyst could be told (ambiguous, or not declared)
    voice: str | None = None  # when no analyst: who speaks there (the turn's speaker, the article's author)
    span: tuple[str, str] | None = None  # (--from, --to) words when only a quotation in it is theirs
    quote: str | None = None  # that quotation's words


def passages(edition: Edition, texts: dict[str, SourceText]) -> list[tuple[Source, Paragraph]]:
    """Every paragraph an excerpt could be taken from (see the module's docstring)."""
    found = []
    for source in edition.sources.values():
        for para in texts[source.id].paragraphs:
            if not source.in_body(para.number):
                continue  # headers, captions, site furniture: outside the body the editor declared
            if source.kind in ("transcript", "interview") and para.speaker is None:
                continue
            if len(para.text.split()) >= MIN_WORDS:
                found.append((source, para))
    return found


def topic_queries(topic: Topic, excerpts: tuple[Excerpt, ...] | None = None) -> list[str]:
    """The texts that say what the topic is about, one query each."""
    excerpts = topic.excerpts if excerpts is None else excerpts
    queries = [f"{topic.title}\n{topic.question}", topic.summary or "", "\n".join(s.label for s in topic.stances)]
    return [q for q in queries + [e.quote for e in excerpts] if q.strip()]


class Ranker:
    """BM25 (bm25s) over the passages, with English stopwords and Snowball stemming."""

    def __init__(self, docs: list[tuple[Source, Paragraph]]):
        import bm25s  # and numpy: only when ranking

        self.docs = docs
        if not docs:
            return
        self._bm25s = bm25s
        self._stemmer = _stemmer()
        tokens = bm25s.tokenize([p.text for _, p in docs], stopwords="en", stemmer=self._stemmer,
                                show_progress=False)
        self.index = bm25s.BM25()
        self.index.index(tokens, show_progress=False)
        self.vocab = tokens.vocab

    def scores(self, queries: list[str]):
        """Per passage, the sum over the queries of its BM25 score divided by that query's best."""
        import numpy

        total = numpy.zeros(len(self.docs))
        for query in queries:
            words = self._bm25s.tokenize(query, stopwords="en", stemmer=self._stemmer, return_ids=False,
                                         show_progress=False)[0]
            known = [w for w in words if w in self.vocab]
            if not known:  # no word of this query is in any passage (bm25s fails on an empty query)
                continue
            scores = self.index.get_scores(known)
            if len(scores) and scores.max() > 0:
                total += scores / scores.max()
        return total


def rank(edition: Edition, texts: dict[str, SourceText], topic: Topic, excerpts: tuple[Excerpt, ...] | None = None,
         ranker: Ranker | None = None) -> list[Candidate]:
    """All passages not yet quoted by the topic (its `excerpts`, by default all), best first."""
    excerpts = topic.excerpts if excerpts is None else excerpts
    ranker = ranker or Ranker(passages(edition, texts))
    if not ranker.docs:
        return []
    quoted = {(e.source, e.paragraph) for e in excerpts}
    scores = ranker.scores(topic_queries(topic, excerpts))
    ranked = sorted(range(len(ranker.docs)), key=lambda i: (-scores[i], i))
    return [Candidate(src, para, float(scores[i])) for i in ranked
            for src, para in [ranker.docs[i]] if (src.id, para.number) not in quoted and scores[i] > 0]


def suggest(edition: Edition, texts: dict[str, SourceText], topic_id: str, analyst: str | None = None,
            top: int = TOP) -> tuple[Topic, list[Candidate]]:
    """The `top` best passages for the topic (only `analyst`'s, if given), each attributed. Only the
    topic's own excerpts are verified (to learn their paragraphs), not the whole edition."""
    topic = edition.topic(topic_id)
    if topic is None:
        raise InputError([Problem("TOPIC", None, None, f"unknown topic '{topic_id}'",
                                  suggest_names(topic_id, [t.id for t in edition.topics]))])
    if analyst is not None and analyst not in edition.analysts:
        raise InputError([Problem("--analyst", None, None, f"unknown analyst '{analyst}'",
                                  suggest_names(analyst, edition.analysts))])
    if top < 1:
        raise InputError([Problem("--top", None, None, f"--top must be 1 or more, not {top}")])
    voices = Voices(edition.analysts)
    located = tuple(verify_excerpt(edition, texts, e, voices)[0] for e in topic.excerpts)
    topic = dataclasses.replace(topic, excerpts=located)  # a failing excerpt still has its paragraph, if found
    chosen: list[Candidate] = []
    for n, candidate in enumerate(rank(edition, texts, topic)):
        if len(chosen) == top or (analyst and n == MOST_CHECKED):
            break
        pieces = quotable_pieces(edition, texts, topic, candidate, voices)
        fitting = [p for p in pieces if analyst in (None, p.analyst)]
        if fitting:
            chosen.append(fitting[0])
    return topic, chosen


def format_suggestions(edition: Edition, topic: Topic, candidates: list[Candidate], clip: int = 320) -> str:
    """Grouped by analyst: those silent on the topic first, then those quoted; each with the command to add it."""
    quoted = {e.analyst for e in topic.excerpts}
    lines = [f"topic '{topic.id}' ({topic.title}): {len(candidates)} passages not yet quoted, best BM25 match first"]
    groups: dict[tuple[str | None, str | None], list[Candidate]] = {}  # (analyst, else the voice there)
    for c in candidates:
        groups.setdefault((c.analyst, None if c.analyst else c.voice), []).append(c)

    def rank_of(key: tuple[str | None, str | None]) -> tuple:
        analyst, voice = key
        return (analyst is None, voice is None, analyst in quoted, -groups[key][0].score)

    heading = None
    for key in sorted(groups, key=rank_of):
        analyst, voice = key
        title = ("Quoted on this topic already" if analyst in quoted else "Silent on this topic") if analyst \
            else "Not analysts of this briefing (add one under analysts: to quote them)" if voice \
            else "Whose words could not be told (give --analyst to `excerpt add`, or --reported)"
        if title != heading:
            lines += ["", title + ":"]
            heading = title
        if analyst is not None:
            lines.append(f"  {edition.analysts[analyst].name} ({analyst})")
        elif voice is not None:
            lines.append(f"  {voice}: add under analysts: `{analyst_line(voice)}`")
        for c in groups[key]:
            text = c.quote or c.paragraph.text
            text = text if len(text) <= clip else text[:clip] + " …"
            what = "quotation in " if c.quote else ""
            where = f"{c.paragraph.locator}, para." if c.paragraph.locator else "para."
            lines.append(f"    {what}{c.source.label}, {where} {c.paragraph.number} (score {c.score:.2f}): "
                         f"\"{visible(text, newlines=False)}\"")
            span = f" --from {shlex.quote(c.span[0])} --to {shlex.quote(c.span[1])}" if c.span else ""
            who = f" --analyst {analyst}" if analyst else f" --analyst {analyst_line(voice).split(':')[0]}" \
                if voice else ""
            lines.append(f"      reportgen excerpt add {topic.id} --source {c.source.id} "
                         f"--para {c.paragraph.number}{visible(span, newlines=False)}{who}")
    if not candidates and topic.excerpts:
        lines.append("  nothing left to suggest: every passage that matches is quoted already")
    elif not candidates:  # an answer, not an error (as `find` finding nothing): the editor rewords, or searches
        lines.append("  no passage shares a word with this topic: write its title, question or a summary in words "
                     "the sources use, or search them with `reportgen find WORDS`")
    return "\n".join(lines)


def quotable_pieces(edition: Edition, texts: dict[str, SourceText], topic: Topic, candidate: Candidate,
                    voices: Voices | None = None) -> list[Candidate]:
    """What of a paragraph could be quoted, and whose words it is (attributed as `excerpt add` would):
    the whole paragraph if one analyst's, else each quotation in it whose speaker the text names;
    else the paragraph, unattributed."""
    para = candidate.paragraph
    voices = voices or Voices(edition.analysts)
    whole = _whose(edition, texts, topic, candidate.source, para, para.text, voices)
    if whole:
        return [dataclasses.replace(candidate, analyst=whole)]
    pieces = []
    for span in para.quoted:
        words = para.clean[span.start:span.end].strip()
        bounds = _bounds(para, words)
        who = _whose(edition, texts, topic, candidate.source, para, words, voices) if bounds else None
        if who:
            pieces.append(dataclasses.replace(candidate, analyst=who, span=bounds, quote=words))
        elif bounds and (quoted := _quoted_voice(edition, texts[candidate.source.id], para, span, voices)):
            pieces.append(dataclasses.replace(candidate, voice=quoted, span=bounds, quote=words))
    if any(p.analyst for p in pieces):
        return [p for p in pieces if p.analyst]
    return pieces or [dataclasses.replace(candidate, voice=_voice(edition, candidate.source, para))]


def _quoted_voice(edition: Edition, text: SourceText, paragraph: Paragraph, span, voices: Voices) -> str | None:
    """The name of a quotation's speaker who is no analyst ("said Dana Whitfield"), as the text gives it."""
    cue = voices.quotation_cue(text, paragraph.number - 1, span)
    if cue is None or cue.analyst:
        return None
    name = name_at(text.paragraphs[cue.paragraph - 1].clean, *cue.at)
    names = {normalize(a.name).casefold() for a in edition.analysts.values()}
    return name if name and normalize(name).casefold() not in names else None


def _voice(edition: Edition, source: Source, paragraph: Paragraph) -> str | None:
    """Who speaks in a paragraph no analyst can be credited with, when that is someone the sources name
    and not one of the analysts (an author, a moderator): shown as such, with the line to add them."""
    voice = paragraph.speaker or (source.author if source.kind == "article" else None)
    names = {normalize(a.name).casefold() for a in edition.analysts.values()}
    return voice if voice and normalize(voice).casefold() not in names else None


def _whose(edition: Edition, texts: dict[str, SourceText], topic: Topic, source: Source, paragraph: Paragraph,
           words: str, voices: Voices) -> str | None:
    draft = Excerpt(topic=topic.id, source=source.id, analyst="", quote=words)
    try:
        return infer_analyst(edition, texts, draft, paragraph, voices)[0]
    except InputError:
        return None


def _bounds(paragraph: Paragraph, words: str) -> tuple[str, str] | None:
    """The shortest --from / --to words (three or more) that cut exactly these words from the paragraph."""
    parts = words.split()
    for k in range(min(3, len(parts)), len(parts) + 1):
        start, end = " ".join(parts[:k]), " ".join(parts[-k:])
        try:
            if normalize(cut_span(paragraph, start, end)) == normalize(words):
                return start, end
        except InputError:
            return None
    return None


def _stemmer():
    """Snowball's English stemmer (PyStemmer), so 'protests' finds 'protest'."""
    import Stemmer

    return Stemmer.Stemmer("english")
