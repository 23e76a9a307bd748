"""Source text -> numbered paragraphs with their speakers, sentences and quoted spans.

Each paragraph keeps its text twice: `clean` (the source's own characters, spacing tidied: what the
briefing prints) and `folded` (quote marks, dashes and spacing folded: what a typed quote is
matched against). Matching happens in `folded`; a match is mapped back to `clean`, where the
sentences and quoted spans are found, so every check reads the source's own punctuation.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from reportgen.load.textfiles import read_text
from reportgen.text.lexicon import (
    AUXILIARIES,
    BRAND_VERBS,
    CALENDAR_WORDS,
    CLAUSE_ADVERBS,
    DETERMINERS,
    ELISIONS,
    MODALS,
    OBJECT_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SUBORDINATORS,
    TIME_NOUNS,
    TITLE_JOINERS,
    VOICING_VERBS,
    english_forms,
)
from reportgen.text.provenance import PageStarts, page_locator, read_places
from reportgen.text.speakers import LABEL, TURN

if TYPE_CHECKING:
    from reportgen.load.model import Source

# Characters that never change the words: dropped before anything else.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Folding that keeps every offset: one character for one.
_FOLD = {
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"', "＂": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
}
# A dash between words: an em dash or horizontal bar always; a hyphen or en dash with a space on
# either side. Folded to " - ", so "word—word", "word – word" and "word - word" are the same words,
# while a hyphen inside a word ("Nur-Sultan") stays as it is.
# A run of dashes counts as one ("‐—" or "--"), so folding twice changes nothing more than once.
_SPACE = re.compile(r"\s+")
WORD = re.compile(r"\w+(?:['’-]\w+)*")  # a word, with the apostrophes and hyphens inside it
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")  # anything _SPACE would change
# An editor's elision mark in a quote: ... or … (four dots too, a sentence's stop before it), spaced
# . . ., each alone or in [ ] or ( ).
ELISION = re.compile(r"\s*[\[(]?\s*(?:\.{3,}|…|\.\s\.\s\.)\s*[\])]?\s*")


# Sentences end at . ! ? or … (and any closing quote or bracket after it), before a space and a
# capital letter, a digit or an opening quote or bracket; not after a known abbreviation or an
# initial ("Diana T. Kudaibergenova", "U.S. Secretary").
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«„(\[]*[^\W\d_]|\s+[\"'“‘«„(\[]*\d|\s+[\"'“‘«„(\[@])")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sr jr gen col lt maj brig sgt cpl pvt capt cmdr adm gov sen rep rev hon pres fr mt "
    "vs etc e.g i.e cf no nos vol fig p pp ed eds jan feb mar apr jun jul aug sep sept oct nov dec "
    "inc ltd co corp dept univ approx del assn mx ft ave blvd".split())

# Quotation marks. A double mark opens a span and the next double mark of its family closes it
# (so a source that writes “…“ or ”…” still pairs up); « » and „ “ pair as they are meant to.
DOUBLE_QUOTES = "\"“”„‟«»＂「」『』"
_CLOSES = {"«": "»", "»": "«", "„": "“”\"", "‹": "›", "「": "」", "『": "』"}
_DEFAULT_CLOSE = "\"“”‟＂"
_DOUBLE_MARK = re.compile(f"(?<!\\d[’'′]\\d)(?<!\\d[’'′]\\d\\d)[{DOUBLE_QUOTES}]")
# not the inch mark of a height or a length set with quotation marks ("he's 6’2”", "5'10\"")


def clean(text: str) -> str:
    """The source's own characters, spacing tidied, invisible characters dropped, and a double
    quotation mark set as two single ones made one (`PAIRED_SINGLES`). Most lines are tidy already and
    are returned in C: isprintable() is False for every whitespace character but " " and for the
    invisible ones, so a printable NFC line without double spaces or paired singles is its own clean text."""
    stripped = text.strip()
    if stripped.isprintable() and "  " not in stripped and unicodedata.is_normalized("NFC", stripped) \
            and not _paired_marks(stripped):
        return stripped
    if _INVISIBLE.search(text):  # before composing: a dropped soft hyphen can bring a letter and its accent together
        text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACE.sub(" ", text).strip() if _ODD_SPACE.search(text) else text.strip()
    return PAIRED_SINGLES.sub(_one_double_mark, text) if _paired_marks(text) else text


# A double quotation mark set as two single ones, as a newspaper's archive, a typewritten or a
# TeX-style text does: ''…'', ``…'', ‘‘…’’. Two marks, or three (a single mark and a double one
# together: ''I said 'no.''' ends both), of those that fold to an apostrophe, so that folding makes no
# new pair and cleaning twice changes nothing; not after a digit, where they are an inch mark ("a 32''
# screen"). Each becomes one double mark, so its quotation is read.
_SINGLE_MARKS = "'" + "".join(sorted(mark for mark, plain in _FOLD.items() if plain == "'"))
PAIRED_SINGLES = re.compile(f"(?<![{_SINGLE_MARKS}\\d])[{_SINGLE_MARKS}]{{2,3}}(?![{_SINGLE_MARKS}])")


def _paired_marks(text: str) -> bool:
    """Does the text hold two single marks together? A scan for each mark: a regex for the pair tries every
    position and took most of clean()'s time on a long line."""
    for mark in _SINGLE_MARKS:
        at = text.find(mark)
        while at >= 0:
            if at + 1 < len(text) and text[at + 1] in _SINGLE_MARKS:
                return True
            at = text.find(mark, at + 1)
    return False


def _one_double_mark(run: re.Match) -> str:
    """Two marks make one double mark; of three, the double one is the outer: "' opening, '" closing."""
    marks, text = run.group(), run.string
    if 0 < run.start() and run.end() < len(text) and text[run.start() - 1].isalpha() and text[run.end()].isalpha():
        return marks  # "Don''t", "O’’Brien": a doubled apostrophe, as an export escapes one
    if len(marks) == 2:
        return '"'
    opening = run.start() == 0 or run.string[run.start() - 1] in " ([{—–-"
    return '"' + marks[-1] if opening else marks[0] + '"'


# A line can hold a dash to fold only if it has one of these: most lines are spared the regex.
_DASH_HINT = re.compile("[—―]| [-‐‑‒–−]|[-‐‑‒–−] ")


_DASH_RUN = re.compile("[-‐‑‒–−—―]+")


def dash_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each dash that folding sets as " - ", with a space on either side that no dash
    before took: a run of dash characters holding an em dash or a horizontal bar, or a run of hyphens,
    en dashes or minus signs with a space on at least one side (" - ", "word- next"; not "well-known").
    Found run by run: one character class scans several times faster than a regex of alternatives
    tried at every position of a long paragraph (tests/test_properties.py holds that regex as the oracle)."""
    spans: list[tuple[int, int]] = []
    taken = 0
    for run in _DASH_RUN.finditer(text):
        start, end = run.span()
        before = start > taken and text[start - 1] == " "  # a space the dash before did not take
        after = end < len(text) and text[end] == " "
        if "—" in run.group() or "―" in run.group() or before or after:
            spans.append((start - before, end + after))  # an em dash, or a hyphen or en dash spaced
            taken = end + after
    return spans


def _fold_clean(text: str) -> str:
    if _DASH_HINT.search(text):
        out: list[str] = []
        at = 0
        for start, end in dash_spans(text):
            out += (text[at:start], " - ")
            at = end
        text = "".join(out) + text[at:]
    for mark, plain in _FOLD.items():  # str.replace per mark: far faster than str.translate here
        if mark in text:
            text = text.replace(mark, plain)
    return text


def normalize(text: str) -> str:
    """Fold what does not change the words, so a quote copied by hand still matches."""
    return _SPACE.sub(" ", _fold_clean(clean(text))).strip()


# Signs that text decoded in the wrong encoding puts inside a word ("TrÃ©vidic", "PeÃ±a", "SarukhÃÂ¡n" for
# Trévidic, Peña, Sarukhán). Not quotation marks, dashes or apostrophes, which mojibake makes too (ë, Ó become
# "Ã«", "Ã“") but which must keep their meaning, nor signs that do separate words ("•", "·", "×").
_MOJIBAKE_IN_WORD = re.compile(r"(?<=[^\W\d_])[¡¢£¤¥¦§¨©¬\u00ad®¯°±²³´¶¸¹¼½¾¿€ƒ†‡ˆ‰˜™]{1,2}(?=[^\W\d_])")


def join_words(text: str) -> str:
    """`text` with mojibake signs inside a word read as letters, one character for one, so that a name the
    scraper garbled ("Marc TrÃ©vidic") is one name to the attribution rules, in the text and in topics.yaml."""
    if text.isascii():
        return text
    return _MOJIBAKE_IN_WORD.sub(lambda m: "x" * len(m.group()), text)


@dataclass(frozen=True)
class QuotedSpan:
    """Words between quotation marks: [start, end) of `clean`, without the marks."""

    start: int
    end: int
    opened_by: str
    closed: bool  # False when the paragraph ends inside it (a quotation running on)


DASH_MARK = re.compile(r" ?[—―][-‐‑‒–−—―]* ?| [-‐‑‒–−]+ ")  # an em dash, or a spaced hyphen or en dash, or a run
# An aside between two dashes: after a word, words of one clause not opened by a quotation, then the rest of
# its clause (not "and", "or": "Either A — a move that … — or B" goes on with another clause).
_WORD_END = re.compile(r"[\w.)\"”’]")
_ASIDE = re.compile(r"(?![\s\"“«])[^;:!?(]+(?<=[\w.)\"”’])")
_REST_OF_CLAUSE = re.compile(r"(?!(?:and|or|but|nor)(?!\w))\w")



def holds_a_clause(aside: str) -> bool:
    """Is the aside between two dashes a clause of its own, not an appositive, a relative clause or a
    participle's phrase ("— speaking after Jones had left —")? It opens with a name and a verb or with a
    subject pronoun ("— Jones took the floor —"), or holds a finite auxiliary or a modal outside a
    relative or subordinate clause ("— his aide did —")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", aside)
    if not words or words[0].casefold() in RELATIVE_PRONOUNS | {"where", "when"} \
            or words[0].islower() and words[0].endswith("ing") and words[0] not in _NOT_PARTICIPLES:
        return False
    named_subject = words[0][:1].isupper() and not re.search(r"['’]s?$", words[0]) and len(words) > 1 \
        and words[1].islower() and words[1] not in OBJECT_WORDS | TITLE_JOINERS
    main = next((words[:i] for i, w in enumerate(words) if w.casefold() in RELATIVE_PRONOUNS | SUBORDINATORS), words)
    return named_subject or words[0].casefold() in PRONOUNS \
        or any(w.casefold() in AUXILIARIES | MODALS for w in main)  # "— an attorney who is close to Smith —" is none


_NOT_PARTICIPLES = frozenset("nothing something anything everything thing king morning evening".split())


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based, counting non-empty lines: the locator printed in citations
    text: str
    speaker: str | None = None  # the label of whoever speaks, where the structure shows it
    part: str | None = None  # "turn", "question" or "answer"
    locator: str | None = None  # where the original has it ("p. 4", "00:12:31"), from an import record
    clean: str = field(default="", compare=False, repr=False)
    pages: PageStarts = field(default=(), compare=False, repr=False)  # where each page starts, if it spans pages

    def locator_at(self, ranges: list[tuple[int, int]]) -> str | None:
        """The locator of the words at `ranges` of `clean`: the page or pages they stand on ("pp. 1–2")
        when the paragraph spans pages, else the paragraph's own locator."""
        if not self.pages or not ranges:
            return self.locator
        scale = len(self.clean) / max(1, len(self.text))  # clean differs from text in spacing and paired marks
        return page_locator(self.pages, round(ranges[0][0] / scale), round(ranges[-1][1] / scale))

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """[start, end) of each sentence in `clean`."""
        return split_sentences(self.clean)

    @cached_property
    def quoted(self) -> list[QuotedSpan]:
        return quoted_spans(self.clean)

    @cached_property
    def grammar(self) -> str:
        """`clean` with each aside set between two dashes set between commas instead, one character for
        one ("Doe — an attorney — said" reads as "Doe,  an attorney,  said"), and a quotation set in
        single marks (‘…’ or '…') set in double ones, and mojibake inside a word read as letters
        (`join_words`): the attribution rules read an aside, a quotation and a name the same however they are
        set."""
        clean = join_words(self.clean)
        dashes = list(DASH_MARK.finditer(clean)) if _DASH_HINT.search(clean) else []
        singles = [q for q in self.quoted if q.opened_by == "‘"] if "‘" in clean or "'" in clean else []
        if len(dashes) < 2 and not singles:
            return clean  # most paragraphs hold no pair of dashes and no quotation in single marks
        out, i = list(clean), 0
        for q in singles:
            out[q.start - 1] = "“"
            if q.closed:
                out[q.end] = "”"
        while i + 1 < len(dashes):
            opening, closing = dashes[i], dashes[i + 1]
            if not (_ASIDE.fullmatch(clean, opening.end(), closing.start()) and opening.start() > 0
                    and _WORD_END.match(clean, opening.start() - 1)
                    and _REST_OF_CLAUSE.match(clean, closing.end())):
                i += 1
                continue
            inside = [q for q in self.quoted if opening.start() < q.end and q.start < closing.end()]
            if not any(q.start < opening.start() or q.end > closing.end() for q in inside) \
                    and not holds_a_clause(clean[opening.end():closing.start()]):  # not "— Jones did —"
                for dash in (opening, closing):
                    out[dash.start():dash.end()] = "," + " " * (dash.end() - dash.start() - 1)
            i += 2
        return "".join(out)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding `offset`."""
        starts = [s for s, _ in self.sentences]
        return max(0, bisect.bisect_right(starts, offset) - 1)



class SourceText:
    """A source's paragraphs, with one folded string for fast search."""

    def __init__(self, path: Path, kind: str, text: str, source: Source | None = None):
        self.path, self.kind = path, kind
        self.source = source  # the Source it was read for, where one is known (attribution reads it)
        lines = [(line.strip(), clean(line)) for line in text.splitlines()]
        self.paragraphs = _structure(kind, [(raw, tidy) for raw, tidy in lines if tidy])
        self.folded = [_fold_clean(p.clean) for p in self.paragraphs]
        self._joined = "\n".join(self.folded)
        self._starts = []
        offset = 0
        for para in self.folded:
            self._starts.append(offset)
            offset += len(para) + 1

    @property
    def speakers(self) -> set[str]:
        return {p.speaker for p in self.paragraphs if p.speaker}

    def find(self, quote: str) -> Paragraph | None:
        """The first paragraph holding the quote, its elided fragments in order on word
        boundaries; None if nowhere."""
        found = next(self.placements(fragments(quote)), None)
        return found[0] if found else None

    def find_fragments(self, parts: list[str]) -> Paragraph | None:
        found = next(self.placements(parts), None)
        return found[0] if found else None

    def placements(self, parts: list[str], whole_words: bool = True, rank=None):
        """Yield (paragraph, [[start, end) in clean of each fragment]) for every paragraph that holds
        the fragments in order, in the order of the text. Within a paragraph the occurrences that
        cut least are chosen (see `place_in`)."""
        if not parts:
            return
        probe = max(parts, key=len)  # the rarest fragment, likely: fewer paragraphs to try
        seen = set()
        at = self._joined.find(probe)
        while at != -1:
            index = bisect.bisect_right(self._starts, at) - 1
            if index not in seen:
                seen.add(index)
                ranges = self.place_in(index, parts, whole_words, rank)
                if ranges is not None:
                    yield self.paragraphs[index], ranges
            at = self._joined.find(probe, self._starts[index] + len(self.folded[index]) + 1)

    def place_in(self, index: int, parts: list[str], whole_words: bool = True,
                 rank=None) -> list[tuple[int, int]] | None:
        """The fragments placed in paragraph `index`, in order, each on word boundaries (unless
        `whole_words` is False); among several placements, the one `rank` scores lowest (by
        default the tightest). Offsets are in `clean`."""
        folded = self.folded[index]
        options = [_occurrences(folded, part, whole_words) for part in parts]
        if not all(options):
            return None
        to_clean = _offset_map(self.paragraphs[index].clean)
        if sum(len(a) * len(b) for a, b in zip(options, options[1:])) > 20_000:
            rank = None  # too many ways to place short fragments: take the first in-order placement
            chain, at = [], 0
            for part, starts in zip(parts, options):
                start = next((x for x in starts if x >= at), None)
                if start is None:
                    return None
                chain.append((start, start + len(part)))
                at = start + len(part)
            return [(to_clean(s), to_clean(e)) for s, e in chain]
        # Dynamic programming over fragment occurrences: cheapest in-order chain.
        best: dict[int, tuple[float, list[tuple[int, int]]]] = {}
        for start in options[0]:
            best[start] = (0.0, [(start, start + len(parts[0]))])
        for part, starts in zip(parts[1:], options[1:]):
            nxt = {}
            for start in starts:
                end = start + len(part)
                candidates = [(cost, chain) for cost, chain in best.values() if chain[-1][1] <= start]
                if not candidates:
                    continue
                scored = []
                for cost, chain in candidates:
                    gap = (to_clean(chain[-1][1]), to_clean(start))
                    step = rank(self.paragraphs[index], gap) if rank else 0.0
                    scored.append((cost + step + (start - chain[-1][1]) * 1e-6, chain))
                cost, chain = min(scored, key=lambda item: item[0])
                nxt[start] = (cost, chain + [(start, end)])
            best = nxt
            if not best:
                return None
        _, chain = min(best.values(), key=lambda item: item[0])
        return [(to_clean(s), to_clean(e)) for s, e in chain]


def unquoted(paragraph: Paragraph, start: int, end: int, grammar: bool = False) -> str:
    """The text of [start, end) with every quotation's words left out; with `grammar`, as the attribution
    rules read it (Paragraph.grammar: asides between dashes as commas)."""
    text = paragraph.grammar if grammar else paragraph.clean
    keep, at = [], start
    for q in paragraph.quoted:
        if q.end > start and q.start < end:
            keep.append(text[at:max(at, q.start)])
            at = max(at, q.end)
    return "".join(keep) + text[at:end]


def _occurrences(text: str, part: str, whole_words: bool) -> list[int]:
    out, at = [], text.find(part)
    while at != -1:
        if not whole_words or (not _inside_word(text, at, part[0], before=True)
                               and not _inside_word(text, at + len(part), part[-1], before=False)):
            out.append(at)
        at = text.find(part, at + 1)
    return out


def _inside_word(text: str, at: int, edge: str, before: bool) -> bool:
    """Does a fragment edge at `at` fall inside a word? Letters or digits on both sides, or an
    apostrophe or hyphen joining them ("can|not", "un|lawfully", "1|8 months", "don|'t")."""
    if not edge.isalnum():
        return False
    # Inside a word: a letter or digit beside it, or one beyond an apostrophe or hyphen; inside a
    # number: a digit beyond a decimal point or thousands separator ("0.5", "1,500").
    joiners = "'-.," if edge.isdigit() else "'-"
    if before:
        prev = text[at - 1] if at > 0 else " "
        if prev.isalnum():
            return True
        return prev in joiners and at > 1 and (text[at - 2].isdigit() if prev in ".," else text[at - 2].isalnum())
    nxt = text[at] if at < len(text) else " "
    if nxt.isalnum():
        return True
    return nxt in joiners and at + 1 < len(text) and (text[at + 1].isdigit() if nxt in ".," else text[at + 1].isalnum())


def _offset_map(clean_text: str):
    """Map an offset in the folded text back to `clean`: only dash folding changes lengths."""
    if not _DASH_HINT.search(clean_text):
        return lambda offset: offset
    dashes = []  # (folded start, folded end, clean start, clean end) of each folded dash
    shift = 0
    for clean_start, clean_end in dash_spans(clean_text):
        start = clean_start + shift
        shift += 3 - (clean_end - clean_start)
        dashes.append((start, start + 3, clean_start, clean_end))
    if not dashes:
        return lambda offset: offset
    starts = [d[0] for d in dashes]

    def to_clean(offset: int) -> int:
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return offset
        fs, fe, cs, ce = dashes[i]
        if offset >= fe:
            return ce + (offset - fe)
        return cs if offset - fs <= 1 else ce  # inside " - ": its nearer edge
    return to_clean


_CLOSING_MARKS = "\"”’»"
# A speech tag after a quotation: a short clause of a subject (a capitalised name with its title, or a
# pronoun) and a verb ending the sentence ("Smith said.", "said Rep. Jane Doe.", "she went on.").
_TAG = re.compile(r"\s+(?:(?:(?:[A-Z][\w'’-]*\.?|he|she|they|we|I)\s+){1,4}(?:\w+ly\s+)?[a-z][\w'’-]*(?:\s+[a-z]+)?"
                  r"|[a-z][\w'’-]*\s+(?:[A-Z][\w'’-]*\.?\s*){1,4})(?:[.!?,;]|$)")


_LEAD_ON = re.compile(r",\s*[\"“«„]")  # a tag that a comma and a quotation follow leads on to that one
# A verb with a report of its own ("“…!” She replied to him that it was an honor.", "“…!” Jones said later that
# Smith had yelled", "… told the Times that"): no tag, a new sentence. Between the verb and "that" only an
# adverb, a day, and whom it tells; not a phrase after which "that" may be a relative or a result ("wrote in a
# post that she later deleted", "shouted so loudly that": `takes_the_quotation_later` reads those), nor "that"
# before a time ("asked that Tuesday night", "that winter"; a capitalised "Fall Creek" is a place).
_OWN_REPORT = re.compile(r"\s+(?:(?:later|earlier|afterwards?|then|also|again|[a-z]+ly|on\s+[A-Z][a-z]+)\s+)?"
                         r"(?:(?:to\s+)?(?:him|her|them|me|us|reporters|journalists|[Tt]he\s+(?!(?:point|moment|extent|way|"
                         + "|".join(sorted(TIME_NOUNS)) + r")\s)[\w'’-]+|[A-Z][\w'’-]*"
                         r"(?:\s+[A-Z][\w'’-]*)?)\s+)?that\s+(?!(?:(?i:" + "|".join(sorted(CALENDAR_WORDS | {"new"}))
                         + r")|" + "|".join(sorted(TIME_NOUNS | {"time", "moment"})) + r")(?![\w'’-]))"
                         r"(?:it|he|she|they|we|I|there|the|a|an|his|her|their|its|this|[A-Z][\w'’-]*)\s+[\w'’-]")
# A verb of saying later in a tag's sentence, with a subject of its own and no object: the quotation is its object
# ("“Get out!” Jones said in an interview that Smith had yelled at her."). After it, only phrases of a preposition,
# an adverb, or words for the quotation ("yelled it twice", "yelled those words at her in the parking lot").
_SAYING_LATER = re.compile(r"(?<![\w'’-])[\w'’-]+\s+(?P<verb>" + "|".join(
    sorted(map(re.escape, REPORTING_VERBS), key=len, reverse=True)) + r")(?:\s+(?:(?:" + "|".join(sorted(PREPOSITIONS))
    + r")\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}|[a-z]+ly|again|twice|once|back|out|online|it|that|this|(?:those|the)\s+words|"
    r"him|her|them|me|us))*\s*(?:[.!?;]|$)")
_NOT_A_COMPLEMENT = frozenset(SUBORDINATORS | RELATIVE_PRONOUNS | {"and", "then", "or", "but", "to", "so", "such"}) \
    - {"what"}  # "told reporters that was what Smith had yelled": the quotation is what he yelled
_A_NOUN_PHRASE = frozenset("the a an one".split())  # "the night that", "a weekend that": a time a clause describes
_TIMES_AND_PLACES = frozenset(TIME_NOUNS | {"moment", "time", "hour", "minute", "hours", "days", "weeks"})
# an initial: a capital and a stop before a name, not before "Her", "The" ("Dr. A. Patel had", not "D.C. Her rivals")
_NOT_A_NAME = sorted(w.capitalize() for w in DETERMINERS | set(PRONOUNS) | {"it", "we", "you", "there"})
_INITIAL = re.compile(r"(?<![\w'’-])[A-Z]\.(?=\s+(?!(?:" + "|".join(_NOT_A_NAME) + r")(?![\w'’-]))[A-Z])")
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w'’-])(?i:" + "|".join(sorted(map(re.escape, ABBREVIATIONS), key=len,
                                                                       reverse=True)) + r")$")  # "Mr.", not "D.C."


def takes_the_quotation_later(text: str, at: int) -> bool:
    """Does a later verb of saying in the sentence from `at` (a tag's verb) take the quotation before the tag as
    its object (_SAYING_LATER), in the tag verb's own report: after "that", or right after the verb or whom it
    tells ("told reporters Smith had screamed")? Not where a subordinate or relative clause, a second verb of the
    tag's subject or an infinitive holds it ("said as the crowd chanted", "told the man who had yelled", "said
    and yelled at him"), nor a source set off by a comma ("“…” Smith yelled, Jones said"), nor a clause on a
    phrase's noun with no "that" ("said in a video her campaign posted"); after a phrase's noun and "that",
    which may be a relative pronoun, and with no "that" at all, only a verb that voices words (VOICING_VERBS:
    "said in an interview that Smith had yelled", "said in court her partner had told her", not "wrote in a post
    that thousands praised", "told the graduates the dean had praised")."""
    stop = next((m for m in re.finditer(r"[.!?;\"“”«»]", text[at:]) if m.group() != "."
                 or not _ABBREVIATION_BEFORE.search(text, 0, at + m.start())
                 and not _INITIAL.match(text, at + m.start() - 1)), None)
    clause = text[at:at + stop.end() if stop else len(text)]
    later = _SAYING_LATER.search(clause)  # the verb that ends the clause
    if later is None:
        return False
    before = clause[:later.start("verb")]
    words = [w.casefold() for w in re.findall(r"[\w'’-]+", before)]
    if not words or set(words) & _NOT_A_COMPLEMENT or "that" not in before.rpartition(",")[2].split() \
            and "," in before:
        return False  # "“…” Smith yelled, Jones said", "… yelled that night, Jones said": a source set off
    voices = later.group("verb").casefold() in VOICING_VERBS
    if "that" not in words:  # "told reporters Smith had screamed", "said in court her partner had told her",
        # "said this week her husband had shouted"; not "said of the day her doctor told her", "… where supporters …"
        return voices and "where" not in words and not any(
            w in _TIMES_AND_PLACES and k and words[k - 1] in _A_NOUN_PHRASE for k, w in enumerate(words))
    that = len(words) - 1 - words[::-1].index("that")
    noun = words[that - 1] if that else ""  # the word before "that": a time of an adverbial, or a phrase's noun
    of_a_phrase = bool(set(words[:max(0, that - 2)]) & PREPOSITIONS)  # "of the flood in 2011 that"
    time = not of_a_phrase and (noun in CALENDAR_WORDS or noun.isdigit()
                                or noun in TIME_NOUNS and (that < 2 or words[that - 2] not in _A_NOUN_PHRASE))
    on_a_noun = not time and (bool(set(words[:that]) & PREPOSITIONS) or noun in TIME_NOUNS)
    return voices or not on_a_noun  # "said in an interview that Smith had yelled"; "said on Monday that her neighbor
    # had warned her" is her report, "the night that her son called" a relative clause


# A speech tag may also be a subject and a verb of saying that go on ("“…?” Trump told a television station in
# an interview …").
_SAYING_WORDS = "|".join(sorted(map(re.escape, REPORTING_VERBS), key=len, reverse=True)
                         + [form.capitalize() for lemma in BRAND_VERBS for form in english_forms(lemma)[1:]])
# ("Tweeted", not the bare "Tweet")
_TAG_VERB = re.compile(rf"\s+(?:(?:[A-Z][\w'’-]*\.?|he|she|they|we|I)\s+){{1,4}}(?:\w+ly\s+)?"
                       rf"(?:{_SAYING_WORDS})(?![\w'’-])"
                       rf"|\s+(?:[A-Z][\w'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]*,\s+[^.!?\"“”]{{1,80}}?,\s+(?:\w+ly\s+)?"
                       rf"(?:{_SAYING_WORDS})(?![\w'’-])"  # "…?” Jane Doe, the chairwoman, said"
                       rf"|\s+(?:{_SAYING_WORDS})\s+[A-Z]")


# A quotation that a verb of saying and a comma lead in, or a colon after a clause that names someone,
# has its speaker: a tag after it opens a sentence of its own ("Smith told the BBC: “We will appeal.” Jones
# disagreed.", "…, telling her, “you are a star!” She replied …"); "The only question: “Why?” Smith asked."
# names nobody before its colon, and the tag is the quotation's.
_LED_IN = re.compile(rf"(?:(?P<colon>:[^:;.!?“”\"«»]*)|(?<![\w'’-])(?:{_SAYING_WORDS})(?:\s+[\w'’.-]+){{0,8}}\s*,)\s*$")
# Someone named before a colon: a capitalised word that no preposition puts in a phrase (not "in Washington"),
# the first word unless a determiner ("Their first question:"), a personal pronoun, a verb of saying.
_NAMES_SOMEONE = re.compile(rf"(?<![\w'’-])(?<!(?i:in|at|on|of|to|by) )(?<!(?i:for|out) )(?<!(?i:from|with|near|into) )"
                            rf"(?<!(?i:about|under|after) )(?<!(?i:before) )[A-ZА-ЯЁ]"
                            rf"|(?<![\w'’-])(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)(?![\w'’-])"
                            rf"|(?<![\w'’-])(?:{_SAYING_WORDS})(?![\w'’-])")
_DETERMINER_FIRST = re.compile(rf"\s*(?i:{'|'.join(sorted(DETERMINERS | CLAUSE_ADVERBS))})(?![\w'’-])")


def _led_in(text: str, start: int, stop: int) -> bool:
    """Is the quotation that the sentence end at `stop` closes led in (_LED_IN)?"""
    opening = max(text.rfind(mark, start, stop) for mark in "\"“«„")
    if opening < 0:
        opening = text.rfind("‘", start, stop)
    lead = _LED_IN.search(text, max(start, opening - 80), opening) if opening >= 0 else None
    if lead is None:
        return False
    before = text[start:lead.start()]
    if not lead.group("colon"):  # the verb needs a subject of a main clause before it: not "Asked about it,",
        words = before.split()  # "When reporters asked him about it,"
        return bool(words) and words[0].casefold() not in SUBORDINATORS
    first = _DETERMINER_FIRST.match(before)
    return bool(_NAMES_SOMEONE.search(before, first.end() if first else 0))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence; an abbreviation or an initial does not end one."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        after = text[match.end():].lstrip(" \"'“‘«„([")
        if after[:1].islower():  # "“Why?” he asked": the sentence goes on
            continue
        closing = match.group()[-1] in _CLOSING_MARKS
        tag, verb = _TAG.match(text, match.end()), _TAG_VERB.match(text, match.end())
        leads_on = tag and _LEAD_ON.match(text, tag.end() - 1)  # "“… now.” He added, “What …”": the next one's
        led_in = closing and _led_in(text, start, match.start())  # "Smith said: “We won.” Doe agreed."
        own_report = verb and (_OWN_REPORT.match(text, verb.end()) or takes_the_quotation_later(text, verb.end()))
        if closing and not leads_on and not led_in and not own_report \
                and (tag and verb or text[match.start()] in "!?" and (tag or verb)):
            continue  # "“Go register!” Smith said.", "“We won.” Harris said.": the tag ends the sentence
        word = re.search(r"(?<![’'&])([\w.]+)\.*$", text[max(start, match.start() - 40):match.start() + 1])
        before = (word.group(1).rstrip(".") if word else "").casefold()  # "hasn’t.", "Q&A." end on no initial
        if text[match.start()] == "." and (before in ABBREVIATIONS or (len(before) == 1 and before.isalpha())
                                           or re.fullmatch(r"(?:\w\.)+\w", before)):
            continue
        out.append((start, match.end()))
        start = match.end() + 1
    if start < len(text):
        out.append((start, len(text)))
    return out or [(0, len(text))]


def quoted_spans(text: str) -> list[QuotedSpan]:
    """The paragraph's top-level quotations. Double marks pair by family; single marks (‘…’, '…'), a
    mark between letters being an apostrophe, pair where they hold double ones, as a British paper sets
    them (‘The deal is “dead”,’ said Smith), or stand apart from them; inside double marks they are
    the inner quotation's."""
    marks = [(m.start(), m.group()) for m in _DOUBLE_MARK.finditer(text)]
    spans = _nest(text, marks)
    if spans is None:
        spans = _pair(text, marks)
    if "‘" not in text and "'" not in text:
        return spans
    singles = _single_spans(text)
    if not spans:
        return singles
    starts = [d.start for d in spans]  # sorted, and the spans do not overlap: each single span is looked up
    outer, inside = [], set[int]()
    for s in singles:
        held = range(bisect.bisect_right(starts, s.start), bisect.bisect_left(starts, s.end))
        if s.closed and held and all(spans[k].end < s.end for k in held):
            outer.append(s)  # ‘… “…” …’: the single marks hold the double ones
            inside.update(held)
    rest = [d for k, d in enumerate(spans) if k not in inside]
    ends = [d.end for d in rest]

    def crosses(s: QuotedSpan) -> bool:
        k = bisect.bisect_left(ends, s.start - 1)
        return k < len(rest) and rest[k].start - 1 < s.end
    if any(crosses(s) for s in outer):
        return spans  # the marks cross: an apostrophe taken for a mark
    # touching no double span, inside one or across: "''A,'' said Jones. 'B,' said Smith."
    apart = [s for s in singles if s.closed and s not in outer and not crosses(s)]
    return sorted(outer + apart + rest, key=lambda q: q.start)


def _single_spans(text: str) -> list[QuotedSpan]:
    """Spans between single marks, curly or straight: one opens after no letter or digit and before a
    character (not "in ‘08", "the '90s", nor an elision: 'til, 'em, `ELISIONS`), one closes after a
    character and before no letter or digit, so a mark between letters is an apostrophe. Where a later
    mark can close the quotation, with no quotation opening before it, a mark that ends a plural
    possessive ("the protesters’ demands", "the Greens' Bill"), a dropped g ("talkin' about") or an
    elision ("rock 'n' roll") is an apostrophe too;
    so is a straight mark that nothing closes ("'Tis"), unless it opens the paragraph (a quotation
    running on)."""
    openers = [m.start() for m in _SINGLE_OPENING.finditer(text)
               if re.split(r"\W", text[m.end():m.end() + 8], maxsplit=1)[0].casefold() not in ELISIONS]
    if not openers:
        return []
    closers = [m.start() for m in _SINGLE_CLOSING.finditer(text)]
    marks = [(i, "‘") for i in openers]
    for n, i in enumerate(closers):
        word = _WORD_BEFORE.search(text, max(0, i - 40), i)
        later = closers[n + 1] if n + 1 < len(closers) else None  # a later mark that can close the quotation:
        # no quotation opens before it ("said 'yes' and 'no'" closes at "yes'")
        apostrophe = later is not None and not any(i < o < later for o in openers) \
            and text[i + 1:i + 3].strip()[:1].isalnum() and word is not None \
            and (word.group().endswith(("s", "in")) or word.group().casefold() in ELISIONS)
        if not apostrophe:
            marks.append((i, "’"))
    spans = _pair(text, sorted(marks), single=True)
    return [q for q in spans if q.closed or text[q.start - 1] == "‘" or q.start == 1]


_WORD_BEFORE = re.compile(r"\w+$")
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[{—–\-“\"«„]))[‘'](?=[^\s\d’']|\d(?!\ds?(?!\w)))")
_SINGLE_CLOSING = re.compile(r"(?<=[^\s‘'’])[’'](?![\w‘'’])")


def _nest(text: str, marks: list[tuple[int, str]]) -> list[QuotedSpan] | None:
    """Top-level spans of directed marks that nest (“a “b” c”, «a “b” c»); None when the marks are
    not all directed or do not nest, as in a source that turns them round."""
    if not all(c in "“”«»「」『』" for _, c in marks):
        return None
    spans, depth, open_at = [], 0, (0, "")
    for i, c in marks:
        if c in "“«「『":
            if depth == 0:
                open_at = (i, c)
            depth += 1
        else:
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                spans.append(QuotedSpan(open_at[0] + 1, i, open_at[1], True))
    if depth > 1:
        return None
    if depth == 1:
        spans.append(QuotedSpan(open_at[0] + 1, len(text), open_at[1], False))
    return spans


def _pair(text: str, marks: list[tuple[int, str]], single: bool = False) -> list[QuotedSpan]:
    spans, open_at, opener = [], None, ""
    for i, c in marks:
        if open_at is None:
            if single and c != "‘":
                continue
            open_at, opener = i, c
        elif c in (("’",) if single else _CLOSES.get(opener, _DEFAULT_CLOSE)):
            spans.append(QuotedSpan(open_at + 1, i, opener, True))
            open_at = None
    if open_at is not None:
        spans.append(QuotedSpan(open_at + 1, len(text), opener, False))
    return spans


def checksum(path: Path) -> str:
    """SHA-256 of a file: the method note prints it, snapshots record it."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


class Checksums:
    """The checksums of one run: each file hashed once, however many steps ask (the fingerprint, the
    stale quotes, the diff's changed sources, the method note). A run sees its inputs as they stood."""

    def __init__(self) -> None:
        self._sums: dict[Path, str] = {}

    def __call__(self, path: Path) -> str:
        key = path.resolve()
        if key not in self._sums:
            self._sums[key] = checksum(key)
        return self._sums[key]


def fragments(quote: str) -> list[str]:
    """The quote split at its elision marks, each part normalised; empty parts dropped."""
    return [part for part in (normalize(f) for f in ELISION.split(quote)) if part]


def read_paragraphs(kind: str, text: str, path: Path | None = None) -> list[Paragraph]:
    """A text's numbered paragraphs and speakers, as read_source reads them (with an imported
    source's locators when its `path` is given), without SourceText's folded copy.
    Fast: a line that is tidy already is not cleaned again (see clean)."""
    lines = [(line.strip(), clean(line)) for line in text.splitlines()]
    paragraphs = _structure(kind, [(raw, tidy) for raw, tidy in lines if tidy])
    return _placed(paragraphs, *read_places(path, text)) if path else paragraphs


def is_paragraph(line: str) -> bool:
    """Whether a line of a source is a paragraph (counted in the locators): it holds a visible character."""
    line = line.strip()
    return bool(line) and (not _INVISIBLE.match(line) or bool(_INVISIBLE.sub("", line).strip()))


def read_source(path: Path, kind: str, declared: Source | None = None) -> SourceText:
    """A source file read as paragraphs; `declared` is its entry in topics.yaml, where there is one."""
    text = read_text(path)  # UTF-8, or an error naming the encoding
    source = SourceText(path, kind, text, declared)
    source.paragraphs = _placed(source.paragraphs, *read_places(path, text))  # numbering unchanged
    return source


def _placed(paragraphs: list[Paragraph], locators: dict[int, str], pages: dict[int, PageStarts]) -> list[Paragraph]:
    """An imported source's paragraphs with their pages or times (from its import record)."""
    if not locators:
        return paragraphs
    return [dataclasses.replace(p, locator=locators.get(p.number), pages=pages.get(p.number, ())) for p in paragraphs]


def _structure(kind: str, lines: list[tuple[str, str]]) -> list[Paragraph]:
    if kind == "transcript":
        return _speaker_turns(lines)
    if kind == "interview":
        return _questions_and_answers(lines)
    return [Paragraph(n, raw, clean=tidy) for n, (raw, tidy) in enumerate(lines, 1)]


def _speaker_turns(lines: list[tuple[str, str]]) -> list[Paragraph]:
    """Each `Name:` line opens that speaker's turn; what comes before the first is nobody's."""
    out, speaker = [], None
    for n, (line, tidy) in enumerate(lines, 1):
        label = TURN.match(tidy)  # the tidied line: a no-break space or a zero-width mark leaves a label a label
        if label:
            speaker = label.group(1).strip()
            out.append(Paragraph(n, line, clean=tidy))
        else:
            out.append(Paragraph(n, line, speaker, "turn" if speaker else None, clean=tidy))
    return out


def _questions_and_answers(lines: list[tuple[str, str]]) -> list[Paragraph]:
    """The first labelled question names the interviewer, the first other label the interviewee;
    later bare paragraphs ending in '?' are questions, the rest answers (as in the IWPR interview,
    where only the first pair is labelled). What precedes the first question is nobody's."""
    out, interviewer, interviewee = [], None, None
    for n, (line, tidy) in enumerate(lines, 1):
        label = LABEL.match(tidy)
        name = label.group(1) if label else None
        if interviewer is None:
            if not (name and tidy.endswith("?")):
                out.append(Paragraph(n, line, clean=tidy))
                continue
            interviewer = name
        if name == interviewer or (name is None and tidy.endswith("?")):
            out.append(Paragraph(n, line, interviewer, "question", clean=tidy))
        else:
            interviewee = interviewee or name
            out.append(Paragraph(n, line, name or interviewee, "answer", clean=tidy))
    return out
