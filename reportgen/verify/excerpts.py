"""Phase two: every quote against its source, and every attribution against who speaks there.

Verification must run before rendering: a misquote must never reach print.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from itertools import islice

from rapidfuzz import fuzz, process

from reportgen.load.model import Analyst, Cut, Edition, Excerpt, Source
from reportgen.problems import VERIFICATION_FAILED, InputError, Problem, SortsProblems
from reportgen.text.lexicon import (
    AUXILIARIES,
    BELIEF_ADJECTIVES,
    CALENDAR_WORDS,
    DETERMINERS,
    IRREGULAR_PASTS,
    MODALS,
    NOUNS_IN_LY,
    OBJECT_PRONOUNS,
    PERCEIVING_PASTS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PRINTED_THINGS,
    PRODUCING,
    PRONOUNS,
    QUESTION_VERBS,
    RELAYING,
    SAYING_NO_CONTENT,
    STATEMENT_NOUNS,
    TELLING_VERBS,
    TIME_NOUNS,
)
from reportgen.text.sources import WORD as _WORD
from reportgen.text.sources import Paragraph, SourceText, fragments, normalize, read_source, unquoted
from reportgen.text.speakers import unread_label
from reportgen.verify.attribution import (
    _ABBREVIATED,
    AGENT_NOUN,
    FRAMING,
    REPORTING_VERB,
    SPEAKER_AFTER,
    Voices,
    reporting_clause_inside,
)
from reportgen.verify.balance import balance_warnings, source_balance_warnings
from reportgen.verify.cuts import edge_flags, flag_cut, flag_reason, gap_rule, gap_words, gaps, printed_text, short


@dataclass(frozen=True)
class Report(SortsProblems):
    """The verified edition (excerpts carry their paragraph and check) and every problem found."""

    edition: Edition
    problems: tuple[Problem, ...]


def read_sources(edition: Edition) -> dict[str, SourceText]:
    """Read every source once; an unreadable one makes the input unusable."""
    texts, problems = {}, []
    for source in edition.sources.values():
        try:
            texts[source.id] = read_source(source.file, source.kind, source)
        except InputError as err:  # not UTF-8: the problem names the likely encoding and the fix
            problems.extend(err.problems)
        except (OSError, UnicodeDecodeError) as err:
            problems.append(edition.document.problem(("sources", source.id, "file"),
                                                     f"cannot read source file: {err}", "save it as UTF-8 text"))
    if problems:
        raise InputError(problems)
    return texts


def verify_edition(edition: Edition) -> Report:
    """Check every excerpt; collect every problem, never stop at the first."""
    texts = read_sources(edition)
    voices = Voices(edition.analysts)
    problems: list[Problem] = [*_kind_warnings(edition), *_body_problems(edition, texts),
                               *_layout_problems(edition, texts)]
    topics = []
    for topic in edition.topics:
        excerpts = []
        for excerpt in topic.excerpts:
            checked, found = verify_excerpt(edition, texts, excerpt, voices)
            excerpts.append(checked)
            problems.extend(found)
        topics.append(dataclasses.replace(topic, excerpts=tuple(excerpts)))
    verified = dataclasses.replace(edition, topics=tuple(topics))
    problems.extend(balance_warnings(verified))
    problems.extend(source_balance_warnings(verified))
    return Report(verified, tuple(problems))


def require_verified(edition: Edition) -> Report:
    """Verify, and refuse (exit 1, every problem listed) if any excerpt fails."""
    report = verify_edition(edition)
    if report.errors:
        raise InputError(list(report.problems), VERIFICATION_FAILED)
    return report


Mismatch = tuple[str, str, str]  # what is wrong, what to do, the rule's id (reportgen/verify/rules.py)

MAX_PLACES = 100  # paragraphs tried for one quote before giving up on finding a clean one


def verify_excerpt(edition: Edition, texts: dict[str, SourceText], excerpt: Excerpt,
                   voices: Voices | None = None) -> tuple[Excerpt, list[Problem]]:
    """The excerpt with its locator, cuts, printed text and check set, and what is wrong with it.
    Where the words occur more than once, the first place where everything holds wins."""
    voices = voices or Voices(edition.analysts)
    doc, source = edition.document, edition.sources[excerpt.source]
    text = texts[source.id]
    parts = fragments(excerpt.quote)
    best: tuple[Excerpt, list[Problem]] | None = None
    language = edition.language_of(source.id)
    rank = flag_cut if language == "en" else functools.partial(flag_cut, language=language)
    for paragraph, ranges in islice(text.placements(parts, rank=rank), MAX_PLACES):
        checked, problems = _verify_at(edition, text, voices, excerpt, paragraph, ranges)
        if not problems:
            return checked, []
        best = best or (checked, problems)
    if best:
        return best
    loose = next(text.placements(parts, whole_words=False), None)
    if loose:
        paragraph, ranges = loose
        word = _word_around(paragraph.clean, ranges)
        return excerpt, [doc.problem(excerpt.key + ("quote",),
                                     f"the quote cuts into a word in para. {paragraph.number} of {source.label}: "
                                     f"the source has '{word}'", "start and end each fragment on a whole word",
                                     rule="quote.cuts-word")]
    hint = closest_passage(excerpt.quote, source, texts)
    message = f"quote not found in {source.label} ({source.file.name})"
    return excerpt, [doc.problem(excerpt.key + ("quote",), message, hint, rule="quote.not-found")]


def _verify_at(edition: Edition, text: SourceText, voices: Voices, excerpt: Excerpt, paragraph: Paragraph,
               ranges: list[tuple[int, int]]) -> tuple[Excerpt, list[Problem]]:
    doc, source, analyst = edition.document, edition.sources[excerpt.source], edition.analysts[excerpt.analyst]
    language = edition.language_of(source.id)  # the rules read the quote in its own language
    cuts = tuple(Cut(gap_words(paragraph, gap), reason, rule=gap_rule(reason))
                 for gap in gaps(ranges) for reason in [flag_reason(paragraph, gap, language)]) \
        + edge_flags(paragraph, ranges, excerpt.reported, language)
    problems = []
    flagged = [c for c in cuts if c.flag]
    if flagged and not excerpt.accept_cut:
        for cut in flagged:
            where = {"gap": "the cut", "start": "the quote starts after", "end": "the quote ends before"}[cut.at]
            problems.append(doc.problem(excerpt.key + ("quote",), f"{where} \"{short(cut.words)}\": it {cut.flag}",
                                        "quote the words whole, or give the editor's reason in 'accept_cut'",
                                        rule=cut.rule))
    if excerpt.accept_cut and not flagged:
        problems.append(doc.problem(excerpt.key + ("accept_cut",), "'accept_cut' is set, but no cut is flagged",
                                    "remove 'accept_cut'", rule="cut.accept-unused"))
    check, mismatch = attribute(source, analyst, paragraph, ranges, text, voices, excerpt.reported)
    if mismatch:
        field = "reported" if excerpt.reported else "analyst"
        problems.append(doc.problem(excerpt.key + (field,), mismatch[0], mismatch[1], rule=mismatch[2]))
    located = dataclasses.replace(excerpt, paragraph=paragraph.number, check=check, cuts=cuts,
                                  display=printed_text(paragraph, ranges, cuts, direct=not excerpt.reported),
                                  locator=paragraph.locator_at(ranges))
    return located, problems


def _word_around(clean: str, ranges: list[tuple[int, int]]) -> str:
    for start, end in ranges:
        for at in (start, end):
            if 0 < at < len(clean) and clean[at - 1].isalnum() and clean[at].isalnum():
                lo = at
                while lo > 0 and (clean[lo - 1].isalnum() or clean[lo - 1] in "'’-"):
                    lo -= 1
                hi = at
                while hi < len(clean) and (clean[hi].isalnum() or clean[hi] in "'’-"):
                    hi += 1
                return clean[lo:hi]
    return clean[ranges[0][0]:ranges[-1][1]][:40]


# --- attribution ----------------------------------------------------------------------------------

def attribute(source: Source, analyst: Analyst, paragraph: Paragraph, ranges: list[tuple[int, int]],
              text: SourceText, voices: Voices, reported: bool = False) -> tuple[str | None, Mismatch | None]:
    """Say how attribution was checked (None if it fails), and what is wrong then (message, hint).

    Words outside quotation marks are the text's own voice; words inside them are the speaker's the
    quotation's cue names; a reported excerpt must lie in sentences whose cue names the analyst."""
    where = f"para. {paragraph.number} of {source.label}"
    if not source.in_body(paragraph.number):
        return None, (f"{where} is outside the source's body ({_format_ranges(source.body)}): headers, captions "
                      "and site furniture are nobody's words", "quote the text itself", "attribution.outside-body")
    if source.kind in ("transcript", "interview") and paragraph.speaker is None:
        own = "turn" if source.kind == "transcript" else "answers"
        return None, (f"{where} is outside every speaker's words (a header or caption)",
                      f"quote {analyst.name} from their own {own}", "attribution.no-speaker")
    index = paragraph.number - 1
    if reported:
        return _reported(source, analyst, paragraph, ranges, text, voices)
    own_words = any(_WORD.search(unquoted(paragraph, start, end)) for start, end in ranges)
    spans = [q for q in paragraph.quoted if any(_WORD.search(paragraph.clean[max(q.start, s):min(q.end, e)])
                                                for s, e in ranges)]
    if own_words:
        partial = [q for q in spans if not _holds_whole(ranges, q)]
        if partial:  # the own voice's words run into a quotation: printed, its marks would be lost
            quoted = short(paragraph.clean[partial[0].start:partial[0].end])
            return None, (f"{where}: the excerpt runs into a quotation (\"{quoted}\") without its quotation marks",
                          "quote the whole quotation with its marks, or only words inside it",
                          "attribution.partial-quotation")
        return _own_voice(source, analyst, paragraph, ranges, text, voices)
    if not spans:
        return None, (f"{where}: the quote holds no words", "quote the analyst's words", "quote.not-found")
    cue = None
    for span in spans:
        inner = reporting_clause_inside(paragraph, span)
        if inner and any(start < inner[1] and inner[0] < end for start, end in ranges):
            return None, (f"{where}: the excerpt holds the reporting clause inside the quotation "
                          f"(\"{paragraph.clean[inner[0]:inner[1]]}\"), which is not the speaker's",
                          "quote the words on either side of it, joined by '...'", "attribution.inner-clause")
        cue = voices.quotation_cue(text, index, span)
        if cue is None:
            return None, (f"the words in para. {paragraph.number} of {source.label} are in quotation marks, and no "
                          "reporting verb or tag names who said them, so the check can neither confirm nor "
                          f"contradict that they are {analyst.name}'s",
                          "quote the sentence that names the speaker, or check the source and keep the words out "
                          "of the briefing", "attribution.no-evidence")
        if cue.unsaid:
            return None, (f"{where}: \"{cue.verb}\" in para. {cue.paragraph} does not report the words as said "
                          f"({cue.unsaid}): they are no analyst's words", "quote words the text reports as said",
                          "attribution.unsaid")
        if cue.analyst is None and cue.words.casefold() in PRONOUNS and cue.words.casefold() not in ("i", "я"):
            return None, (f"{where}: \"{cue.verb}\" in para. {cue.paragraph} credits the quotation to "
                          f"“{cue.words}”, and the text before it names no single analyst “{cue.words}” stands for, "
                          f"so the check can neither confirm nor contradict that the words are {analyst.name}'s",
                          "quote a sentence that names the speaker, or check the source and keep the words out of "
                          "the briefing", "attribution.no-evidence")
        if cue.analyst != analyst.id:
            who = voices.analysts[cue.analyst].name if cue.analyst else \
                (f"“{cue.words.strip('“”')}”" if cue.words else "a speaker who is no analyst here")
            hint = (f"attribute it to '{cue.analyst}'" if cue.analyst else
                    f"if these are {analyst.name}'s words, add the words the text uses for them to their aliases")
            return None, (f"{where}: \"{cue.verb}\" in para. {cue.paragraph} credits the quotation to {who}, "
                          f"not to {analyst.name}", hint, "attribution.other-speaker")
    assert cue is not None  # spans is not empty, and each span's cue was checked above
    return (f"quoted span attributed to {analyst.name} by \"{cue.verb}\" in para. {cue.paragraph}"
            f"{_elsewhere(cue.paragraph, paragraph.number)}"), None


def _elsewhere(cue: int, quoted: int) -> str:
    """Why a check cites another paragraph than the quote's locator: where the cue stands from it."""
    if cue == quoted:
        return ""
    side = "before" if cue < quoted else "after"
    apart = "the paragraph" if abs(cue - quoted) == 1 else f"{abs(cue - quoted)} paragraphs"
    return f", {apart} {side} the quoted para. {quoted}"


def _holds_whole(ranges: list[tuple[int, int]], span) -> bool:
    """Do the excerpt's fragments hold the whole quotation, its marks included, without a cut in it?"""
    end = span.end + 1 if span.closed else span.end
    return any(start <= span.start - 1 and end <= stop for start, stop in ranges)


def _own_voice(source: Source, analyst: Analyst, paragraph: Paragraph, ranges, text: SourceText,
               voices: Voices) -> tuple[str | None, Mismatch | None]:
    where = f"para. {paragraph.number} of {source.label}"
    own = voices.own_voice(source, paragraph)
    if analyst.id in own:
        if source.kind == "article":
            return "author's own words", None
        part = {"turn": "turn", "question": "interview question", "answer": "interview answer"}[paragraph.part or ""]
        return f"{part} of {paragraph.speaker}", None
    if own:
        owner = f"{voices.analysts[own[0]].name}'s words"
    elif source.kind == "article":
        owner = "the article's own words (its author is no analyst here)"
    else:
        owner = f"{paragraph.speaker}'s words"
    index = paragraph.number - 1
    cues = [voices.sentence_cue(text, index, s) for s in _sentences(paragraph, ranges)] + [voices.lead_in(text, index)]
    reports = any(c and c.analyst == analyst.id for c in cues)
    if reports:
        hint = f"set 'reported: true' if the text reports {analyst.name}'s words, or quote only the words in " \
               "quotation marks"
    elif own:
        hint = f"attribute it to '{own[0]}', or quote {analyst.name}'s own words"
    elif source.kind == "article":
        hint = "add the author as an analyst with author_of, or quote words the text puts in quotation marks"
    elif analyst.kind is None and paragraph.speaker and paragraph.speaker in analyst.name.split():
        hint = f"add 'kind: person' to analyst '{analyst.id}', so that the label '{paragraph.speaker}' names them"
    elif paragraph.speaker and paragraph.speaker.casefold() in ("q", "a", "question", "answer"):
        hint = "its labels are Q/A marks, not names: import the original with `reportgen source add " \
               "--interviewer NAME --interviewee NAME`, which names each paragraph's speaker"
    else:
        hint = f"add '{paragraph.speaker}' as an analyst, or to the aliases of the analyst it names"
    return None, (f"{where} is {owner}, not {analyst.name}'s", hint, "attribution.own-voice")


def _reported(source: Source, analyst: Analyst, paragraph: Paragraph, ranges, text: SourceText,
              voices: Voices) -> tuple[str | None, Mismatch | None]:
    index = paragraph.number - 1
    cue = None
    for sentence in _sentences(paragraph, ranges):
        cue = _governing_cue(text, index, paragraph, ranges, sentence, voices) \
            or voices.sentence_cue(text, index, sentence) or voices.lead_in(text, index)
        if cue and cue.paragraph == paragraph.number and not _follows_verb(paragraph, ranges, sentence, cue):
            cue = None  # the excerpt's words in this sentence come after another clause, not the report
        if not cue or cue.analyst != analyst.id:
            start, end = paragraph.sentences[sentence]
            why = f" (\"{cue.verb}\" there is {cue.unsaid}, not a statement)" if cue and cue.unsaid else ""
            return None, (f"reported speech must lie in sentences that name {analyst.name} with a reporting verb; "
                          f"para. {paragraph.number} of {source.label} has \"{short(paragraph.clean[start:end])}\""
                          + why, "quote the sentence that reports them, or remove 'reported'", "reported.no-cue")
    assert cue is not None  # the excerpt's words lie in at least one sentence, whose cue named the analyst
    if cue.paragraph != paragraph.number:
        return (f"reported speech of {analyst.name}, named by \"{cue.verb}\" in para. {cue.paragraph}"
                f"{_elsewhere(cue.paragraph, paragraph.number)}"), None
    return f"reported speech of {analyst.name} in para. {cue.paragraph}", None


def _governing_cue(text: SourceText, index: int, paragraph: Paragraph, ranges, sentence: int, voices: Voices):
    """The report whose content the excerpt's words in this sentence are: the reporting verb nearest
    before them ("The FBI said Tuesday that it will …", not a verb inside what it said), else the
    one right after them ("Acts of protest, Smith said, are …", "…, according to Smith")."""
    lo, hi = paragraph.sentences[sentence]
    starts = [max(start, lo) for start, end in ranges if start < hi and end > lo]
    ends = [min(end, hi) for start, end in ranges if start < hi and end > lo]
    before = voices.cue_in(text, index, lo, starts[0]) if starts else None
    aside = _ASIDE_BEFORE_THAT.search(paragraph.grammar, lo, starts[0]) if before else None
    if aside and before and before.at[0] > aside.start():  # "argued - rebuking Trump by name - that …": the
        before = voices.cue_in(text, index, lo, aside.start()) or before  # report is the verb before the aside
    if before and _follows_verb(paragraph, ranges, sentence, before):
        return before
    claim = voices.claim_before(text, index, lo, starts[0]) if starts else None
    if claim:
        return claim  # "Sanders's claim that he …"
    after = voices.cue_in(text, index, ends[-1], hi, prefer="after") if ends else None
    if after and re.fullmatch(r"[\s,]*", paragraph.grammar[ends[-1]:after.at[0]]) is None \
            and not re.match(r"[\s,]*(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+\s*$", paragraph.grammar[ends[-1]:after.at[0]]):
        return None
    return after


def _follows_verb(paragraph: Paragraph, ranges, sentence: int, cue) -> bool:
    """Do the excerpt's words in this sentence hold the reporting verb, or begin right after it
    ("He said [that] Nazarbayev was …", "Он сказал, что …")?"""
    lo, hi = paragraph.sentences[sentence]
    starts = [max(start, lo) for start, end in ranges if start < hi and end > lo]
    verb_start, verb_end = cue.at
    clean = paragraph.grammar
    return any(start <= verb_start or _complement(clean[verb_end:start], cue, clean[start:start + 30])
               for start in starts)


# Between a reporting verb and what it reports: its object and adverbials, at most sixteen words, then
# "that" or a comma ("told host Jane Roe that", "said on Monday that", "called for", "according to
# Smith, a senior fellow, …"); not another clause (no "and", "but", no verb of saying or belief).
_COMPLEMENT = re.compile(r"[\s,:]*(?:[\w'’‘.-]+[\s,]+){0,16}?(?:(?:that|что)[\s,:]*)?", re.IGNORECASE)
_OTHER_CLAUSE = re.compile(r"(?<![\w'’-])(?:and|but|or|because|while|when|which|who|whom|и|но|а|потому|когда|который)"
                           r"(?![\w'’-])|[;:.!?—–]", re.IGNORECASE)


# A place set off by commas, "in Austin, Texas," "in St. Louis, Missouri,": no clause of its own.
_PLACE = re.compile(r",\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*,")
# A participle after a comma, or an adjective of belief, that takes a "that" of its own ("…, knowing that",
# "certain that"); not a noun in -ing ("said at a briefing that").
_ITS_OWN_THAT = re.compile(r",\s*[a-z]+ing\s*$|(?<![\w'’-])(?:" + "|".join(sorted(BELIEF_ADJECTIVES)) + r")[\s,]*$")
_NAME_WITH_AND = re.compile(r"([A-Z][\w'’.-]*)\s+(?:and|&)\s+(?=[A-Z])")  # "The Post and Courier"
# "and that" before the words: the verb's second content ("said Jones was wrong and that …").
_AND_THAT = re.compile(r"(?<![\w'’-])and\s+(?:that|что)\s*$")
# A clause set off by commas right before "that": a place, a time or a relative clause of its own, not the
# report's ("told the Senate, where Jones chairs the panel, that", "warned, long before Smith took office, that").
_ASIDE_BEFORE_THAT = re.compile(r",\s*(?:long\s+|just\s+|shortly\s+)?(?:where|as|while|when|after|before|which|who|"
                                r"since|until|once|[a-z]+ing)(?![\w'’-])(?:[^,;:.!?“”\"]|\.(?=\s+[A-Z]))*,\s*that\s*$",
                                re.IGNORECASE)  # a title's stop inside it: "rebuking Mr. Trump"
# ("argued - rebuking Trump eight times by name - that": a participle's aside, which grammar sets between commas)
# A title in quotation marks: capitalised words, small words between ("“Meet the Press”", "“This Week”").
_QUOTED_TITLE = re.compile(r"[“\"]([A-Z0-9][\w'’.-]*(?:\s+(?:[A-Z0-9][\w'’.-]*|of|the|a|an|and|in|on|at|for|to|with))*)"
                           r"[”\"]")
_FINITE = re.compile(r"[a-z][\w'’-]*(?:ed|s)(?![\w'’-])")  # a verb's past or third person, at a word's start
# ... unless a predicate follows it: then it is a plural subject ("said that prices rose sharply", "that officials
# were", "that voters thought otherwise"); a past right before a noun is an adjective of the verb's object ("a bill
# that provides expanded coverage", "a plan that offers paid leave")
_AN_AUXILIARY = "|".join(sorted(AUXILIARIES | MODALS | {"have", "do", "are", "were", "can", "cannot"}))
_A_PAST = r"[a-z][\w'’-]*ed|" + "|".join(sorted(IRREGULAR_PASTS | PERCEIVING_PASTS))
_OPENS_A_COMPLEMENT = "|".join(sorted(DETERMINERS | OBJECT_PRONOUNS | {
    "it", "that", "to", "in", "on", "at", "for", "by", "with", "from", "into", "over", "up", "down", "out", "off",
    "back", "again", "otherwise", "last", "this"}))
_AN_ADVERB = r"(?!(?:" + "|".join(sorted(NOUNS_IN_LY)) + r")(?![\w'’-]))\w+ly"  # not "family"
_SUBJECT_THEN_VERB = re.compile(rf"[a-z][\w'’-]*s\s+(?:\w+ly\s+)?(?:(?:{_AN_AUXILIARY})(?![\w'’-])|(?:{_A_PAST})"
                                rf"(?=\s+(?:{_OPENS_A_COMPLEMENT}|{_AN_ADVERB})(?![\w'’-])|\s*[,.;:!?]|\s*$))")


# What may stand between a verb of saying and "that" while its content is still to come: phrases of where, when,
# through what or to whom, and adverbs ("said in a statement on Tuesday that", "wrote on his blog that", "said
# Tuesday that", "said to Tom Brown that"); not "about" or "of" (what a relative clause may describe)
_TIME = r"(?:(?:last|this|next|on|that)\s+)?(?:(?i:" + "|".join(sorted(CALENDAR_WORDS)) + r")|" \
    + "|".join(sorted(TIME_NOUNS)) + r")"
_BEFORE_CONTENT = re.compile(r"(?:[\s,]+(?:(?:in|on|at|during|via|through|to|from|with|after|before|over)\s+"
                             r"(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+|" + _TIME + r"|\w+ly|again|also|then|later|earlier|"
                             r"once more))*[\s,]*")
# whom a verb of telling addresses, a noun phrase of up to three words: "told the committee that"
_DETERMINER = r"(?:" + "|".join(sorted(DETERMINERS - {"that", "this"})) + r")\s"
_AN_OBJECT = re.compile(r"\s+(?!(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s)(?:" + _DETERMINER + r"\s*)?"
                        r"(?:(?!" + _DETERMINER + r")[\w'’.-]+\s+){0,2}?[\w'’.-]+\s*")
_A_PAST_FIRST = re.compile(rf"(?:{_A_PAST})(?![\w'’-])")  # a relative clause's own verb: "that opposed the plan"
_AUXILIARY_FIRST = re.compile(rf"(?:{_AN_AUXILIARY}|has|will)(?![\w'’-])")  # "that is dated", "that will air"
# a participle before its noun and their auxiliary, a subject: "that armed men had stormed", "lost revenue would"
_ADJECTIVE_SUBJECT = re.compile(rf"(?:{_A_PAST})\s+[a-z][\w'’-]*\s+(?:{_AN_AUXILIARY}|has|will)(?![\w'’-])")
# a subject with a relative clause of its own, then its verb: "that talks the two sides held had failed"
_LATER_VERB = re.compile(rf"(?<![\w'’-])(?:{_AN_AUXILIARY}|has|will)(?![\w'’-])")
# "that should rates rise, …", "that were the merger to collapse, …"; not "documents that were filed on Friday, …"
_INVERTED_CONDITION_FIRST = re.compile(r"(?:should|were|had)\s+(?!be\s|been\s|[a-z]+ed\s)(?:(?:the|a|an)\s+)?"
                                       r"[A-Za-z]+\s[^,]+,")
# an -s verb and its object: "that examines the collapse", "that owes him money"
_VERB_THEN_OBJECT = re.compile(r"[a-z][\w'’-]*s\s+(?:"
                               + "|".join(sorted(DETERMINERS - {"that", "this"} | OBJECT_PRONOUNS)) + r")(?![\w'’-])")


def _complement(gap: str, cue, excerpt: str = "") -> bool:
    """Are the words between a reporting verb and an excerpt only the verb's complement? Not when the
    verb asks ("asked Jones why …"), when a comma closes a clause of its own between them ("said the
    plan was dead, which is …"), or when "that" opens a relative clause ("ordered an inquiry that
    concluded …": a verb right after it)."""
    if cue.words and gap.lstrip(" ,").startswith(cue.words):  # the verb first: "Как сообщил Петров, …"
        gap = gap.replace(cue.words, " ", 1).replace(" ,", " ", 1)
    gap = _NAME_WITH_AND.sub(r"\1 ", gap)  # "told The Post and Courier that …": one name, no second clause
    gap = _QUOTED_TITLE.sub(r"\1", gap)  # "said on NBC's “Meet the Press” on Sunday that": a programme's name
    aside = _ASIDE_BEFORE_THAT.search(gap)
    if aside and not any(w.casefold() in RELAYING for w in _WORD.findall(aside.group())):
        gap = gap[:aside.start()] + " that"  # "told the Senate, where Jones chairs the panel, that", "argued,
        # rebuking Trump by name, that"; not "said, quoting Jones, that": Jones's words
    if REPORTING_VERB.search(gap) or FRAMING.search(gap):
        return False  # another report between them
    if _AND_THAT.search(gap) and not re.search(r"[;:.!?]", gap):
        return True  # "said Jones was wrong and that the tax would pass": a second content of the same verb
    if not _COMPLEMENT.fullmatch(gap) or _OTHER_CLAUSE.search(_ABBREVIATED.sub(r"\1", gap)):
        return False
    if cue.verb.casefold() in SPEAKER_AFTER:  # "according to Smith, …": the speaker, then the content
        return gap.rstrip().endswith(",") or not gap.strip()
    that = re.search(r"(?:that|что)\s*$", gap) or re.match(r"(?:that|что)(?![\w'’-])", excerpt)
    if that and _ITS_OWN_THAT.search(re.sub(r"(?:that|что)\s*$", "", gap)):
        return False  # "said goodbye, knowing that …", "… voters certain that …": the word's own content
    # "said the plan was dead, which …" closes a clause of its own; "said in Buffalo, New York, that" does not
    closed = "," in _PLACE.sub(" ", gap) and _WORD.search(gap.split(",", 1)[0])
    gap_before_that = re.sub(r"(?<![\w'’-])that\s*$", "", gap)
    before_that = _WORD.findall(gap_before_that)
    verb = cue.verb.casefold()
    content_to_come = verb not in SAYING_NO_CONTENT and (
        _BEFORE_CONTENT.fullmatch(gap_before_that) is not None
        or verb in TELLING_VERBS and (_AN_OBJECT.fullmatch(gap_before_that) is not None and verb not in PRODUCING
                                      or bool(before_that) and _an_addressee(before_that[-1])))
    relative = bool(re.search(r"(?<![\w'’-])that\s*$", gap)) and bool(before_that) \
        and _relative_clause_verb(excerpt, content_to_come)
    if cue.verb.casefold() in QUESTION_VERBS or closed or relative:
        return False
    return not (REPORTING_VERB.search(gap) or FRAMING.search(gap))


def _relative_clause_verb(words: str, content_to_come: bool) -> bool:
    """Do the words after a "that" that follows a noun open with a relative clause's verb rather than a subject
    ("an inquiry that concluded", "a letter that is dated", "wrote to senators that opposed the plan")? Where the
    verb's content is still to come, only an auxiliary (not an inverted condition, "that should rates rise, …"), a
    past (not a participle before its noun and auxiliary, "armed men had stormed") or an -s verb before its object
    with no auxiliary after it ("a podcast that examines the collapse"; "that rates the bank charges would fall" is
    content); elsewhere any verb in -s or -ed too, unless a plural subject with its verb ("a report that officials
    were")."""
    if content_to_come:
        if _INVERTED_CONDITION_FIRST.match(words):
            return False  # "that should rates rise again, the plan would fail"
        verb_and_object = _VERB_THEN_OBJECT.match(words)
        own = re.split(r"(?<![\w'’-])(?:who|which|that|whom)(?![\w'’-])", words)[0]  # not a relative clause's own
        return bool(_A_PAST_FIRST.match(words) and not _ADJECTIVE_SUBJECT.match(words)
                    or _AUXILIARY_FIRST.match(words)
                    or verb_and_object and not _LATER_VERB.search(own, verb_and_object.end()))
    return bool((_FINITE.match(words) or _A_PAST_FIRST.match(words) or _AUXILIARY_FIRST.match(words))
                and not _SUBJECT_THEN_VERB.match(words))


def _an_addressee(word: str) -> bool:
    """Could a word before "that" be whom a verb of telling addresses ("told reporters that", "told him that",
    "assured Jones that", "wrote supporters that"), so that "that" opens the verb's content, not a relative clause
    on a thing ("wrote a letter that", "an amendment that")?"""
    return word.casefold() in OBJECT_PRONOUNS | PERSON_NOUNS or word[:1].isupper() \
        or bool(re.fullmatch(AGENT_NOUN + "s?", word)) and word not in STATEMENT_NOUNS and word not in PRINTED_THINGS
    # "voters", "residents"; not "letter", "amendment"


def _sentences(paragraph: Paragraph, ranges) -> list[int]:
    """The sentences an excerpt's words fall in."""
    out = []
    for start, end in ranges:
        for s in range(paragraph.sentence_at(start), paragraph.sentence_at(max(start, end - 1)) + 1):
            if s not in out:
                out.append(s)
    return out


def _format_ranges(body: tuple[tuple[int, int], ...]) -> str:
    return "paras. " + ", ".join(f"{lo}-{hi}" if lo != hi else str(lo) for lo, hi in body)


def _kind_warnings(edition: Edition):
    """A file from before analysts had a kind still loads; check says what to add."""
    for analyst in edition.analysts.values():
        if analyst.kind is None:
            yield edition.document.problem(
                ("analysts", analyst.id), f"analyst '{analyst.id}' has no kind; until it has one, a surname "
                "alone does not name them", "add 'kind: person' (or organisation, group, unnamed)", warning=True)


def _body_problems(edition: Edition, texts: dict[str, SourceText]):
    for source in edition.sources.values():
        count = len(texts[source.id].paragraphs)
        for lo, hi in source.body:
            if hi > count:
                yield edition.document.problem(("sources", source.id, "body"),
                                               f"body range {lo}-{hi} goes past the last paragraph ({count}) "
                                               f"of {source.file.name}", f"paragraphs run from 1 to {count}")


def _layout_problems(edition: Edition, texts: dict[str, SourceText]):
    """A speaker label in a layout the checker does not read leaves its words to the speaker before
    it, or to nobody: such a source is refused, at its first such label, until `source add` rewrites
    its labels as `Name:` lines. One inside another speaker's turn is enough if it is marked as a
    label (a time, bold, an affiliation...), names a speaker or an analyst, or is in capitals
    (`ИВАНОВА:`); a plain `Two Words: …` takes two, so that a spoken headline like "Central Asia: …"
    alone is not taken for a label."""
    analysts = {a.name.casefold() for a in edition.analysts.values()}
    for source in edition.sources.values():
        if source.kind == "article":
            continue
        labelled = [(p, name) for p in texts[source.id].paragraphs if (name := unread_label(p.clean, source.kind))]
        wrong = [(p, name) for p, name in labelled if (p.speaker or "").casefold() != name.casefold()]
        known = analysts | {n.casefold() for n in texts[source.id].speakers}
        inside = [(p, name) for p, name in wrong if p.speaker and (
            name.casefold() in known or name.isupper() or not p.clean.startswith(f"{name}: "))]
        if len(labelled) >= 2 and wrong or inside:
            wrong = inside or wrong
            paragraph, name = wrong[0]
            heard = f"{paragraph.speaker}'s" if paragraph.speaker else "nobody's"
            yield edition.document.problem(
                ("sources", source.id, "file"),
                f"para. {paragraph.number} of {source.file.name} opens with a speaker label check does not read "
                f"('{short(paragraph.clean, 40)}'): its turn would count as {heard}, not {name}'s",
                f"write each label as a line of its own, like `{name}:`; `reportgen source add` does this for "
                "time-stamped, inline and Q/A transcripts")


def closest_passage(quote: str, source: Source, texts: dict[str, SourceText]) -> str:
    """The hint for a quote not found: where it is after all, or the nearest passage and how near."""
    parts = fragments(quote)
    for other_id, other in texts.items():
        found = other.find_fragments(parts) if other_id != source.id else None
        if found:
            return f"it is in source '{other_id}', para. {found.number}: change the excerpt's source"
    probe = max(parts, key=len) if parts else normalize(quote)
    text = texts[source.id]
    best = process.extractOne(probe, text.folded, scorer=fuzz.partial_ratio)
    if not best:
        return "the source has no text"
    _, score, index = best
    paragraph = text.folded[index]
    align = fuzz.partial_ratio_alignment(probe, paragraph)
    passage = paragraph[align.dest_start:align.dest_end] if align else paragraph
    if len(passage) > 110:
        passage = passage[:100] + " …"
    return f"closest passage: para. {text.paragraphs[index].number} ({score:.0f}% similar): \"{passage}\""
