"""Cuts: what an excerpt leaves out of its paragraph, and whether that changes what was said.

An editor's cut ('...' between fragments) and the words a quote leaves out at its edges are read
against the sentences they fall in: a cut inside one sentence may not remove a qualifier; one that
crosses a sentence end must resume where a sentence starts; a quote may not leave out a negation
before it, the reporting clause its words complete, or a qualifying clause after it.
"""

from __future__ import annotations

import re

from reportgen.model import Cut
from reportgen.sources import DOUBLE_QUOTES, Paragraph
from reportgen.sources import WORD as _WORD
from reportgen.speech import REPORTING_LEAD

# Words that negate, hedge or qualify what surrounds them: a cut inside one sentence that removes one
# can reverse or harden the meaning ("It is … true that" from "It is not true that").
QUALIFIERS = frozenset(
    "not no nor never neither none nobody nothing nowhere cannot hardly barely scarcely seldom rarely "
    "without alleged allegedly reportedly purportedly supposedly apparently unconfirmed unverified unproven "
    "mere merely only but however although though unless except if whether perhaps possibly maybe might "
    "false falsely untrue denied denies deny doubt doubts fewer "
    # Russian: не, ни, нет, никогда, никто, ничего, вряд (ли), едва, без, якобы, предположительно,
    # только, лишь, но, однако, хотя, если, кроме, возможно
    "не ни нет никогда никто ничего вряд едва без якобы предположительно только лишь но однако хотя если "
    "кроме возможно".split())


def _first_of(words: list[str], vocabulary: frozenset[str]) -> str | None:
    """The first word of the list (or ending in n't) that the vocabulary holds."""
    return next((w for w in words if w.casefold() in vocabulary or w.casefold().endswith(("n't", "n’t"))), None)


def gaps(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a[1], b[0]) for a, b in zip(ranges, ranges[1:])]


def gap_words(paragraph: Paragraph, gap: tuple[int, int]) -> str:
    return paragraph.clean[gap[0]:gap[1]].strip()


def flag_reason(paragraph: Paragraph, gap: tuple[int, int]) -> str | None:
    """Why a cut changes what the speaker said, or None: inside one sentence it must not remove a
    qualifier; across a sentence end it must resume where a sentence starts."""
    start, end = gap
    words = _WORD.findall(paragraph.clean[start:end])
    if not words:
        return None  # nothing cut but punctuation, or the source's own ellipsis
    first, last = paragraph.sentence_at(max(0, start - 1)), paragraph.sentence_at(end)
    if first == last:
        hit = _first_of(words, QUALIFIERS)
        return f"removes '{hit}' from the sentence" if hit else None
    sentence_start = paragraph.sentences[last][0]
    if _WORD.search(paragraph.clean[sentence_start:end]):
        return "joins two sentences: it crosses a sentence end and resumes in the middle of a sentence"
    return None


# Words whose loss at the edge of a quote reverses its sentence ("I never said the government lied").
NEGATIONS = frozenset(
    "not no nor never neither none nobody nothing nowhere cannot hardly barely scarcely without "
    "deny denies denied false falsely untrue doubt doubts "
    "не ни нет никогда никто ничего вряд едва без".split())
# A clause opening with one of these qualifies what precedes it; a quote may not drop it.
TAIL_QUALIFIERS = frozenset(
    "if unless except although though but however whereas yet not never without allegedly reportedly "
    "apparently supposedly purportedly according "
    "если хотя но однако кроме якобы не без".split())
_SPEAKER_SELF = re.compile(r"(?<![\w'’-])(?:I|we)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def edge_flags(paragraph: Paragraph, ranges: list[tuple[int, int]], reported: bool) -> tuple[Cut, ...]:
    """What a quote leaves out of its own sentences, where that changes what it says: a negation
    before its first word; a qualifying clause after its last word, or in a sentence's tail that a
    cut drops; or, for words in the text's own voice, the reporting clause they complete ("they all
    say that …")."""
    clean, flags = paragraph.clean, []
    first, last = ranges[0][0], ranges[-1][1]
    lead = clean[_voice_start(paragraph, first):first]
    ends = [end for (_, end), (nxt, _) in zip(ranges, ranges[1:])
            if paragraph.sentence_at(max(0, end - 1)) != paragraph.sentence_at(nxt)] + [last]
    tails = [clean[end:_voice_end(paragraph, end)] for end in ends]
    hit = _first_of(_WORD.findall(lead), NEGATIONS)
    if hit:
        flags.append(Cut(lead.strip(), f"leaves out '{hit}' from its sentence", "start"))
    for tail in tails:  # a dropped clause that qualifies the words kept: "…, if you believe state television."
        opening = _WORD.search(tail)
        if opening and opening.group().casefold() in TAIL_QUALIFIERS:
            flags.append(Cut(tail.strip(), f"leaves out the qualifying '{short(tail.strip(' ,;:'), 40)}'", "end"))
    quoted_start = any(q.start <= first < q.end for q in paragraph.quoted)
    # The reporting clause the words complete: a verb at most four words before them, in the same clause.
    verb = None if reported or quoted_start else next(
        (v for v in REPORTING_LEAD.finditer(lead) if not _SPEAKER_SELF.search(lead[:v.start()])
         and not re.search(r"(?:the|a|an|his|her|its|their)\s+$", lead[:v.start()], re.IGNORECASE)
         and len(_WORD.findall(lead[v.end():])) <= 4 and not re.search(r"[,;:—–]", lead[v.end():])), None)
    if verb and not any(c.at == "start" for c in flags):
        flags.append(Cut(lead.strip(), f"leaves out '{short(lead[:verb.end()].strip(), 40)}': the words report "
                                       "what someone else said", "start"))
    return tuple(flags)


def _voice_start(paragraph: Paragraph, at: int) -> int:
    """Where the words before `at` stop being the same voice's: its sentence's start, or the edge of
    the quotation it stands in or follows (the frame around a quotation is another voice)."""
    start = paragraph.sentences[paragraph.sentence_at(at)][0]
    inside = [q.start for q in paragraph.quoted if q.start <= at <= q.end]
    after = [q.end + 1 for q in paragraph.quoted if q.end < at]
    return max([start] + inside + ([] if inside else after))


def _voice_end(paragraph: Paragraph, at: int) -> int:
    end = paragraph.sentences[paragraph.sentence_at(max(0, at - 1))][1]
    inside = [q.end for q in paragraph.quoted if q.start <= at <= q.end]
    before = [q.start - 1 for q in paragraph.quoted if q.start > at]
    return min([end] + inside + ([] if inside else before))


def flag_cut(paragraph: Paragraph, gap: tuple[int, int]) -> float:
    """Placement cost: a flagged cut costs one, so a quote lands where it cuts cleanly if it can."""
    return 1.0 if flag_reason(paragraph, gap) else 0.0


def printed_text(paragraph: Paragraph, ranges: list[tuple[int, int]], cuts: tuple[Cut, ...], direct: bool) -> str:
    """The words as the briefing prints them: the source's own characters; an editor's cut as "[…]",
    distinct from an ellipsis the source has; in a direct quotation, the source's inner double
    quotation marks as single ones, so they never double up with the marks around the excerpt."""
    clean = paragraph.clean
    opening = {q.start - 1 for q in paragraph.quoted}
    pieces = []
    for i, (start, end) in enumerate(ranges):
        if i:
            gap = clean[ranges[i - 1][1]:start]
            pieces.append(f" {gap.strip()} " if not cuts[i - 1].words or not _WORD.search(gap) else " […] ")
        chunk = clean[start:end]
        if direct and any(mark in chunk for mark in DOUBLE_QUOTES):
            chunk = "".join(("‘" if start + j in opening else "’") if c in DOUBLE_QUOTES else c
                            for j, c in enumerate(chunk))
        pieces.append(chunk)
    text = re.sub(r"\s+", " ", "".join(pieces)).strip()
    if direct and len(text) > 2 and text[0] == "‘" and text[-1] == "’" and "‘" not in text[1:-1]:
        text = text[1:-1]  # the excerpt is one whole quotation: its own marks are the briefing's
    return text


def short(words: str, limit: int = 60) -> str:
    return words if len(words) <= limit else words[:limit - 1] + "…"
