"""Who says what in a source: the text's own voice, and for each quotation the speaker its cue names.

A paragraph holds two kinds of words. Words outside quotation marks are the text's own voice: the
speaker of the turn (transcript), the interviewer or interviewee (interview), the author (article).
Words inside quotation marks belong to whoever the quotation's cue names: a reporting verb (the
list REPORTING_VERBS) next to a known analyst's name, alias, a pronoun or "the <role word>",
in the quotation's own sentence, else the sentence before or after it, else a lead-in that ends
the previous paragraph with a colon. A name in the text attributes nothing by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportgen.model import Analyst, Source
from reportgen.sources import WORD as _WORD
from reportgen.sources import Paragraph, QuotedSpan, SourceText, normalize

# Reporting verbs and phrases: the words that say a quotation or a paraphrase is someone's speech.
# Forms that are as often nouns ("calls", "notes", "claims", "remarks") are left out; a listed form
# after an article, a possessive or a preposition ("the said", "without warning") is no verb.
REPORTING_VERBS = tuple(
    "say says said saying tell tells told telling write writes wrote writing add adds added adding "
    "warn warns warned warning argue argues argued arguing describe describes described describing "
    "called calling denounce denounces denounced denouncing stated stating "
    "noted noting explain explains explained explaining claimed claiming "
    "insist insists insisted insisting declare declares declared declaring announce announces announced "
    "ask asks asked asking replied replying answered continued concluded commented remarked "
    "observe observes observed posted tweeted suggest suggests suggested "
    "admit admits admitted acknowledge acknowledges acknowledged recall recalls recalled urge urges urged "
    "stressed emphasise emphasises emphasised emphasize emphasizes emphasized "
    "vowed promised blamed accuse accuses accused "
    "labelled labeled branded dubbed termed predict predicts predicted "
    "shout shouts shouted shouting scream screams screamed screaming cried chanted chanting "
    "whisper whispers whispered yell yells yelled exclaimed "
    # Russian: the past forms of сказать, заявить, отметить, подчеркнуть, добавить, написать,
    # сообщить, пояснить, говорить, and the present говорит, считает, пишет
    "сказал сказала сказали заявил заявила заявили отметил отметила отметили подчеркнул подчеркнула "
    "подчеркнули добавил добавила добавили написал написала написали сообщил сообщила сообщили "
    "пояснил пояснила пояснили говорил говорила говорили говорит считает пишет".split()
) + ("according to", "put it", "puts it", "referred to", "in the words of", "по словам", "по мнению")
# Before a quote's first word, the noun-like forms are verbs too ("Tokayev claims the protesters …").
LEAD_ONLY_VERBS = tuple("calls claims notes states remarks comments replies answers blames stresses vows promises "
                        "posts tweets".split())
# Phrases whose speaker comes after them, never before.
SPEAKER_AFTER = ("according to", "in the words of", "по словам", "по мнению")
PRONOUNS = {"he": ("person", "unnamed"), "she": ("person", "unnamed"), "i": ("person", "unnamed"),
            "they": ("organisation", "group", "unnamed"),
            "он": ("person", "unnamed"), "она": ("person", "unnamed"), "я": ("person", "unnamed"),
            "они": ("organisation", "group", "unnamed")}
MAX_CUE_DISTANCE = 8  # words between a reporting verb and the speaker it names


def _any_of(words) -> re.Pattern:
    """Whole words or phrases, longest first, case-folded."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])({alternatives})(?![\w'’-])", re.IGNORECASE)


_VERB = _any_of(REPORTING_VERBS)
REPORTING_LEAD = _any_of(REPORTING_VERBS + LEAD_ONLY_VERBS)
_NOT_A_VERB = re.compile(r"(?<![\w'’-])(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|"
                         r"without|of|for|after|before|by|in|on|at|with|from|about)\s+$", re.IGNORECASE)
# A cue that denies the speech ("has never said", "denied saying") attributes nothing to its speaker.
_DENIED = re.compile(r"(?<![\w'’-])(?:not|never|no|\w*n[’']t|denied|denies|deny|denying)(?:\W+\w+){0,2}\W*$",
                     re.IGNORECASE)
_PASSIVE = re.compile(r"(?<![\w'’-])(?:was|were|been|being|is|are|be|get|got)\s+$", re.IGNORECASE)
_PRONOUN = re.compile(r"(?<![\w'’-])(he|she|they|I|он|она|они|я)(?![\w'’-])", re.IGNORECASE)
_STOPWORDS = frozenset("a an the of in at on for and or to by from with de la le der die van von".split())


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    analyst: str | None  # None for a pronoun or description that names nobody known
    words: str
    possessive: bool = False


@dataclass(frozen=True)
class Cue:
    """Who a quotation or a sentence is attributed to, and by which words."""

    analyst: str | None  # the analyst's id; None when the words name no known analyst
    verb: str  # the reporting verb ("said"), or ":" for the colon form
    paragraph: int  # the paragraph the cue stands in
    words: str  # how the text names the speaker there ("the source", "Mallinson")
    at: tuple[int, int] = (0, 0)  # where the verb (or colon) stands in that paragraph's text


def surname(analyst: Analyst) -> str | None:
    """A person's last name, which may name them alone; None for anyone else."""
    words = analyst.name.split()
    return words[-1] if analyst.kind == "person" and len(words) > 1 and "(" not in analyst.name else None


def name_forms(analyst: Analyst) -> list[str]:
    """How a text may name the analyst: the full name, the editor's aliases (exact phrases), and for
    a person the surname alone."""
    return [f for f in (analyst.name, *analyst.aliases, surname(analyst)) if f and f.strip()]


def role_words(analyst: Analyst) -> set[str]:
    """Words a text may use for the analyst as "the <word>" ("the source said"): those of their role."""
    return {w.casefold() for w in _WORD.findall(analyst.role or "") if len(w) > 2 and w.casefold() not in _STOPWORDS}


class Voices:
    """Attribution for one edition: its analysts' names, read once, applied to any source."""

    def __init__(self, analysts: dict[str, Analyst]):
        self.analysts = analysts
        forms: dict[str, set[str]] = {}
        for analyst in analysts.values():
            for form in name_forms(analyst):
                forms.setdefault(normalize(form).casefold(), set()).add(analyst.id)
        self._forms = {form: ids for form, ids in forms.items() if form}
        # A surname alone is a name only as the text capitalises it ("Brown", not "a brown coat").
        self._surnames = {normalize(name).casefold() for name in map(surname, analysts.values()) if name}
        self._by_first_word: dict[str, list[str]] = {}  # first word -> forms, longest first
        for form in sorted(self._forms, key=len, reverse=True):
            first = _WORD.match(form)
            if first:
                self._by_first_word.setdefault(first.group(), []).append(form)
        self._roles = {a.id: role_words(a) for a in analysts.values()}
        self._role_words = set().union(*self._roles.values()) if self._roles else set()
        self._author_cache: dict[str, list[str]] = {}
        self._mention_cache: dict[tuple[SourceText, int], list[Mention]] = {}  # (text, paragraph index)

    # --- the text's own voice -------------------------------------------------------------
    def own_voice(self, source: Source, paragraph: Paragraph) -> list[str]:
        """Ids of the analysts whose words a paragraph's unquoted text is."""
        if source.kind == "article":
            return self._authors(source)
        if paragraph.speaker is None:
            return []
        return sorted(self._forms.get(normalize(paragraph.speaker).casefold(), ()))

    def _authors(self, source: Source) -> list[str]:
        if source.id not in self._author_cache:
            author = normalize(source.author).casefold() if source.author else None
            self._author_cache[source.id] = [
                a.id for a in self.analysts.values()
                if source.id in a.author_of or (author and normalize(a.name).casefold() == author)]
        return self._author_cache[source.id]

    # --- mentions -----------------------------------------------------------------------------
    def mentions(self, text: SourceText, index: int) -> list[Mention]:
        """Every name, alias and pronoun in paragraph `index`, in order; found once per paragraph."""
        key = (text, index)  # the text itself, not its id: a cached text can never be another's
        if key not in self._mention_cache:
            self._mention_cache[key] = self._find_mentions(text.paragraphs[index])
        return self._mention_cache[key]

    def _find_mentions(self, paragraph: Paragraph) -> list[Mention]:
        clean = paragraph.clean
        found: list[Mention] = []
        taken = 0
        for word in _WORD.finditer(clean):  # names are whole words: look them up word by word
            if word.start() < taken:
                continue
            for form in self._by_first_word.get(_fold_word(word.group()), ()):
                end = _form_end(clean, word.start(), form)
                if end is None or (form in self._surnames and not word.group()[:1].isupper()):
                    continue
                ids = self._forms[form]
                tail = clean[end:end + 2]
                found.append(Mention(word.start(), end, next(iter(ids)) if len(ids) == 1 else None,
                                     clean[word.start():end], possessive=tail in ("'s", "’s") or tail[:1] in "'’"))
                taken = end
                break
        for m in _PRONOUN.finditer(clean):
            found.append(Mention(m.start(), m.end(), None, m.group(1)))
        names = [(m.start, m.end) for m in found]
        for m in re.finditer(r"(?<![\w-])the (\w+)(?![\w-])", clean, re.IGNORECASE):
            word = m.group(1).casefold()
            if word in self._role_words and \
                    not any(s < m.end() and m.start() < e for s, e in names):
                found.append(Mention(m.start(), m.end(), None, m.group(0)))
        return sorted(found, key=lambda x: x.start)

    def resolve(self, text: SourceText, index: int, mention: Mention) -> str | None:
        """The analyst a mention names: a name directly; a pronoun or "the <role word>" the nearest
        fitting analyst named before it, in this paragraph or the three before."""
        word = mention.words.casefold()
        if mention.analyst or not (word in PRONOUNS or word.startswith("the ")):
            return mention.analyst  # a name; None when several analysts share it
        if word in ("i", "я"):
            own = self.own_voice(text.source, text.paragraphs[index]) if text.source else []  # set by verify
            return own[0] if len(own) == 1 else None
        if word in PRONOUNS:  # an analyst of unknown kind (a file from before `kind`) may be anyone
            fits = {a.id for a in self.analysts.values() if a.kind in PRONOUNS[word] or a.kind is None}
        else:
            role = word.split(" ", 1)[1]
            fits = {aid for aid, words in self._roles.items() if role in words}
        for i in range(index, max(-1, index - 4), -1):
            before = [m for m in self.mentions(text, i) if m.analyst in fits
                      and (i < index or m.end <= mention.start)]
            if before:
                return before[-1].analyst
        return None

    # --- cues ---------------------------------------------------------------------------------
    def cue_in(self, text: SourceText, index: int, start: int, end: int, prefer: str = "before",
               anonymous: bool = False) -> Cue | None:
        """A reporting verb in [start, end) of paragraph `index`, outside quotation marks, with the
        speaker it names; the verb nearest to `prefer` ("before": the end of the range, "after": its
        start) wins when there are several. With `anonymous`, a verb that names no known speaker
        still counts: the words are someone's, but no analyst's."""
        paragraph = text.paragraphs[index]
        clean = paragraph.clean
        verbs = [m for m in _VERB.finditer(clean, start, end) if not _quoted(paragraph, m.start())
                 and not _NOT_A_VERB.search(clean, max(0, m.start() - 8), m.start())]
        if not verbs:
            return None
        verbs.sort(key=lambda m: -m.start() if prefer == "before" else m.start())
        mentions = [m for m in self.mentions(text, index) if start <= m.start and m.end <= end
                    and not _quoted(paragraph, m.start)]
        # Only the verb nearest the quotation speaks for it: in "Smith said the government called them
        # “terrorists”", the word is the government's, not Smith's.
        for verb in verbs[:1]:
            lead = clean[max(start, verb.start() - 40):verb.start()]
            if _DENIED.search(lead):  # "has never said": the words are someone's, not this speaker's
                return Cue(None, verb.group(1), paragraph.number, "someone whose words the speaker denies", verb.span())
            if _PASSIVE.search(lead):  # "was told by his commander": the speaker follows "by", if anyone
                by = re.match(r"\s+by\s+", clean[verb.end():])
                agent = [m for m in mentions if by and m.start == verb.end() + by.end()]
                return Cue(self.resolve(text, index, agent[0]) if agent else None, verb.group(1), paragraph.number,
                           agent[0].words if agent else "", verb.span())
            own_start = max([q.end + 1 for q in paragraph.quoted if q.end <= verb.start()] + [start])
            inverted = not _WORD.search(clean, own_start, verb.start())  # "…," said X: nothing before the verb
            speaker = self._speaker_of(clean, verb, mentions, inverted)
            if speaker:
                return Cue(self.resolve(text, index, speaker), verb.group(1), paragraph.number, speaker.words,
                           verb.span())
        return Cue(None, verbs[0].group(1), paragraph.number, "", verbs[0].span()) if anonymous else None

    def _speaker_of(self, clean: str, verb: re.Match, mentions: list[Mention], inverted: bool) -> Mention | None:
        """The mention a reporting verb names: before it if one is near (skipping possessives); after
        it only where the verb comes first ("…," said Kate Mallinson) or for "according to", since
        otherwise a name after the verb is its object ("a protester told John Smith")."""
        subjects = [m for m in mentions if not m.possessive or m.end > verb.start()]

        def distance(m: Mention) -> int:
            lo, hi = (m.end, verb.start()) if m.end <= verb.start() else (verb.end(), m.start)
            return len(_WORD.findall(clean[lo:hi]))

        # A name is no subject of a verb across another reporting verb ("Smith said the government called").
        before = [m for m in subjects if m.end <= verb.start() and distance(m) <= MAX_CUE_DISTANCE
                  and not _VERB.search(clean, m.end, verb.start())]
        after = [m for m in subjects if m.start >= verb.end() and distance(m) <= MAX_CUE_DISTANCE
                 and not clean[verb.end():m.start].strip(" ,").endswith((".", ":"))
                 and not _VERB.search(clean, verb.end(), m.start)]
        if verb.group(1).casefold() in SPEAKER_AFTER:
            return after[0] if after else None
        if before:
            return before[-1]
        return after[0] if after and inverted else None

    def colon_cue(self, text: SourceText, index: int, start: int, end: int) -> Cue | None:
        """The colon form: `Name: "…"` or `He added: "…"`, a speaker named just before the colon."""
        paragraph = text.paragraphs[index]
        lead = paragraph.clean[start:end].rstrip()
        if not lead.endswith(":"):
            return None
        mentions = [m for m in self.mentions(text, index) if start <= m.start and m.end <= end
                    and not m.possessive and not _quoted(paragraph, m.start)]
        if not mentions:
            return None
        colon = start + len(lead) - 1
        speaker = mentions[-1]
        return Cue(self.resolve(text, index, speaker), ":", paragraph.number, speaker.words, (colon, colon + 1))

    def sentence_cue(self, text: SourceText, index: int, sentence: int) -> Cue | None:
        """The cue of a whole sentence, outside its quotation marks."""
        start, end = text.paragraphs[index].sentences[sentence]
        return self.cue_in(text, index, start, end) or self.colon_cue(text, index, start, end)

    def lead_in(self, text: SourceText, index: int) -> Cue | None:
        """A previous paragraph ending in a colon introduces this one ("… could mean one of two things:")."""
        if index == 0 or not _same_voice(text, index - 1, index):
            return None
        previous = text.paragraphs[index - 1]
        if not previous.clean.rstrip("\"”’»").rstrip().endswith(":"):
            return None
        return self.sentence_cue(text, index - 1, len(previous.sentences) - 1)

    def quotation_cue(self, text: SourceText, index: int, span: QuotedSpan) -> Cue | None:
        """The speaker of a quotation: its own sentence, the sentence before, the one after, a lead-in."""
        paragraph = text.paragraphs[index]
        first, last = paragraph.sentence_at(span.start - 1), paragraph.sentence_at(max(span.start, span.end - 1))
        others = [q for q in paragraph.quoted if q != span]
        lo = max([q.end for q in others if q.end <= span.start] + [paragraph.sentences[first][0]])
        hi = min([q.start for q in others if q.start >= span.end] + [paragraph.sentences[last][1]])
        cue = (self.cue_in(text, index, span.end, hi, prefer="after") if span.closed else None) \
            or self.cue_in(text, index, lo, span.start) or self.colon_cue(text, index, lo, span.start) \
            or self.cue_in(text, index, lo, hi, anonymous=True)
        if cue:
            return cue
        for i, s in _neighbours(text, index, first, last):
            if _introduces_quotation(text.paragraphs[i], s):
                cue = self.sentence_cue(text, i, s)
                if cue:
                    return cue
        return self.lead_in(text, index)


def _introduces_quotation(paragraph: Paragraph, sentence: int) -> bool:
    """Does a sentence hold a quotation, or end with a colon? Only such a sentence's cue can carry
    over to the next or previous one ("“A,” she said. “B.”"); "Smith said it was chilling" cannot."""
    start, end = paragraph.sentences[sentence]
    return paragraph.clean[start:end].rstrip(" \"”’»").endswith(":") or \
        any(start <= q.start - 1 < end or start < q.end <= end for q in paragraph.quoted)


def _fold_word(word: str) -> str:
    """A word as name forms are kept: apostrophes and hyphens plain, case folded."""
    for mark, plain in (("’", "'"), ("‘", "'"), ("‐", "-"), ("‑", "-")):
        word = word.replace(mark, plain)
    return word.casefold()


def _form_end(clean: str, start: int, form: str) -> int | None:
    """Where `form` (normalised, case-folded) ends if the text has it at `start` as whole words."""
    words = _WORD.findall(form)
    at = start
    for i, expected in enumerate(words):
        match = _WORD.match(clean, at)
        if not match or _fold_word(match.group()) != expected:
            return None
        at = match.end()
        if i + 1 < len(words):
            gap = re.match(r"\.?\s*", clean[at:])  # "Diana T. Kudaibergenova" names "Diana T Kudaibergenova"
            at += gap.end()
    return at



def _quoted(paragraph: Paragraph, offset: int) -> bool:
    return any(q.start <= offset < q.end for q in paragraph.quoted)


def _same_voice(text: SourceText, a: int, b: int) -> bool:
    pa, pb = text.paragraphs[a], text.paragraphs[b]
    return pa.speaker == pb.speaker


def _neighbours(text: SourceText, index: int, first: int, last: int):
    """The sentence before `first` and the sentence after `last`, across a paragraph break when the
    same voice goes on."""
    paragraph = text.paragraphs[index]
    if first > 0:
        yield index, first - 1
    elif index > 0 and _same_voice(text, index - 1, index):
        yield index - 1, len(text.paragraphs[index - 1].sentences) - 1
    if last + 1 < len(paragraph.sentences):
        yield index, last + 1
    elif index + 1 < len(text.paragraphs) and _same_voice(text, index, index + 1):
        yield index + 1, 0
