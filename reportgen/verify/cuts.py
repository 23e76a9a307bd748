"""Cuts: what an excerpt leaves out of its paragraph, and whether that changes what was said.

An editor's cut ('...' between fragments) and the words a quote leaves out at its edges are read
against the sentences they fall in: a cut inside one sentence may not remove a qualifier; one that
crosses a sentence end must resume where a sentence starts; a quote may not leave out a negation,
condition or doubt before it, the reporting clause its words complete, or, after it, a qualifying
clause, a denial, its question mark or a tag saying whose words they are.
"""

from __future__ import annotations

import re

from reportgen.load.model import Cut
from reportgen.text.lexicon import (
    BELIEFS,
    CLAUSE_LIMITERS,
    CONTRASTS,
    DENIALS,
    DENY_VERBS,
    FRAMING_VERBS,
    LEAD_QUALIFIERS,
    OWN_CLAUSE_QUALIFIERS,
    POSTPOSED_NEGATIONS,
    QUALIFIERS,
    SPEAKER_AFTER,
    TAIL_QUALIFIERS,
    negates,
)
from reportgen.text.sources import DOUBLE_QUOTES, Paragraph
from reportgen.text.sources import WORD as _WORD
from reportgen.verify.attribution import AFFIRMING_PHRASE, NOT_A_VERB, REPORTING_LEAD, REPORTING_VERB, any_of

# Apostrophe look-alikes a source may write inside a word ("weren′t", "don`t"): read as ’ when
# the words a cut removes are weighed, so "n't" is found whatever mark spells it.
_APOSTROPHES = str.maketrans("′ʼ`´‛", "’’’’’")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_APOSTROPHES))


def _first_of(words: list[str], vocabulary: frozenset[str], language: str = "en") -> str | None:
    """The first word of the list that the vocabulary holds, or that negates (in the source's language)."""
    return next((w for w in words if w.casefold() in vocabulary or negates(w, language)), None)


def gaps(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a[1], b[0]) for a, b in zip(ranges, ranges[1:])]


def gap_rule(reason: str | None) -> str | None:
    """The rule a gap's flag comes from."""
    return None if reason is None else "cut.joins-sentences" if reason.startswith("joins") else "cut.drops-qualifier"


def gap_words(paragraph: Paragraph, gap: tuple[int, int]) -> str:
    return paragraph.clean[gap[0]:gap[1]].strip()


def flag_reason(paragraph: Paragraph, gap: tuple[int, int], language: str = "en") -> str | None:
    """Why a cut changes what the speaker said, or None: inside one sentence it must not remove a
    qualifier; across a sentence end it must resume where a sentence starts."""
    start, end = gap
    words = _words(paragraph.clean[start:end])
    if not words:
        return None  # nothing cut but punctuation, or the source's own ellipsis
    first, last = paragraph.sentence_at(max(0, start - 1)), paragraph.sentence_at(end)
    if first == last:
        hit = _first_of(words, QUALIFIERS, language)
        return f"removes '{hit}' from the sentence" if hit else None
    sentence_start = paragraph.sentences[last][0]
    if _WORD.search(paragraph.clean[sentence_start:end]):
        return "joins two sentences: it crosses a sentence end and resumes in the middle of a sentence"
    return None


# A tag's subject holds none of these: "…, because the state media say", "…, and anyone who says
# otherwise" are clauses of their own, not tags.
_NOT_A_TAG = re.compile(r"(?<![\w'’-])(?:and|but|or|who|whom|which|that|what|because|when|while|where|since|"
                        r"и|но|кто|что|потому|когда|который|которые)(?![\w'’-])", re.IGNORECASE)
# The speaker's own first person, contracted forms too (I'd, we've).
_I = r"(?<![\w'’-])(?:I|we|я|мы)(?:['’](?:d|ve|m|ll|re))?"
_FIRST_PERSON = re.compile(_I + r"(?![\w'’-])", re.IGNORECASE)
# Where reported content gives way to the speaker's own clause: a dash, a semicolon, or a comma
# before a relative word or a conjunction (", which is ridiculous", ", but …").
_OWN_CLAUSE = re.compile(r"[;—–]|,\s*(?:which|who|whom|whose|where|when|but|and|or|because|although|though|while|"
                         r"whereas|yet|so|который|которая|которое|которые|но|а|и|хотя)(?![\w'’-])", re.IGNORECASE)
# The speaker's own report just before a verb: "I said", "I've long argued", "Я бы сказала", "как я уже говорила".
_SPEAKER_SELF = re.compile(_I + r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# A verb with no speaker of its own: an infinitive or a set phrase ("fair to say", "That said,",
# "Having said that", "Let me tell you", "Needless to say").
_NO_SPEAKER = re.compile(r"(?:(?<![\w'’-])(?:to|having|let\s+(?:me|us))|(?:^|[,;:]\s*)that)\s+$", re.IGNORECASE)


_ONLY_THE_REPORT = re.compile(r"^\s+(?:only|just)(?=\s+that(?![\w'’-]))")  # "would say only that"
_WOULD_ONLY = re.compile(r"(?<![\w'’-])would\s+(?:only|just)\s+$")  # "would only say that"


def edge_flags(paragraph: Paragraph, ranges: list[tuple[int, int]], reported: bool,
               language: str = "en") -> tuple[Cut, ...]:
    """What a quote leaves out of its own sentences, where that changes what it says: before its
    first word, a negation, condition, doubt or limit (_lead_qualifier) or the report its words
    complete (_reporting_lead); after its last word, or in a sentence's tail that a cut drops, a
    qualifier, a denial, its question mark or a tag naming another speaker (_tail_reason)."""
    clean, flags = paragraph.clean, []
    first, last = ranges[0][0], ranges[-1][1]
    lead = clean[_voice_start(paragraph, first):first]
    if reported:  # the report's frame counts from its own clause: "It is not true that Smith said" is
        # a denial of the report, "Asked whether the debate helped, Doe said" is not a doubt of it
        frame = [m for m in REPORTING_LEAD.finditer(lead) if not NOT_A_VERB.search(lead, 0, m.start())]
        lead = _WOULD_ONLY.sub("would ", re.split(r"[,;:—–]|\s(?:and|but)\s", lead[:frame[-1].start()])[-1]) \
            + _ONLY_THE_REPORT.sub("", lead[frame[-1].end():]) \
            if frame else lead  # "Smith said she did not … and predicted that …": the second report's own clause;
        # "would say only that …", "would only say that …": "only" limits the report, not its content
    ends = [end for (_, end), (nxt, _) in zip(ranges, ranges[1:])
            if paragraph.sentence_at(max(0, end - 1)) != paragraph.sentence_at(nxt)] + [last]
    tails = [clean[end:_voice_end(paragraph, end)] for end in ends]
    hit = _lead_qualifier(lead, language)
    if hit:
        flags.append(Cut(lead.strip(), f"leaves out '{hit}' from its sentence", "start", "edge.lead-qualifier"))
    quoted_start = any(q.start <= first < q.end for q in paragraph.quoted)
    own_voice = not (reported or quoted_start)  # a quotation's own speaker is for speech.py to find
    for tail in tails:
        if reported and (_SPEAKER_AFTER_TAIL.match(tail) or _NEW_CLAUSE.match(tail) or _new_report(tail)):
            continue  # "…, according to Smith": the report's own cue; "…, but Cook did not say when": the text's;
            # "…, but cautioned against …": a report of its own
        reason, rule = _tail_reason(tail, own_voice, language)
        if reason:
            flags.append(Cut(tail.strip(), reason, "end", rule))
    verb = None if reported else _reporting_lead(lead)  # inside a quotation too: "“As Tokayev put it, …”"
    if verb and not any(c.at == "start" for c in flags):
        flags.append(Cut(lead.strip(), f"leaves out '{short(lead[:verb.end()].strip(), 40)}': the words report "
                                       "what someone else said", "start", "edge.reporting-lead"))
    return tuple(flags)


# After reported speech, a clause of the text's own with a subject of its own: a conjunction, then a
# pronoun or a capitalised name and its verb ("…, but Cook did not say when", "…, though he said …",
# "…, but for Republicans, it is …"), or a new predicate of the speaker's ("… but has withheld her vote").
_NEW_CLAUSE = re.compile(r"[\s,;—–-]*(?:but|though|although|yet|while|whereas|and)\s+(?:\w+ly\s+)?"
                         r"(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+)?"  # "but for Republicans, it is …"
                         r"(?:(?:he|she|they|it|we|I|this|that|there|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)[\s,]+"
                         r"(?:\w+ly\s+)?[a-z]"
                         r"|(?:has|have|had|is|was|were)\s+(?:since\s+|not\s+|also\s+)?"
                         r"\w+(?:ed|en|wn|eld|one|ade|ept|ought|aught)\b)")
_CONJUNCTION = re.compile(r"[\s,;]*(?:but|though|although|yet|and)\s+(?:(?:also|then|later|\w+ly)\s+)?")


def _new_report(tail: str) -> bool:
    """Does the tail after reported speech open another report, a conjunction and a verb of saying, the
    speaker's ("…, but cautioned against reading it as an endorsement") or others' ("…, but officials
    said those talks came later")?"""
    conjunction = _CONJUNCTION.match(tail)
    if not conjunction:
        return False
    # the verb right after the conjunction ("…, but added"), or after a subject of one or two lower-case
    # words ("…, but officials said", "…, but the aides said")
    starts = (words.match(tail, conjunction.end()) for words in _LOWER_WORDS)
    return any(start and REPORTING_VERB.match(tail, start.end()) for start in starts)


_LOWER_WORDS = [re.compile(r"(?:[a-z][\w'’-]*\s+){%d}" % n) for n in range(3)]


_SPEAKER_AFTER_TAIL = re.compile(r"[\s,]*(?:" + "|".join(SPEAKER_AFTER) + r")(?![\w'’-])", re.IGNORECASE)


def _lead_qualifier(lead: str, language: str = "en") -> str | None:
    """The word before a quote, in its sentence, that conditions, doubts or limits it, if any. Set
    phrases that affirm are no qualifiers ("Not only …", "If anything, …", "Without a doubt, …");
    a limiting word (only, few, almost...) limits its own clause only ("Only a few days later,
    police …"); two negations cancel out ("Nobody disputes that …")."""
    lead = _COORDINATE.split(AFFIRMING_PHRASE.sub(" ", lead))[-1]  # "I don't know …, but I think …": another clause
    words = _words(lead)
    if sum(1 for w in words if negates(w, language) or w.casefold() in DENY_VERBS) >= 2:
        return None
    last_clause = _words(re.split(r"[,;:—–]", lead)[-1])
    return _first_of(words, LEAD_QUALIFIERS - CLAUSE_LIMITERS - OWN_CLAUSE_QUALIFIERS, language) or \
        next((w for w in last_clause if w.casefold() in CLAUSE_LIMITERS | OWN_CLAUSE_QUALIFIERS), None)


# A coordinate clause boundary: what stands before it qualifies its own clause, not the quote's.
_COORDINATE = re.compile(r"[;—–]|,\s*(?:but|and|so|yet|or|но|а|и)(?![\w'’-])", re.IGNORECASE)


# Before or after a quote in the text's own voice, a verb of belief or allegation reports a view
# too: "The opposition alleges the KNB …", "…, the opposition believes."
_VIEW = any_of(FRAMING_VERBS)


def _reporting_lead(lead: str) -> re.Match | None:
    """The reporting verb whose content the quote's first words are, in the same sentence, with a
    subject that is not the speaker (I, we): at most four words before them in the same clause
    ("they all say that …"), or opening its content with a comma, a colon or "that" that runs on
    to the quote ("they said, I walked …", "Tokayev said: …", "As Tokayev put it, …", "said that
    he is okay, he never left …") with no clause of the speaker's own on the way (", which …")."""
    verbs = sorted([*REPORTING_LEAD.finditer(lead), *_VIEW.finditer(lead)], key=lambda m: m.start(), reverse=True)
    verb = next((v for v in verbs if not any(p.search(lead, 0, v.start()) for p in (_SPEAKER_SELF, _NO_SPEAKER,
                                                                                      NOT_A_VERB))), None)
    if verb is None:
        return None
    after = lead[verb.end():]
    if len(_WORD.findall(after)) <= 4 and not re.search(r"[,;:—–]", after):
        return verb
    if verb.group(1).casefold() in SPEAKER_AFTER:  # "according to Tokayev, …": the speaker, then the content
        after = re.sub(r"^\s*(?:[\w'’.-]+\s+){0,3}[\w'’.-]+\s*,", ",", after)
    opening = re.match(r"(?:\s+(?:me|us|him|her|them|you|мне|нам|ему|ей|им))?\s*(?:[,:]|that\b|что\b)", after,
                       re.IGNORECASE)  # "they told me, …"
    if opening and not _FIRST_PERSON.search(after) and not _OWN_CLAUSE.search(after[opening.end():]):
        return verb
    return None


def _denies(words: list[str], language: str = "en") -> bool:
    """Whether a tail says the words before it are false: a denial word that ends its statement
    ("…, which is nonsense"), or a negation just before a word of belief ("…, I don't think so",
    "я в это не верю"); not when it denies the opposite ("anyone who says otherwise is wrong") or
    denies a denial ("I don't think anyone would deny that")."""
    if any(w in CONTRASTS for w in words) or sum(1 for w in words if negates(w, language) or w in DENY_VERBS) >= 2:
        return False
    return any((w in DENIALS and len(words) - i <= 4)
               or (w in BELIEFS and any(negates(n, language) for n in words[max(0, i - 2):i]))
               for i, w in enumerate(words))


def _tail_reason(tail: str, own_voice: bool, language: str = "en") -> tuple[str | None, str | None]:
    """Why leaving out the rest of the sentence after a quote changes it, or None: the rest opens with
    a qualifier ("…, if you believe state television"), judges the words false ("…, I don't think
    so"), makes them a question (the '?' left out), or, for words in the text's own voice, says
    whose words they were ("…, the government says")."""
    words = [w.casefold() for w in _words(tail)]
    text = short(tail.strip(" ,;:"), 40)
    negative_opening = words and negates(words[0], language) and len(words) > 3  # ", not least because …", not ", not."
    if words and (words[0] in POSTPOSED_NEGATIONS or language == "kk" and negates(words[0], language)):
        # Kazakh negates after the words: "Бұл шешім әділ [емес]", "ешкім [ақылдаспады]"
        return f"leaves out '{words[0]}', which negates the words before it", "edge.tail-qualifier"
    if words and words[0] in TAIL_QUALIFIERS and not negative_opening:
        return f"leaves out the qualifying '{text}'", "edge.tail-qualifier"
    if _denies(words, language):
        return f"leaves out '{text}', which says the words are not true", "edge.tail-denial"
    if "?" in tail and len(words) <= 3:
        return "leaves out the question mark: the sentence asks, it does not state", "edge.question"
    verb = (REPORTING_VERB.search(tail) or _VIEW.search(tail)) if own_voice else None  # not "states": a noun
    subject = tail[:verb.start()].lstrip(" ,;:—–") if verb else ""
    if verb and len(_WORD.findall(subject)) <= 5 and not re.search(r"[,;:—–]", subject) \
            and not _FIRST_PERSON.search(subject) and not _NOT_A_TAG.search(subject) \
            and ":" not in tail[verb.end():]:  # "…, as Cy told me: “…”" introduces a quotation of its own
        return f"leaves out '{text}': the words report what someone else said", "edge.tail-tag"
    return None, None


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


def flag_cut(paragraph: Paragraph, gap: tuple[int, int], language: str = "en") -> float:
    """Placement cost: a flagged cut costs one, so a quote lands where it cuts cleanly if it can."""
    return 1.0 if flag_reason(paragraph, gap, language) else 0.0


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
    """The words cut to `limit` characters at a word's end ("… or completely lost…", not "completel…")."""
    if len(words) <= limit:
        return words
    cut = words[:limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
