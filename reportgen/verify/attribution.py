"""Who says what in a source: the text's own voice, and for each quotation the speaker its cue names.

A paragraph holds two kinds of words. Words outside quotation marks are the text's own voice: the
speaker of the turn (transcript), the interviewer or interviewee (interview), the author (article).
Words inside quotation marks belong to whoever the quotation's cue names: a reporting verb (the
list REPORTING_VERBS) next to a known analyst's name, alias, a pronoun or "the <role word>",
in the quotation's own sentence, else the sentence before or after it, else a lead-in that ends
the previous paragraph with a colon. A name in the text attributes nothing by itself: only the
verb's subject speaks ("Critics of Smith said" is the critics'), and only when the verb reports a
statement ("would say", "refused to say", "If Smith said" report none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from itertools import chain

from reportgen.load.model import Analyst, Source
from reportgen.text.lexicon import (
    ADDRESSING,
    ADVERBIAL_OPENERS,
    AFFIRMING,
    ANSWERING_VERBS,
    AS_JUDGING_VERBS,
    AS_OBJECT_PREDICATES,
    AS_PREDICATES,
    ASPECT_VERBS,
    AUXILIARIES,
    BRAND_VERBS,
    CALENDAR_WORDS,
    CAUSATIVES,
    CITE_FORMS,
    CLAUSE_ADVERBS,
    CONDITIONALS,
    CROWDS,
    DENIALS_OF_SPEECH,
    DETERMINERS,
    ERRAND_VERBS,
    FINDING_NOUNS,
    FRAMING_VERBS,
    HANDING_OVER,
    HEDGES,
    HONORIFICS,
    INTENSIVE_REFLEXIVES,
    IRREGULAR_PASTS,
    LEAD_ONLY_VERBS,
    MAKING_CLAIMS,
    MANNER_ADJECTIVES,
    MEANING_VERBS,
    MODALS,
    NAMING_VERBS,
    NOT_ONES_OWN,
    NOT_ROLES,
    NOT_YET_SAID,
    NOUNS_IN_LY,
    OBJECT_CONTROL,
    OBJECT_PRONOUNS,
    OBJECT_WORDS,
    PERCEPTION_VERBS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PLACE_NOUNS,
    PLURAL_ONLY_VERBS,
    PREPOSITIONS,
    PRINTED_THINGS,
    PRODUCING,
    PRONOUNS,
    QUESTION_VERBS,
    QUOTED_THINGS,
    RELATIVE_PRONOUNS,
    RELAYING,
    RELAYING_INFINITIVES,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    RUSSIAN_NAMING_VERBS,
    RUSSIAN_RECALLING_VERBS,
    RUSSIAN_STATEMENT_NOUNS,
    SAYING_FORMS,
    SAYING_NO_CONTENT,
    SPEAKER_AFTER,
    SPEAKER_BEFORE,
    SPEAKER_INSIDE,
    SPEAKING_OCCASIONS,
    STANCE_NOUNS,
    STATEMENT_NOUNS,
    SUBORDINATORS,
    TAKEN_IN,
    THE_FLOOR,
    THINKING_VERBS,
    TIME_NOUNS,
    TITLE_JOINERS,
    TITLES_OF_TWO_NAMES,
    VERB_PARTICLES,
    VIEW_NOUNS,
    VOICED,
    WORDS_IN_ER,
    WRITTEN_THINGS,
    english_forms,
    latin,
    name_keys,
)
from reportgen.text.sources import (
    ABBREVIATIONS,
    DASH_MARK,
    Paragraph,
    QuotedSpan,
    SourceText,
    holds_a_clause,
    join_words,
    normalize,
    takes_the_quotation_later,
    unquoted,
)
from reportgen.text.sources import WORD as _WORD

_outside = partial(unquoted, grammar=True)  # the text outside quotation marks, as the rules read it (grammar)
# A person named with a title (PERSON_TITLES): "Sen. Laura Ortiz", "Mr Brown", "Mayor Tom Brown"; TITLES_OF_TWO_NAMES
# with no stop need a first and a last name ("Gen Z", "Amartya Sen Thursday" name nobody).
_TITLE_WORDS = "|".join(sorted((t.capitalize() for t in PERSON_TITLES - TITLES_OF_TWO_NAMES if t.isalpha()), key=len,
                               reverse=True))
_TWO_NAME_TITLES = "|".join(sorted((t.capitalize() for t in TITLES_OF_TWO_NAMES), key=len, reverse=True))
_NAMED = r"[A-Z][\w'’-]*(?:\s+[A-Z]\.)?"  # a first name, and a middle initial
_TITLED_NAME = re.compile(rf"(?<![\w'’-])(?:(?:{_TWO_NAME_TITLES}|{_TITLE_WORDS})\.\s+{_NAMED}"
                          rf"(?:\s+[A-Z][\w'’-]*){{0,2}}"
                          rf"|(?:{_TITLE_WORDS})\s+{_NAMED}(?:\s+[A-Z][\w'’-]*){{0,2}}"
                          rf"|(?:{_TWO_NAME_TITLES})\s+{_NAMED}\s+[A-Z][\w'’-]*)")
# a noun of an agent: "actor", "voters", "activists", "residents"; not a thing in -ment ("statement")
AGENT_NOUN = r"(?![a-z]*ments?(?![\w'’-]))[a-z]{2,}(?:er|or|ist|ian|ant|ent)"  # one; "s?" after it for more
# a person named after a noun of people or a title, or a role (an agent noun, not NOT_ROLES): "Her colleague Tom
# Brown", "the mayor, Frank Olsen,", "economist Tom Brown"; not "a former New York prosecutor", "…, Wells Fargo said"
_INTRODUCED_PERSON = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(PERSON_NOUNS | PERSON_TITLES | {"executive"}))
                                + r"|(?!(?:" + "|".join(sorted(NOT_ROLES)) + r")\s)" + AGENT_NOUN + r")(?:\s*,)?\s+"
                                r"(?P<name>[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*)(?![\w'’-])"
                                r"(?!\s+(?:said|says|reported|officials|spokes\w+)(?![\w'’-]))")
_HONORIFIC = re.compile(rf"^(?:(?:{'|'.join(map(re.escape, HONORIFICS))})\.?\s+)+", re.IGNORECASE)
MAX_CUE_DISTANCE = 8  # words between a reporting verb and the speaker it names
ACROSS_SENTENCES = 2  # sentences with no voice of their own that a quotation goes on with its speaker across
ACROSS_PARAGRAPHS = 2  # ... and paragraph breaks among them


def any_of(words) -> re.Pattern:
    """Whole words or phrases, longest first, case-folded."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])({alternatives})(?![\w'’-])", re.IGNORECASE)


def verb_pattern(words) -> re.Pattern:
    """Verbs as whole words: lower case, or capitalised where no word stands just before them (a
    sentence's first word), since "the Institute for War and Peace Reporting" holds a name, not a verb;
    a brand's verb anywhere ("Smith Tweeted")."""
    forms = sorted(words, key=len, reverse=True)
    brands = {form for lemma in BRAND_VERBS for form in english_forms(lemma)}
    lower = "|".join([re.escape(w) for w in forms] + [re.escape(w.capitalize()) for w in forms if w in brands])
    upper = "|".join(re.escape(w[:1].upper() + w[1:]) for w in forms)
    return re.compile(rf"(?<![\w'’-])((?:{lower})|(?<![\w,]\s)(?:{upper}))(?![\w'’-])")


REPORTING_VERB = verb_pattern(REPORTING_VERBS)
_LEAD_ONLY = verb_pattern(LEAD_ONLY_VERBS)
_PLURAL_ONLY = verb_pattern(PLURAL_ONLY_VERBS)
# what may follow a bare lemma that is a verb: a preposition, "that", a quotation or the clause's end, not a noun
# ("the Saudis state in a paper", not "the Jones report said")
_LEAD_VERB_ENDS = (r"\s*(?:[,.;:!?—–“\"«]|$|(?:that|in|at|during|after|before|with|when|as|about)(?![\w'’-])"
                   r"|\w+ly\s*(?:[:,“\"«]|that\s))")  # not "on", "to" or an adverb before another word: "object
# strongly to", "report on"; "complain bitterly:" is one
_NARROW_PLURAL_VERB_ENDS = re.compile(_LEAD_VERB_ENDS)
_PLURAL_VERB_ENDS = re.compile(_LEAD_VERB_ENDS + r"|\s*(?:on|to|\w+ly)(?![\w'’-])")  # in a tag, these too
_TAG_SUBJECT_BEFORE = re.compile(r"(?:[,!?][”\"»]|[”\"»],)\s*(?:the\s+)?$", re.IGNORECASE)  # "“…,” the Teamsters"
_THINKING = verb_pattern(THINKING_VERBS)
REPORTING_LEAD = verb_pattern(REPORTING_VERBS + LEAD_ONLY_VERBS)
NOT_A_VERB = re.compile(r"(?:(?<![\w'’-])(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|"
                         r"without|of|for|after|before|by|in|on|at|with|from|about)"
                         r"|(?<![Ii]t)['’]s|(?<=s)['’])\s+$", re.IGNORECASE)  # "the AP's questions", "voters' claims"
# A cue that denies the speech ("has never said", "denied saying") attributes nothing to its speaker.
# The words between it and the verb are at most two, in the same clause: no punctuation, no "and"/"but"
# ("Smith, not mincing words, said", "did not hesitate and said" deny nothing).
_SAME_CLAUSE_GAP = r"(?:\s+(?!(?:and|but|then|or|и|но|а)(?!\w))\w+){0,2}\s+$"
_DENIED = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(DENIALS_OF_SPEECH, key=len, reverse=True))
                     + r"|\w*n[’']t)"
                     + _SAME_CLAUSE_GAP, re.IGNORECASE)
AFFIRMING_PHRASE = any_of(AFFIRMING)  # "No wonder Smith said" denies nothing
_MODAL = re.compile(r"(?:(?<![\w'’-])(?:" + "|".join(sorted(MODALS)) + r")|(?<=\w)['’](?:d|ll))"
                    + _SAME_CLAUSE_GAP)  # lower case: "May said" is Theresa May, "In May" a month
_WOULD_ONLY = re.compile(r"(?<![\w'’-])would\s+(?:only|just)\s+$")  # "would only say": the words said, and no more
_ONLY_AFTER = re.compile(r"\s+(?:only|just)(?![\w'’-])")  # "would say only"
_INVERTED_CONDITION = re.compile(r"\W*(?:Had|Should|Were)\s")  # a condition without "if", at a sentence's start
_MODAL_AFTER = re.compile(r"\s+бы(?!\w)")  # "сказал бы"
_NOT_YET_SAID = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(NOT_YET_SAID)) + r")\s+to\s+(?:have\s+)?$",
                           re.IGNORECASE)
# An infinitive's own subject before "to" ("urged Jones to say", "called on her to say", "waited for Jones to say"):
# a few words, no clause or "to" of their own, after "in" or "out" at most ("brought in supporters to say"), not a
# particle ("got up to say", "pushed through the crowd to say")
_PARTICLE = r"(?:" + "|".join(sorted(VERB_PARTICLES)) + r")\s"
_INFINITIVE_OBJECT = (r"\s+(?:(?:in|out)\s+)?(?!" + _PARTICLE + r")(?P<object>(?:(?!(?:to|and|but|or|that|"
                      r"who|which)\s)[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+to\s+$")


def _verb_and_object(forms) -> re.Pattern:
    """One of the verb forms, no noun after an article ("a press conference to say"), and an infinitive's object."""
    verbs = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))  # "called on" before "call"
    return re.compile(r"(?<![\w'’-])(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:" + verbs + r")" + _INFINITIVE_OBJECT)


_CONTROLLED, _ERRAND, _CAUSED = map(_verb_and_object, (OBJECT_CONTROL, ERRAND_VERBS, CAUSATIVES))
_ANY_VERB_AND_OBJECT = re.compile(r"(?<![\w'’-])(?P<verb>[a-z][\w'’-]*(?:ed|s))" + _INFINITIVE_OBJECT)
# the passive of a request or an errand ("Jones was invited to say", "was paid to say"), not of a causative ("was
# forced to say" reports the words)
_ASKED_TO = re.compile(r"(?<![\w'’-])(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?(?:"
                       + "|".join(sorted(map(re.escape, OBJECT_CONTROL | ERRAND_VERBS), key=len, reverse=True))
                       + r")\s+to\s+$")
_AFTER_OBJECT = OBJECT_WORDS | {"on", "in", "at", "during"}  # a phrase after an object noun: "an aide on Monday"
_AGENT_NOUN = re.compile(AGENT_NOUN + "s?")
_FOR_SUBJECT = re.compile(r"(?<![\w'’-])(?:for|(?:it|up|" + "|".join(sorted(THE_FLOOR)) + r")\s+(?:over\s+)?to)"
                          + _INFINITIVE_OBJECT)  # "for Jones to say", "the floor to Jones to say", "left it to Jones"
_HEDGED = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(HEDGES)) + r")(?:\s+\w+)?\s+$", re.IGNORECASE)
FRAMING = verb_pattern(REPORTING_VERBS + LEAD_ONLY_VERBS + tuple(FRAMING_VERBS))
# After a quotation, a verb followed by its own subject ("“…,” Smith said it was shocking") has its own
# object: the quotation is not what it reports.
_OWN_OBJECT = re.compile(r"\s+(?:it|he|she|they|we|I|there)(?![\w'’-])"
                         r"|(?:\s+(?!(?:when|as|before|after|while|in|on|at|by|during|until|since|if|because|then|and|"
                         r"but|with|from|for|to|who|whom|which|that|he|she|it|they|we|I|you)(?![\w'’-]))[\w'’-]+){1,3}\s+"
                         + REPORTING_VERB.pattern  # "said the protesters chanted"; not "said when asked", "told voters
                         # who asked", "said the night he announced"
                         + r"|(?:\s+[\w'’-]+){0,4},?\s+(?:" + "|".join(sorted(RELAYING)) + r")(?![\w'’-])",
                         re.IGNORECASE)
_RELAYED = re.compile(r"[\s,]*(?:[\w'’.-]+,?\s+){0,3}(?:" + "|".join(sorted(RELAYING))
                      + r"|to\s+(?:" + "|".join(sorted(RELAYING_INFINITIVES)) + r")"
                      + r"|in an impression of|as told to)(?![\w'’-])", re.IGNORECASE)
# What a relaying participle relays when the words are someone else's: a name, a written thing, a thing of
# someone's ("quoting Jones", "quoting a placard", "repeating a line of Jones's"); "reading from a prepared
# statement", "reading the room" relay nothing.
_RELAYED_OBJECT = re.compile(r"(?:\s+(?:from|aloud|out|back))*\s+(?:[A-Z]|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:" + "|".join(sorted(WRITTEN_THINGS | {"tweet", "post", "message"})) + r")s?\b"
                             r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:of|from|by)\s+[A-Z]"
                             r"|(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
                             + "|".join(sorted(PERSON_NOUNS | PERSON_TITLES)) + r")\b)")  # "quoting the governor"
# after a verb that relays a person ("quoting", not "reading from"), any agent noun: "quoting a former teacher"
_RELAYED_PERSON = re.compile(r"\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?" + AGENT_NOUN + r"s?\b")
# a relaying participle set off between a subject and its verb: "Smith, quoting the governor, said: “…”"
_RELAYING_ASIDE = re.compile(r",\s*(?:" + "|".join(sorted(RELAYING)) + r")\s+[^,;:.!?“”\"«»]+,\s*$")

_PARTICIPLE_FRAGMENT = re.compile(r"\s*(?:(?:[Aa]nd|[Bb]ut|[Tt]hen|[Aa]lso)\s+)*(?:\w+ly\s+)?([A-Za-z]+ing)\s*[,:]?\s*")



def _clause_between_dashes(clean: str, lo: int, hi: int) -> bool:
    """Does a clause of its own stand between two dashes in [lo, hi) ("— Jones took the floor —")?"""
    dashes = list(DASH_MARK.finditer(clean, lo, hi))
    return any(holds_a_clause(clean[a.end():b.start()]) for a, b in zip(dashes, dashes[1:]))


def _relays(clean: str, at: int) -> re.Match | None:
    """A relaying participle right after a tag (RELAYING: "…,” Smith said, quoting Jones"), when what it
    relays is someone else's words and not the speaker's own line ("repeating a common line")."""
    relayed = _RELAYED.match(clean, at)
    if relayed and not _OWN_LINE.match(clean, relayed.end()) and (
            _RELAYED_OBJECT.match(clean, relayed.end())
            or re.search(r"(?:quoting|paraphrasing|citing|echoing)\s*$", relayed.group())
            and _RELAYED_PERSON.match(clean, relayed.end())):
        return relayed
    return None


# (and "“Old man, go away,” Smith said, quoting a placard": the words are the placard's.) Repeating a
# line or a claim with no one else's name is repeating one's own ("…, repeating a false claim that he …").
_OWN_LINE = re.compile(r"\s+(?:a|an|his|her|their|the same)\s+(?:[a-z][\w-]*\s+){0,2}"
                       r"(?:line|lines|claim|claims|refrain|theme|argument|assertion|promise|pledge|mantra|message|"
                       r"talking point|boast|attack|charge|call|complaint)(?![\w'’-])(?!\s+(?:of|from|by)\s)")
# ("“Shoot to kill,” Smith recalled Tokayev saying": the quotation is Tokayev's, not the recaller's.)
# Words a text quotes to talk about them, not as anyone's speech ("the phrase “shoot to kill”").
_MENTIONED = re.compile(r"(?<![\w'’-])(?:phrase|term|word|words|slogan|expression|label|name|so-called|"
                        r"слово|слова|выражение|термин|лозунг|так называемый|так называемая|так называемые)\s*$",
                        re.IGNORECASE)
# ... or one that a noun of that kind follows ("the “fake news” label Jones had pinned on her").
_MENTIONED_AFTER = re.compile(r"[\s,]*(?:phrase|term|slogan|expression|label|tag|moniker|nickname|catchphrase|"
                              r"hashtag|headline|title|sign|banner|placard)(?![\w'’-])", re.IGNORECASE)
_SET_OFF = re.compile(r"\s*,[^,;:.!?“”\"]+,\s*")  # "Jones, in a statement, said Smith …": Jones's verb, set off
_CONJUNCTIONS = frozenset("and but then or и но а".split())  # "…, and added:" has no subject of its own
_CLAUSE_MARK = re.compile(r"[,;:.!?()\[\]—–]|\s--?\s")  # a spaced hyphen, or two, is a dash
_PASSIVE = re.compile(r"(?<![\w'’-])(?:was|were|been|being|is|are|be|get|got)\s+$"
                      r"|(?<![\w'’-])(?!(?:he|she|they|it|i|we|you)\s)(?-i:[a-z])[\w'’-]*\s+(?:"
                      + "|".join(sorted(INTENSIVE_REFLEXIVES)) + r")\s+$", re.IGNORECASE)
# ("found himself branded by Jones": a reflexive after a verb is its object, and what follows a passive)
_PRONOUN = re.compile(r"(?<![\w'’.-])(he|she|they|I|он|она|они|я)(?![\w'’-])", re.IGNORECASE)  # not "R.I."
_THEM = "|".join(sorted(OBJECT_PRONOUNS - {"you"}))  # in a pattern: "him|her|me|them|us"
_STOPWORDS = frozenset("a an the of in at on for and or to by from with de la le der die van von".split())


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    analyst: str | None  # None for a pronoun or description that names nobody known
    words: str
    possessive: bool = False
    inflected: bool = False  # a name in another case than the one declared ("Петрова", "Петрову" for Петров)


@dataclass(frozen=True)
class Cue:
    """Who a quotation or a sentence is attributed to, and by which words."""

    analyst: str | None  # the analyst's id; None when the words name no known analyst
    verb: str  # the reporting verb ("said"), or ":" for the colon form
    paragraph: int  # the paragraph the cue stands in
    words: str  # how the text names the speaker there ("the source", "Mallinson")
    at: tuple[int, int] = (0, 0)  # where the verb (or colon) stands in that paragraph's text
    unsaid: str = ""  # why the verb reports no statement ("would say": "a hypothetical"), if it does not


def surname(analyst: Analyst) -> str | None:
    """A person's last name, which may name them alone; None for anyone else."""
    words = analyst.name.split()
    return words[-1] if analyst.kind == "person" and len(words) > 1 and "(" not in analyst.name else None


def name_forms(analyst: Analyst) -> list[str]:
    """How a text may name the analyst: the full name, the editor's aliases (exact phrases), and for
    a person the surname alone."""
    return [f for f in (analyst.name, *analyst.aliases, surname(analyst)) if f and f.strip()]


def label_keys(label: str) -> tuple[str, str]:
    """A speaker label or a name as name forms are compared: folded, then also without a title
    ("Prof. Pauline Jones" is Pauline Jones's label)."""
    folded = join_words(normalize(label)).casefold()
    return latin(folded), latin(_HONORIFIC.sub("", folded))


def is_named(analyst: Analyst, label: str) -> bool:
    """Whether a speaker label or a name ("Prof. Pauline Jones", "jones", an alias) is this analyst's:
    one of name_forms(), in any case, with or without a title. Verification credits a turn by the same rule."""
    forms = {latin(join_words(normalize(f)).casefold()) for f in name_forms(analyst)}
    return any(key in forms for key in label_keys(label))


def name_pattern(forms) -> re.Pattern:
    """Any of the name forms as whole words, in any case, longest first; an apostrophe matches either
    form (a question may be typeset, the name not). "prices" never names Rice."""
    alternatives = sorted({re.sub("['’]", "['’]", re.escape(normalize(f))) for f in forms if f.strip()},
                          key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def names_in(text: str, analyst: Analyst) -> bool:
    """Whether a text names the analyst: one of name_forms() as whole words, in any case; in Cyrillic,
    a one-word form in any case form or spelling (Токаеву, Тоқаевтың)."""
    if name_pattern(map(join_words, name_forms(analyst))).search(join_words(normalize(text))):
        return True
    one_word = {latin(normalize(f).casefold()) for f in name_forms(analyst) if len(_WORD.findall(f)) == 1}
    return not text.isascii() and any(set(name_keys(w)) & one_word for w in _WORD.findall(text) if not w.isascii())


def role_words(analyst: Analyst) -> set[str]:
    """Words a text may use for the analyst as "the <word>" ("the source said"): those of their role."""
    return {w.casefold() for w in _WORD.findall(analyst.role or "") if len(w) > 2 and w.casefold() not in _STOPWORDS}


class Voices:
    """Attribution for one edition: its analysts' names, read once, applied to any source."""

    def __init__(self, analysts: dict[str, Analyst]):
        self.analysts = analysts
        forms: dict[str, set[str]] = {}
        for analyst in analysts.values():
            for form in name_forms(analyst):  # Cyrillic forms by their Latin key: Тоқаев and Tokayev are one
                forms.setdefault(latin(join_words(normalize(form)).casefold()), set()).add(analyst.id)
        self._forms = {form: ids for form, ids in forms.items() if form}
        # A surname alone is a name only as the text capitalises it ("Brown", not "a brown coat").
        self._surnames = {latin(join_words(normalize(name)).casefold()) for name in map(surname, analysts.values())
                          if name}
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
        label, untitled = label_keys(paragraph.speaker)  # "Prof. Pauline Jones:" is Pauline Jones's turn
        return sorted(self._forms.get(label) or self._forms.get(untitled) or ())

    def _authors(self, source: Source) -> list[str]:
        if source.id not in self._author_cache:
            author = latin(normalize(source.author).casefold()) if source.author else None
            self._author_cache[source.id] = [
                a.id for a in self.analysts.values()
                if source.id in a.author_of or (author and latin(normalize(a.name).casefold()) == author)]
        return self._author_cache[source.id]

    # --- mentions -----------------------------------------------------------------------------
    def mentions(self, text: SourceText, index: int) -> list[Mention]:
        """Every name, alias and pronoun in paragraph `index`, in order; found once per paragraph."""
        key = (text, index)  # the text itself, not its id: a cached text can never be another's
        if key not in self._mention_cache:
            self._mention_cache[key] = self._find_mentions(text.paragraphs[index])
        return self._mention_cache[key]

    def _find_mentions(self, paragraph: Paragraph) -> list[Mention]:
        clean = paragraph.grammar
        found: list[Mention] = []
        taken = 0
        by_first_word = self._by_first_word
        for word in _WORD.finditer(clean):  # names are whole words: look them up word by word
            if word.start() < taken:
                continue
            text = word.group()
            folded = text.casefold() if text.isascii() else _fold_word(text)  # most words, without a call
            forms = by_first_word.get(folded) or folded.endswith("'s") and by_first_word.get(folded[:-2]) \
                or (() if folded.isascii() else self._inflected(text))  # "Jones's plan": the name, then its 's
            for form in forms or ():
                end = _form_end(clean, word.start(), form)
                if end is None or (form in self._surnames and not word.group()[:1].isupper()):
                    continue
                ids = self._forms[form]
                tail = clean[end:end + 2]
                # possessive: "Smith's", "the Joneses'"; a name that ends the paragraph is none
                last = _WORD.findall(clean, word.start(), end)[-1]
                found.append(Mention(word.start(), end, next(iter(ids)) if len(ids) == 1 else None,
                                     clean[word.start():end], possessive=tail[:1] in ("'", "’"),
                                     inflected=name_keys(_fold_word(last))[0] != _WORD.findall(form)[-1]))
                taken = end
                break
        for m in _PRONOUN.finditer(clean):
            found.append(Mention(m.start(), m.end(), None, m.group(1)))
        names = [(m.start, m.end) for m in found]
        for m in re.finditer(r"(?<![\w-])the (\w+)(?![\w-])", clean, re.IGNORECASE):
            role = m.group(1).casefold()
            if role in self._role_words and \
                    not any(s < m.end() and m.start() < e for s, e in names):
                found.append(Mention(m.start(), m.end(), None, m.group(0)))
        return sorted(found, key=lambda x: x.start)

    def _inflected(self, word: str) -> list[str]:
        """The forms a Cyrillic word may begin in another case or spelling (Токаеву, Тоқаевтың)."""
        return next((self._by_first_word[key] for key in name_keys(word) if key in self._by_first_word), [])

    def resolve(self, text: SourceText, index: int, mention: Mention) -> str | None:
        """The analyst a mention names: a name directly; a name several analysts share ("Clinton") or
        "the <role word>", the nearest fitting analyst named before it, in this paragraph or the three
        before; a pronoun, its antecedent (`_antecedent`)."""
        word = mention.words.casefold()
        shared = self._forms.get(normalize(mention.words).casefold(), set()) if not mention.analyst else set()
        if mention.analyst or not (word in PRONOUNS or word.startswith("the ") or len(shared) > 1):
            return mention.analyst  # a name; None when several analysts share it
        if len(shared) > 1:  # "Clinton said", after "Hillary Clinton" and no other Clinton nearby
            named = {self._nearest_before(text, index, mention, {aid}) for aid in shared} - {None}
            if not named:  # none nearby: the only one the text has named in full before, however far back
                named = {self._nearest_before(text, index, mention, {aid}, reach=index + 1, full=True)
                         for aid in shared} - {None}
            return named.pop() if len(named) == 1 else None
        if word in ("i", "я"):
            own: list[str] = self.own_voice(text.source, text.paragraphs[index]) if text.source else []
            return own[0] if len(own) == 1 else None
        if word in PRONOUNS:  # an analyst of unknown kind (a file from before `kind`) may be anyone
            fits = {a.id for a in self.analysts.values() if a.kind in PRONOUNS[word] or a.kind is None}
            return self._antecedent(text, index, mention, fits)
        role = word.split(" ", 1)[1]
        return self._nearest_before(text, index, mention, {aid for aid, words in self._roles.items() if role in words})

    def _antecedent(self, text: SourceText, index: int, pronoun: Mention, fits: set[str]) -> str | None:
        """The analyst a personal pronoun stands for: the one fitting analyst named in the nearest stretch
        before it that names any, the pronoun's own sentence up to it or a whole sentence before it (in
        this paragraph or the three before). Nobody when that stretch names two ("Smith interviewed
        Jones. “…,” she said."): analysts have no gender, and neither the subject nor the nearest name
        is always the one who speaks next ("Smith asked Jones whether she would run. “No,” she
        replied."), so a guess would credit the wrong one. A possessive that owns a person names another
        who may speak ("Smith's daughter spoke. She said …": nobody); one that owns a thing names its
        owner ("Smith's vote surprised no one. “…,” he said"), unless a pronoun is the stretch's subject,
        whose antecedent is further back ("Jones spoke. She was asked about Roe's record. “…,” she said")."""
        for i in range(index, max(-1, index - 4), -1):
            paragraph = text.paragraphs[i]
            last = paragraph.sentence_at(pronoun.start) if i == index else len(paragraph.sentences) - 1
            for s in range(last, -1, -1):
                start, end = paragraph.sentences[s]
                end = min(end, pronoun.start) if i == index else end
                named = [m for m in self.mentions(text, i) if start <= m.start and m.end <= end
                         and m.analyst in fits and not _quoted(paragraph, m.start)]
                owned = [_owns_a_person(paragraph.grammar, m.end) for m in named if m.possessive]
                plural = pronoun.words.casefold() in ("they", "они")
                if any(owned) and all(word.endswith("s") and not plural for word in owned if word):
                    continue  # "Smith's friends cheered. “…,” she said": not them; the one before, maybe
                if any(owned):
                    return None  # "Smith's daughter spoke. She said": someone else was named
                subject = next((m for m in self.mentions(text, i) if start <= m.start < end
                                and not _quoted(paragraph, m.start)), None)
                if all(m.possessive for m in named) and subject is not None and subject.words.casefold() in _PERSONAL \
                        and not _WORD.sub("", paragraph.grammar[start:subject.start]).strip(" ,"):
                    continue  # "She was asked about Warren's record.": the pronoun's antecedent is further back
                if not plural and self._titled_other(text, i, start, end):
                    return None  # "Then his opponent, Sen. Laura Ortiz, took the podium. “…,” she said": a
                    # person with a title, no analyst, may be the one the pronoun stands for
                speakers = {m.analyst for m in named}  # "Smith's vote surprised no one. He said"
                if speakers:
                    return speakers.pop() if len(speakers) == 1 else None
        return None

    def _titled_other(self, text: SourceText, index: int, start: int, end: int) -> bool:
        """Does [start, end) of a paragraph name a person by a title ("Sen. Laura Ortiz", "Adm. James
        Corbett", "Mr. Brown") who is no analyst, outside quotation marks? Not a place or an institution named
        after one (`_named_after`: "Dame Street")."""
        paragraph = text.paragraphs[index]
        mentions = [m for m in self.mentions(text, index) if m.analyst]
        return any(not _quoted(paragraph, t.start()) and not any(m.start < t.end() and t.start() < m.end
                                                                  for m in mentions)  # "Mr. Smith's", "Sen. Warren"
                   for t in chain(_TITLED_NAME.finditer(paragraph.grammar, start, end),
                                  _INTRODUCED_PERSON.finditer(paragraph.grammar, start, end))
                   if not _named_after(t.group(), paragraph.grammar[max(0, t.start() - 4):t.start()]))

    def _nearest_before(self, text: SourceText, index: int, mention: Mention, fits: set[str],
                        reach: int = 4, full: bool = False) -> str | None:
        """The last of the fitting analysts named before the mention, in its paragraph or the `reach` - 1
        before; with `full`, only by a name no other analyst shares."""
        for i in range(index, max(-1, index - reach), -1):
            before = [m for m in self.mentions(text, i) if m.analyst in fits
                      and (i < index or m.end <= mention.start) and not (full and m.words == mention.words)]
            if before:
                return before[-1].analyst
        return None

    # --- cues ---------------------------------------------------------------------------------
    def cue_in(self, text: SourceText, index: int, start: int, end: int, prefer: str = "before",
               anonymous: bool = False, inside: bool = False, reporting: bool = False,
               thinking: bool = False) -> Cue | None:
        """A reporting verb in [start, end) of paragraph `index`, outside quotation marks, with the
        speaker it names; the verb nearest to `prefer` ("before": the end of the range, "after": its
        start) wins when there are several. With `anonymous`, the nearest verb, naming nobody: the
        words are someone's, but no analyst's. None where no verb there speaks for the words. With
        `inside`, the range is a reporting clause inside a quotation's marks (reporting_clause_inside).
        With `reporting`, the range is a sentence whose report has content of its own ("Smith said he
        would help."), which a verb followed by its own subject keeps. With `thinking`, a verb of thought
        right after its subject's name introduces a quotation where no verb of saying does (THINKING_VERBS)."""
        paragraph = text.paragraphs[index]
        clean = paragraph.grammar

        def outside(offset: int) -> bool:
            return inside or not _quoted(paragraph, offset)

        verbs = [m for m in REPORTING_VERB.finditer(clean, start, end) if outside(m.start())
                 and (not NOT_A_VERB.search(clean, max(0, m.start() - 8), m.start())
                      or m.group(1).endswith("ing") and _SUBORDINATOR.search(clean, max(0, m.start() - 8), m.start())
                      or not m.group(1).endswith("ing") and _THAT_BEFORE.search(clean, max(0, m.start() - 6), m.start())
                      and _CONTENT_NEXT.match(clean, m.end()))
                 and (not _GERUND.search(clean, max(0, m.start() - 20), m.end())
                      or _second_participle(clean, m) is not None
                      or bool(_OF_A_STATEMENT.search(clean, max(0, m.start() - 60), m.start()))
                      or _QUOTED_AS.search(clean, max(0, m.start() - 60), m.end())
                      or _SEEN_DOING.search(clean, max(0, m.start() - 60), m.start()))  # "recalled a colleague telling"
                 and not _WHEN_ASKED.search(clean, max(0, m.start() - 20), m.end())
                 and not (_BY_AFTER.match(clean, m.end())
                          and _COMMA_BEFORE.search(clean, max(0, m.start() - 3), m.start()))]  # "its letter, written
        # by Cohen, a vice president, that …": a participle set off after a noun modifies it, reporting nothing
        # A form as often a noun is a verb right after a name or a pronoun ("Trump claims he is …"), or after a
        # name and its appositive ("Smith, a fellow, notes")
        lead_only = [m for m in _LEAD_ONLY.finditer(clean, start, end) if outside(m.start())]
        if thinking and not verbs and not lead_only:  # "Smith said Jones thinks …" is the report of "said"; a
            # thought quoted whole ("Smith thought: “…”") is a thought, not words said
            lead_only = [m for m in _THINKING.finditer(clean, start, end) if outside(m.start())
                         and re.search(r"[^\W\d_]", _outside(paragraph, m.end(), end))]
        named_ends = {m.end for m in self.mentions(text, index) if not m.possessive and m.end <= end
                      and not _object_of(clean, start, m.start)} if lead_only else set()  # not "For Jane Doe, a
        # consultant, calls from …"
        verbs += [m for m in lead_only if any(_NAME_TO_VERB.fullmatch(clean, e, m.start())
                                              or _SET_OFF.fullmatch(_ABBREVIATED.sub(r"\1 ", clean[e:m.start()]))
                                              for e in named_ends if e < m.start())]
        verbs += self._plural_present(text, index, start, end, outside)
        verbs = [m for m in verbs
                 if m.group(1).casefold() not in SAYING_NO_CONTENT or _speaks_for(clean, m, start, end, prefer)]
        if not verbs:
            return None
        verbs.sort(key=lambda m: -m.start() if prefer == "before" else m.start())
        mentions = [m for m in self.mentions(text, index) if start <= m.start and m.end <= end and outside(m.start)]
        # Only the verb nearest the quotation speaks for it: in "Smith said the government called them
        # “terrorists”", the word is the government's, not Smith's.
        verb = verbs[0]
        if anonymous:
            return Cue(None, verb.group(1), paragraph.number, "", verb.span())
        unsaid = _unsaid(paragraph, verb, start)
        if unsaid:
            return Cue(None, verb.group(1), paragraph.number, "", verb.span(), unsaid=unsaid)
        lead = clean[max(start, verb.start() - 40):verb.start()]
        for_saying = _FOR_SAYING.match(clean, verb.end(), end)
        if for_saying and not REPORTING_VERB.fullmatch(for_saying.group("ing")):
            for_saying = None
        thing = for_saying.group("object") if for_saying else ""
        if for_saying and not _NO_OBJECT.match(thing) and not _PASSIVE.search(lead) \
                and not re.match(r"\s*to\s", thing) and not re.search(r"\sto\s+[a-z]+\s", thing):
            # not "apologized to Roe for calling her", "asked voters to forgive him for saying"
            # "Smith criticized Jones for saying “…”": the words are the object's, whom the verb judges
            named = [m for m in mentions if verb.end() < m.start < verb.end() + len(thing)
                     and all(map(_is_title, _WORD.findall(clean, verb.end(), m.start)))]  # "Sen. Jane Doe on Monday"
            return Cue(self.resolve(text, index, named[0]) if named else None, verb.group(1), paragraph.number,
                       named[0].words if named else f"the object of '{verb.group(1)}'", verb.span())
        if _PASSIVE.search(lead) and not verb.group(1).endswith("ing") and not for_saying:
            # "was told by": the agent speaks; "Smith was criticized (by Jones) for saying" is Smith's
            # ("was asked by host Jane Doe": a role noun may stand before the agent's name)
            by = re.match(r"\s+by\s+", clean[verb.end():])
            agent = [m for m in mentions if by and m.start >= verb.end() + by.end() and not m.possessive
                     and not _CLAUSE_MARK.search(clean, verb.end() + by.end(), m.start)
                     and _names_lead(_WORD.findall(clean, verb.end() + by.end(), m.start), described=True)][:1]
            return Cue(self.resolve(text, index, agent[0]) if agent else None, verb.group(1), paragraph.number,
                       agent[0].words if agent else "", verb.span())
        own_start = max([q.end + 1 for q in paragraph.quoted if q.end <= verb.start()] + [start])
        tag = _INVERTED_TAG.match(clean, verb.end())  # a speaker's phrase after the verb, to a stop
        lead = clean[own_start:verb.start()]
        subject_first = any(not m.possessive and _names_lead(_WORD.findall(clean, own_start, m.start))
                            and _SET_OFF.fullmatch(clean, m.end, verb.start()) for m in mentions)
        after_quotation = own_start > start or any(q.end + 1 == own_start for q in paragraph.quoted)
        # after a quotation, what stands before an inverted tag opens with a word that joins it to the
        # quotation ("“…” for Jones, said Smith.", "“…” that Jones can win, said Doe."); "“Lock him up” rang
        # out for Jones, said Smith." makes the quotation a verb's subject
        bare_lead = not after_quotation or bool(_JOINED_LEAD.fullmatch(lead))
        inverted = not _WORD.search(lead) \
            or bool(tag and re.search(r",\s*$", lead) and not subject_first and bare_lead) \
            or bool(re.search(r"(?:,|^)\s*(?:как|as)\s+$", lead, re.IGNORECASE))
        # "…," said X; "…, said pollster Amy Lin."; "In other words, explained moderator Nancy Cordes:";
        # "…, как заявил Петров"
        if prefer == "after" and not inverted and not reporting and any(q.end == start for q in paragraph.quoted) \
                and (_OWN_OBJECT.match(clean, verb.end()) or takes_the_quotation_later(clean, verb.end())):
            return None  # "“…,” Smith said it was shocking": "it was shocking" is what she said; "“…,” Smith said
            # that Jones had yelled": the words are Jones's
        sentence = paragraph.sentences[paragraph.sentence_at(start)][0] if not inside else start
        openers = [m for m in self.mentions(text, index) if sentence <= m.start < end and outside(m.start)]
        speaker = self._speaker_of(clean, verb, mentions, start, inverted, (sentence, openers))
        if isinstance(speaker, str):  # a subject that names no known analyst ("the Kremlin said")
            return Cue(None, verb.group(1), paragraph.number, speaker, verb.span())
        if speaker is None:
            return None
        analyst = self.resolve(text, index, speaker)
        framing = _framing_verb(paragraph, start, speaker.start) if speaker.end <= verb.start() else None
        framer = [m for m in mentions if m.end <= framing.start() and not m.possessive] if framing else []
        own = bool(framer) and analyst is not None and self.resolve(text, index, framer[-1]) == analyst \
            and not REPORTING_VERB.search(clean, verb.end(), end) \
            and (speaker.analyst is not None or not _another_name(clean, framer[-1], speaker.start))
        if framing and not own:
            # "Critics claimed that Tokayev said": the critics' report, not the text's; "Trump said he
            # responded: “…”" is Trump's own, unless another name stands before "he" or the inner verb's
            # words are another's ("Smith says he asked Roe to stop saying “…”")
            return Cue(None, verb.group(1), paragraph.number, "", verb.span(),
                       unsaid=f"framed by \"{framing.group(1)}\": someone else's report")
        return Cue(analyst, verb.group(1), paragraph.number, speaker.words, verb.span())

    def _plural_present(self, text: SourceText, index: int, start: int, end: int, outside) -> list[re.Match]:
        """Bare lemmas that are verbs here: right after a plural subject or "I" (`PLURAL_ONLY_VERBS`: "“…,” the
        Saudis state in a paper", "They note that"), where a singular name makes a noun ("the Jones report")."""
        clean = text.paragraphs[index].grammar
        found = [m for m in _PLURAL_ONLY.finditer(clean, start, end) if outside(m.start())
                 and _PLURAL_VERB_ENDS.match(clean, m.end())]
        if not found:
            return []
        subjects = [m for m in self.mentions(text, index) if not m.possessive and (
            m.words.casefold() in ("they", "i")
            or m.analyst and self.analysts[m.analyst].kind in ("organisation", "group") and m.words.endswith("s"))]
        # in a tag, whose object is the quotation before it, the verb may go on with "on", "to" or an adverb ("“…,”
        # the Teamsters report on their website"); in a lead-in these make another verb ("object to", "report on")
        return [m for m in found if any(_NAME_TO_VERB.fullmatch(clean, s.end, m.start()) and (
            _NARROW_PLURAL_VERB_ENDS.match(clean, m.end()) or _TAG_SUBJECT_BEFORE.search(clean, 0, s.start))
            for s in subjects)]

    def _speaker_of(self, clean: str, verb: re.Match, mentions: list[Mention], start: int,
                    inverted: bool, sentence: tuple[int, list[Mention]]) -> Mention | str | None:
        """The mention a reporting verb names, the words of a subject that names nobody known ("the
        Kremlin said"), or None. The subject stands before the verb, skipping possessives, objects
        ("Critics of Smith said"), relative clauses ("Jones, who met Smith, said") and an appositive
        between commas ("Smith, a fellow at X, said"); after it only where the verb comes first ("…,"
        said Kate Mallinson) or for "according to", since otherwise a name after the verb is its object
        ("a protester told John Smith"). A verb with no subject of its own looks back to the start of
        its sentence (`sentence`: where it starts, and its mentions), past any quotation on the way."""
        if verb.group(1).casefold() in SPEAKER_INSIDE:  # "По его словам, …": the pronoun's antecedent speaks
            pronoun = re.search(r"(?<![\w-])(его|её|ее|их)(?![\w-])", verb.group(1), re.IGNORECASE)
            if pronoun:
                at = verb.start(1) + pronoun.start()
                return Mention(at, at + len(pronoun.group()), None, _POSSESSOR[pronoun.group().casefold()])
        first_participle = _second_participle(clean, verb)
        if first_participle:  # "…, calling it “a farce” and asserting": the first participle's speaker
            verb, start = first_participle, min(start, sentence[0])
        speaker_after = verb.group(1).casefold() in SPEAKER_AFTER
        subjects = [m for m in mentions if (not m.possessive or m.end > verb.start())
                    and (not m.inflected or speaker_after or verb.group(1).casefold() in SPEAKER_BEFORE)
                    and not re.search(r"(?<![\w'’-])not\s+$", clean[max(0, m.start - 6):m.start])]  # "Smith — not
        # Jones — argued": a name denied is no subject; a name in an oblique case is none ("Представитель
        # Петрова сообщил", "ответили Петрову"), but "по словам Петрова", "Садықованың айтуынша" name their
        # speaker in the genitive
        after = [m for m in subjects if m.start >= verb.end()
                 and _distance(clean, verb.end(), m.start) <= MAX_CUE_DISTANCE
                 and not _ABBREVIATED.sub(r"\1 ", clean[verb.end():m.start]).strip(" ,").endswith((".", ":"))
                 and not REPORTING_VERB.search(clean, verb.end(), m.start)
                 and (not _object_of(clean, verb.end(), m.start) or _BARE_TITLE.fullmatch(clean, verb.end(), m.start))
                 and _ENDS_ITS_PHRASE.match(clean, _past_suffix(clean, m.end))]  # "said a Lin aide": the aide speaks
        if speaker_after:  # "according to Smith", "according to a tally by the AP"
            by = [m for m in subjects if m.start >= verb.end() and _A_FINDING_BY.fullmatch(clean, verb.end(), m.start)]
            return (after or by)[0] if after or by else None
        phrase = _INVERTED_TAG.match(clean, verb.end())
        if phrase and after:  # "said Cruz constituent Dan Golvach": the name that ends the phrase speaks
            phrase_end = verb.end() + len(phrase.group().rstrip(" ,.;:!?"))
            after = [m for m in after if m.end <= phrase_end <= _past_suffix(clean, m.end)] or after
        # the verb first ("…," said Smith) takes the name right after it, not one inside what follows
        # "that" (", adding that Donald Trump …"), and a participle never comes first
        after = [m for m in after if not _THAT.search(clean, verb.end(), m.start) and not verb.group(1).endswith("ing")]
        if inverted and after:  # "…, said pollster Amy Lin.": not a name of the clause before the comma
            return after[0]
        absolute = [m for m in subjects if verb.group(1).endswith("ing")
                    and _ABSOLUTE_WITH.search(clean, start, m.start)
                    and re.fullmatch(r"\s+(?:\w+ly\s+)?", clean[m.end:verb.start()])]
        if absolute:  # "…, with Smith reportedly yelling:": the name the participle follows is its subject
            return absolute[-1]
        participle = verb.group(1).endswith("ing") and (_AFTER_COMMA.search(clean, max(0, start - 2), verb.start())
                                                       or _SUBORDINATOR.search(clean, start, verb.start())
                                                       or _OF_A_STATEMENT.search(clean, start, verb.start()))
        seen = _SEEN_DOING.search(clean, start, verb.start()) if verb.group(1).endswith("ing") else None
        if seen:  # "Smith recalled a colleague telling him", "saw Jones shouting": the object speaks
            named = [m for m in subjects if seen.start("object") <= m.start < verb.start()]
            return named[0] if named else seen.group("object")
        if verb.group(1).endswith("ing"):  # "…, Spicer said, adding, “…”": the participle goes on with the report
            said = [m for m in REPORTING_VERB.finditer(clean, start, verb.start())  # just before it
                    if _GOES_ON.fullmatch(clean, m.end(), verb.start())]  # "said Spicer, adding"
            if said:
                # its subject right before it; the name right after it only where the verb comes first ("…,
                # said Spicer, adding"): in "Smith criticized Jones on Monday, calling her" Jones is the object
                near = [m for m in subjects if not _WORD.search(_past_appositive(clean, m.end, said[-1].start()))
                        and m.end <= said[-1].start() and not _object_of(clean, start, m.start)]  # not "a critic of
                # Jones wrote"; "Smith, a Democrat, criticized"
                tag = [m for m in subjects if re.fullmatch(r"\s+", clean[said[-1].end():m.start])
                       and re.search(r"(?:^|[,”\"»])\s*$", clean[start:said[-1].start()])]
                if near or tag:
                    return (near or tag)[-1]
        if participle or _SHARED_SUBJECT.search(clean, start, verb.start()):
            # "Smith attacked Jones, saying", "Warren said, adding", "Smith returned … and declared":
            # the verb has no subject of its own; its clause's subject speaks
            sentence_start, openers = sentence
            openers = [m for m in openers if (not m.possessive or m.end > verb.start()) and not m.inflected]
            opener = _clause_opener(clean, openers, sentence_start, verb.start())
            # "by saying" always has the clause's subject, whoever stands between
            subordinate = _SUBORDINATOR.search(clean, max(0, verb.start() - 8), verb.start())
            if isinstance(opener, Mention) and not subordinate and self._unclear_speaker(clean, opener, openers, verb):
                return "someone the sentence does not make clear"  # "Smith listened as Jones spoke, saying"
            if opener is not None:
                return opener
            named = [m for m in subjects if m.end <= verb.start()]
            if named and _verbs_object(clean, start, named[-1], verb):
                return None  # "The mayor praised Jones, saying", "The crowd cheered Jones and chanted": the
                # clause's subject names nobody known, and the name after its verb is the object
        subordinate = _SUBORDINATE_SUBJECT.search(clean, start, verb.start())
        if subordinate and not verb.group(1).endswith("ing"):  # "Smith paused as a woman in the front row
            # shouted:": the subordinate clause's own subject speaks, not the main clause's
            inner = [m for m in subjects if subordinate.start("subject") <= m.start and m.end <= verb.start()]
            return inner[-1] if inner else subordinate.group("subject")
        relative = _relative_before(clean, start, verb.start())
        if relative and not any(relative.end(1) <= m.start < verb.start() for m in mentions):
            # "the president, who wrote:": the verb's subject is the noun the pronoun stands for
            if relative.group(1).casefold() not in _SUBJECT_PRONOUNS:  # "whom", "whose": another subject
                return f"the subject of “{relative.group(1)}”"
            antecedent = [m for m in subjects if m.end <= relative.start()
                          and not _WORD.search(clean, m.end, relative.start())]
            return antecedent[-1] if antecedent else " ".join(_WORD.findall(clean, start, relative.start())[-2:])
        lead_start = max(start, verb.start() - 80)
        infinitive = _infinitive_subject(clean[lead_start:verb.start()])
        if infinitive:  # "Smith forced Jones to say": the object says the words (a request is unsaid already)
            caused = [m for m in subjects if lead_start + infinitive.start("object") <= m.start < verb.start()]
            return caused[0] if caused else infinitive.group("object")
        before = [m for m in subjects if m.end <= verb.start()
                  and _distance(clean, m.end, verb.start(), appositive=True) <= MAX_CUE_DISTANCE
                  and not REPORTING_VERB.search(_to_say(_past_appositive(clean, m.end, verb.start())))
                  and not _object_of(clean, start, m.start) and not _described(clean, m, verb.start())
                  and not _object_before_to(clean, start, m, verb)
                  and (not _in_relative_clause(clean, start, m.start) or _relative_subject(clean, m, verb))]
        clause = _clause_start(clean, start, verb.start(), ", ; : . ! ?")
        maker = [m for m in subjects if clause <= m.start < verb.start()
                 and _A_FINDING_BY.fullmatch(clean, clause, m.start) and not _described(clean, m, verb.start())
                 and _distance(clean, m.end, verb.start()) <= MAX_CUE_DISTANCE
                 and not REPORTING_VERB.search(clean, m.end, verb.start())]
        maker += [m for m in mentions if m.possessive and clause <= m.start < verb.start()
                  and _OWNERS_STATEMENT.fullmatch(clean, m.end, verb.start())
                  and _names_lead(_stretch_words(clean, clause, m.start))]
        if maker and verb.group(1).casefold() not in CITE_FORMS:  # "A fundraising email sent out by Jones on
            # Tuesday warned:", "Jones's statement said": the statement speaks for its maker ("Smith's statement
            # cited Jones:" names a source)
            return maker[0]
        own = _own_subject(clean, before[-1].end if before else start, verb.start())
        if own and before and _ROLE.fullmatch(own) and _names_lead(_stretch_words(clean, start, before[-1].start)) \
                and not _PARENTHETICAL_TAG.match(clean, verb.end()):
            own = None  # "Jane Doe, the director for the State Party said": an appositive missing its closing comma
        home = _HOME.match(clean[before[-1].end:verb.start()]) if own and before else None
        if home and _PLACE_GOES_ON.fullmatch(clean, before[-1].end + home.end(), verb.start()):
            own = None  # "Mary Jones of Columbia, South Carolina says": the state is her home's, no subject
        if own:  # "Unlike Smith, the Kremlin said": the words after the comma are the verb's subject
            return own
        if before:
            # "Huhn, a former HP vice president, said": a name inside the appositive of a name before it is no
            # subject; a name that is the appositive is ("One pastor backing Cruz, Tom Brown of X, said")
            return next((m for m in before if _SET_OFF.fullmatch(_ABBREVIATED.sub(r"\1 ", clean[m.end:verb.start()]))
                         and any(w.islower() for w in _WORD.findall(clean, m.end, before[-1].start))), before[-1])
        return after[0] if after and inverted else None

    @staticmethod
    def _unclear_speaker(clean: str, opener: Mention, subjects: list[Mention], verb: re.Match) -> bool:
        """Does another actor stand between a clause's subject and its shared-subject verb: a name after
        "by" or "from" ("was sued by Jones, alleging", "a letter from Jones, saying"), a passive, a
        clause with a subject of its own, a relative clause on someone else (_ANOTHER_ACTOR)? Before a
        finite verb joined by "and" or "but", the opener's own report holds its actors: they are none of the
        clause's ("Smith said the move was made by Bratton and said"), though a subordinate clause's subject
        still is ("He tweeted when Clinton ended the debate, remarking"); a participle may be any of them
        ("Smith said he was sued by Jones, alleging")."""
        report = REPORTING_VERB.search(clean, opener.end, verb.start())
        own = report is not None and not report.group(1).endswith("ing") and not verb.group(1).endswith("ing") \
            and _NAME_TO_VERB.fullmatch(clean, opener.end, report.start()) is not None
        until = report.start() if own and report else verb.start()
        others = [m for m in subjects if opener.end < m.start < until]
        after_by = re.compile(r"(?<![\w'’-])(?:by|from)\s+(?:\w+\s+){0,2}$")
        return any(after_by.search(clean, opener.end, m.start) for m in others) \
            or bool(_ANOTHER_ACTOR.search(clean, opener.end + 1, until)) \
            or bool(_A_SUBORDINATE_ACTOR.search(clean, until, verb.start())) \
            or verb.group(1).endswith("ing") and _clause_between_dashes(clean, opener.end, verb.start())  # "Smith
        # kept quiet — Jones took the floor — saying"; not "… — there are two — but said", which shares the subject

    def tag_cue(self, text: SourceText, index: int, span: QuotedSpan, lo: int, hi: int) -> Cue | None:
        """The speaker that punctuation names with a verb of any kind: a tag after a quotation closed
        by a comma, '!' or '?' ("“…,” Smith interjected.", "“…!” she went on.", "“Never,” was Doe's
        answer."), the Russian tag after
        the mark and a dash («…», — пообещал Петров), "came the reply from Smith", a signature after a
        dash ("“…” ― Jane Doe"), or a clause about speaking that its subject opens and a colon or a
        comma ends ("Smith swiped at Jones in a series of tweets: “…”"). None where the tag relays
        someone else's words ("…, quoting a placard") or takes them in ("“Liar!” Smith heard")."""
        paragraph = text.paragraphs[index]
        clean = paragraph.grammar
        mentions = [m for m in self.mentions(text, index) if not _quoted(paragraph, m.start)
                    and not m.possessive and not m.inflected]  # a subject, so in its own case
        if span.closed and clean[span.end - 1:span.end] in ",!?…":  # "“Never,” was Doe's answer."
            was = _WAS.match(clean, span.end + 1, hi)
            owner = next((m for m in self.mentions(text, index) if was and m.start == was.end() and m.possessive
                          and _OWNERS_NOUN.match(clean, m.end)), None)
            if was and owner:
                return Cue(self.resolve(text, index, owner), "was", paragraph.number, owner.words, was.span())
        if span.closed:
            closing = span.end + 1
            tag = (_TAG_AFTER.match(clean, closing, hi) if clean[span.end - 1:span.end] in ",!?…—" else None) \
                or _TAG_AFTER_DASH.match(clean, closing, hi) or _REPLY_FROM.match(clean, closing, hi)
            sign = _SIGNATURE.match(clean, closing)
            found = tag or sign
            tag_verb = tag.group(_first_group(tag, "verb", "verb2")) if tag else ""
            relayed = _relays(clean, found.end()) or sign and _RELAYED.search(sign.group()) if found else None
            if found and (relayed or tag_verb.casefold() in NOT_ONES_OWN
                          or tag and takes_the_quotation_later(clean, tag.end(_first_group(tag, "verb", "verb2")))):
                return None  # "“…,” Smith said, quoting a placard", "“Liar!” Smith heard", "“…,” Jones said that Smith
                # had yelled": not Smith's words
            if found:
                who = _first_group(found, "who", "who2")
                named = [m for m in mentions if found.start(who) <= m.start and m.end == found.end(who)]
                verb_group = _first_group(found, "verb", "verb2")
                verb = _WORD.match(clean, found.start(verb_group)) if tag else None
                unsaid = _unsaid(paragraph, verb, closing) if verb else ""
                if named or unsaid:
                    return Cue(None if unsaid else self.resolve(text, index, named[0]),
                               verb.group() if verb else "―", paragraph.number,
                               named[0].words if named else "", (found.start(verb_group), found.end(verb_group)),
                               unsaid=unsaid)
        return self.clause_cue(text, index, lo, span.start - 1)

    def _put_to_another(self, text: SourceText, index: int, cue: Cue) -> bool:
        """Does a verb of asking name whom it asks, right after it ("Jones asked Smith", "asked him")?"""
        clean = text.paragraphs[index].grammar
        if re.match(r"\s+(?:" + _THEM + r")(?![\w'’-])", clean[cue.at[1]:]):
            return True
        named = [m for m in self.mentions(text, index) if m.start > cue.at[1] and not m.possessive
                 and m.words.casefold() not in PRONOUNS and re.fullmatch(r"[\w\s.]*", clean[cue.at[1]:m.start])
                 and all(map(_is_title, _WORD.findall(clean, cue.at[1], m.start)))]  # "asked Sen. Jane Doe"
        return bool(named) and self.resolve(text, index, named[0]) != cue.analyst

    def _split_by_tag(self, text: SourceText, index: int, span: QuotedSpan, first: int) -> Cue | None:
        """The second part of a quotation that its tag splits, the tag ending with a comma right before it
        ("“Many people are uncertain,” Thiel wrote in a statement explaining why, “but most …”"): the
        tag's speaker."""
        paragraph = text.paragraphs[index]
        earlier = [q for q in paragraph.quoted if paragraph.sentences[first][0] <= q.start - 1 and q.end < span.start]
        if not earlier or not paragraph.grammar[earlier[-1].end + 1:span.start - 1].rstrip().endswith(","):
            return None
        cue = self.quotation_cue(text, index, earlier[-1], follow=False)
        return cue if cue and cue.analyst and earlier[-1].end < cue.at[0] < span.start else None

    def _shared_cue(self, text: SourceText, index: int, span: QuotedSpan, sentence_start: int,
                    follow: bool) -> Cue | None:
        """The cue of an earlier quotation in the same sentence, for one that continues its report with
        no name and no verb of saying between ("Park said the goal was not to “win the news cycle” but
        to “win the argument.”")."""
        paragraph = text.paragraphs[index]
        earlier = [q for q in paragraph.quoted if sentence_start <= q.start - 1 and q.end < span.start]
        if not earlier:
            return None
        previous = earlier[-1]
        if not self._same_report(text, index, previous.end, span.start, objects=True) or _named_thing(paragraph,
                                                                                                      previous):
            return None  # "Jones called Smith's “tax relief” promise “a lie”": the first is Smith's, the second not
        return self.quotation_cue(text, index, previous, follow)

    def _same_report(self, text: SourceText, index: int, lo: int, hi: int, speaker: str | None = None,
                     objects: bool = False) -> bool:
        """Does [lo, hi) of a paragraph go on with one report: no verb of saying, no clause mark that
        starts another, no new subject and no name but the speaker's, outside quotation marks (with
        `objects`, a name inside the clause may stand: 'his “friend” Jane Doe ran', 'came from Doe's
        ability')? Not in
        "… “dead,” in contrast to Jones's “fresh start”" or "… while the crowd waved “…”"."""
        paragraph = text.paragraphs[index]
        between = _outside(paragraph, lo, hi)
        return not (REPORTING_VERB.search(between) or re.search(r"[;:—–]", between) or _NEW_SUBJECT.search(between)
                    or any(lo < m.start < hi and not _quoted(paragraph, m.start)
                           and not (objects and _inside_clause(paragraph.grammar, lo, m.start))
                           and (speaker is None or self.resolve(text, index, m) != speaker)
                           for m in self.mentions(text, index)))

    def clause_cue(self, text: SourceText, index: int, lo: int, end: int) -> Cue | None:
        """The subject of a clause that ends at `end` with a colon or a comma and that a name opens
        ("Smith swiped at Jones in a series of tweets:", "President Smith released this statement:")."""
        paragraph = text.paragraphs[index]
        lead = paragraph.grammar[lo:end]
        clause = _LEAD_CLAUSE.search(lead)
        if not clause or _DENIED.search(lead) or _MODAL.search(lead):
            return None
        described = [w for w in clause.group("described").split() if w.islower()] if clause.group("described") else []
        if described and described[0] in _CONJUNCTIONS:
            described = described[1:]  # ", and Smith resisted:" opens a clause of its own
        # capitalised words are a name or a title; an -ing word before a noun describes ("outgoing state senator")
        if not all(_descriptor(w) or w.endswith("ing") and i + 1 < len(described) for i, w in enumerate(described)):
            return None  # "Republican presidential nominee Jane Doe issued …:" is described; "…, so then Doe" is not
        lead_words = f'{clause.group("described") or ""} {clause.group("who")}'.split()
        if any(w.casefold() in _PREPOSITIONS for w in lead_words):
            return None  # "For Jane Doe, a consultant, calls from voters …:": the name is an object
        verb, rest = clause.group("verb").casefold(), lead[clause.end("verb"):]
        made = verb in PRODUCING and _A_STATEMENT.search(rest)  # "released the following statement:"
        named = [m for m in self.mentions(text, index) if lo + clause.start("who") <= m.start
                 and m.end == lo + clause.end("who") and not m.possessive and not m.inflected
                 and not _quoted(paragraph, m.start)]
        if named and (verb in ("was", "were") and _STANCE_ADJECTIVE.fullmatch(rest)
                      or verb in ("had", "has") and _WORDS_FOR.fullmatch(rest)):
            verb_at = lo + clause.start("verb")  # "Smith was blunt: “…”", "Jones had a warning for Smith:": the
            # subject's own manner of speaking, or words of its own
            return Cue(self.resolve(text, index, named[0]), clause.group("verb"), paragraph.number,
                       named[0].words, (verb_at, verb_at + len(clause.group("verb"))))
        if not named or verb in AUXILIARIES or _anothers_words(rest, verb) or not (
                REPORTING_LEAD.fullmatch(clause.group("verb")) or _SPEECH_MEDIUM.search(rest) or made
                or self._own_lead_in(text, index, lo + clause.start(), named[0], lo + clause.start("verb"),
                                     end, clause.group("mark"))):
            return None  # "Smith was heckled by Jones:", "Smith carried a sign:", "Smith faced one question:"
        verb_at = lo + clause.start("verb")
        return Cue(self.resolve(text, index, named[0]), clause.group("verb"), paragraph.number,
                   named[0].words, (verb_at, verb_at + len(clause.group("verb"))))

    def _own_lead_in(self, text: SourceText, index: int, clause_start: int, subject: Mention, verb_at: int,
                     end: int, mark: str) -> bool:
        """Does a lead-in whose verb is no verb of saying still give the words after its colon or dash to
        its subject ("Smith resisted: “…”", "Smith swiped at Jones: “…”", "Smith pushed back — “…”.")? Only
        when it takes a stance of the subject's own: nothing after the verb but an adverb, a particle, a
        target or a stance (`STANCE_NOUNS`: "adopted the stance of many:"; not "opened the envelope:"),
        a name opens the clause (not "When Smith arrived —"), no word of it hands the
        floor to someone else or names words or sounds ("Smith interviewed Jones:", "drew a retort:",
        "drew cheers:"), any other name after the verb is the target of an "at" or "against" ("swiped at
        Jones"; an appositive's name only describes the subject: "Smith, Jones's aide, resisted:"), and a
        dash's quotation ends its sentence (in "Smith arrived — “…” — and the crowd roared" it is anyone's)."""
        paragraph = text.paragraphs[index]
        clean = paragraph.grammar
        opening = _WORD.findall(clean, clause_start, subject.start)
        opening = opening[1:] if opening and opening[0] in _CONJUNCTIONS else opening  # ", and Smith resisted:"
        if mark == "," or not clean[verb_at].isascii() or subject.words.casefold() in PRONOUNS \
                or not _names_lead(opening) or any(w.casefold() in SUBORDINATORS for w in opening):
            return False  # the word lists that keep it safe are English ("Петров выслушал:" stays nobody's)
        after_verb = clean[verb_at:end].split(None, 1)[1:] or [""]  # what the verb takes, up to the mark
        if any(w.casefold() in _HANDED_OVER for w in _WORD.findall(clean, verb_at, end)) \
                or not _STANCE.fullmatch(" " + after_verb[0].rstrip(" :—–-")):
            return False  # only a stance of the subject's own: "resisted:", "swiped at Jones:", "adopted the
            # stance of many:"; not a thing it handles ("opened the envelope:", "replayed the tape:")
        if any(verb_at <= m.start < end and (m.possessive or not _TARGETED.search(clean, verb_at, m.start))
               for m in self.mentions(text, index)):
            return False
        if mark == ":":
            return True
        span = next((q for q in paragraph.quoted if q.start - 1 == end), None)
        last = paragraph.sentence_at(max(span.start, span.end - 1)) if span else 0
        return span is not None and span.closed and not _WORD.search(clean, span.end + 1, paragraph.sentences[last][1])

    def colon_cue(self, text: SourceText, index: int, start: int, end: int) -> Cue | None:
        """The colon form: `Name: "…"`, a name that opens its clause and stands right before the colon
        ("Tokayev asked Jane Smith:" names no speaker). `He added: "…"` is a reporting verb's cue."""
        paragraph = text.paragraphs[index]
        clean = paragraph.grammar
        lead = clean[start:end].rstrip(" \"“„«»‘'「『")  # up to the quotation's opening mark
        if not lead.endswith(":"):
            return None
        colon = start + len(lead) - 1
        named = [m for m in self.mentions(text, index) if start <= m.start and m.end <= colon
                 and (not _WORD.search(_PARENTHESIS.sub("", clean[m.end:colon], count=1))  # "Jane Doe (D-Ill.):"
                      and _names_lead(_stretch_words(clean, start, m.start))  # "Rep. Jane Doe:", "Former secretary …"
                      and not m.possessive or _PRESENTED.search(clean, max(0, start - 2), m.start)
                      and _PRESENTED_TAIL.fullmatch(clean, m.end, colon)
                      or not m.possessive and _STATEMENT_FROM.search(clean, start, m.start)
                      and re.fullmatch(r"(?:\s+[a-z][\w'’-]*){0,6}\s*", clean[m.end:colon])
                      and not (set(_WORD.findall(clean, m.end, colon)) & _CONJUNCTIONS)
                      and not REPORTING_LEAD.search(clean, m.end, colon)  # "took a note from Jones and wrote on it:"
                      or m.possessive and _RESPONSE_WAS.fullmatch(clean, m.end, colon)
                      and all(map(_is_title, _stretch_words(clean, clean.rfind(", ", start, m.start) + 1 or start,
                                                            m.start))))  # "Asked about it, Smith's response was:"
                 and not _quoted(paragraph, m.start) and not m.inflected]
        if not named:
            return None
        speaker = named[-1]
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
        if not previous.grammar.rstrip("\"”’»").rstrip().endswith(":"):
            return None
        last = len(previous.sentences) - 1
        return self.sentence_cue(text, index - 1, last) or \
            self.clause_cue(text, index - 1, previous.sentences[last][0], len(previous.grammar.rstrip()))

    def quotation_cue(self, text: SourceText, index: int, span: QuotedSpan, follow: bool = True) -> Cue | None:
        """The speaker of a quotation: its own sentence, the sentence before, the one after, a lead-in."""
        paragraph = text.paragraphs[index]
        if _mentioned(paragraph, span):
            return None  # a phrase the text talks about, not anyone's words
        first, last = paragraph.sentence_at(span.start - 1), paragraph.sentence_at(max(span.start, span.end - 1))
        others = [q for q in paragraph.quoted if q != span]
        lo = max([q.end for q in others if q.end <= span.start] + [paragraph.sentences[first][0]])
        hi = min([q.start for q in others if q.start >= span.end] + [paragraph.sentences[last][1]])
        inner = reporting_clause_inside(paragraph, span)
        if inner:  # «Иностранные террористы, — сказал Петров, — это выдумка»
            return self.cue_in(text, index, *inner, prefer="after", inside=True) \
                or self.cue_in(text, index, *inner, anonymous=True, inside=True)
        subordinate = _SUBORDINATE_AFTER.match(paragraph.grammar, span.end + 1, hi)
        tag_from = subordinate.end() if subordinate else span.end
        after = self.cue_in(text, index, tag_from, hi, prefer="after") if span.closed else None
        if after and _NEW_CLAUSE_AFTER.match(paragraph.grammar, span.end + 1) \
                and not self._tags_the_sentence(paragraph, span, after, lo) and not (_as_said(
                paragraph.grammar, span.end + 1) and not FRAMING.search(_outside(paragraph, lo, span.start))
                and not _TAKEN_IN.search(_outside(paragraph, lo, span.start))):
            after = None  # "Cruz said he'd make sand “glow,” and Trump vowed …": another clause's verb; "…,” as Cruz
            # said" is the quotation's own report, unless a verb before it has one ("Jones said “A,” as Smith said");
            # a tag that closes the sentence reports all of it ("They want a “fighter” and the city frets, said Doe.")
        if after and after.analyst and _relays(paragraph.grammar, after.at[1]):
            after = Cue(None, after.verb, after.paragraph, "", after.at)  # "“…” for Jones, said Smith, quoting Roe."
        if after and _RELATIVE_AFTER.search(paragraph.grammar, span.end, after.at[0]):
            after = None  # "“…” with Rubio, in a finish that he said defied …": a relative clause on a noun after it
        if after and ";" in paragraph.grammar[span.end:after.at[0]]:
            after = None  # "“…”; in fact she had said the opposite": a clause of its own, no tag
        if after and paragraph.grammar[after.at[1]:hi].rstrip().endswith(":"):
            after = None  # "“A,” Jones objected, but Smith said: “B”": the verb introduces B, not A
        # The reporting clause nearest the quotation speaks for it: in "“A,” said Smith, but Jones
        # objected: “B”", B is Jones's (the colon form comes before the verb further back).
        before = self.cue_in(text, index, lo, span.start, thinking=True)
        sentence_start = paragraph.sentences[first][0]
        if lo > sentence_start and (before is None or before.analyst is None and not before.unsaid):
            # a quotation inside the subject's phrase ('Hemsley, the co-author of "Going Viral," said') splits
            # no report: a verb after it, read from the sentence's start, may name its subject
            wider = self.cue_in(text, index, sentence_start, span.start, thinking=True)
            wider = self._past_an_adjunct(text, index, span, sentence_start, wider) or wider if wider else None
            mentioned_only = wider is not None and all(_mentioned(paragraph, q) or _named_thing(paragraph, q)
                                                       for q in paragraph.quoted
                                                       if wider.at[1] <= q.start and q.end < span.start)
            before = wider if wider and wider.analyst and (wider.at[0] >= lo or mentioned_only) else before
            # ("Smith said that by avoiding the words “radical Islam,” critics are “…”": a phrase the text
            # talks about splits no report)
        if before and before.at[0] >= sentence_start:
            before = self._past_an_adjunct(text, index, span, sentence_start, before) or before
        meant = _MEANT_THAT.search(paragraph.grammar, lo, span.start - 1)
        participles = [m for m in REPORTING_VERB.finditer(paragraph.grammar, lo, meant.start()) if m.group(1).endswith(
            "ing") and _NOUN_BEFORE.search(paragraph.grammar, 0, m.start())] if meant else []
        if participles and not _WORD.search(_outside(paragraph, span.end + 1, hi)):
            # "Smith said Jones's tweet saying … meant that “…”": the participle's words end at the
            # verb of its noun phrase, and what the tweet meant is the sentence's own report
            before = self.cue_in(text, index, lo, participles[-1].start()) \
                or Cue(None, participles[-1].group(1), paragraph.number, "", participles[-1].span())
        if before and before.unsaid.startswith("framed") and _PREDICATE_AND.fullmatch(paragraph.grammar, before.at[1],
                                                                                         span.start - 1) \
                and _AUX_FIRST.match(paragraph.grammar, span.start):
            # "Smith said Jones begged him for help and “would have knelt”": the quotation is a predicate of
            # Jones's in Smith's report, not what Jones begged
            before = self.cue_in(text, index, lo, before.at[0]) or before
        led = self.clause_cue(text, index, lo, span.start - 1) if before else None
        if led and before and led.at[0] > before.at[1]:
            before = led  # "“A,” Jones said, and Smith resisted: “B”": the lead-in nearest B speaks for it
        elif before and before.analyst and _ANOTHER_LEAD_IN.search(_outside(paragraph, before.at[1], span.start - 1)) \
                and any(sentence_start <= q.start and q.end < before.at[0] for q in paragraph.quoted):  # the tag has
            # a quotation of its own ("“A,” Jones said as Smith met Roe: “B”"); "Smith told reporters as Jones
            # looked on: “B”" leads in B
            before = Cue(None, before.verb, before.paragraph, "", before.at)  # "“A,” Jones said as Smith met Roe: “B”"
        if before and before.verb.casefold() in THINKING_VERBS \
                and not self._thought_said(text, index, before, span, hi):
            before = None  # "Smith thinks the plan is “a disaster,” Jones said": a thought is no tag of the words
        if before and before.analyst and _relays(paragraph.grammar[:span.start], before.at[1]):
            before = Cue(None, before.verb, before.paragraph, "", before.at)  # "“A,” Smith said, quoting Jones, “B”"
        if after and not after.unsaid and (before and (before.analyst or before.words) and not re.search(
                r"[,;:—–]", paragraph.grammar[before.at[1]:span.start - 1]) or not before and self._said_before(
                paragraph, lo, span)):
            after = None  # "When Smith said he would “protect them,” the crowd applauded": said's complement;
            # "Roe called it “dead,” Smith recalled": Roe's words, which Smith recalls
        fragment = _PARTICIPLE_FRAGMENT.fullmatch(paragraph.grammar, sentence_start, span.start - 1)
        if not after and not before and fragment and REPORTING_VERB.fullmatch(fragment.group(1)) and first > 0:
            before = self.sentence_cue(text, index, first - 1)  # "Smith said it was “bad.” Adding, “…”": a
            # sentence that is a participle of saying goes on with the report before it
        cue = after or self.colon_cue(text, index, lo, span.start) or before \
            or self.tag_cue(text, index, span, lo, hi) or self._split_by_tag(text, index, span, first) \
            or self.cue_in(text, index, lo, hi, anonymous=True)
        stretch = paragraph.grammar[cue.at[1]:span.start - 1] if cue and cue.at[1] <= span.start else ""
        after_quotation = paragraph.grammar[span.end - 1:]  # from the quotation's last character
        in_words = _IN_WORDS_OF.search(stretch)
        if cue and cue.analyst and (stretch.rstrip().endswith(":") and _anothers_words(stretch, cue.verb)
                                    or _russian_words_of(stretch, cue.verb, after_quotation)
                                    or self._owned_by_another(text, index, cue, stretch, after_quotation)
                                    or self._relayed_aside(paragraph.grammar, cue.at[0])
                                    or in_words and not names_in(in_words.group(1), self.analysts[cue.analyst])):
            cue = Cue(None, cue.verb, cue.paragraph, "", cue.at)  # "Smith recalled Jones's words: “…”"
        lead_from = cue.at[1] if cue and cue.at[1] <= span.start else lo
        lead = paragraph.grammar[lead_from:span.start - 1]
        if (cue is None or not cue.analyst) and (not lead.rstrip().endswith(":") or _RU_OWNED.search(lead)):
            cue = self._owners_words(text, index, lead_from, lead,
                                     cue.verb if cue else "", after_quotation) or cue
            # "Smith disputed Jones's claim that the bridge was “…”": the claim's owner speaks
        if cue:
            return cue
        owner = self._owner_of_the_words(text, index, span, lo, hi)
        if owner:
            return owner  # "the pull of Obama's “…” promise", "“…,” in Bolton's view"
        shared = self._shared_cue(text, index, span, paragraph.sentences[first][0], follow) \
            or self._sentence_verb(text, index, span, lo, hi, first, last) \
            or self._colon_report(text, index, span, first)
        if shared:
            return shared
        if _relays(paragraph.grammar, paragraph.sentences[first][0]):
            return None  # "Quoting Jones: “…”": relayed words, which no report before them speaks for
        own_subjects = {self.resolve(text, index, m) for m in self.mentions(text, index)
                        if paragraph.sentences[first][0] <= m.start < span.start and m.analyst and not m.possessive
                        and not _quoted(paragraph, m.start) and _WORD.search(_outside(paragraph, m.end, span.start))
                        and not _object_of(paragraph.grammar, paragraph.sentences[first][0], m.start)}  # a subject
        # with a predicate of its own before the quotation ("Smith resisted: “…”"; not 'Biden “kind of misspoke”')
        for i, s in _neighbours(text, index, first, last):
            if i != index and not (follow and i < index and _opens_with_quotation(paragraph)):
                continue  # a cue crosses a paragraph only to one that opens with, or goes on with, a quotation
            if _introduces_quotation(text.paragraphs[i], s):
                # a neighbour's own quotation speaks through its cue ("“A,” said Bryant, a backer of Cruz, who
                # has since called … . “B”"), not through the verb that ends its sentence
                held = self._last_quotation_cue(text, i, s, span if i == index and s < first else None,
                                                follow=i < index) if i < index or follow else None
                cue = held or self.sentence_cue(text, i, s)
                if cue and own_subjects and cue.analyst not in own_subjects:
                    return None  # "“A,” Jones said. Smith, for his part, resisted: “B”": B's own sentence names
                    # another subject, which no tag before or after it speaks for (nor one naming nobody known:
                    # 'Pew found that “…” Since then, the share of Republicans saying “…”')
                rest = text.paragraphs[i].grammar[cue.at[1]:text.paragraphs[i].sentences[s][1]] if cue else ""
                if cue and cue.analyst and not held and rest.rstrip().endswith(":") and _anothers_words(rest, cue.verb):
                    cue = Cue(None, cue.verb, cue.paragraph, "", cue.at)  # "posted a letter he had received:"
                if cue and cue.verb.casefold() in QUESTION_VERBS and i == index and s < first \
                        and not _ASKING.match(paragraph.grammar, span.start, span.end) \
                        and self._put_to_another(text, index, cue):
                    return None  # "“Will you resign?” Jones asked Smith. “Never.”": Smith's answer
                if cue and (i == index or cue.verb.casefold() not in QUESTION_VERBS):  # a new paragraph answers
                    return cue
        if not follow:  # a report just before, in its paragraph, leads to no other cue, nor does a quotation before
            return self.lead_in(text, index) or self._report_before(text, index, span, first) \
                or self._across_sentences(text, index, span, first)
        return self.lead_in(text, index) or self._subject_before(text, index, span) \
            or self._report_before(text, index, span, first) or self._across_sentences(text, index, span, first) \
            or self._signed_below(text, index)

    def _thought_said(self, text: SourceText, index: int, cue: Cue, span: QuotedSpan, hi: int) -> bool:
        """Does a verb of thought introduce the quotation as its thinker's words? Only where the quotation
        ends its sentence inside the thought's own content, which a name opens as its subject ("Ryan worried
        that the net was becoming “a hammock …”"): not after a comma or a possessive, past another name or a
        relative clause, nor before a tag or a noun ("the “stolen election” myth")."""
        paragraph = text.paragraphs[index]
        grammar = paragraph.grammar
        lead = grammar[cue.at[1]:span.start - 1]
        thinker = [m for m in self.mentions(text, index) if m.analyst and m.end <= cue.at[0]
                   and _NAME_TO_VERB.fullmatch(grammar, m.end, cue.at[0])]
        sentence_start = paragraph.sentences[paragraph.sentence_at(span.start - 1)][0]
        return bool(thinker) and _names_lead(_stretch_words(grammar, sentence_start, thinker[-1].start)) \
            and not _WORD.search(_outside(paragraph, span.end + 1, hi)) \
            and not re.search(r"(?:[,:;]|['’]s?)\s*$", lead) \
            and not _RELATIVE_WORD.search(_outside(paragraph, cue.at[1], span.start)) \
            and not any(cue.at[1] <= m.start < span.start and not _quoted(paragraph, m.start)
                        for m in self.mentions(text, index))

    def claim_before(self, text: SourceText, index: int, lo: int, at: int) -> Cue | None:
        """A noun of saying right before reported words, and the name that owns it ("Sanders's claim that
        …", "the Sanders claim to …", REPORTING_NOUNS): for reported speech, a report like a verb's."""
        clean = text.paragraphs[index].grammar
        noun = _CLAIM_BEFORE.search(clean, lo, at)
        owner = [m for m in self.mentions(text, index) if noun and m.end == noun.start() and m.analyst]
        if not noun or not owner:
            return None
        return Cue(self.resolve(text, index, owner[-1]), noun.group(1), text.paragraphs[index].number,
                   owner[-1].words, noun.span(1))

    def _owner_of_the_words(self, text: SourceText, index: int, span: QuotedSpan, lo: int, hi: int) -> Cue | None:
        """The owner a sentence with no verb of saying gives the words: a possessive right before a
        quotation that names a thing of words after it ("the pull of Obama's “…” promise", QUOTED_THINGS),
        or the owner of a view the quotation is the whole of (VIEW_NOUNS: "“…,” in Bolton's view", "In Roe's
        words, “…”"; not "In Smith's view, the “stolen election” myth is fading"), or of the words whose clause
        holds it ("In Jones's words, the plan has been “a slow-motion car crash.”")."""
        paragraph = text.paragraphs[index]
        clean = paragraph.grammar
        views = {w.start(1) for w in _IN_WORDS_OF.finditer(clean, lo, hi)
                 if w.end() < span.start and (re.fullmatch(r"\s*,?\s*", clean[w.end():span.start - 1])  # "In Roe's
                                              # words, “…”"
                                              or w.group().endswith("words") and self._words_go_on(
                                                  text, index, w.end(), span))
                 or w.start() > span.end and not _VIEW_GAP.search(_outside(paragraph, lo, w.start()))}
        named = [m for m in self.mentions(text, index) if m.possessive and m.analyst and lo <= m.start < hi
                 and not _quoted(paragraph, m.start)
                 and (m.start in views or re.fullmatch(r"['’]s?\s*", clean[m.end:span.start - 1])
                      and _named_thing(paragraph, span))]
        if len({m.analyst for m in named}) != 1:
            return None
        return Cue(self.resolve(text, index, named[0]), "'s", paragraph.number, named[0].words,
                   (named[0].start, named[0].end))

    def _words_go_on(self, text: SourceText, index: int, start: int, span: QuotedSpan) -> bool:
        """Does "In Roe's words," (ending at `start`) reach a quotation later in its clause ("In Jones's words, the
        plan has been “a slow-motion car crash.”"): a comma, then no verb of saying in any form, before the
        quotation or after it in its clause ("critics call it “…”", "“…” is what critics call it"), no name,
        no possessive, no clause mark, no conjunction or subordinator opening a clause of its own?"""
        clean = text.paragraphs[index].grammar
        end = span.start - 1
        between = clean[start:end]
        after = re.match(r"[^;:.!?“”\"«»]*", clean[span.end + 1:])
        clause_after = after.group() if after else ""  # the quotation's clause after it
        rest = _REST_OF_CLAUSE.match(clause_after)  # up to a relative clause's own ("for callers who report")
        framing = [m for m in FRAMING.finditer(between) if not _IN_SUBJECT_RELATIVE.search(between, 0, m.start())]
        return between.lstrip().startswith(",") and not re.search(r"[;:.!?“”\"«»]|['’]s\s", between) \
            and not _SAYING.search(between) and not framing and not _RELATIVE_GAP.search(clause_after) \
            and not _SAYING.search(rest.group() if rest else "") \
            and not any(start <= m.start < end for m in self.mentions(text, index)) \
            and not {w.casefold() for w in _WORD.findall(between)} & SUBORDINATORS \
            and not _ANOTHER_CLAUSE_IN_WORDS.search(between)
        # "because voters saw it as": a clause of its own; "a failure and “a slow-motion car crash”" is one phrase

    def _past_an_adjunct(self, text: SourceText, index: int, span: QuotedSpan, sentence_start: int,
                         inner: Cue) -> Cue | None:
        """The report whose content opens with an adverbial phrase or clause that holds the verb nearest a
        quotation and ends at a comma before it ("Smith said that by refusing to say the words “X,” critics are
        “…”", "Smith said that, after Jones spoke, the plan was “dead”"): the quotation is in the clause after
        the comma, the report's own."""
        clean = text.paragraphs[index].grammar
        adjunct = _ADJUNCT.search(clean, sentence_start, inner.at[0])
        if not adjunct or not _CLAUSE_AFTER_COMMA.search(clean, inner.at[1], span.start - 1):
            return None
        outer = self.cue_in(text, index, sentence_start, adjunct.start())
        return outer if outer and _INTO_CONTENT.fullmatch(clean, outer.at[1], adjunct.start()) else None

    def _possessor(self, text: SourceText, index: int, at: int) -> Mention | None:
        """The possessive mention that the offset `at` falls in ("Mary Jones's": its name's first word or last)."""
        return next((m for m in self.mentions(text, index) if m.start <= at < m.end and m.possessive), None)

    def _owners_words(self, text: SourceText, index: int, at: int, stretch: str, verb: str,
                      after: str) -> Cue | None:
        """The analyst whose claim, remark or promise (QUOTED_THINGS) right before the quotation holds
        it, when a name owns it ("Smith disputed Jones's claim that the bridge was “…”", "mocked Smith's
        promise to “…”", "напомнили слова Ивана Петрова «…»"): the words are the owner's, whoever speaks of
        them, unless they judge the claim (`_judges_the_claim`; `after`: the text after the quotation)."""
        russian = _russian_words_of(stretch, verb, after)
        if russian:  # "Журналисты напомнили слова Ивана Петрова «…»": the owner in the genitive
            name = next((m for m in self.mentions(text, index) if at + russian.start() < m.start < at + russian.end()),
                        None)
            analyst = self.resolve(text, index, name) if name else None
            return Cue(analyst, russian.group().split()[0], text.paragraphs[index].number, name.words,
                       (at + russian.start(), at + russian.end())) if name and analyst else None
        base, owned = _owned_thing(stretch, at)
        if not owned or not owned.group("owner") or not owned.group("owner")[:1].isupper():
            return None
        tail = owned.group()[owned.end("noun") - owned.start():].strip()
        if tail in ("to", "of") and owned.group("noun") not in _PROMISES:
            return None  # "Jones's response to “Operation Sweep”": what she answered, not her words
        if _judges_the_claim(stretch[:base - at + owned.start()], tail, verb, after):
            return None  # the judge's words
        name = self._possessor(text, index, base + owned.start("owner"))
        analyst = self.resolve(text, index, name) if name else None
        if name is None or analyst is None:
            return None
        noun = (base + owned.start("noun"), base + owned.end("noun"))
        return Cue(analyst, owned.group("noun"), text.paragraphs[index].number, name.words, noun)

    def _owned_by_another(self, text: SourceText, index: int, cue: Cue, stretch: str, after: str) -> bool:
        """Is the quotation the content of a thing of words that is not the speaker's, right before it
        (QUOTED_THINGS): another's ("condemned Jones's remark that “…”"), a thing's ("under a banner
        reading “…”", "the chant of “…”"), or a pronoun's past another name ("said Jones would keep her
        pledge to “…”")? Not a statement the speaker makes ("issued a statement, “…”", "said in a
        statement:") nor the speaker's own ("repeated his pledge to “…”")."""
        base, owned = _owned_thing(stretch, cue.at[1])
        if not owned or cue.verb.casefold() in ANSWERING_VERBS \
                or re.search(r"(?<![\w'’-])(?:from|in|on|via|through)\s+$", stretch[:base - cue.at[1] + owned.start()]):
            return False  # "Smith answered Jones's question: “No.”"; "said, reading from a prepared statement, “…”"
        if not owned.group("owner") and cue.verb.casefold() in MAKING_CLAIMS:
            return False  # "Smith has made repeated claims that …": the subject's own
        tail = owned.group()[owned.end("noun") - owned.start():].strip()
        if _judges_the_claim(stretch[:base - cue.at[1] + owned.start()], tail, cue.verb, after):
            return False  # "Smith called Jones's claim that the bridge was unsafe “absurd”": Smith's judgement
        owner = owned.group("owner") or "the"  # "dismissed claims that …": nobody's in particular
        if owner[:1].isupper() and owner.casefold() not in ("the", "a", "an", "this", "that", "his", "her", "their",
                                                              "its"):
            name = self._possessor(text, index, base + owned.start("owner"))
            return name is None or self.resolve(text, index, name) != cue.analyst
        if owner.casefold() in ("his", "her", "their", "its"):
            return any(cue.at[1] <= m.start < base + owned.start() and m.analyst and m.analyst != cue.analyst
                       for m in self.mentions(text, index))
        made = owned.group("noun") in STATEMENT_NOUNS and not re.search(r"['’]s?\s", owned.group("between")) \
            and (cue.verb.casefold() in PRODUCING or _SPEECH_MEDIUM.search(stretch))  # not "the senator's reply"
        return not made

    @staticmethod
    def _relayed_aside(clean: str, verb_at: int) -> bool:
        """Does a relaying participle set off right before the verb give the words to someone else ("Smith,
        quoting the governor, said: “…”"; not "Smith, reading from a prepared statement, said")?"""
        aside = _RELAYING_ASIDE.search(clean, 0, verb_at)
        return aside is not None and _relays(clean, aside.start()) is not None

    @staticmethod
    def _said_before(paragraph: Paragraph, lo: int, span: QuotedSpan) -> bool:
        """Does a finite verb of saying stand in the quotation's own clause before it? ("The crowd chanted
        “…” for Jones, said Smith."; not a participle: "Citing …, Will urged" is the tag's.)"""
        own = _outside(paragraph, lo, span.start - 1)
        return any(not re.search(r"[,;:—–]", own[m.end():]) and not m.group(1).endswith("ing")
                   for m in REPORTING_VERB.finditer(own))

    @staticmethod
    def _tags_the_sentence(paragraph: Paragraph, span: QuotedSpan, after: Cue, lo: int) -> bool:
        """Does a tag that closes the sentence report all of it, past "and" or "but" after the quotation
        ("“…,” and donations rose, Smith said.", "They want a “fighter” and the city frets, said Doe.")?
        Not when a verb of saying before the quotation is its own ("The crowd yelled “traitor” and Jones
        left, Smith said."), nor when a quotation that opens the sentence ends with no stop or comma of
        its own: then it is part of a subject ("“Lock him up” and other chants filled the hall, Smith said.")."""
        clean = paragraph.grammar
        if not _closing_tag(clean, after) or _SAYING.search(_outside(paragraph, lo, span.start)):
            return False
        opens = not _WORD.search(clean, paragraph.sentences[paragraph.sentence_at(span.start - 1)][0], span.start)
        return not opens or bool(re.search(r"[,.!?]\W*$", clean[span.start:span.end + 2]))

    def _colon_report(self, text: SourceText, index: int, span: QuotedSpan, first: int) -> Cue | None:
        """A quotation after a colon that ends a report goes on with it ("Smith said this was a “fatal
        mistake” and that she had learned: “…”"): the one verb of saying before the colon in its sentence,
        when it names an analyst ("Smith said Jones had written to him:" has two, and stays unclear)."""
        paragraph = text.paragraphs[index]
        lead = paragraph.grammar[:span.start - 1].rstrip(" \"“„«")
        lo = paragraph.sentences[first][0]
        if not lead.endswith(":") or len(lead) <= lo \
                or len(REPORTING_LEAD.findall(_outside(paragraph, lo, len(lead)))) != 1:
            return None
        cue = self.cue_in(text, index, lo, len(lead) - 1, prefer="after")
        between = _outside(paragraph, cue.at[1], len(lead)) if cue else ""
        if _TAKEN_IN.search(between) or _NEW_SUBJECT_JOINED.search(between):
            return None  # "… and read from it:", "Smith calls Jones “a liar” and Jones has a reply:"
        return cue if cue and cue.analyst and not cue.unsaid else None

    def _across_sentences(self, text: SourceText, index: int, span: QuotedSpan, first: int) -> Cue | None:
        """A sentence that is one quotation goes on with an earlier quotation of its paragraph, or of the
        paragraphs before when it opens its own, across sentences that bring in no other voice: no verb of
        saying, no account's handle, no sound (`VOICED`: "They booed."), no name but the speaker's opening a
        clause ("“…,” Woolson said. They also lie in a dead zone. “That's a tough area.”"; "Roloson supports
        Mary Jones. “…”" keeps Roloson's voice; "Jones shook her head." does not)."""
        paragraph = text.paragraphs[index]
        lo, hi = paragraph.sentences[first]
        if span.start - 1 != lo or _WORD.search(_outside(paragraph, lo, hi)):
            return None
        between: list[tuple[int, int, int]] = []  # (paragraph, start, end) of each sentence between
        i, s = index, first
        while len(between) <= ACROSS_SENTENCES:
            if s > 0:
                s -= 1
            elif i > 0 and index - i < ACROSS_PARAGRAPHS and _same_voice(text, i - 1, i) \
                    and (i < index or _opens_with_quotation(paragraph)):
                i, s = i - 1, len(text.paragraphs[i - 1].sentences) - 1
            else:
                return None
            if _introduces_quotation(text.paragraphs[i], s):
                break
            between.append((i, *text.paragraphs[i].sentences[s]))
        else:
            return None
        if not between:
            return None  # the sentence just before was tried as a neighbour
        cue = self._last_quotation_cue(text, i, s)
        if cue is None or not cue.analyst or cue.unsaid:
            return None
        for p, start, end in between:
            words = text.paragraphs[p].grammar[start:end]
            if _SAYING.search(words) or _VOICE.search(words) or _HANDLE.search(words) \
                    or self._another_subject(text, p, start, end, cue.analyst) \
                    or not self._keeps_the_speaker(text, p, start, end, cue.analyst):
                return None
        return cue

    def _keeps_the_speaker(self, text: SourceText, index: int, start: int, end: int, speaker: str) -> bool:
        """Does a sentence between two quotations keep their speaker: open with them, by name or by a
        pronoun of their kind ("She pauses.", "Viguerie is upbeat …"), maybe after a phrase and a comma
        that no subordinator opens ("A nurse from Nashua, she plans …"), or be a word or two ("Pause.")? A
        sentence about anyone or anything else ("Then a voter stood up.", "The crowd was having none of
        it.", "Roe was blunter.") may bring in the next voice."""
        clean = text.paragraphs[index].grammar
        if len(_WORD.findall(clean, start, end)) <= 2 \
                and not any(start <= m.start < end for m in self.mentions(text, index)):
            return True  # "Pause."
        first = next((m for m in self.mentions(text, index) if start <= m.start < end), None)
        if first is None or first.possessive:
            return False
        lead = [w for w in _WORD.findall(clean, start, first.start)
                if w.casefold() not in CLAUSE_ADVERBS | _CONJUNCTIONS]
        if lead and not (_COMMA_BEFORE.search(clean, start, first.start) and lead[0].casefold() not in SUBORDINATORS
                         and not {w.casefold() for w in lead} & OBJECT_PRONOUNS):
            return False  # "An immigrant from Uganda, she plans …" keeps her; "When a voter rose, she …" and "Seated
            # beside him, she …" may not
        pronoun = first.words.casefold()
        if pronoun in PRONOUNS:  # "She pauses." for a person, "They pause." for an organisation
            kind = self.analysts[speaker].kind if speaker in self.analysts else None
            return kind is None or kind in PRONOUNS[pronoun]
        return self.resolve(text, index, first) == speaker

    def _another_subject(self, text: SourceText, index: int, start: int, end: int, speaker: str) -> bool:
        """Does a name or a pronoun other than the speaker's open a clause in [start, end) of a paragraph:
        at a sentence's start, or after a clause mark or a conjunction, right before a lower-case word?
        A capitalised first word of a sentence is a name when the text capitalises it elsewhere too."""
        paragraph = text.paragraphs[index]
        clean = paragraph.grammar
        for m in self.mentions(text, index):
            if start <= m.start < end and not m.possessive and not _quoted(paragraph, m.start) \
                    and self.resolve(text, index, m) not in (speaker, None):
                lead = _TITLES_BEFORE.sub("", clean[start:m.start]) + " "  # "supports Democrat Hillary Clinton"
                if not _inside_clause(lead, 0, len(lead)) or _COPULA_BEFORE.search(lead):
                    return True  # "His rival, Mary Jones, shook her head."; "Next to him was Mary Jones."
        for opening in _CLAUSE_START.finditer(clean, start, end):
            run = _SUBJECT_RUN.match(clean, opening.end(), end)
            if not run or _quoted(paragraph, run.start()):
                continue
            words = run.group().split()
            while words and words[0].casefold() in CLAUSE_ADVERBS | _CONJUNCTIONS | SUBORDINATORS:
                words.pop(0)  # "But Roe shook", "When Roe arrived"
            if not words or words[0].casefold() in _PREPOSITIONS \
                    or any(run.start() <= m.start < run.end() for m in self.mentions(text, index)):
                continue  # "In Iowa, they …" opens with a place; an analyst's name was judged above
            if len(words) > 1 or self._capitalised_elsewhere(text, words[0]):
                return True
        return False

    @staticmethod
    def _capitalised_elsewhere(text: SourceText, word: str) -> bool:
        """Does the text capitalise the word (a name, not "Those") where no sentence starts?"""
        pattern = re.compile(rf"(?<=[\w,;]\s){re.escape(word)}(?![\w'’-])")
        return word.casefold() not in PRONOUNS and any(pattern.search(p.grammar) for p in text.paragraphs)

    def _report_before(self, text: SourceText, index: int, span: QuotedSpan, first: int) -> Cue | None:
        """A sentence that holds one quotation goes on from the sentence before it in its paragraph when that
        sentence reports a statement of someone it names and holds no quotation ("Coan argues that his
        client was peaceful. “The government is alleging …”"); not after a question. Words of its own
        around the quotation may not bring in a voice: no verb of saying, no name but the speaker's ("As
        a result, there's still “a very powerful industry.”")."""
        paragraph = text.paragraphs[index]
        lo, hi = paragraph.sentences[first]
        if first == 0 or [q for q in paragraph.quoted if lo <= q.start - 1 < hi or lo < q.end <= hi] != [span]:
            return None
        own = _outside(paragraph, lo, hi)
        if _SAYING.search(own) or FRAMING.search(own) or _VOICE.search(own) or _TAKEN_IN.search(own):
            return None  # "Critics call it “a farce.”", "The sign read “Shame!”"
        start, end = paragraph.sentences[first - 1]
        if any(start <= q.start - 1 < end for q in paragraph.quoted):
            return None  # a sentence with a quotation of its own: its cue, if any, was tried
        cue = self.cue_in(text, index, start, end, prefer="after", reporting=True)
        if cue is None or cue.unsaid or cue.verb.casefold() in QUESTION_VERBS | CITE_FORMS or not cue.analyst:
            return None  # "Smith cited Roe."
        if _SHARED_SUBJECT.search(paragraph.grammar, start, cue.at[0]):  # an "and"-verb: the sentence's subject speaks
            mentions = [m for m in self.mentions(text, index) if start <= m.start < end]
            opener = _clause_opener(paragraph.grammar, mentions, start, cue.at[0])  # "Smith seemed taken aback and
            # mentioned that …"
            if not isinstance(opener, Mention) or self.resolve(text, index, opener) != cue.analyst:
                return None  # "Protesters confronted Smith and shouted.": Smith is no subject
        lead = _outside(paragraph, lo, span.start - 1)
        if _WORD.search(lead) and not _EMPTY_SUBJECT.fullmatch(lead):
            return None  # "Smith argues it failed. To Roe, it is “…”", "The panel's experts found “…”"
        if _WORD.search(own) and (self._another_subject(text, index, lo, hi, cue.analyst) or any(
                lo <= m.start < hi and not _quoted(paragraph, m.start) and self.resolve(text, index, m) != cue.analyst
                for m in self.mentions(text, index) if m.analyst)):
            return None  # "Smith argues that it failed. Jones's plan is “a farce.”"
        return cue

    def _signed_below(self, text: SourceText, index: int) -> Cue | None:
        """A paragraph of quotation that the next paragraph signs with a dash and a name
        ("“We will win.”" | "- Jane Doe.")."""
        paragraph = text.paragraphs[index]
        if index + 1 >= len(text.paragraphs) or not _opens_with_quotation(paragraph) \
                or _WORD.search(_outside(paragraph, 0, len(paragraph.grammar))):
            return None  # not one quotation and nothing else
        below = text.paragraphs[index + 1]
        sign = _SIGNATURE.match(below.grammar)
        if not sign or not below.grammar[:sign.start("who")].strip():
            return None  # a dash must open the signature
        named = [m for m in self.mentions(text, index + 1) if sign.start("who") <= m.start and m.end == sign.end("who")]
        return Cue(self.resolve(text, index + 1, named[0]), "―", below.number, named[0].words,
                   (sign.start(), sign.start("who"))) if named else None

    def _sentence_verb(self, text: SourceText, index: int, span: QuotedSpan, lo: int, hi: int,
                       first: int, last: int) -> Cue | None:
        """The reporting verb of the sentence, past the other quotations it holds, for a quotation with
        no cue between them: 'Cruz says his “friend” Rubio ran “a fine campaign.”', 'It will carry “weight”
        and bring “firepower,” Sroka said.' The nearest verb still wins, so an inner report keeps its own
        speaker ('Smith said “A,” but Jones called it “B”')."""
        paragraph = text.paragraphs[index]
        start, end = paragraph.sentences[first][0], paragraph.sentences[last][1]
        before = self.cue_in(text, index, start, span.start) if lo > start else None
        if before and before.analyst and self._same_report(text, index, before.at[1], span.start, before.analyst,
                                                           objects=True):
            return before
        after = self.cue_in(text, index, span.end, end, prefer="after") if span.closed and hi < end else None
        if after and after.analyst and self._same_report(text, index, span.end, after.at[0], after.analyst,
                                                         objects=True):  # "… “firepower” they need, Smith said"
            return after
        return None

    def _subject_before(self, text: SourceText, index: int, span: QuotedSpan) -> Cue | None:
        """A paragraph that is one quotation and nothing else belongs to the speaker of the paragraph
        before, when that paragraph's last sentence reports a statement of someone it names ("On
        January 7, President Tokayev dismissed calls for talks." | "“What idiocy. …”"); not after a
        question ("Jones asked Smith if he would resign." | "“Never.”" is the answer)."""
        paragraph = text.paragraphs[index]
        if index == 0 or span.start != 1 or _WORD.search(paragraph.grammar, span.end) \
                or not _same_voice(text, index - 1, index):
            return None
        previous = text.paragraphs[index - 1]
        lo, hi = previous.sentences[-1]
        if previous.quoted and previous.quoted[-1].end > lo:
            return None  # a sentence with a quotation of its own: its cue, if any, was tried
        # the main clause's verb, the first: "Carter said that critics had been predicting a withdrawal."
        cue = self.cue_in(text, index - 1, lo, hi, prefer="after") or self.sentence_cue(text, index - 1,
                                                                                      len(previous.sentences) - 1)
        if cue is None or cue.unsaid or cue.verb.casefold() in QUESTION_VERBS:
            return None  # "Smith never said …", "Smith was asked …", "Smith asked the crowd …": nothing to carry
        return cue

    def _last_quotation_cue(self, text: SourceText, index: int, sentence: int,
                            sequel: QuotedSpan | None = None, follow: bool = False) -> Cue | None:
        """The cue of the last quotation a sentence holds: a paragraph that opens with a quotation goes
        on with the previous one's ("“…,” Barkley said. “… like Fox News.” | “And it’s become sad …”").
        After a question the next quotation is its answer, not its sequel, unless it is the `sequel` in
        the same paragraph of a question that a verb of asking does not put ("“Do they read papers?” said
        Doe. “Are they reading chain email?”"), or itself asks again ("“Would it stay?” Jones pressed.
        “Maybe let some stay?”"). With `follow` (a previous paragraph's), that quotation's own speaker
        however it was found, so that a run of quotation paragraphs goes on from the first one's tag."""
        paragraph = text.paragraphs[index]
        start, end = paragraph.sentences[sentence]
        held = [q for q in paragraph.quoted if start <= q.start - 1 < end or start < q.end <= end]
        if held and not held[-1].closed:  # no closing mark: the quotation runs on into the next paragraph
            return self.quotation_cue(text, index, held[-1])  # '"A …¶"B …"': one speaker, however it began
        if not held:
            return None
        asked = paragraph.grammar[held[-1].start:held[-1].end].rstrip(" .").endswith("?")
        if asked and sequel is None:
            return None
        tag = self.cue_in(text, index, held[-1].end, end, prefer="after") if held[-1].end < end else None
        between = paragraph.grammar[held[-1].end + 1:tag.at[0]] if tag else ""
        if tag and tag.analyst and not tag.unsaid and not re.search(r"[.;:!?—–]", between) \
                and len(_WORD.findall(between)) <= 5:
            return tag  # "… calling him “a buffoon,” Doe said." | "“But he's our buffoon!”": the tag's speaker goes on
        cue = self.quotation_cue(text, index, held[-1], follow=follow)
        if cue is None or cue.verb.casefold() in QUESTION_VERBS and not (
                asked and sequel and _ASKING.match(paragraph.grammar, sequel.start, sequel.end)):
            return None
        return cue


_SAYING = any_of(SAYING_FORMS)
_VOICE = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(VOICED)) + r")(?![\w'’-])", re.IGNORECASE)
# Where a clause may open: a sentence's start, a clause mark, a conjunction; its subject, capitalised words
# right before a lower-case word that is no preposition ("They also lie", "Jane Roe shook", not "Mason City.").
_CLAUSE_START = re.compile(r"(?:(?<![^.!?”\"]\s)(?<=\s)|^|[,;:—–(]\s*"
                           r"|(?<![\w'’-])(?:and|but|while|as|when|because|so)\s+)(?=[A-Z])")
_SUBJECT_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*(?=\s+(?!(?:" + "|".join(sorted(
    OBJECT_WORDS | {"on", "in", "at", "or", "and", "during"})) + r")\s)(?:\w+ly\s+)?[a-z]|,)")
_HANDLE = re.compile(r"(?<![\w@])@\w")  # an account's handle names a voice ("@potus.")
_COPULA_BEFORE = re.compile(r"(?<![\w'’-])(?:is|was|are|were|be|been)\s+$")
_TITLES_BEFORE = re.compile(r"(?:\s+[A-Z][\w'’.-]*)+\s*$")
_ASKING = re.compile(r"[^.!?]*\?")  # a quotation whose first sentence is a question


# The subject of a tag: a name (its title and initials included) or a personal pronoun.
_WHO = r"(?P<who>(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]*\.?\s+){0,3}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]*|he|she|they|I|он|она|они|я)"
_AN_ADVERB = rf"(?:(?!(?:{'|'.join(sorted(NOUNS_IN_LY))})\s)\w+ly\s+)?"  # "Smith ally said" has none
# After a quotation closed by a comma, '!' or '?': subject and verb, or verb and subject, then the
# sentence's end or a comma ("“…,” Smith interjected.", "“…,” said Rep. Jane Doe, a Democrat.").
_TAG_AFTER = re.compile(r"\s*(?:(?:(?:an?|the)\s+(?:(?!(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s)[a-z][\w'’-]*\s+)"
                        r"{1,2}(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))?"  # "an angry Smith"; not "a spokesman for Smith"
                        + _WHO + r"\s+" + _AN_ADVERB + r"(?P<verb>[a-zа-яё][\w'’-]*)(?:\s+(?:on|in|up|back|out))?"
                        r"|(?P<verb2>[a-z][\w'’-]*)\s+(?:(?:[A-Z][a-z]{1,4}\.)\s+)*" + _WHO.replace("who", "who2")
                        + r")\s*(?:[.,;!?]|$)")


def _named_after(titled: str, before: str) -> bool:
    """Is a titled name a place or an institution named after a title or a person (PLACE_NOUNS): a noun of one
    last, after "the" ("the Senator Hayes Building", "the Gov. Tom Reyes Bridge"), or after a title with no stop,
    right after it or after a first and a last name ("Dame Street", "Sir Winston Churchill Square"; not "Mr.
    Park", "Judge Alan Church", "Ambassador Kim Tower")?"""
    words = titled.split()
    return words[-1].casefold() in PLACE_NOUNS and (
        bool(re.search(r"(?i:the)\s+$", before)) and words[0].rstrip(".").casefold() not in ("rev", "hon")
        or not words[0].endswith(".") and len(words) in (2, 4))  # "the Rev. Timothy Hall" is a person


def _first_group(match: re.Match, *names: str) -> str:
    """The first of the named groups that the match has and filled (a tag's subject or verb)."""
    return next((n for n in names if n in match.re.groupindex and match.group(n) is not None), names[-1])


# Russian and Kazakh set the tag after the closing mark, a comma and a dash, verb first: «…», — пообещал
# Петров; «…», – деп атап өтті Садықова (up to two lower-case words before the verb that ends the phrase).
_TAG_AFTER_DASH = re.compile(r"\s*[,!?…]?\s*[—–]\s*(?:[а-яёәғқңөұүһі][\w-]*\s+){0,2}?"
                             r"(?P<verb2>[а-яёәғқңөұүһі][\w-]*)\s+" + _WHO.replace("who", "who2")
                             + r"(?![\w'’-])")
# "“…,” came the swift reply from Smith."
_REPLY_FROM = re.compile(r"\s*(?P<verb2>came)\s+(?:the|a|an)\s+(?:\w+\s+){0,2}?"
                         r"(?:reply|response|answer|retort|rejoinder)\s+from\s+" + _WHO.replace("who", "who2")
                         + r"\s*(?:[.,;!?]|$)")
# A signature: a dash, then a name ending the paragraph ("“…” ― Jane Doe", "“…” — Jane Doe, author").
_SIGNATURE = re.compile(r"\s*[―—–-]{1,2}\s*(?P<verb>)" + _WHO + r"\s*(?:,[^.!?]*)?[.]?\s*$")
# A clause that its subject opens and a colon or a comma ends, right before a quotation: "Smith
# swiped at Jones in a series of tweets:", "Trump boomed:", "Smith fumed,".
# A lead-in clause speaks only with a verb of saying, or through a medium of speech ("Smith swiped at
# Jones in a series of tweets:"); not with an auxiliary (a passive: "was greeted by"), not when it
# names another's words ("a report by Jones:", "from Jones:", "Jones's words:"), nor when its object
# is a written thing someone else made ("carried a sign:", "the headline in the Post:").
_OF_ANOTHER = re.compile(r"(?<![\w'’-])(?:by|from|от|из)\s+(?:the\s+)?[A-ZА-ЯЁ]|[A-Z][\w-]*['’]s\s+(?:\w+\s+)?(?:"
                         + "|".join(STATEMENT_NOUNS) + r"|words|slogan|quote|remark|remarks|line|motto)(?![\w'’-])")
_HANDED = re.compile(r"(?<![\w'’-])(?:was|were|been|being)\s+(?:handed|given|sent|shown|passed)(?![\w'’-])")
_WRITTEN_THING = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(WRITTEN_THINGS)) + r")(?![\w'’-])", re.IGNORECASE)
# (the nouns in lower case: "in the Post" names a newspaper, not a post)
_SPEECH_MEDIUM = re.compile(r"(?<![\w'’-])(?i:in|on|via|through)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                            r"(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(STATEMENT_NOUNS) + r")(?![\w'’-])")


# A lead-in with no verb that presents someone's words: "Here's Smith in 1992:", "More from Jones:",
# "From Smith's Facebook post:".
_PRESENTED = re.compile(r"(?:^|[.;!?—–-]\s+|\s-\s)(?i:(?:(?:and|but|so)\s+)?(?:here['’]s|here\s+is|here\s+was|"
                        r"(?:more\s+)?from))\s+(?:[A-Z][\w'’.-]*\s+){0,3}$")  # the name's words capitalised
_PRESENTED_TAIL = re.compile(r"(?:(?:['’]s?)?\s+(?:[\w'’-]+\s+){0,2}(?:" + "|".join(STATEMENT_NOUNS) + r")s?"
                             r"|\s+(?:in|on|at|during|last|this)\s+[^:.;!?“”\"«»]{1,30})?\s*")


_IN_WORDS_OF = re.compile(r"(?<![\w'’-])[Ii]n\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*?)['’]s?\s+(?:own\s+)?"
                          r"(?:" + "|".join(VIEW_NOUNS) + r")(?![\w'’-])")
# ("adding, in Jones's words, that it was “…”", "“…,” in Bolton's view": the words are Jones's, whoever
# relays them)
_RELATIVE_WORD = re.compile(r"(?<![\w'’-])(?:who|whom|whose|which)(?![\w'’-])", re.IGNORECASE)
_VIEW_GAP = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(AUXILIARIES | MODALS | {"be", "been"})) + r")(?![\w'’-])"
                       r"|^\s*[^\W\d_]", re.IGNORECASE)
# before "in X's view" after a quotation: a verb of its own ("“Socialism” is a dirty word, in Smith's view"), or
# words before the quotation, make the quotation part of a sentence, not the view itself
_SUBORDINATE_SUBJECT = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(SUBORDINATORS)) + r")\s+"
                                  r"(?P<subject>(?:the|a|an|his|her|their|its|one|[A-Z])[^,;:.!?\"“”«»]*?)"
                                  r"(?<!\sto)\s+(?:\w+ly\s+)?$")  # "… as a woman in the front row shouted"; not
# "stood up after Jones to say", where "after" is a preposition and the infinitive has no subject of its own
_CLAIM_BEFORE = re.compile(r"(?:['’]s?)?\s+(?:(?!to\s)[a-z][\w-]*\s+)?(" + "|".join(REPORTING_NOUNS)
                           + r")(?:\s+that)?\s+$")  # not the infinitive "pressed Smith to promise that"
_NAMED_THING_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(QUOTED_THINGS, key=len, reverse=True)) + r")(?![\w'’-])")
# A thing of words right before a quotation that it introduces, with its owner ("Jones's remark that", "a
# banner reading", "Jones's question,"); not "Jones's comments “show bias”", where the quotation says something
# of it.
# A clause of its own between "In Roe's words," and a quotation: ", and critics call it", "but critics call it", "yet
# critics", "but rather than praise it,", "but not to unions, who"; not "not a step forward but “…”", "but perhaps
# “…”", "modest yet “…”" nor "has not yet been “…”".
_ANOTHER_CLAUSE_IN_WORDS = re.compile(r",\s*(?:and|or|so|yet)(?![\w'’-])|(?<![\w'’-])(?:while|whereas)\s"
                                      r"|(?<![\w'’-])(?<!not )yet\s+(?=\w)"
                                      r"|(?<![\w'’-])but\s+(?:rather\s+than|not\s+\w+\s+\w+\W*,)"
                                      r"|(?<![\w'’-])but\s+(?![“\"«]|not\s|also\s|rather\s|perhaps\s|ultimately\s|"
                                      r"probably\s|possibly\s|maybe\s|$)")
# after a quotation, a relative clause whose verb of saying takes it as its object: "the “revolution” that its
# backers promise", "not the “gag order” that reporters claim"
_RELATIVE_GAP = re.compile(r"^\s*(?:that|which|whom)\s+(?:[\w'’-]+\s+){1,3}?" + _SAYING.pattern + r"(?:\s+it)?\s*$")
# a relative clause in the subject, whose verb of thought frames nothing: "anyone who thinks the crisis is over is"
_IN_SUBJECT_RELATIVE = re.compile(r"(?<![\w'’-])(?:who|that|which)\s+(?:[\w'’-]+\s+){0,2}$")
_REST_OF_CLAUSE = re.compile(r"(?:(?!(?:who|whom|whose|which|that)(?![\w'’-])).)*")
_PROMISES = frozenset("promise promises pledge pledges vow vows".split())  # "Smith's promise to “…”": the words
_OWNED_WORDS = re.compile(r"(?<![\w'’-])(?:(?P<owner>[A-Z][\w-]*['’]s?|(?i:the|a|an|this|that|his|her|their|its))\s+"
                          r"|(?<=\s)(?=[a-z]+s\s+that\s))"  # or none before a plural: "dismissed claims that"
                          r"(?P<between>(?:[\w'’-]+\s+){0,2}?)"
                          r"(?P<noun>" + "|".join(sorted(QUOTED_THINGS, key=len, reverse=True)) + r")"
                          r"(?:\s+(?:that|of|to|reading|saying|was|is|were|which\s+(?:read|reads|said|says))\s*"
                          r"|\s*[,:]\s*|\s+that\s+(?:[\w'’-]+\s+){1,8})$")  # "Jones's claim that the plan was “…”"


def _owned_thing(stretch: str, at: int) -> tuple[int, re.Match | None]:
    """The thing of words that ends the stretch before a quotation (`_OWNED_WORDS`, within its last 120
    characters), and where that window starts in the paragraph (the stretch starts at `at`)."""
    return at + max(0, len(stretch) - 120), _OWNED_WORDS.search(stretch[-120:])


# A Russian noun of someone's words and its owner in the genitive, right before a quotation that is their content:
# after "о" ("заявление министра о «…»"), or right after the owner ("напомнил слова министра «…»"), unless a verb of
# naming makes the quotation its judgement (`_russian_judgement`: "назвал слова министра «бредом»" is Petrov's).
_RU_NOUN = r"(?<![\w-])(?:" + "|".join(sorted(RUSSIAN_STATEMENT_NOUNS)) + r")"
_RU_ABOUT = re.compile(_RU_NOUN + r"(?:\s+(?!сво)[а-яё]+){0,2}?\s+(?:о|об)\s*$")
_RU_INSTRUMENTAL = r"(?:ой|ей|ым|им|ыми|ими|ами|ями|ом|ем|ём|ью)"  # "«…» преждевременными", "враньём"
_RU_OWN_MEANS = r"(?:ым|ыми|ими|ами|ями|ом|ем|ём|ью)"  # "словами": the subject's own means, never a genitive owner
# instrumentals of time, not complements: "«…» вечером", "весной"
_RU_TIMES = r"(?:утром|днём|днем|вечером|ночью|весной|летом|осенью|зимой)"
# the owner in the genitive, up to four words, its last no instrumental, and a place after it ("на форуме")
_RU_OWNER_WORD = r"\s+(?!(?:сво|о|об|про|в|на|с|за)(?![а-яё]))"
_RU_ANSWERED = r"(?<!ответил на )(?<!ответила на )(?<!ответили на )(?<!ответ на )(?<!отвечая на )"
_RU_OWNED = re.compile(_RU_ANSWERED + _RU_NOUN + r"(?:" + _RU_OWNER_WORD + r"[а-яё]+){0,3}" + _RU_OWNER_WORD
                       + r"(?![а-яё]*" + _RU_OWN_MEANS + r"(?![а-яё]))(?!(?-i:[а-яё])[а-яё]*ой(?![а-яё]))[а-яё]+"
                       r"(?:\s+(?:в|во|на)\s+[а-яё]+){0,2}"
                       r"\s*(?P<colon>:?)\s*$",
                       re.IGNORECASE)  # not "ответил на заявление министра «…»", "в ответ на": his answer
# after the quotation (from its last character), another complement in the instrumental: "назвал слова министра «…»
# преждевременными"; not a time, a manner or whom it was said to ("«бредом» вчера", "публично", "журналистам")
_RU_COMPLEMENT_AFTER = re.compile(r"[^,.;:!?][»”\"]*\s+(?:не\s+более\s+чем\s+|не\s+чем\s+иным,?\s+как\s+|попросту\s+)?"
                                  r"(?!" + _RU_TIMES + r"(?![а-яё])|сво|одн[а-яё]*\s+из\s+(?:первых|немногих)|"
                                  r"прошлой|тем\s+же|поздним)"
                                  r"[а-яё]+" + _RU_INSTRUMENTAL + r"(?![а-яё])")


def _russian_words_of(stretch: str, verb: str, after: str) -> re.Match | None:
    """The Russian noun of someone else's words, with its owner, whose content a quotation is (_RU_ABOUT,
    _RU_OWNED); None where a verb of naming makes the quotation its own judgement (`_russian_judgement`)."""
    about = _RU_ABOUT.search(stretch)
    if about:
        return about
    owned = _RU_OWNED.search(stretch)
    if owned is None or _russian_judgement(verb, after) or owned.group("colon") and not (
            verb.casefold() in RUSSIAN_RECALLING_VERBS  # the report's verb, or a word right before the noun
            or {w.casefold() for w in _WORD.findall(stretch[:owned.start()])[-2:]} & RUSSIAN_RECALLING_VERBS):
        return None  # "прокомментировал слова министра: «…»": the subject's own comment
    return owned


def _russian_judgement(verb: str, after: str) -> bool:
    """Is a quotation after a Russian verb of naming's object its judgement (RUSSIAN_NAMING_VERBS: "назвал
    заявление министра «популизмом»"), no other complement following it?"""
    return verb.casefold() in RUSSIAN_NAMING_VERBS and not _RU_COMPLEMENT_AFTER.match(after)


_POSSESSOR = {"его": "он", "её": "она", "ее": "она", "их": "они"}  # a Russian possessive's pronoun: "по его словам"
_WAS = re.compile(r"\s*(?:was|is)\s+")
# After a quotation (from its last character), a complement of a verb of naming that makes the quotation part of
# its object ("called Jones's claim that the bridge was near “collapse” exaggerated", "… “unsafe” to be baseless",
# "… at best misleading", "… wildly exaggerated"): no stop, and a word that opens no phrase of time, place or manner
# and no second clause ("“absurd” on Tuesday", "“absurd” without offering evidence", "“absurd,” adding", "“absurd”
# once again").
_NOT_A_COMPLEMENT = (r"(?:hours|minutes|days|weeks|even|once|following|ahead|and|or|but|as|last|this|next|yesterday|"
                     r"today|earlier|later|again|then|when|while|because|although|though|unless|until|"
                     + "|".join(sorted(PREPOSITIONS | CALENDAR_WORDS | TIME_NOUNS)) + r")(?![\w'’-])")
_COMPLEMENT_AFTER = re.compile(r"[^,.;:!?][”\"»’]*\s+(?:at\s+(?:best|worst)|to\s+be|\w+ly\s+(?!" + _NOT_A_COMPLEMENT
                               + r")[a-z]|(?!" + _NOT_A_COMPLEMENT + r"|\w+ly(?![\w'’-]))[a-z])", re.IGNORECASE)
# A claim's clause that the quotation must complete: it ends with a copula, an auxiliary, a preposition or "to"
# ("that the bridge was “near collapse”", "that she would “…”").
_JUDGING_FORM = re.compile(r"(?<![\w'’-])(?<!the )(?<!a )(?<!an )(?:" + "|".join(sorted(NAMING_VERBS | AS_JUDGING_VERBS,
                                                                                 key=len, reverse=True))
                           + r")(?![\w'’-])", re.IGNORECASE)
_OBJECT_WORDS_OF = OBJECT_WORDS | PREPOSITIONS
_OPEN_CLAUSE = re.compile(r"(?<![\w'’-])(?:is|was|are|were|be|been|being|am|has|have|had|will|would|could|should|can|"
                          r"must|might|may|to|of|in|on|at|for|with|by|from|into|a|an|the|his|her|their|its)$")
# A verb that takes "as" itself right before it, or after its object (AS_OBJECT_PREDICATES), in the claim's clause:
# "the fund was set up as “…”", "had treated the fund as “…”"; not "had built the bridge as “…”", nor a participle
# that an adverb makes an adjective ("the hospital was well run as “…”")
_AS_PREDICATE_BEFORE = re.compile(r"(?<![\w'’-])(?<!well )(?<!badly )(?<!poorly )(?:(?:"
                                  + "|".join(sorted(AS_PREDICATES)) + r")(?:\s+(?:up|out))?|(?:"
                                  + "|".join(sorted(AS_OBJECT_PREDICATES))
                                  + r")\s+(?:the|a|an|his|her|their|its|it|them)(?:\s+[\w'’-]+){0,2})\s+as$")
_ELLIPSIS = re.compile(r"(?<![\w'’-])than\s+[\w'’-]+\s+(?:had|has|have|would|will|did|does|do|could|can|was|is|were|"
                       r"are)$")  # "than he had “…”", not "than ever to “…”"


def _judges_the_claim(before_owner: str, tail: str, verb: str, after: str) -> bool:
    """Does a quotation after an owned claim's that-clause (`tail`, from "that" to the quotation) judge the claim,
    as the words of whoever judges it rather than the claim's? The judge is the verb whose object the claim is,
    right before its owner (`before_owner`, after the report's `verb`): not "called for an inquiry into Jones's
    claim". After "as" where the judge takes one (AS_JUDGING_VERBS), unless a verb of the claim's takes it
    (AS_PREDICATES: "that she had served as “…”"); as what a verb of naming calls it (NAMING_VERBS) unless the
    claim's clause waits for it ("that the bridge was “…”") or another complement follows it."""
    if not tail.startswith("that "):
        return False
    judging = [m for m in _JUDGING_FORM.finditer(before_owner)]  # the judge: the last judging verb, a verb (not
    # "the brand new council"), with only a role and the owner's first names between it and the owner ("called
    # opposition leader Mary Jones's claim"; not "called for an inquiry into Jones's claim", "terms, lenders accepted")
    if judging:
        judge, between = judging[-1].group().casefold(), before_owner[judging[-1].end():]
    else:
        judge, between = verb.casefold(), before_owner
    words = [w.casefold() for w in _WORD.findall(between)]
    if judge not in NAMING_VERBS | AS_JUDGING_VERBS or set(words) & _OBJECT_WORDS_OF or len(words) > 5 \
            or re.search(r"[,;:]", between):
        judge = ""
    if re.search(r"(?<![\w'’-])as$", tail):
        return judge in AS_JUDGING_VERBS and not _AS_PREDICATE_BEFORE.search(tail)
    waits = _OPEN_CLAUSE.search(tail) and not _ELLIPSIS.search(tail)  # not "more than he had", "than his would"
    return judge in NAMING_VERBS and not waits and not _COMPLEMENT_AFTER.match(after)


_OWNERS_NOUN = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(STATEMENT_NOUNS) + r")(?![\w'’-])")
_RESPONSE_WAS = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(STATEMENT_NOUNS) + r"|words)"
                           r"(?:\s+(?:to|on|for|about)\s+[^,:;.!?“”\"«»]{1,40}?)?"  # "Warren's message to voters"
                           r"\s+(?:was|were|is|are|read|reads)(?:\s+(?:\w+ly\s+)?(?:" + "|".join(sorted(
                               MANNER_ADJECTIVES)) + r"|(?:one|two|three|four|five|a\s+few)\s+words?))?\s*")
# "Clinton's response was:", "Smith's response was two words:", "Jones's reply to Smith's letter was curt:"


def _anothers_words(stretch: str, verb: str) -> bool:
    """Does the stretch between a verb and a quotation name someone else's words or a written thing as
    its object ("cited a report by Jones:", "recalled Jones's words:", "carried a sign:")? Not a medium
    of the speaker's own ("wrote in a letter:"), nor a thing the verb makes ("wrote an open letter:")."""
    if _OF_ANOTHER.search(stretch) or _TAKEN_IN.search(stretch) or _HANDED.search(stretch) \
            or verb.casefold() in CITE_FORMS and re.search(r"[A-Z]", stretch):
        return True  # "said he heard:", "posted a letter he had received:", "was handed a note:", "cited Jones:"
    return bool(_WRITTEN_THING.search(stretch)) and not _SPEECH_MEDIUM.search(stretch) \
        and verb.casefold() not in PRODUCING


_A_FINDING_BY = re.compile(r"\s*(?i:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(STATEMENT_NOUNS + FINDING_NOUNS)
                           + r")s?\s+(?:(?:filed|issued|released|written|signed|published|sent|posted)(?:\s+out)?\s+)?"
                           r"(?:by|from|of)\s+"
                           r"(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}")  # "a court document filed by state attorney X"
_OWNERS_STATEMENT = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(STATEMENT_NOUNS) + r")"
                               r"(?:\s+(?:to|on|in)\s+(?:[\w'’-]+\s+){1,3}?)?\s*(?:\w+ly\s+)?")
# a statement its possessive maker heads, with no other verb or name of its own ("Jones's statement",
# "Jones's fundraising email to supporters"): the subject of the verb right after it

# Words of a lead-in that hand the floor to another or name words, findings, printed things, sounds or a crowd
# that may not be the subject's own ("attacked the report:", "pointed to the ad:", "walked past protesters:").
_HANDED_OVER = HANDING_OVER | NOT_ONES_OWN | VOICED | QUOTED_THINGS | PRINTED_THINGS | CROWDS \
    | frozenset(STATEMENT_NOUNS + FINDING_NOUNS)
_STANCE = re.compile(r"\s*(?:\w+ly\s+)?(?:(?:back|out|in|firm|down)\s*)?"
                     r"(?:(?:at|against)\s+(?:[A-Z][\w'’.-]*\s*){1,4})?|\s+(?:the|a|an|his|her|their|its|this|that)\s+(?:[a-z][\w-]*\s+){0,2}(?:"
                     + "|".join(STANCE_NOUNS) + r")(?![\w'’-])[^:—–]*")
# what a lead-in with no verb of saying may hold after its verb: nothing but an adverb, a particle or a
# target ("resisted:", "hit back:", "swiped at Jones:"), or a stance of its own (STANCE_NOUNS)
_TARGETED = re.compile(r"(?<![\w'’-])(?:at|against)\s+(?:[A-Z][\w'’.-]*\s+){0,3}$")  # "swiped at Sen. Jane Doe"
_A_STATEMENT = re.compile(r"(?<![\w'’-])(?:" + "|".join(STATEMENT_NOUNS) + r")(?![\w'’-])", re.IGNORECASE)
_LEAD_ADVERB = r"(?:(?:\w+ly|" + "|".join(sorted(w for w in CLAUSE_ADVERBS - AUXILIARIES - {"have", "do"}
                                                  if w.isascii())) + r")\s+)?"  # "Smith also embraced"
_LEAD_CLAUSE = re.compile(r"(?:^|[.;!?,]\s+|[”»\"]\s*,?\s*)"
                          r"(?P<described>(?:[A-Z][\w'’-]*\s+){0,3}?(?:[a-z][\w'’-]*\s+){0,3})?"  # "Senate Majority"
                          + _WHO + r"(?:,\s+(?:[A-Z]-[A-Z][\w.]*"  # ", R-Ky.,", ", a senator,", ", Doe's aide,"
                          r"|(?:a|an|the|[A-Z][\w-]*['’]s)\s+[^,.;:!?“”\"«»]{1,60}),)?"
                          r"\s+" + _LEAD_ADVERB  # "Smith also embraced", "Smith has adopted"
                          + r"(?:(?:has|have|had)\s+(?!been\s)(?=[a-z][\w'’-]*ed\s))?"
                          r"(?P<verb>[a-z][\w'’-]*(?:ed|s)|had|" + "|".join(sorted(IRREGULAR_PASTS)) +
                          r"|[а-яё][\w-]*(?:л|ла|ло|ли|ет|ит|ют|ят))(?![\w'’-])"
                          r"[^.;!?,:“”\"«»]*?\s*(?P<mark>[:,—–]|--?)\s*$")


# "was" and an adjective of manner (MANNER_ADJECTIVES), perhaps graded, before a colon: how the subject speaks
# ("Smith was blunt:", "Smith was more cautious:"); not "was absent:", "was greeted:", "was there when …"
_STANCE_ADJECTIVE = re.compile(r"\s+(?:(?:more|less|even|equally|far|much|[a-z]+ly)\s+)?(?:" + "|".join(sorted(
    MANNER_ADJECTIVES)) + r")\s*[:—–]\s*")


# "had" and words for someone before a colon: the subject's own ("Jones had a warning for Smith:", "Smith had one
# word for the proposal:", "had harsh words for the board:"); not another's ("had the union's answer to it:")
_WORDS_FOR = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(STATEMENT_NOUNS) + r"|word|words|advice|question|"
                        r"questions)\s+(?:for|to)\s+[^:;.!?“”\"«»]*?\s*[:—–]\s*")
# A name after a statement noun and "from", before a colon: the words come from it ("drew a sharp response from
# Warren:", "The reply from Jones came within minutes:", "read a letter from Jones:")
_STATEMENT_FROM = re.compile(r"(?<![\w'’-])(?:" + "|".join(STATEMENT_NOUNS) + r"|letter|letters|note|words)\s+from\s+"
                             r"(?:[A-Z][\w'’.-]*\s+)*$")


# A report that ends its sentence with no content of its own: a verb of saying (not its -ing form, not
# after "and": its subject may be anyone's; not "cite", which names a source, nor a question, which the
# quotation after answers), then at most a few words of where or to whom, and the stop ("Sam Lau said in
# a statement.", "she told CNN.", "Jane Doe agreed.").
_CONTENTLESS_REPORT = re.compile(r"(?<![\w'’-])(?<!and )(?<!but )(?<!then )(?:" + "|".join(sorted(
    (re.escape(form) for form in REPORTING_VERBS
     if not form.endswith("ing") and form not in CITE_FORMS | QUESTION_VERBS),
    key=len, reverse=True)) + r")(?:\s+(?!that\b)[\w'’.-]+){0,5}\s*[.:]$")  # not "…Smith and shouted.", "cited Roe."
# After a quotation, a conjunction opens a clause of its own, whose verb is not the quotation's tag.
_NEW_CLAUSE_AFTER = re.compile(r"[\s,;]*(?:and|but|while|whereas|as|и|а|но)\s(?!(?:" + "|".join(sorted(
    OBJECT_WORDS - {"like", "than"} | {"on", "in", "at"})) + r")\s)", re.IGNORECASE)  # "“…” and against the law, Smith
# said" joins a phrase to the quotation, not a clause
# A subordinate clause right after a quotation: its own verbs are no tag ("“would have knelt” if Jones
# had asked"); one after its comma may be ("“…” if she lost, said Smith").
_SUBORDINATE_AFTER = re.compile(r"\s*(?:if|unless|because|although|though|when|before|after|until)\s[^,;:.!?]*",
                                re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"[a-z][\w'’-]*\s+(?:that|which|whom)\s+(?:[A-Z][\w'’.-]*\s+){0,3}?(?:he|she|they|"
                             r"[A-Z][\w'’-]*)\s+(?:\w+ly\s+)?$")
_TAKEN_IN = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(TAKEN_IN)) + r")(?![\w'’-])")  # "The banner read “…”"
# After a verb: its object, then "for" and the -ing of a verb of saying ("criticized Jones for saying").
_FOR_SAYING = re.compile(r"(?P<object>(?:[^.;:!?“”\"«»]|\.(?=\s))*?)\s*(?<![\w'’-])for\s+(?:\w+ly\s+)?"
                         r"(?P<ing>[a-z]+ing)(?![\w'’-])")  # "Sen. Jane Doe for saying": a title's stop
# Words after a verb that are no object of it: a time, a place, a manner ("apologized on Monday for saying").
_NO_OBJECT = re.compile(r"\s*(?:(?:on|in|at|during|last|this|once|again|later|publicly|\w+ly)(?![\w'’-])|,|$)")
_AS_SAID = re.compile(r"[\s,;]*as\s+" + _WHO + r"\s+(?:\w+ly\s+)?")
# After a verb of saying, nothing it says: the clause's end, or where, when and to whom ("as Smith said on
# Monday"), not content of its own ("as Smith vowed to build a wall", "as Smith said that …").
# "as Smith told reporters", "as Smith said to Fox News on Monday"
_AUDIENCE = r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|reporters|journalists|supporters|voters|" + _THEM + r")"
_NO_CONTENT = re.compile(r"(?:\s+" + _AUDIENCE + r"(?![\w'’-]))?(?:\s*[,.;:!?—–)]|\s*$|\s+(?:(?:on|in|at|during|"
                         r"last|earlier|recently|yesterday|today|this)|to\s+" + _AUDIENCE + r")(?![\w'’-]))")


def _as_said(clean: str, at: int) -> bool:
    """Does an "as" clause at `at` report the words before it and say nothing of its own ("“…,” as Smith
    said on Monday"), rather than start a clause ("“…,” as Smith vowed to build a wall")?"""
    subject = _AS_SAID.match(clean, at)
    verb = REPORTING_VERB.match(clean, subject.end()) if subject else None
    return bool(verb and _NO_CONTENT.match(clean, verb.end()))


# Russian style may set the reporting clause inside the marks, between dashes after a comma (or
# another mark ending the words): «Иностранные террористы, — сказал Петров, — это выдумка».
_INNER_CLAUSE = re.compile(r"(?<=[,.!?…])\s+[—–]\s+([^—–«»“”\"]+?)\s+[—–]\s+")


def reporting_clause_inside(paragraph: Paragraph, span: QuotedSpan) -> tuple[int, int] | None:
    """[start, end) of a reporting clause set between dashes inside a quotation, if it has one."""
    match = _INNER_CLAUSE.search(paragraph.grammar, span.start, span.end)
    if match and REPORTING_VERB.search(match.group(1)):
        return match.span(1)
    return None


def _unsaid(paragraph: Paragraph, verb: re.Match, start: int) -> str:
    """Why a reporting verb reports no statement ("would say", "refused to say", "If Tokayev said",
    "Did Tokayev say …?"), or "" when it does."""
    clean = paragraph.grammar
    lead = clean[max(start, verb.start() - 40):verb.start()]
    clause = _last_clause(clean[start:verb.start()])
    clause = re.split(r"\s(?:and|but|then|и|но|а)\s", clause)[-1]  # "asked whether … and said": said's own
    lo, hi = paragraph.sentences[paragraph.sentence_at(verb.start())]
    if _DENIED.search(AFFIRMING_PHRASE.sub(" ", lead)):
        return "a denial"
    if _INVERTED_CONDITION.match(clean, lo) and not re.search(r"[,;:]", clean[lo:verb.start()]):
        return "a condition or a supposition"  # "Had Smith said …", "Should Smith say …"
    if (_MODAL.search(lead) or _MODAL_AFTER.match(clean, verb.end())) and not _says_only(clean, lead, verb, lo, hi):
        return "a hypothetical or a future"
    if _NOT_YET_SAID.search(lead):
        return "a refusal or an intention"
    infinitive = _infinitive_subject(clean[max(start, verb.start() - 80):verb.start()])
    if infinitive and infinitive.re is not _CAUSED:
        return "the words are asked of someone else, or left for them to say"
    if _ASKED_TO.search(lead):
        return "the words are asked for, not reported as said"
    if _HEDGED.search(lead):
        return "unconfirmed"
    if any(w.casefold() in CONDITIONALS for w in _WORD.findall(clause)):
        return "a condition or a supposition"
    rest = _outside(paragraph, verb.end(), hi)
    if rest.rstrip(" \"”’»)").endswith("?") and not re.search(r"[—–;]|,\s*(?:but|so|and)\s", rest):
        return "a question"  # not "Smith said …, but is that the whole story?": the author's own question
    return ""


def _says_only(clean: str, lead: str, verb: re.Match, lo: int, hi: int) -> bool:
    """Does "would say only" or "would only say" report what was said, and no more? Only as its sentence's main
    clause (not "Smith said she would say only", "Smith expects Jones would say only", "…, her aide predicted":
    a future), under no condition ("If pressed, he would say only", "Should reporters call, …", "“…” should the
    court rule", "“…” were reporters to call"; "whether", and "if" after a verb that asks in its clause, ask:
    "Asked by a reporter if she would run, …")."""
    if not (_WOULD_ONLY.search(lead) or _ONLY_AFTER.match(clean, verb.end()) and lead.rstrip().endswith("would")):
        return False
    own_clause = _last_clause(clean[lo:verb.start()])  # from the last comma: "Asked …, Smith would say only"
    after = clean[verb.end():hi]
    if REPORTING_VERB.search(own_clause) or _THINKING.search(own_clause) or _FORECAST.search(own_clause) \
            or _FORECAST_TAG.search(after):
        return False
    if _INVERTED_CONDITION.match(clean, lo) or _CONDITION_AFTER.search(after):
        return False
    clauses = [[w.casefold() for w in _WORD.findall(part)] for part in re.split(r"[,;:]", clean[lo:hi])]
    return not any(w in CONDITIONALS - {"whether"} and not set(words[:k]) & QUESTION_VERBS
                   for words in clauses for k, w in enumerate(words))  # "Asked by a reporter if …," asks


_FORECAST = re.compile(r"(?<![\w'’-])(?:expect|predict|forecast|anticipate|bet|guess)(?:s|ed|es|ing)?(?![\w'’-])")
# a source of a forecast or a belief set off at the end: "“…,” her aide predicted", "…, insiders believe"
_FORECAST_TAG = re.compile(r"[,”\"»]\s*(?!(?:as|which|what|that|much)\s)(?:[\w'’-]+\s+){1,3}(?<!few )(?<!many )"
                           r"(?<!most )(?<!some )(?<!nobody )(?:expected|predicted|"
                           r"forecast|anticipated|"
                           r"suspected|believes?|believed|hoped|guessed|bet|expects?|predicts?|suspects?)\s*[.!?]*\s*$")
# an inverted condition after the quotation or a comma: "“…” should the court rule", "“…” were reporters to call"
_CONDITION_AFTER = re.compile(r"(?:[”\"»]\s*|,\s*)(?:(?:should|were)\s+(?:the|a|an|he|she|they|it|we|you|[A-Z]\w*|"
                              r"\w+\s+to)(?![\w'’-])|had\s+(?:(?:the|a|an|his|her|their)\s+)?(?!\w+ly\s)\w+\s+[a-z]+ed(?![\w'’-]))"
                              r"|[”\"»]\s*(?:in\s+case\s|in\s+the\s+event\s)")  # not "“…,” had a word with her lawyer"


def _infinitive_subject(lead: str) -> re.Match | None:
    """The match of an object before the "… to" that `lead` ends with, when the object, not the clause's
    subject, is the subject of the infinitive of saying after it: the object of a verb of OBJECT_CONTROL
    ("urged Jones to say"), of CAUSATIVES ("got Jones to say"), a person sent or paid (ERRAND_VERBS: "paid
    an actor to say"), the noun after "for" ("waited for Jones to say"). Not a reflexive ("allowed herself
    to say"), nor what one takes or sends in order to speak ("got the chance to say", "sent a letter to
    say", "asked for the floor to say"); "gave Jones the floor to say" is Jones's turn."""
    matches = [m for pattern in (_CONTROLLED, _ERRAND, _CAUSED, _FOR_SUBJECT) if (m := pattern.search(lead))]
    if not matches:  # any other verb with a person as its object asks that person to speak, unless it addresses them
        other = _ANY_VERB_AND_OBJECT.search(lead)
        words = other.group("object").split() if other else []
        if other and other.group("verb") not in ADDRESSING and len(words) <= 3 and not _AFTER_OBJECT & set(words) \
                and (words[0].casefold() in DETERMINERS and _a_person(words[1:] or words)
                     or words[0].casefold() not in DETERMINERS and _a_person(words)):
            return other  # "Smith signaled Jones to say", "dispatched an aide to say": a request or an errand the
            # lists do not name; not "used her time to say"
        return None
    match = max(matches, key=lambda m: m.start("object"))  # the verb nearest "to"
    words = match.group("object").split()
    phrase = next((words[:i] for i in range(1, len(words)) if words[i] in _AFTER_OBJECT), words)
    named = not phrase[0].islower() or phrase[0] in OBJECT_PRONOUNS
    things = set(STATEMENT_NOUNS) | WRITTEN_THINGS | PRINTED_THINGS
    noun_before = lead[:match.start()].split()[-1:]  # "left a message for Jones to say": the message's purpose
    if words[0].casefold() in INTENSIVE_REFLEXIVES or match.re is _FOR_SUBJECT and set(noun_before) & things \
            or any(w.casefold() in SPEAKING_OCCASIONS for w in phrase) and not named \
            or any(w.casefold() in things or w[:1].isdigit() for w in phrase) \
            or match.re in (_ERRAND, _CAUSED) and not _a_person(phrase) \
            or match.re is _CONTROLLED and phrase[0].casefold() in DETERMINERS and not _a_person(phrase) \
            or match.re is _FOR_SUBJECT and phrase != words:  # "campaigned for Jones in Ohio to say": an adjunct
        return None
    return match


def _a_person(phrase: list[str]) -> bool:
    """Does a noun phrase name people: a name, a pronoun, a crowd, a noun of people ("an aide", "an actor")?"""
    head = phrase[-1].casefold()
    return not phrase[0].islower() or phrase[0] in OBJECT_PRONOUNS or head in CROWDS | PERSON_NOUNS \
        or bool(_AGENT_NOUN.fullmatch(head)) and head not in WORDS_IN_ER  # not "got together"


_PARTICIPLE_AND = re.compile(r",\s*(?:\w+ly\s+)?([a-z]+ing)\s[^.;:!?]*?\sand\s+(?:\w+ly\s+)?$")
# between the two, outside quotation marks, no other -ing form and no other "and": "calling it “a farce,” and
# the crowd booing and chanting" has a subject of its own
_ANOTHER_PREDICATE = re.compile(r"(?<![\w'’-])(?:[a-z]+ing|and)(?![\w'’-])")


def _clause_start(clean: str, lo: int, at: int, marks: str) -> int:
    """Where the clause of `at` starts: after the last of the marks (each followed by a space) in [lo, at)."""
    return max([lo] + [i + 2 for mark in marks.split() if (i := clean.rfind(mark + " ", lo, at)) >= 0])


def _second_participle(clean: str, verb: re.Match) -> re.Match | None:
    """The first of two participles, when `verb` is the second, after "and" ("…, calling it “a farce” and
    asserting that …", "…, addressing her as “Hillary” and telling her"): the second shares the first
    one's subject, when the first is a verb of saying or of addressing someone (ADDRESSING), or when no
    subordinate or relative clause before it may have been its subject ("Jones rushed onto the stage, hugging
    her daughter and telling her"; not "Smith spoke as protesters gathered, waving signs and chanting")."""
    lo = _clause_start(clean, 0, verb.start(), ". ; : ! ?")
    first = _PARTICIPLE_AND.search(clean, lo, verb.start())
    middle = re.sub(r"[“\"«][^”\"»]*[”\"»]", " ", clean[first.end(1):verb.start()]) if first else ""
    if first and verb.group(1).endswith("ing") and len(_ANOTHER_PREDICATE.findall(middle)) == 1 \
            and (REPORTING_VERB.fullmatch(first.group(1)) or first.group(1) in ADDRESSING
                 or not {w.casefold() for w in _WORD.findall(clean, lo, first.start())} & (SUBORDINATORS
                                                                                          | RELATIVE_PRONOUNS)):
        return _PARTICIPLE.fullmatch(clean, first.start(1), first.end(1))
    return None


_PARTICIPLE = re.compile(r"([a-z]+ing)")


_NAME_THEN_COMMA = re.compile(r"[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*)*"
                              r"(?:\s+(?:in|on|at|to|during|over|this|last|earlier|later)\s+(?:[\w'’.-]+\s+){0,3}?"
                              r"[\w'’.-]+)*\s*,")  # "said Spicer, adding", "said Spicer on Monday, adding"


def _another_name(clean: str, framer: Mention, at: int) -> bool:
    """Does a capitalised word stand in the paragraph before `at` (not the framer's name, a sentence's
    first word, "I", a day or a month, nor a place after a preposition), so that a pronoun there may be
    someone else ("Smith met Roe. Smith said she")?"""
    for word in re.finditer(r"(?<![\w'’-])[A-ZА-ЯЁ][\w'’-]*", clean[:at]):
        first = not clean[:word.start()].strip() or re.search(r"[.!?:;“\"«]\s*$", clean[:word.start()])
        place = re.search(r"(?<![\w'’-])(?:in|on|at|to|from|of|for|near|across)\s+$", clean[:word.start()])
        if not (first or place or word.group().casefold() in CALENDAR_WORDS) and word.group() != "I" \
                and not framer.start <= word.start() < framer.end:
            return True
    return False


_AND_A_CLAUSE = re.compile(r"(?<![\w'’-])(?:and|but|so|yet|after|before|when|while|since|until|once|because|и|а|но)"
                           r"\s+$")  # "tweeted after Smith argued": a clause of its own


def _framing_verb(paragraph: Paragraph, start: int, subject: int) -> re.Match | None:
    """A reporting verb whose clause holds the speaker ("Critics claimed that Tokayev said"): the
    speech is that verb's report. A comma ends its clause, except before "что"."""
    clean = paragraph.grammar
    for verb in FRAMING.finditer(clean, start, subject):
        between = re.sub(r",\s*что(?!\w)", " что", clean[verb.end():subject])
        if _AND_A_CLAUSE.search(between) and not _THAT.search(between):
            continue  # "a woman asked for a photo and Smith said": no report's content
        if not _quoted(paragraph, verb.start()) and not NOT_A_VERB.search(clean, max(0, verb.start() - 8),
                                                                           verb.start()) \
                and not re.search(r"[,;:.!?—–]", between) and not _object_of(clean, verb.end(), subject) \
                and (between.strip() or not _NAME_THEN_COMMA.match(clean, subject)):
            return verb  # not "said Spicer, adding": there the verb is the speaker's own, first
    return None


# The participles of perception: "was overheard telling an aide" reports what the subject said.
_PERCEIVED = frozenset(w for w in PERCEPTION_VERBS if w.endswith(("ed", "en", "ard", "ught")))
# An -ing form after a word that is neither a comma, an auxiliary nor a subject is no reporting verb
# ("it would consider asking for a review", "without warning"); "was saying", "…, saying" are.
_GERUND = re.compile(r"(?<![\w'’-])(?!(?:was|were|is|are|am|be|been|" + "|".join(sorted(ASPECT_VERBS | _PERCEIVED))
                     + r"|"
                     r"went|goes|he|she|they|we|i|by|while|when|after|before|upon|" +
                     "|".join(STATEMENT_NOUNS) +
                     r")\s)(?![a-z]+ly\s)(?:[a-z][\w'’-]*|[A-Z][\w.]*\.)(?:\s+[a-z]+ly)?\s+\w+ing$")
# ("consider asking", "D.C. reporting", "without really asking"; an adverb before the participle is
# transparent: "…, recently telling", "with Smith reportedly yelling")
# "Smith is quoted as saying": the passive's subject speaks (in "the Times quoted Smith as saying" the object
# does, which the -ing is not read for).
_QUOTED_AS = re.compile(r"(?<![\w'’-])(?:is|was|are|were|been|being)\s+(?:\w+ly\s+)?(?:mis)?quoted\s+as\s+[a-z]+ing$")
# A statement's participle speaks for whoever made the statement ("Smith issued a statement saying").
# Between two quotations of one report, a name or a clause of its own starts another report.
# ("while the crowd waved", "in contrast to", "Jones's").
_NEW_SUBJECT = re.compile(r"(?<![\w'’-])(?:(?:while|whereas|but)\s+(?:the|a|an|his|her|their|its|[A-Z])|contrast|"
                          r"unlike)(?![\w'’-])|[A-Z][\w-]*['’]s(?:\s+[\w-]+){0,2}\s*$")  # "… Jones's “fresh start”"
_OF_A_STATEMENT = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(PRODUCING)) + r")\s+(?:[\w'’-]+\s+){0,3}?(?:"
                             + "|".join(STATEMENT_NOUNS) + r")(?:\s+(?:on\s+)?(?:" + "|".join(sorted(CALENDAR_WORDS))
                             + r")(?:\s+(?:night|morning|afternoon|evening))?)?,?\s+$", re.IGNORECASE)
# "issued a statement saying", "released a statement Thursday night condemning"
# "when asked", "after being asked": someone else asked the speaker; the verb names no speaker of its own.
_WHEN_ASKED = re.compile(r"(?<![\w'’-])(?:when|after|before|if|once|as|unless|until)\s+(?:being\s+|\w+ly\s+)?"
                         r"(?:asked|told|questioned|pressed)$", re.IGNORECASE)
# Between a shared-subject verb and the subject that opens its clause, another actor makes the
# speaker unclear: a passive's agent ("was sued by Jones, alleging"), a clause with a subject of its
# own ("listened as Jones attacked her, saying"), a relative clause ("met Jones, who left, saying"),
# or words from someone else ("read out a letter from Jones, saying").
_SUBORDINATE_ACTOR = (r"(?:as|while|when|whilst|after|before|because|since|until)\s+(?:[A-ZА-ЯЁ][\w'’-]*|he|she|"
                      r"they)\s+(?:\w+ly\s+)?(?!(?:of|and|for|the|on|in|at|over|to|with|about|from|into|during|"
                      r"this|last)\b)[a-z]+\b")  # "He tweeted when Clinton ended …, remarking": Clinton may remark
_A_SUBORDINATE_ACTOR = re.compile(r"(?<![\w'’-])" + _SUBORDINATE_ACTOR)
_ANOTHER_ACTOR = re.compile(r"(?<![\w'’-])(?:(?:was|were|is|are|been|being|got|get)\s+(?:\w+ly\s+)?\w+ed\s+by"
                            r"|" + _SUBORDINATE_ACTOR + r"|(?:by|from)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?"
                            r"(?!(?:" + "|".join(sorted(WORDS_IN_ER)) + r")\b)"
                            r"(?:[a-z]+er|voter|protester|heckler|critic|rival)s?\b)"
                            r"|[A-ZА-ЯЁ][\w'’-]*,\s+(?:who|which)\s")  # "met Jones, who left, saying": not the opener's
# A verb with no subject of its own: coordinated by "and" (a participle after a comma is the other kind).
_TIME = re.compile(r"(?<![\w'’-])(?:this|last|next|earlier|later)\s+(?:past\s+)?(?:" + "|".join(sorted(TIME_NOUNS))
                   + r")(?![\w'’-])", re.IGNORECASE)
# Between a verb of saying and a participle that goes on with its report: the speaker's name, phrases of
# time, place or medium ("wrote this week, adding", "responded to Doe's question on Facebook writing"),
# a comma.
_GOES_ON = re.compile(r"(?:\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
                      r"(?:\s+(?:in|on|at|to|via|during|over|this|last|earlier|later)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)*"
                      r"(?:\s*,\s*|\s+)(?:\w+ly\s+)?")
# A verb of perception or recollection, its object, and the participle the object speaks with ("Smith recalled a
# colleague telling him in 2015", "saw Jones shouting"): the noun phrase is the participle's subject.
_SEEN_DOING = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(PERCEPTION_VERBS)) + r")\s+(?P<object>(?:a|an|the|his|"
                         r"her|their|my|our)\s+(?:(?![a-z]+ly\s)[a-z][\w'’-]*\s+){0,2}(?![a-z]+ly\s)[a-z][\w'’-]*"
                         r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:\s+(?:in|on|at|during)\s+\w+)?\s+(?:\w+ly\s+)?$")
_TIME_CLAUSE = re.compile(r"(?<![\w'’-])(?:as|when|while|after|before|until|once|why)\s+(?:[\w'’.-]+\s+){1,4}$",
                          re.IGNORECASE)


def _speaks_for(clean: str, verb: re.Match, start: int, end: int, prefer: str) -> bool:
    """May a verb that takes no content (SAYING_NO_CONTENT: "spoke") speak for a quotation? Only as a
    tag, not in a clause of time or reason ("… as Smith spoke", "explaining why he spoke"), and, before
    the quotation, only right before it ("Smith spoke to reporters: “…”")."""
    if _TIME_CLAUSE.search(clean, max(0, start - 2), verb.start()):
        return False
    return prefer == "after" or bool(re.fullmatch(r"[^,.;:!?“”\"«»]{0,40}[,:]?\s*", clean[verb.end():end]))


_JOINED_LEAD = re.compile(r"\W*(?:(?:that|for|to|about|on|in|against|with|of|from|at|by|into|over|under|during|"
                          r"aside|apart|except|despite|unlike|like|beyond|besides|including|without|and|but|or|so|yet|"
                          r"if|because|as|when|while|since|after|before|unless|than)\s[^.;:!?“”\"«»]*|[\w'’-]+\W*)?,"
                          r"\s*", re.IGNORECASE)
# A clause of another subject, joined or subordinate, whose colon or dash leads in the quotation after it.
_ANOTHER_LEAD_IN = re.compile(r"(?:,\s+(?:and|but)|(?<![\w'’-])(?:" + "|".join(sorted(SUBORDINATORS)) + r"))"
                              r"\s+(?!I\s)[A-Z][^.;!?]*(?::|[—–]|\s--?)\s*$")  # not ", and I quote:"
_NEW_SUBJECT_JOINED = re.compile(r"(?<![\w'’-])(?:and|but)\s+(?:[A-Z][\w'’-]*|he|she|they|the|a|an)\s+(?!that\b)")
_ABSOLUTE_WITH = re.compile(r"(?<![\w'’-])with\s+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)  # "with former aide "
_SUBORDINATOR = re.compile(r"(?<![\w'’-])(?:by|while|when|after|before|upon)\s+$")  # "picked up by saying"
_AFTER_COMMA = re.compile(r"(?:,[”\"’»]?|[—―–]|\s-+)\s*(?:\w+ly\s+)?$")  # "…, saying", "… “New York values,”
# saying", "… — saying"
# "…, and added", "…, but now said", "…, but has said", "…, but then went on to say"
_SHARED_SUBJECT = re.compile(r",?\s+(?:and|but|then)\s+(?:(?:\w+ly|" + "|".join(sorted(CLAUSE_ADVERBS)) + r")\s+)?"
                             r"(?:(?:on\s+[A-Z]\w+|(?:this|last|that|earlier|later)\s+(?:"
                             + "|".join(sorted(TIME_NOUNS)) + r"))\s+)?"  # "but on Tuesday wrote", "and last week said"
                             r"(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?$"
                             r"|,?\s+(?:and|but)\s+(?:then\s+|\w+ly\s+)?"
                             r"(?:went|goes|go|proceeded|began|started)\s+(?:on\s+)?to\s+$", re.IGNORECASE)


# "a study that estimated there are “…”": a relative clause whose verb says something ("a story that
# posted this week" says nothing: "that" may be a determiner, "posted" its noun's verb)
_THAT_BEFORE = re.compile(r"(?<![\w'’-])that\s+$", re.IGNORECASE)
_CONTENT_NEXT = re.compile(r"\s*(?:(?:that|there|it|he|she|they)(?![\w'’-])|[“\"«:])")
_THAT = re.compile(r"(?<![\w'’-])(?:that|что)(?![\w'’-])", re.IGNORECASE)


def _owns_a_person(clean: str, end: int) -> str:
    """The person the possessive that ends at `end` owns ("Smith's daughter", "Jones's longtime aide"),
    or "" where it owns a thing ("Smith's speech moved them")."""
    owned = _OWNED.match(clean, end)
    words = owned.group(1).split() if owned else []
    phrase = next((words[:k] for k, w in enumerate(words) if w.endswith("ed") or w in OBJECT_PRONOUNS), words)
    return next((w for w in phrase if w.islower() and _a_person([w])), "")


_OWNED = re.compile(r"['’]s?\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)")  # the words a possessive owns, up to three


# A comma and a coordinating word before a name: a clause of the name's own ("…, so Jones rose"; not "thanked
# Smith and Jones", a second object).
_COORDINATED = re.compile(r",\s*(?:and|but|so|yet|or|then)\s+(?:[A-Z][\w'’.-]*\s+)*$")
_PERSONAL = frozenset(p for p in PRONOUNS if p not in ("i", "я"))  # a third person: he, she, they, он, она, они
_BY_AFTER = re.compile(r"\s+by\s+[A-Z]")  # an agent: "written by Cohen", not "said by telephone"
_COMMA_BEFORE = re.compile(r",\s*$")


def _verbs_object(clean: str, start: int, name: Mention, verb: re.Match) -> bool:
    """Is the name the object of its clause's verb, with only its complements between it and a verb that
    shares the clause's subject ("The mayor praised Jones, saying", "The governor appointed Jones to the
    board, calling her", "The mayor hugged Jones and told")? Words before it in its clause that cannot
    lead a subject's name say so. Not after a verb of perception, whose object does what follows
    ("Witnesses saw Jones at the rally, shouting": PERCEPTION_VERBS), nor after a quotation, where the verb
    before it is an inverted tag's ("“…,” said Rep. Jones (D-Va.) at the time, adding"), nor where a verb of
    its own follows it ("Carter going on TV, declaring", "Kingson, who worked the crowd, praising")."""
    lead = [w for w in _stretch_words(clean, start, name.start) if w.casefold() not in DETERMINERS]  # "the DNC"
    verb_before = next((w.casefold() for w in reversed(lead) if w.islower()), "")
    clause = _clause_start(clean, start, name.start, ", ; : . ! ?")
    if not lead or not verb_before or _names_lead(lead) or verb_before in PERCEPTION_VERBS \
            or _AFTER_A_QUOTATION.search(clean, 0, clause) or _COORDINATED.search(clean, start, name.start):
        return False  # "The vote failed, so Jones rose and said": a clause of Jones's own
    between = clean[name.end:verb.start()]
    words = [w.casefold() for w in _WORD.findall(between)]
    own_verb = bool(words) and words[0].endswith("ed")  # "On Monday Jones thanked voters and said"
    return len(words) <= 10 and not own_verb and not re.search(r"[;:.!?()“”\"«»]", between) and not any(
        w in _OWN_VERB_AFTER or w.endswith("ing") or REPORTING_VERB.fullmatch(w) for w in words)


_AFTER_A_QUOTATION = re.compile(r"[”\"»],?\s*$")  # "“…,” said Jones": a verb before its subject
# Words that give a name a verb of its own: a relative or subordinate clause, an auxiliary, a modal.
_OWN_VERB_AFTER = RELATIVE_PRONOUNS | SUBORDINATORS | AUXILIARIES | MODALS | {"that"}


def _clause_opener(clean: str, mentions: list[Mention], start: int, at: int) -> Mention | str | None:
    """The subject that opens the clause a shared-subject verb at `at` belongs to: the first mention
    after `start` when only a title, a capitalised word or an adverb stands before it; the words
    before it, naming nobody known, when a lower-case subject opens the clause ("Critics of
    Smith attacked him, saying"); None when the clause opens with no subject at all."""
    plain = _ABBREVIATED.sub(r"\1 ", clean[:at])  # "Sen. Ted Cruz": a title's stop ends nothing
    lo = max([start] + [m.end() for m in re.finditer(r"[.;:!?]\s", plain) if m.end() <= at
                        and not (m.group()[0] == ";" and _SERIES_GOES_ON.match(clean, m.end()))])
    # a quotation that opens the clause is its content, not its subject ("“A,” Smith said, adding"); one
    # inside it is part of the clause ("Trump defended “New York values,” saying")
    opening = re.match(r"\s*[“\"«„]", clean[lo:at])
    closing = re.compile(r"[”\"»“]").search(clean, lo + opening.end(), at) if opening else None
    lo = closing.end() if closing else lo
    # a name ending an opening phrase is its object, not the clause's subject ("Like Jones, Smith said")
    first = head = next((m for m in mentions if lo <= m.start < at and not m.possessive
                         and not (_object_of(clean, lo, m.start) and clean.startswith(",", m.end))), None)
    for later in (m for m in mentions if head and head.end < m.start < at):
        assert head is not None  # set with `first`, only ever moved to a later mention
        words = _WORD.findall(clean[head.end:later.start])
        if not words or not later.words[:1].isupper() or not re.fullmatch(r"[\w\s'’.-]+", clean[head.end:later.start]) \
                or any(not w.islower() for w in words) and not (all(w[:1].isupper() for w in words)
                                                                and re.match(r"\s+[a-z]", clean[later.end:])) \
                or any(w in _LINKING | OBJECT_WORDS | CLAUSE_ADVERBS | _CONJUNCTIONS or w.casefold() in CALENDAR_WORDS
                       or w.endswith("ed") or REPORTING_LEAD.fullmatch(w.casefold()) for w in words):
            break  # "Clark said Brooks …", "Obama positioned Clinton …": a verb between, not one noun phrase; a
            # title's capitalised words may join them, in a sentence that is not in title case ("Cleveland Police
            # Chief Calvin Williams lobbied", not "Smith Hits Jones Over Emails")
        head = later  # "Clinton campaign director Jennifer Palmieri noted", "Cleveland Police Chief Calvin Williams"
    # an opening phrase before a comma is no subject ("Appearing before supporters, Suu Kyi said …"); a
    # title may join its words ("Former Secretary of State Jane Doe"), but a name right after "of" is
    # another's ("Critics of Smith")
    lead = clean[lo:first.start] if first else clean[lo:at]
    before = _WORD.findall(lead.rsplit(",", 1)[-1]) if first else _WORD.findall(lead)
    modifier = re.match(r"\s+([a-z][\w-]*)\s+[A-Z]", clean[head.end:at]) if head and closing else None
    if modifier and _descriptor(modifier.group(1)):
        return None  # "“…,” longtime Jones critic Tom Brown wrote, adding": Jones only describes the speaker
    opening = _OPENS_A_CLAUSE.search(lead) if first else None
    comma = clean.find(", ", head.end, at) if opening and head and opening.group(1).casefold() != "that" else -1
    if comma >= 0:  # "After Smith spoke, Warren rose and said": the clause Smith opens has ended; the main
        # clause's subject speaks, whoever it is
        main = _clause_opener(clean, [m for m in mentions if m.start > comma], comma + 2, at)
        return main if main is not None else " ".join(_WORD.findall(clean, comma + 2, at)[:3]) or None
    if first and (_names_lead(before, described=closing is not None) or opening):
        return head  # "“…,” veteran analyst Amy Lin wrote", "such a presence that Smith thanked …"
    comma = clean.find(", ", head.end, at) if head else -1
    if comma >= 0:  # "On the day that a video of a Smith rally emerged, Jones said …, adding": a name inside an
        # opening phrase is no subject; one that leads the clause after its comma may be
        next_clause = _clause_opener(clean, [m for m in mentions if m.start > comma], comma + 2, at)
        if isinstance(next_clause, Mention):
            return next_clause
    return " ".join(before[:4]) if before and before[0][:1].isupper() and not first else None


# After a semicolon, a past with no subject goes on with a series of predicates ("Smith suggested …; clashed
# with Jones …; and posted on Twitter that"): the semicolon ends no clause of the shared subject.
_SERIES_GOES_ON = re.compile(r"(?:(?:and|but|or|then)\s+)?(?:\w+ly\s+)?(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PASTS))
                             + r")\s")  # a past, not a plural subject: "Smith defended it; residents complained"
_OPENS_A_CLAUSE = re.compile(r"(?<![\w'’-])(that|because|since|when|while|after|before|if|although|though|"
                             r"whereas|once|until)\s+$", re.IGNORECASE)
_PREPOSITIONS = OBJECT_WORDS | {"on", "in", "at", "during", "a", "an"}  # "When Smith …" opens a clause; "At a …" not
# After a verb, an object and phrases of time, place or purpose, then "and": a second predicate of the verb's
# subject follows ("begged him for help in 2012 and “would have knelt”"), when the quotation opens with an
# auxiliary or a modal; a clause in between ("told Roe the plan was sound and") may own the "and".
_PHRASE_OPENERS = "|".join(sorted(_PREPOSITIONS - {"a", "an"}))
_PREDICATE_AND = re.compile(r"(?:\s+(?:" + _THEM + r"|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*))?"
                            r"(?:\s+(?:" + _PHRASE_OPENERS + r")(?:\s+(?!(?:" + _PHRASE_OPENERS + r"|and)(?![\w'’-]))"
                            r"[\w'’-]+){1,3})*"  # each phrase's words are no preposition: read one way only
                            r"\s+and\s*")
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(set(STATEMENT_NOUNS) | WRITTEN_THINGS)) + r")\s+$",
                          re.IGNORECASE)  # a participle right after its statement noun ("Jones's post saying")
_MEANT_THAT = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(MEANING_VERBS)) + r")\s+that\s*$")
# An adverbial phrase or clause (ADVERBIAL_OPENERS), up to a verb inside it, and the clause after its closing
# comma ("by refusing to say the words “X,” critics are").
_ADJUNCT = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(ADVERBIAL_OPENERS)) + r")\s[^,;:.!?]*$")
_CLAUSE_AFTER_COMMA = re.compile(r",[”\"’»]?\s+(?!(?:and|but|or|then|as|like|said|says)(?![\w'’-]))"
                                 r"[^,;:.!?“”\"«»]+$")
_INTO_CONTENT = re.compile(r"(?:(?:\s+[\w'’.-]+){0,4}?\s+that)?\s*,?\s*")  # "said that", "said on Monday that,"
_AUX_FIRST = re.compile(r"(?:" + "|".join(sorted(MODALS | AUXILIARIES | {"have", "do"})) + r")(?![\w'’-])")


def _names_lead(words: list[str], described: bool = False) -> bool:
    """Can these words stand before a name that opens its clause: titles, adverbs, an age, a title
    joined by of/the ("Former Secretary of State"), lower-case descriptors after a capital
    ("Presidential candidate") or, with `described`, after a quotation ("“…,” veteran analyst"); not a
    preposition or an article ("At a June rally", "Critics of")."""
    if words and words[-1] in TITLE_JOINERS:
        return False
    titled = bool(words) and words[0][:1].isupper() or described
    for word in words:
        folded = word.casefold()
        if word[:1].isdigit() or folded in CLAUSE_ADVERBS | _CONJUNCTIONS or (titled and word in TITLE_JOINERS):
            continue
        if folded in _PREPOSITIONS or (word.islower() and not (titled and _descriptor(word))):
            return False
    return True


def _descriptor(word: str) -> bool:
    """Could a lower-case word before a name describe it ("Presidential candidate Donald Trump",
    "Republican pollster Daron Shaw")? Not a verb's form: no -ed, -ing or -s, no verb of saying."""
    return not (word.endswith(("ed", "ing", "s")) or REPORTING_VERB.fullmatch(word) or FRAMING.fullmatch(word)
                or word in NOT_ONES_OWN | OBJECT_WORDS | _LINKING | RELATIVE_PRONOUNS)


def _past_appositive(clean: str, lo: int, hi: int) -> str:
    """The words between a name and its verb, less an appositive or a relative clause set between
    commas right after the name ("Crawford, who recalled taking the lift, said")."""
    gap = _PARENTHESIS.sub("", clean[lo:hi], count=1)  # "Sen. Richard Durbin (D-Ill.), noting …, said"
    gap = _HOME.sub("", _SUFFIX.sub("", gap, count=1), count=1)  # "John Cornyn of Texas, the No. 2 Republican, said"
    return gap.rsplit(",", 1)[1] if gap.lstrip().startswith(",") else gap


# a verb, perhaps its object (a name, a pronoun, a noun) and a time, before "to": "wrote to Jones to", "called a
# press conference on Monday to"
_VERBS_OBJECT = (r"(?:(?:to|with)\s+)?(?:" + _THEM + r"|(?:a|an|the|his|her|their)\s+[a-z][\w'’-]*"
                 r"(?:\s+[a-z][\w'’-]*)?|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+|(?:to|with)\s+[a-z][\w'’-]*\s+")
_TO_SAY = re.compile(r"[\w'’-]+\s+(?:" + _VERBS_OBJECT + r")?(?:(?:on|in|at|last|this)\s+[\w'’-]+\s+)?to\s+$")
# after an indirect object, a direct one and a time or place before "to": "Jones on Monday to ", "Jones a letter
# to ", "Jones on the shoulder to "
_THEN_TO = re.compile(r"(?:\s+(?:a|an|the|his|her|their|its)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?"
                      r"(?:\s+(?:on|in|at|last|this)\s+(?:(?:the|his|her|their)\s+)?[\w'’-]+)?\s+to\s+")


def _object_before_to(clean: str, start: int, mention: Mention, verb: re.Match) -> bool:
    """Is the name the object of a verb or a preposition right before an infinitive of saying, which has the
    clause's subject for its own ("Smith interrupted Jones to say", "rose after Jones to say": Smith speaks)?"""
    return bool(_THEN_TO.fullmatch(clean, mention.end, verb.start()) and _stretch_words(clean, start, mention.start))


def _to_say(gap: str) -> str:
    """The words between a subject and its verb less an active verb, and its object, before "to" ("Smith
    interjected to say", "Smith wrote to Jones to say": one report); "Smith was asked to explain" keeps its
    passive."""
    to_say = _TO_SAY.search(gap)
    return gap[:to_say.start()] if to_say and not _PASSIVE.search(gap[:to_say.start()]) else gap


def _distance(clean: str, lo: int, hi: int, appositive: bool = False) -> int:
    """Words between a name and its verb; with `appositive`, an appositive between commas right after
    the name ("Smith, a senior fellow at X, said") does not count."""
    gap = clean[lo:hi]
    if appositive:
        gap = _past_appositive(clean, lo, hi)
    return len(_WORD.findall(gap))


# "Podliska also claims he …", "Jane Doe, a GOP consultant, notes that …"
_NAME_TO_VERB = re.compile(r"(?:,\s+(?:a|an|the)\s+[^,;:!?“”\"«»]{1,80},)?"
                           r"\s+(?:(?:also|now|still|then|again|\w+ly)\s+)?")
_SUFFIX = re.compile(r"^\s*,?\s+(?:Jr|Sr)\.?(?![\w'’-])|^\s+(?:II|III|IV)(?![\w'’-])")  # "Joseph R. Biden Jr.,"
# A place right after a name, before a comma, belongs to it ("John Cornyn of Texas, …", "Jane Roe of Laconia,
# N.H., …").
_HOME = re.compile(r"^\s+(?:of|from)\s+(?:[A-Z][\w'’.-]*,?\s*){1,3}(?=,)")
# Before a quotation that goes on with the report of the sentence before: at most a linking adverb and a
# subject that names no one or is a pronoun ("As a result, there's still “…”", "It is “…”").
_EMPTY_SUBJECT = re.compile(r"\W*(?:(?:as a result|so|still|thus|and|but|now|in short|in fact|indeed|again|instead)"
                            r"\s*,?\s+)?(?:there|it|this|that|he|she|they)\b[^,;:]*", re.IGNORECASE)
# After a tag's verb, a comma and a predicate: the tag is set in ("Smith, the director of the Party said on
# Monday, had …": the director speaks of Smith).
_PARENTHETICAL_TAG = re.compile(r"(?:\s+(?:on|in|at|last|this)\s+[\w'’-]+)?\s*,\s+(?:[a-z]+ly\s+)?"
                                r"(?:had|has|have|is|was|were|are|will|would|could|should|may|might|must|can|did|does)\b")
_PLACE_GOES_ON = re.compile(r",\s*(?:[A-Z][\w'’.-]*\s*){1,3}")  # "of Columbia, South Carolina"
# A parenthesis right after a name belongs to it ("Sen. Richard Durbin (D-Ill.)", "Amnesty (AI)").
_PARENTHESIS = re.compile(r"^\s*\([^()]{1,40}\)")


def _closing_tag(clean: str, cue: Cue) -> bool:
    """Is the cue a tag after a comma that closes its sentence: the verb before its speaker ("…, said the
    director, John Smith"), or the speaker, perhaps described, and the verb at the sentence's end ("…,
    campaign spokesman John Smith said.")?"""
    if not cue.words:
        return False
    inverted = clean[:cue.at[0]].rstrip().endswith(",") and _INVERTED_TAG.match(clean, cue.at[1])
    closing = re.search(r",\s*(?:[\w'’.-]+\s+){0,3}" + re.escape(cue.words) + r"\s+$", clean[:cue.at[0]]) \
        and re.match(r"\s*(?:[.!?]|$)", clean[cue.at[1]:])
    return bool(inverted or closing)


# A title with no determiner, its head singular, joined by "of" ("said former secretary of state Jane Doe");
# not "said the wife of Smith", "said friends of Smith".
_BARE_TITLE = re.compile(r"\s+(?!(?:the|a|an|his|her|their|its|our|my)\s)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?<!s)"
                         r"\s+of\s+[a-z][\w-]*\s+(?:[A-Z][\w'’.-]*\s+){0,2}")


def _past_suffix(clean: str, end: int) -> int:
    """Where a name that ends at `end` ends with its suffix and its parenthesis ("Sen. John Smith Jr. (D-Pa.)")."""
    rest = clean[end:end + 60]
    suffix = _SUFFIX.match(rest)
    at = suffix.end() if suffix else 0
    parenthesis = _PARENTHESIS.match(rest[at:])
    return end + at + (parenthesis.end() if parenthesis else 0)


def _stretch_words(clean: str, start: int, at: int) -> list[str]:
    """The words before `at` in its clause: after the last punctuation mark, from `start`."""
    return _WORD.findall(_last_clause(clean[start:at]))


def _is_title(word: str) -> bool:
    """Is a capitalised word a title or an honorific that goes before a name ("Mrs.", "Sen.", "Dr")?"""
    return word[:1].isupper() and (word.casefold() in HONORIFICS or word.casefold() in ABBREVIATIONS)


def _object_of(clean: str, start: int, at: int) -> bool:
    """Is the name at `at` the object of a preposition or an object-taking word (OBJECT_WORDS), right
    after it or with at most two lower-case words between ("the wife of former minister Smith")?"""
    words = [w for w in _stretch_words(clean, start, at) if not _is_title(w)]  # "a spokesman for Mrs. Clinton"
    conjunct = _conjunct(words)
    if conjunct and all(w[:1].isupper() or _descriptor(w) for w in conjunct[1]):
        # "the daughter of Jane Doe and Mary Jones": a name joined to an object is one too
        words = conjunct[0]
    for i, word in reversed(list(enumerate(words))[-3:]):
        if word.casefold() in RELATIVE_PRONOUNS:  # "to which Smith replied": the pronoun is the object
            return False
        if word == "to" and words[i + 1:i + 2] and words[i + 1] in TAKEN_IN:
            return False  # "was there to hear Jones say": an infinitive, whose object speaks
        if word.casefold() in OBJECT_WORDS:
            return True
        if not word.islower():
            return False
    return False


def _conjunct(words: list[str]) -> tuple[list[str], list[str]] | None:
    """For a name joined by "and" or "or" to a capitalised name before it, in the last four words: the
    words before that name (which may make it an object) and at most three words after the conjunction
    (which may describe the name). Read word by word: a pattern over runs of capitals backtracks."""
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        if words[k].casefold() in ("and", "or", "и"):
            j = k
            while j > 0 and words[j - 1][:1].isupper():
                j -= 1
            return (words[:j], words[k + 1:]) if j < k else None
    return None


# Words that open a subordinate clause after a speaker's name ("said Smith when asked"): the name ends there.
_SUBORDINATE = r"(?:when|while|as|after|before|during)(?![\w'’-])"
# After a verb, a speaker's noun phrase to the clause's end: titles, role words and names ("said
# pollster Amy Lin.", "said Cruz constituent Dan Golvach,", "But, said Smith,").
_INVERTED_TAG = re.compile(r"(?:\s+(?:the|a|an)(?:\s+[\w'’-]+){1,3},)?"  # "said the bureau's director, John Smith,"
                           r"(?:\s+(?:[A-ZА-ЯЁ][\w'’.-]*|[a-zа-яё][\w'’-]*)){0,6}?(?:\s+[A-ZА-ЯЁ][\w'’-]*)"
                           r"(?:\s*(?:[,.;:!?]|$)|(?=\s+" + _SUBORDINATE + r"))")


# After a name that ends its noun phrase: a stop, a bracket, a preposition, a relative pronoun, or
# the text's end; not a noun it modifies ("said the Amy Lin campaign", "said Smith adviser Tom Brown").
_ENDS_ITS_PHRASE = re.compile(r"['’]?s?\s*(?:[,.;:!?()\[\]—–-]|$|(?:of|from|at|in|on|for|to|with|who|whose|which)"
                              r"(?![\w'’-])|" + _SUBORDINATE + r"|[а-яё])", re.IGNORECASE)  # Russian: a modifier's case




def _described(clean: str, mention: Mention, verb_start: int) -> bool:
    """Is the name a modifier of the noun after it rather than the verb's subject ("Tom Reyes, a
    longtime Smith ally, said", "The Smith campaign said")? The one word after it, up to a comma or
    the verb, is then a lower-case word that is neither an adverb, an auxiliary, a conjunction nor a
    preposition ("Smith also said", "Smith on Tuesday said" keep Smith)."""
    words = _WORD.findall(clean[mention.end:verb_start].split(",", 1)[0])
    linking = CLAUSE_ADVERBS | _CONJUNCTIONS | OBJECT_WORDS | MODALS | _LINKING | INTENSIVE_REFLEXIVES
    if len(words) > 1 and words[-1][:1].isupper() and words[0].islower() and words[0].casefold() not in linking:
        return True  # "Smith aide Tom Brown said": another name heads the phrase ("Ukibay on Saturday" does not)
    if len(words) >= 2 and words[0].islower() and words[1] in AUXILIARIES and words[0] not in linking \
            and not words[0].endswith("ly"):
        return True  # "a Smith aide is quoted as saying", "the Smith campaign has said"
    if _PRONOUN.fullmatch(mention.words) or words[:1] and words[0] in ASPECT_VERBS:
        return False  # "she began saying", "Smith kept saying": a pronoun modifies nothing, an aspect verb is no noun
    if not 1 <= len(words) <= 3 or not all(w.islower() for w in words):  # "Smith went on to say": no noun
        return False
    # "a longtime Smith ally", "the Cruz campaign's chairman": lower-case nouns, no adverb or auxiliary
    if words[0] in ("this", "last", "next", "that", "each", "every", "earlier"):
        return False  # "The committee this week announced": a time, not a noun the name modifies
    return not any(w in linking or w in AUXILIARIES or (w.endswith("ly") and w not in NOUNS_IN_LY)
                   or (len(words) > 1 and (w.endswith("ed") or REPORTING_VERB.fullmatch(w))) for w in words)




def _inside_clause(clean: str, lo: int, at: int) -> bool:
    """Does a name at `at` stand inside the clause before it, after a lower-case word that is no
    conjunction ("ran a campaign against Jane Doe", "sure that Doe will"), rather than open a clause of
    its own after a comma, a quotation or "and" ("…,” Doe expressed a wish")?"""
    # 'his “friend” Jane Doe', not '“A,” Doe said'; past the name's words the form leaves out ("Marco Rubio")
    before = re.search(r"([\w'’-]+)[”\"»]?\s+(?:[A-ZА-ЯЁ][\w'’.-]*\s+){0,3}$", clean[lo:at])
    return before is not None and before.group(1).islower() \
        and before.group(1) not in _CONJUNCTIONS | {"while", "as", "when"}


# Words that may stand between a subject and its verb: prepositions of time and place, "who".
_LINKING = frozenset("on in at during after before when while in since who which that also".split())


def _relative_subject(clean: str, mention: Mention, verb: re.Match) -> bool:
    """Is the name the subject of a relative clause that the verb is in ("…, to which O'Malley
    interjected:", "what aide Kevin Phillips called", "Doe, who Smith on Wednesday called")? It follows
    the pronoun, at most described (a title or a noun, maybe after an institution's name), and the verb
    follows it past an appositive, with at most two adverbs, auxiliaries or short time phrases between."""
    pronoun = re.search(r"(?<![\w'’-])(?:which|whom|who|what|который|которому|которым)\s+"
                        r"(?P<described>(?:(?:[a-z][\w'’-]*|[A-Z][a-z]{1,3}\.)\s+){0,6})$", clean[:mention.start],
                        re.IGNORECASE)  # "what aide Kevin Phillips called"
    # IGNORECASE: "What Smith called" may open a sentence, and a title may describe ("which President Obama")
    described = pronoun.group("described").split() if pronoun else []
    lower = next((i for i, w in enumerate(described) if w.islower()), 0)
    if lower <= 4 and all(w[:1].isupper() for w in described[:lower]):
        described = described[lower:]  # "which Western New England University historian John Baick calls": an
        # institution's name before the descriptor
    return pronoun is not None and len(described) <= 2 and all(map(_descriptor, described)) \
        and bool(_ADVERBIAL.fullmatch(_past_appositive(clean, mention.end, verb.start())))


# At most two adverbs, auxiliaries or short time phrases between a subject and its verb.
_ADVERBIAL = re.compile(r"\s+(?:(?:\w+ly|has|have|had|once|later|often|always|first)\s+|(?:on|in|at|last|this)\s+\w+\s+"
                        r"){0,2}")  # "which Obama on Friday declared", "what Smith has called"


def _in_relative_clause(clean: str, start: int, at: int) -> bool:
    """Does a relative pronoun open the clause the name at `at` stands in ("who once met Smith", "a
    group that has sued Smith")? A "that" with a subject after it opens another ("so heated over who
    backed which bill that Smith said"); one right before a finite verb is the relative pronoun."""
    words = _stretch_words(clean, start, at)
    clause = [i + 1 for i, w in enumerate(words)
              if w.casefold() == "that" and not _RELATIVE_THAT.fullmatch(" ".join(words[i:]))]
    return any(w.casefold() in RELATIVE_PRONOUNS | {"that"} for w in words[max(clause, default=0):])


# "that" as a relative pronoun: a verb follows it, after an adverb or not: an auxiliary, a modal, a past or
# a present form ("a group that has sued", "that frequently sues"); not a subject ("that Jones had sued").
_RELATIVE_THAT = re.compile(r"(?i:that) (?:(?:[a-z]+ly )?(?:" + "|".join(sorted(AUXILIARIES | MODALS))
                            + r"|[a-z]\w*ed)|(?:[a-z]+ly )?(?!(?:" + "|".join(sorted(CLAUSE_ADVERBS)) + r")\b)[a-z]\w*s"
                            r"(?= [A-Z]|$))(?: .*)?")  # "that sues Jones", the name next; not "that this", "that
# officials said", "that perhaps Jones"


_SUBJECT_PRONOUNS = frozenset("who which that который которая которое которые".split())
_RELATIVE_BEFORE_VERB = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(RELATIVE_PRONOUNS | {"that"})) +
                                   r")(?:\s+\w+){0,2}\s+$", re.IGNORECASE)


def _relative_before(clean: str, start: int, at: int) -> re.Match | None:
    """A relative pronoun at most two words before the verb at `at` ("…, who later wrote")."""
    return _RELATIVE_BEFORE_VERB.search(clean, start, at)


# A stop after a title or an initial ends no clause ("The wife of Dr. John Smith said").
_ABBREVIATED = re.compile(r"(?<![\w'’-])(" + "|".join(sorted((a.capitalize() for a in ABBREVIATIONS if "." not in a),
                                                                key=len, reverse=True)) + r"|[A-ZА-Я])\.")


def _last_clause(text: str) -> str:
    """The text after its last clause mark (comma, colon, dash, stop...)."""
    return _CLAUSE_MARK.split(_ABBREVIATED.sub(r"\1 ", text))[-1]


# A role and the body it serves ("the communications director for the State Party", "president and CEO of X").
_ROLE = re.compile(r"(?:(?:the|a|an)\s+)?[a-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?\s+(?:of|for|at|with)\s+(?:the\s+)?"
                   r"[A-Z][^,]*")


# a verb (no determiner) and its object, a name, before "to": "cut in on Jones to", "interrupted Jones on Monday to"
_PREDICATE_BEFORE_TO = re.compile(r"^\s*(?!(?:the|a|an)\s)[a-z][^,]*?\s[A-Z][\w'’.-]*" + _THEN_TO.pattern + r"$")


def _own_subject(clean: str, lo: int, hi: int) -> str | None:
    """The words after the last comma in [lo, hi), if any is no adverb (CLAUSE_ADVERBS, words in -ly):
    then they, not a name before the comma, are the verb's subject ("Unlike Smith, the Kremlin said")."""
    gap = clean[lo:hi]
    if "," not in gap:
        return None
    chunk = _TIME.sub(" ", gap.rsplit(",", 1)[1])  # "Priebus, the GOP chairman, this past week announced"
    if re.match(r"\s*(?:who|which)\s|\s*(?:the|a|an)\s[^,]*?(?<![\w'’-])(?:who|which)\s", chunk):
        return None  # "Jane Doe, who chairs the PAC said", "Nate Silver, the guru who founded it tweeted": an
        # appositive whose closing comma is missing
    words = [w for w in _WORD.findall(chunk) if w.casefold() not in CLAUSE_ADVERBS | _CONJUNCTIONS
             and not (w.islower() and w.endswith("ly"))]  # "recently", not "Kelly" or "Italy"
    if words and (REPORTING_LEAD.fullmatch(words[0]) or re.fullmatch(r"[a-z]+ed", words[0])
                  and len(words) > 1 and words[1] in OBJECT_PRONOUNS - {"you"}
                  or _PREDICATE_BEFORE_TO.search(chunk)):
        return None  # "O'Malley, who signed the laws, interjected to say", "Grieve, …, interrupted me to announce",
        # "Smith, the chair, cut in on Jones to say": the words after the comma are the predicate, not a subject
    return chunk.strip() if words else None


def _introduces_quotation(paragraph: Paragraph, sentence: int) -> bool:
    """Does a sentence hold a quotation, end with a colon, or end with a report that has no content of
    its own ("Sam Lau said in a statement.")? Only such a sentence's cue can carry over to the next or
    previous one ("“A,” she said. “B.”"); "Smith said it was chilling" cannot."""
    start, end = paragraph.sentences[sentence]
    text = paragraph.grammar[start:end]
    return text.rstrip(" \"”’»").endswith(":") or bool(_CONTENTLESS_REPORT.search(text)) or \
        any(start <= q.start - 1 < end or start < q.end <= end for q in paragraph.quoted)


def _opens_with_quotation(paragraph: Paragraph) -> bool:
    """Does the paragraph open with a quotation (its first character an opening mark)?"""
    return any(q.start == 1 for q in paragraph.quoted) or paragraph.grammar[:1] in "“\"«„"


def _fold_word(word: str) -> str:
    """A word as name forms are kept: apostrophes and hyphens plain, case folded."""
    if word.isascii():  # most words: no curly apostrophe or Unicode hyphen to fold
        return word.casefold()
    for mark, plain in (("’", "'"), ("‘", "'"), ("‐", "-"), ("‑", "-")):
        word = word.replace(mark, plain)
    return word.casefold()


def _form_end(clean: str, start: int, form: str) -> int | None:
    """Where `form` (normalised, case-folded) ends if the text has it at `start` as whole words."""
    words = _WORD.findall(form)
    at = start
    for i, expected in enumerate(words):
        match = _WORD.match(clean, at)
        got = _fold_word(match.group()) if match else ""
        if not match or got not in (expected, expected + "'s") and (got.isascii() or expected not in name_keys(
                match.group())):  # a Cyrillic word in any case form (Тулегенова names Tulegenov)
            return None
        at = match.end() - 2 if i + 1 == len(words) and got == expected + "'s" else match.end()  # "Jones's"
        if i + 1 < len(words):
            at += clean.startswith(".", at)  # "Diana T. Kudaibergenova" names "Diana T Kudaibergenova"
            while at < len(clean) and clean[at].isspace():
                at += 1
    return at



def _mentioned(paragraph: Paragraph, span: QuotedSpan) -> bool:
    """Is the quotation a phrase the text talks about ("the phrase “shoot to kill”"), not anyone's words?"""
    return bool(_MENTIONED.search(paragraph.grammar, max(0, span.start - 40), max(0, span.start - 1))
                or span.closed and _MENTIONED_AFTER.match(paragraph.grammar, span.end + 1))



def _named_thing(paragraph: Paragraph, span: QuotedSpan) -> bool:
    """Is the quotation the name of a thing of words its possessive owner made ("Smith's “tax relief”
    promise"), a noun phrase of the sentence rather than the words its verb reports?"""
    return bool(span.closed and re.search(r"[A-Z][\w'’-]*['’]s?\s*$", paragraph.grammar[:span.start - 1])
                and _NAMED_THING_AFTER.match(paragraph.grammar, span.end + 1))


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
