"""How `check` judges real news it was not written for: PolNeAR's human attribution annotations.

PolNeAR (github:networkdynamics/PolNeAR; 2016 US election news, brat files with Source, Cue and
Content spans) is fetched by hand and never committed. Only its `data/train` split is read here: `dev`
and `test` are the held-out measure and stay unopened.

    git clone https://github.com/networkdynamics/PolNeAR /tmp/PolNeAR
    python benchmarks/attribution_eval.py /tmp/PolNeAR [--limit N] [--show 20] [--category NAME] [--json F]

For each article (its first annotator's file), a throwaway project: the article as an `article`
source with no author, the speakers the annotations name as analysts, and cases derived from the
annotations only. Everything below is deterministic (sorted, never set or hash order).

Cases:
- direct: the words inside quotation marks of a Content span, given to its named Source (must pass).
  A Content in pieces ("'X,' he said, 'Y'") gives each piece's quotations. A quoted segment goes to
  the innermost annotation whose Content holds it ("The Times reported that Trump said 'X'": X is
  Trump's), and only once;
- reported: a one-piece, one-paragraph Content span with no quotation marks whose Cue is a verb of
  saying, `reported: true` (must pass); a span that starts or ends inside a word (an annotator's slip:
  "he party" for "the party") is widened to the whole word;
- other-speaker: a direct case given to another named speaker of the article (must fail): the first
  one named in the quote's paragraph (by position), else the first analyst by id. Never a speaker
  who may really have said the words: the Source of any annotation whose Content overlaps the quote,
  anyone named in a relaying annotation ("according to", "report") around it, or anyone whose own
  Contents hold the same words;
- own-voice: a sentence that no annotation touches, given to a speaker (must fail): the first one
  named in its paragraph, else the first by id;
- paraphrase: a reported case given as a direct quote (must fail).

Names (`name_of`). A Source is *named* when a comma part of it ends in a capitalised name
("Spokeswoman Haley Morris", "Brent Bozell III, founder of ...", "Trump's"): its trailing capitalised
words, without titles and role words (`ROLE_TITLES`, and `TITLE_PHRASES` such as "Secretary of
State"), capitalised adjectives (`CAPITALISED_ADJECTIVES`, kept in an organisation's name: one ending
in one of `ORGANISATION_WORDS` or following "the"), a leading "The", a possessive ("Florida's Rick
Wilson" is Rick Wilson) or trailing apostrophe ("Sanders'"), or a generational suffix (Jr., III); a
name's last word is never a title ("Mr. Singer"). A role before a preposition ("A spokeswoman for
Fiorina", "a judge for the 6th Circuit", "The director of the European Centre") names nobody unless a
later comma part is a person's name ("..., Ina Kirsch") or a role title stands right before the name
("The Council on ... Executive Director Nihad Awad"); a person's name before "of/at/with/from <Org>"
("Jonah Goldberg of National Review", "Heiserman of the CORE Teachers") is the speaker's. Pronouns,
descriptions, a lone role word ("Pastor"), weekdays, months, US states and document words
("Transcript", "Poll") name nobody. The name forms of one article are grouped (`group_names`,
longest first, then alphabetical): a shorter form joins the one longer name it ends with, starts
with (a person's first name) or abridges ("Trump" -> "Donald Trump", "Hillary" -> "Hillary Clinton",
"Hillary Clinton" -> "Hillary Rodham Clinton"); a short form that fits two people ("Clinton": Hillary
and Bill) is not guessed: per annotation, it goes to the one whose longer name was mentioned last
before the Source, and gives no case when neither was. Each analyst gets as `aliases` the forms its
Sources use that are neither its full name nor a person's bare surname ("Hillary", "the Times"), as
an editor would write them (titles need none: the checker reads them).

Skipped, and counted per reason in the summary (each a derived case that would be wrong, not a hard
one): relations with a role missing or a Source in pieces; annotations whose Content lies in the title
line (the first paragraph), in a Title-Case or all-caps paragraph or sentence, or in a run of three
all-caps words, or is itself a headline ("Trump Says His Plan Will ..."), and those whose Source lies
in the title line or such a run: headlines and section labels (a Title-Case line that only names the
speaker, "- Bernie Sanders.", is kept); Sources that name nobody (above); joint or plural Sources
("Trump and Ryan", "Clinton, Sanders", "Some Democrats", "Voters", "X, including A and B", "X, along
with Y": one excerpt has one analyst), which are no analyst and so nobody's other speaker either;
quoted segments under `MIN_WORDS` words, those that belong to an inner annotation, those that are not
speech (right after "titled", "book", "slogan", "hashtag", "the words" but not "used the words", ...;
or a Title-Case title), and those a relaying annotation (a Cue with "according to" or "report")
passes on from someone else (outside its quotation marks it names another analyst or has a verb of
saying: "'...,' the judge said, according to the Post"), and those whose Cue opens with a verb that passes
on another's words ("quotes", "forwards", "retweeted": `QUOTING_CUE`); reported Contents in pieces or across
paragraphs, under `MIN_WORDS` words, whose Cue is no verb of saying, or with no finite verb (a bare
noun phrase; the cheap test of `has_finite_verb`); other-speaker cases with no analyst left who
cannot have said the words.

Harness. Control characters (but tab and newline) and bidi controls are removed from the article,
the names and the quotes alike, so every quote stays a substring. Each article is checked with the
same loader and verifier as `check`, and each problem is traced to its excerpt by line. When the
project does not load, or a problem lies outside every excerpt (it may hide the other checks), the
article's cases are checked again one per project; a case whose own project still has a problem
outside its excerpt is *not evaluated*: listed in the summary, counted in no rate.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from reportgen.load.schema import load_edition
from reportgen.problems import InputError
from reportgen.verify.excerpts import verify_edition

# Verbs of saying that make a Content span honest reported speech of its Source (the issue's "plain
# verb of saying"): a Cue whose first word is one of these forms, or "according to".
SAYING = frozenset(
    "say says said saying tell tells told telling add adds added adding state states stated "
    "explain explains explained argue argues argued write writes wrote note notes noted "
    "insist insists insisted declare declares declared announce announces announced "
    "claim claims claimed warn warns warned predict predicts predicted".split())
# Cues of a relay: the Source passes on what someone else said ("according to the Post, Trump said"),
# and words that show the someone else in the relayed Content ("the judge said", "another advised").
RELAY_CUE = re.compile(r"\baccording to\b|\breport(s|ed|ing)?\b", re.I)
# Cues that open with a verb passing on words the Source did not write or say ("Frank quotes Carter adviser
# Alfred Kahn:", "Sullivan forwards an article that included the line"); not "is quoted as saying", nor the
# noun ("That quote from Krebs"): those words are the Source's own.
QUOTING_CUE = re.compile(r"\s*(quotes|quoting|quoted(?!\s+as)|forward(s|ed|ing)?|retweet(s|ed|ing)?)\b", re.I)
RELAYED_VERBS = frozenset("asked asks advised advises read reads called calls replied replies".split())
# Words that open a name as a title or a role ("Spokeswoman Haley Morris", "FBI Director James Comey"),
# or as a capitalised adjective ("Conservative radio host Hugh Hewitt"): never part of a person's name.
# An organisation's name keeps its adjectives ("Democratic National Committee").
ROLE_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sen sen. sens. rep rep. reps. gov gov. gen gen. lt lt. col col. capt "
    "capt. sgt sgt. adm adm. del del. rev rev. st. pres. atty. prof prof. president senator senators "
    "governor secretary spokeswoman spokesman spokesperson spokespeople candidate nominee former vice "
    "chairman chairwoman chair chairperson speaker leader mayor judge justice attorney general "
    "director congressman congresswoman representative commissioner analyst pollster adviser advisor "
    "aide strategist professor president-elect ambassador minister chancellor prime premier pope pastor rabbi "
    "reverend archbishop cardinal father sister admiral colonel "
    "captain sergeant lieutenant commander officer agent detective sheriff deputy manager chief executive "
    "ceo founder co-founder cofounder editor reporter prosecutor lobbyist correspondent columnist "
    "commentator host anchor moderator writer author economist hacker billionaire businessman businesswoman "
    "activist actor actress rapper comedian coach owner partner lawyer counsel councilman "
    "councilwoman assemblyman assemblywoman delegate superdelegate treasurer clerk staffer operative "
    "consultant expert scholar fellow researcher scientist doctor physician nurse student teacher "
    "veteran volunteer voter resident supporter surrogate acting interim incoming outgoing retired late "
    "then-candidate then-senator".split())
CAPITALISED_ADJECTIVES = frozenset(
    "presidential vice-presidential senior junior top democrat democratic republican "
    "gop liberal conservative progressive moderate independent libertarian socialist populist evangelical "
    "eurosceptic american u.s. us federal state national international foreign".split())
TITLES = ROLE_TITLES | CAPITALISED_ADJECTIVES
# Title phrases that hold a preposition ("Secretary of State John Kerry"): replaced before parsing.
TITLE_PHRASES = ("secretary of state", "secretary of defense", "secretary of homeland security",
                 "secretary of the treasury", "secretary of labor", "chief of staff", "chiefs of staff",
                 "director of communications", "head of state", "leader of the free world", "speaker of the house")
GENERATIONAL = frozenset("jr jr. sr sr. ii iii iv".split())
DETERMINERS = frozenset("the a an this that these those".split())
# A role before one of these names the organisation, not the speaker ("A spokeswoman for Fiorina").
PREPOSITIONS = frozenset(
    "for of to at with from by near close in on across among inside within like about against behind "
    "under over after before during toward towards as".split())
AFFILIATION = frozenset("of at with from".split())  # "<Person> of <Org>": the person speaks
# Lowercase particles inside a name ("Correio de Manha", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset("de da del della di du van von der den la le bin al ibn y".split())
ORGANISATION_WORDS = frozenset(
    "Post Times News Journal Review Center Centre Party Committee Campaign Department Institute Foundation "
    "Association Council Network Press Agency Office Service Magazine Tribune Herald Bureau Group Inc "
    "Convention PAC Commission Court Circuit Union Fund Board Corps University College Ministry "
    "Administration Coalition Alliance Society League Caucus Project Watch Forum Trust Initiative "
    "Federation Organization Organisation Company Corporation Bank Register Examiner Standard Daily "
    "Gazette Observer Guardian Telegraph Reuters Bloomberg Senate House Congress Government Act State".split())
PRONOUNS = frozenset("he she they it we i you his her their its who that this one my our your me us him them"
                     " whom which".split())
# A Source that starts with one of these is a plural or a quantity ("Some Democrats", "Both", "About
# two-thirds of voters"): no one analyst.
QUANTIFIERS = frozenset(
    "both other others some many most several few all any anyone anybody various numerous multiple neither "
    "none nobody everyone everybody about nearly almost more fewer two three four five six seven eight nine "
    "ten dozens hundreds thousands millions".split())
JOINT_MARKERS = re.compile(r"\b(including|along with|together with|as well as|such as|among them|percent)\b|"
                           r"^(a |the )?(large |vast )?(majority|majorities|half|share|plurality) of\b", re.I)
CONJUNCTIONS = frozenset(("and", "&", "nor", "or"))
# Capitalised words that name a group, not one analyst ("Republicans", "Voters" at a sentence start).
PLURAL_GROUPS = frozenset(
    "republicans democrats americans voters polls surveys critics aides analysts sources experts "
    "officials investors police millennials conservatives liberals progressives moderates independents "
    "supporters opponents fans members leaders residents protesters protestors activists advocates "
    "observers economists strategists delegates superdelegates candidates donors lawmakers legislators "
    "senators evangelicals latinos hispanics muslims christians catholics jews europeans mexicans "
    "women men people others students parents veterans immigrants citizens families officers "
    "agents insiders allies friends organizers organisers reporters journalists pundits scholars "
    "researchers scientists doctors teachers californians texans floridians iowans clintons obamas "
    "bushes trumps kennedys authorities prosecutors investigators lawyers attorneys judges justices "
    "parties campaigns groups organizations organisations media networks moderators panelists "
    "participants respondents attendees delegations counties cities countries governments pacs".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. "
                   "nov nov. dec dec.".split())
US_STATES = frozenset(s.casefold() for s in (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"))
# Capitalised at a sentence start, these are documents, not speakers ("Transcript as follows:").
DOCUMENTS = frozenset("transcript report poll survey study statement newspaper memo letter document documents "
                      "records data analysis article editorial video tweet".split())
INDEFINITES = frozenset("another each every".split())  # "Another said": one of a group, never a name
NOT_NAMES = WEEKDAYS | MONTHS | US_STATES | DOCUMENTS | INDEFINITES
# Quoted words right after these are a title, a slogan or a label, not anyone's speech.
NON_SPEECH_BEFORE = re.compile(r"\b(titled|entitled|the words|book|slogan|hashtag|motto|headline)[\s,:]*$", re.I)
SPOKEN_WORDS = re.compile(r"\b(used|uses|using|said|saying|spoke|uttered|repeated)\s+the words[\s,:]*$", re.I)
ALL_CAPS_RUN = re.compile(r"\b[A-Z][A-Z’'&.-]+(?:[\s,]+[A-Z][A-Z’'&.-]*\b){2,}")
# A headline capitalises its function words ("Trump Says His Plan Will ..."); a name seldom does.
HEADLINE_FUNCTION_WORDS = frozenset(
    "A An The Of And Or In On To For At By With From As But Is Are Was Were Be Will Would Can Could Not His Her "
    "Its Their He She It We They You I Who What Why How That This".split())
SMALL_WORDS = frozenset("a an the of and or in on to for at by with from vs vs. as but nor is".split())
# A finite verb, cheaply: an auxiliary or modal, a subject pronoun, a contraction, an -ed/-s form or
# a common irregular past. A Content with none is a bare noun phrase ("his opponents").
FINITE_WORDS = frozenset(
    "is are was were am be will would has have had can could should must may might do does did shall "
    "won't can't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't wouldn't "
    "couldn't shouldn't said went got made took came knew thought saw told gave found felt left kept won "
    "lost ran began became wrote meant held brought stood sent built paid spent met led put let set cut "
    "hit hurt quit read sold bought taught caught fought sought heard grew drew threw flew chose "
    "spoke broke froze rose fell".split())
SUBJECT_PRONOUNS = frozenset("i we they you he she it who there".split())
QUOTE_MARKS = "“”\"«»„"
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
MIN_WORDS = 4  # shorter quoted bits are scare quotes or single words, not what an editor excerpts
PER_ARTICLE_OWN = 3  # own-voice sentences tried per article
CATEGORIES = ("direct", "reported", "other-speaker", "own-voice", "paraphrase")


@dataclass
class Case:
    category: str
    expect_pass: bool
    analyst: str
    quote: str
    reported: bool = False
    origin: str = ""  # the annotation's words, for the report
    line: int = 0
    problems: list[str] = field(default_factory=list)
    evaluated: bool = True  # False when a problem outside its excerpt left it unjudged
    outside: str = ""  # that problem


@dataclass
class Annotation:
    source: tuple[int, int, str]
    cue: tuple[int, int, str]
    content: tuple[int, int, str]  # from its first piece's start to its last one's end
    fragments: tuple[tuple[int, int], ...] = ()  # the Content's pieces ("'X,' he said, 'Y'": two)
    name: str | None = None  # the name form its Source gives
    speaker: str | None = None  # the analyst's full name, once resolved
    voices: tuple[str, ...] = ()  # the ids of every analyst its Source names ("Trump and Ryan": both)

    @property
    def extent(self) -> tuple[int, int]:
        spans = (self.source, self.cue, self.content)
        return min(s[0] for s in spans), max(s[1] for s in spans)

    @property
    def relay(self) -> bool:
        return bool(RELAY_CUE.search(self.cue[2]))


# --- reading -------------------------------------------------------------------------------------

def clean_text(text: str) -> str:
    """The text without control characters (but tab and newline) and bidi controls."""
    return "".join(ch for ch in text if ch in "\t\n" or not (unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS))


def read_ann(path: Path) -> tuple[list[Annotation], int]:
    """The attributions of one brat file, and how many were left out: a role missing, or a Source or
    Cue in pieces. A Content in pieces ("'X,' he said, 'Y'") is kept with its fragments."""
    spans, relations = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:  # (a span's text may run onto more lines)
            tid, info, text = line.split("\t", 2)
            kind, offsets = info.split(" ", 1)
            pieces = tuple(tuple(int(n) for n in piece.split()) for piece in offsets.split(";"))
            spans[tid] = (kind, pieces[0][0], pieces[-1][1], text, pieces)
        elif line.startswith("E") and "\t" in line:
            parts = dict(p.split(":", 1) for p in line.split("\t")[1].split())
            relations.append(parts)
    out, left_out = [], 0
    for rel in relations:
        source, cue, content = (spans.get(rel.get(role)) for role in ("Source", "Cue", "Content"))
        if source and cue and content and len(source[4]) == len(cue[4]) == 1:
            out.append(Annotation(source[1:4], cue[1:4], content[1:4], content[4]))
        else:
            left_out += 1
    return out, left_out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Each non-empty line's [start, end): reportgen's paragraphs."""
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


# --- names ---------------------------------------------------------------------------------------

def _tidy(source_text: str) -> str:
    """A Source span without quoted titles and parentheses, its title phrases that hold a preposition
    replaced by a lowercase stand-in ("Hunter's chief of staff, Joe Kasper" is Kasper)."""
    text = re.sub(r"[“\"][^“”\"]*[”\"]|''.*?''|\([^)]*\)", " ", source_text)
    for phrase in TITLE_PHRASES:
        text = re.sub(rf"\b{phrase}\b", "official", text, flags=re.I)
    return text


def _words(part: str) -> list[tuple[str, bool]]:
    """A comma part's words, each with whether it was a possessive ("Florida's"), possessives and a
    trailing apostrophe stripped ("Sanders'" -> "Sanders")."""
    out = []
    for raw in part.split():
        word = raw.strip(";:—–-")
        possessive = bool(re.search(r"[’']s?$", word)) and len(word) > 2
        word = re.sub(r"[’']s?$", "", word)
        if word:
            out.append((word, possessive))
    return out


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _is_title(word: str, words: frozenset = TITLES) -> bool:
    return word.casefold() in words or word.casefold().removeprefix("co-") in words


def _trailing_name(words: list[tuple[str, bool]], organisation: bool = False) -> tuple[list[str], int]:
    """The capitalised words that end a part, and where they start. An organisation's name ("Democratic
    National Committee", "the American Legion") keeps its adjectives; a person's stops at a title, a
    possessive ("Florida's Rick Wilson") or a determiner."""
    organisation = organisation or words[-1][0] in ORGANISATION_WORDS or _after_the(words)
    run: list[str] = []
    i = len(words)
    while i > 0:
        word, possessive = words[i - 1]
        last = i == len(words)  # a name's last word is no title ("Rep. Rob Bishop", "Mr. Singer")
        if word.casefold() in NAME_PARTICLES and run and i > 1 and _capitalised(words[i - 2][0]):
            pass  # "Correio de Manha"
        elif (not _capitalised(word) or word.casefold() in DETERMINERS or word.casefold() in PREPOSITIONS
              or any(q in word for q in QUOTE_MARKS) or (possessive and not last) or re.search(r"-[a-z]", word)
              or (_is_title(word, ROLE_TITLES if organisation else TITLES) and not last)):
            break
        run.insert(0, word)
        i -= 1
    while run and run[-1].casefold() in GENERATIONAL:
        run.pop()
    return run, i


def _after_the(words: list[tuple[str, bool]]) -> bool:
    """Whether the capitalised words that end a part follow "the": an organisation's name, not a person's."""
    j = len(words)
    while j > 0 and _capitalised(words[j - 1][0]) and words[j - 1][0].casefold() not in DETERMINERS:
        j -= 1
    return 0 < j < len(words) and words[j - 1][0].casefold() == "the"


def _person_like(part: str) -> str | None:
    """A later comma part that is a person's name: two to four capitalised words, no titles."""
    words = [w for w, _ in _words(part)]
    if 2 <= len(words) <= 4 and all(_capitalised(w) and not _is_title(w) for w in words):
        return " ".join(w for w in words if w.casefold() not in GENERATIONAL)
    return None


def name_of(source_text: str) -> str | None:
    """The proper name a Source span gives; None for a pronoun, a description or a role of an
    organisation. See the module's docstring for the rules."""
    parts = _tidy(source_text).split(",")
    for index, part in enumerate(parts):
        words = _words(part)
        if not words or not _capitalised(words[-1][0]):
            continue
        run, start = _trailing_name(words)
        organisation = bool(run) and kind_of(" ".join(run)) == "organisation"
        if any(_is_pronoun(w) for w, _ in (words if not organisation else words[:start])):  # not "Our Principles PAC"
            return None
        if len(run) == 1 and start == 0 and _is_title(run[0]):  # "Pastor", "Anchor": a role, no name
            return None
        before = [w for w, _ in words[:start]]
        preposition = next((i for i, w in enumerate(before) if w.casefold() in PREPOSITIONS), None)
        if preposition is not None:  # "<head> <preposition> ... <Name>": the head speaks
            head, _ = _trailing_name(words[:preposition]) if preposition else ([], 0)
            if head and before[preposition].casefold() in AFFILIATION:  # "Jonah Goldberg of National Review"
                person = kind_of(" ".join(head)) == "person" and not _after_the(words[:preposition])
                return _accept(head) if person else None  # not "the U.S. Court of ...", "the Workers of America"
            if head and _is_title(before[-1], ROLE_TITLES):  # "The Council on ... Executive Director Nihad Awad"
                return _accept(run)
            later = (_person_like(p) for p in parts[index + 1:])
            return next((name for name in later if name), None)  # "The director of ..., Ina Kirsch"
        return _accept(run)
    return None


def _is_pronoun(word: str) -> bool:
    head = re.split(r"[’']", word)[0]
    return head.casefold() in PRONOUNS and (head == "I" or not head.isupper())  # "US" is no "us"


def _accept(run: list[str]) -> str | None:
    """A name, unless it is no name: a weekday, a month, a US state, a document word, a single letter,
    a quantifier, a state and a party ("the Wisconsin Republican": a description)."""
    name = " ".join(run)
    if not run or name.casefold() in NOT_NAMES or len(name) < 2 or run[0].casefold() in QUANTIFIERS:
        return None
    if len(run) > 1 and " ".join(run[:-1]).casefold() in US_STATES and run[-1].casefold() in CAPITALISED_ADJECTIVES:
        return None
    return name


def is_joint(source_text: str, name: str | None) -> bool:
    """Whether a Source names more than one speaker, or a plural or a quantity of them."""
    text = _tidy(source_text)
    words = text.split()
    if not words:
        return False
    if words[0].casefold() in QUANTIFIERS or JOINT_MARKERS.search(text.strip()):
        return True
    parts = [_words(p) for p in text.split(",")]
    named_at = next((i for i, p in enumerate(parts) if p and _capitalised(p[-1][0])), len(parts) - 1)
    for i, part in enumerate(parts):
        plain = [w for w, _ in part]
        joins = [j for j, w in enumerate(plain) if w.casefold() in CONJUNCTIONS]
        if i > named_at:  # a later part: only one that starts "and <Name>" or lists names ("Fiorina and Huckabee")
            if joins[:1] == [0] and len(plain) > 1 and _capitalised(plain[1]) or joins and all(
                    _capitalised(w) or j in joins for j, w in enumerate(plain)):
                return True
            continue
        if any(0 < j < len(plain) - 1 and _joins_speakers(plain[j - 1], plain[j + 1]) for j in joins):
            return True
    bare = [p for p in parts[:2] if p and all(_capitalised(w) and not _is_title(w) for w, _ in p)]
    if len(parts) >= 2 and len(bare) == 2:  # "Clinton, Sanders"
        return True
    return bool(name) and name.split()[-1].casefold() in PLURAL_GROUPS


def _joins_speakers(before: str, after: str) -> bool:
    """Whether "<before> and <after>" joins two speakers ("Bolton and Gorka", "Obama and the Democrats",
    "The company and France's ..."), not two roles of one ("former Gov. and DNC Chairman Ed Rendell",
    "lobbyist and GOP strategist Charlie Black")."""
    if _capitalised(before):
        return not _is_title(before)
    return _capitalised(after) and not _is_title(before)


def _is_shorter_form(short: list[str], long: list[str]) -> bool:
    """Whether `short` names the person `long` does: its surname ("Trump"), its first name ("Hillary", a
    person's name of two or three words only), or the same first and last words with a middle left
    out ("Hillary Clinton" in "Hillary Rodham Clinton")."""
    if len(short) >= len(long):
        return False
    if long[-len(short):] == short:
        return True
    if len(short) == 1:
        return long[0] == short[0] and len(long) <= 3 and long[-1] not in ORGANISATION_WORDS and not long[-1].isupper()
    it = iter(long)
    return short[0] == long[0] and short[-1] == long[-1] and all(w in it for w in short)


def group_names(names: list[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each name form -> the analyst's full name, and each ambiguous short form -> the full names it
    may stand for ("Clinton" -> Bill Clinton, Hillary Clinton). Longest first, then alphabetical."""
    forms = sorted(set(names), key=lambda n: (-len(n.split()), n))
    canonical: dict[str, str] = {}
    ambiguous: dict[str, list[str]] = {}
    for index, name in enumerate(forms):
        words = name.split()
        targets = {canonical[f] for f in forms[:index] if f in canonical and _is_shorter_form(words, f.split())}
        targets |= {t for f in forms[:index] if f in ambiguous and _is_shorter_form(words, f.split())
                    for t in ambiguous[f]}
        if len(targets) > 1:
            ambiguous[name] = sorted(targets)
        else:
            canonical[name] = targets.pop() if targets else name
    return canonical, ambiguous


def _name_pattern(forms: list[str]) -> re.Pattern | None:
    forms = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    if not forms:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def last_mention(text: str, forms: list[str], before: int) -> int:
    """Where one of the forms last occurs, as a whole word, before an offset; -1 if nowhere."""
    pattern = _name_pattern(forms)
    found = [m.start() for m in pattern.finditer(text, 0, before)] if pattern else []
    return found[-1] if found else -1


# --- segments ------------------------------------------------------------------------------------

# A quotation between double marks, or between two apostrophes each side as one newspaper sets them
# (''…'', which reportgen reads as a double mark).
_OPENING, _CLOSING, _INSIDE = r"(?:[“\"«„]|'')", r"(?:[”\"»“]|''|$)", r"(?:(?!'')[^“”\"«»„])"
_QUOTATION = re.compile(_OPENING + _INSIDE + "*" + _CLOSING)  # marks included
_QUOTED = re.compile(_OPENING + "(" + _INSIDE + "+)" + _CLOSING)


def quoted_segments(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The words inside quotation marks in text[lo:hi] (within one paragraph), with their offsets in
    text, a trailing comma dropped."""
    out = []
    if text[hi - 1:hi + 1] == "''":
        hi += 1  # a Content that ends inside a closing '' (the annotator took one of its two marks)
    for m in _QUOTED.finditer(text, lo, hi):
        inner = m.group(1)
        words = inner.strip().rstrip(",").strip()
        start = m.start(1) + inner.index(words[:1]) if words else m.start(1)
        out.append((start, start + len(words), words))
    return out


def is_title_case(words: str) -> bool:
    """Every word capitalised, small words apart ("Make America Great Again", "The Art of the Deal")."""
    if words.isupper():  # shouting or a slogan, not a title
        return False
    tokens = re.findall(r"[^\W\d_][\w’'.-]*", words)
    small = (i and t.casefold() in SMALL_WORDS for i, t in enumerate(tokens))
    return len(tokens) >= 2 and all(_capitalised(t) or is_small for t, is_small in zip(tokens, small))


def is_headline_case(words: str) -> bool:
    """Title-Case with a function word capitalised after the first ("Trump Says His Plan Will Not
    ..."): a headline, not a name ("Israeli Prime Minister Benjamin Netanyahu")."""
    return is_title_case(words) and any(t in HEADLINE_FUNCTION_WORDS for t in words.split()[1:])


def is_non_speech(text: str, para_start: int, start: int, words: str) -> bool:
    """Whether quoted words are a title, a slogan, a hashtag or a label, not speech."""
    before = text[para_start:start].rstrip()
    opening = before[:-2] if before.endswith("''") else before[:-1]  # before the opening mark
    return (bool(NON_SPEECH_BEFORE.search(opening)) and not SPOKEN_WORDS.search(opening)) or is_title_case(words)


def is_label(segment: str, title_case: bool) -> bool:
    """An all-caps stretch of at least two words (or, if `title_case`, a Title-Case one of at least
    three): a headline or a section label."""
    words = segment.split()
    letters = [c for c in segment if c.isalpha()]
    if len(words) < 2 or not letters:
        return False
    return all(c.isupper() for c in letters) or (title_case and len(words) >= 3 and is_title_case(segment))


Spans = list[tuple[int, int]]


def label_spans(text: str, paras: Spans) -> tuple[Spans, Spans]:
    """Where a Content is a headline or a label: the title line, every Title-Case or all-caps paragraph,
    every all-caps sentence ("TRUMP COUNTER: ...") and every run of three or more all-caps words; and
    where a Source is one: the title line and those runs ("OBAMA'S LAST STATE OF THE UNION [AP.]
    '...'"). A Title-Case line that only names the speaker ("- Bernie Sanders.") is no label for its
    Source. As [start, end) in text."""
    runs = [(ps + m.start(), ps + m.end()) for ps, pe in paras[1:] for m in ALL_CAPS_RUN.finditer(text[ps:pe])]
    content = [paras[0], *runs] if paras else []
    for ps, pe in paras[1:]:
        if is_label(text[ps:pe].strip(" .!?:"), title_case=True):
            content.append((ps, pe))
            continue
        for m in re.finditer(r"[^.!?:]+[.!?:]*", text[ps:pe]):
            if is_label(m.group().strip(" .!?:"), title_case=False):
                content.append((ps + m.start(), ps + m.end()))
    return content, ([paras[0], *runs] if paras else [])


def in_label(a: Annotation, labels: tuple[Spans, Spans]) -> bool:
    """Whether an annotation's Content (or its Source) is in a headline or a label, or its Content is
    a headline itself."""
    return (is_headline_case(a.content[2]) or any(s <= a.content[0] < e for s, e in labels[0])
            or any(s <= a.source[0] < e for s, e in labels[1]))


def has_finite_verb(content: str) -> bool:
    """A cheap test for a clause: an auxiliary, modal or common irregular past (`FINITE_WORDS`), a
    subject pronoun, a contraction, or a word of four letters or more ending in -ed or -s (not -ss)."""
    for word in re.findall(r"[\w’']+", content.casefold()):
        word = word.replace("’", "'")
        if (word in FINITE_WORDS or word in SUBJECT_PRONOUNS or re.search(r"'(s|re|ve|ll|d|m)$|n't$", word)
                or (len(word) > 3 and (word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))))):
            return True
    return False


def _is_saying(cue: str) -> bool:
    words = cue.split()
    return bool(words) and (words[0] in SAYING or cue.startswith("according to") or
                            (len(words) > 1 and words[0] in ("also", "has", "had", "have") and words[1] in SAYING))


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


# --- cases ---------------------------------------------------------------------------------------

@dataclass
class Cast:
    """An article's analysts: full name -> id, kind, aliases, and a pattern for each one's names."""

    ids: dict[str, str]
    kinds: dict[str, str]
    aliases: dict[str, list[str]]
    patterns: dict[str, re.Pattern | None]

    def named_in(self, text: str, lo: int, hi: int) -> list[str]:
        """Ids of the analysts named in text[lo:hi], in order of their first mention, then by id."""
        found = []
        for name, aid in self.ids.items():
            pattern = self.patterns.get(name)
            m = pattern.search(text, lo, hi) if pattern else None
            if m:
                found.append((m.start(), int(aid[1:]), aid))
        return [aid for *_, aid in sorted(found)]

    def everyone(self) -> list[str]:
        return sorted(self.ids.values(), key=lambda aid: int(aid[1:]))


def kind_of(name: str, text: str = "") -> str:
    """What an editor would declare: an organisation for an acronym or an organisation's word, a group for one
    plural word the text writes after "the" and never after a first name or a title nor before a singular verb
    ("the Saudis", not "the Sanders campaign"), otherwise a person."""
    if name.isupper() or name.split()[-1] in ORGANISATION_WORDS:
        return "organisation"
    plural = " " not in name and re.fullmatch(r"[A-Z]\w+[^su]s", name)
    after = re.findall(rf"(\w+)\.?\s+{re.escape(name)}(?![\w'’])", text) if plural else []
    surname = any(w[:1].isupper() and w != "The" for w in after) \
        or re.search(rf"{re.escape(name)}\s+(?:is|was|has|says)(?![\w'’])", text)  # "Mr. Sanders", "Sanders says"
    return "group" if plural and not surname and {"the", "The"} & set(after) else "person"


def alias_form(a: Annotation, name: str, kind: str) -> str | None:
    """The name form a Source uses as an editor would list it among the analyst's aliases ("the Times" for
    an organisation's one word); None for the full name or a person's bare surname."""
    surname = name.split()[-1] if kind == "person" and len(name.split()) > 1 else None
    form = a.name or ""
    if form in (name, surname):
        return None
    if kind != "person" and len(form.split()) == 1 and re.search(rf"\b[Tt]he\s+{re.escape(form)}\b", a.source[2]):
        return "the " + form
    return form


def resolve_speakers(text: str, annotations: list[Annotation], skipped: Counter) -> Cast:
    """Give each named annotation its analyst (an ambiguous short form: see `group_names`); build the
    cast with its aliases."""
    canonical, ambiguous = group_names([a.name for a in annotations if a.name])
    forms_of: dict[str, set[str]] = defaultdict(set)
    for form, full in canonical.items():
        forms_of[full].add(form)
    for a in annotations:
        if a.name in canonical:
            a.speaker = canonical[a.name]
        elif a.name in ambiguous:
            candidates = ambiguous[a.name]
            longer = {full: [f for f in forms_of[full] if len(f.split()) > len(a.name.split())] for full in candidates}
            where = {full: last_mention(text, longer[full], a.source[0]) for full in candidates}
            best = max(candidates, key=lambda full: (where[full], full))
            if where[best] < 0:
                skipped["ambiguous short name, no longer name before it"] += 1
            else:
                a.speaker = best
    speakers = sorted({a.speaker for a in annotations if a.speaker})
    ids = {name: f"a{i}" for i, name in enumerate(speakers)}
    kinds = {name: kind_of(name, text) for name in speakers}
    aliases, patterns = {}, {}
    for name in speakers:
        surname = name.split()[-1] if kinds[name] == "person" and len(name.split()) > 1 else None
        aliases[name] = sorted({alias_form(a, name, kinds[name]) for a in annotations if a.speaker == name} - {None})
        patterns[name] = _name_pattern(sorted({name, *aliases[name], *(f for f in forms_of[name] if " " in f),
                                               *([surname] if surname else [])}))
    return Cast(ids, kinds, aliases, patterns)


def filter_annotations(text: str, annotations: list[Annotation], skipped: Counter) -> list[Annotation]:
    """Name each annotation's Source; drop those in headlines or labels and joint or plural ones."""
    labels = label_spans(text, paragraphs(text))
    kept = []
    for a in annotations:
        if in_label(a, labels):
            skipped["in the title line, a headline or a label"] += 1
            continue
        a.name = name_of(a.source[2])
        if not a.name:
            skipped["Source names nobody (pronoun, description, role of an organisation)"] += 1
        elif is_joint(a.source[2], a.name):
            skipped["joint or plural Source"] += 1
            a.name = None
            continue
        kept.append(a)
    return kept


def cases_for(text: str, annotations: list[Annotation], skipped: Counter) -> tuple[list[Case], Cast]:
    """The cases of one article (raw text: the annotations' offsets are its)."""
    kept = filter_annotations(text, annotations, skipped)
    cast = resolve_speakers(text, kept, skipped)
    for a in annotations:  # every analyst a Source names, joint ones included, may have said its words
        named = cast.named_in(a.source[2], 0, len(a.source[2]))
        a.voices = tuple(sorted({*named, *([cast.ids[a.speaker]] if a.speaker else [])}))
    paras = paragraphs(text)
    cases: list[Case] = []
    for a in kept:
        if not a.speaker:
            continue
        if any(mark in a.content[2] for mark in QUOTE_MARKS) or "''" in a.content[2]:
            cases += direct_cases(text, paras, a, annotations, cast, skipped)
        else:
            cases += reported_cases(text, paras, a, cast, skipped)
    cases += own_voice_cases(text, paras, annotations, cast)
    return cases, cast


def _para_of(paras: Spans, offset: int) -> int:
    return next((i for i, (s, e) in enumerate(paras) if s <= offset < e), -1)


def _pieces(paras: Spans, fragments: tuple[tuple[int, int], ...]) -> list[tuple[int, int, int]]:
    """Each Content fragment cut at paragraph ends: (paragraph index, start, end)."""
    return [(p, max(fs, ps), min(fe, pe)) for fs, fe in fragments for p, (ps, pe) in enumerate(paras)
            if fs < pe and ps < fe]


def direct_cases(text: str, paras: Spans, a: Annotation, annotations: list[Annotation], cast: Cast,
                 skipped: Counter) -> list[Case]:
    speaker = cast.ids[a.speaker]
    origin = f"{a.source[2]} | {a.cue[2].casefold()}"
    out = []
    for p, lo, hi in _pieces(paras, a.fragments):
        for qs, qe, words in quoted_segments(text, lo, hi):
            if len(words.split()) < MIN_WORDS:
                skipped["quote: under 4 words"] += 1
            elif innermost(annotations, qs, qe) is not a:
                skipped["quote: belongs to an inner annotation"] += 1
            elif is_non_speech(text, paras[p][0], qs, words):
                skipped["quote: a title, slogan or label"] += 1
            elif a.relay and relays_another(text, a, cast) or QUOTING_CUE.match(a.cue[2]):
                skipped["quote: relayed words of another speaker"] += 1
            else:
                out.append(Case("direct", True, speaker, words, origin=origin))
                other = other_speaker(text, paras[p], qs, qe, words, a, annotations, cast)
                if other:
                    out.append(Case("other-speaker", False, other, words, origin=f"really {a.source[2]}"))
                else:
                    skipped["other-speaker: no analyst who cannot have said it"] += 1
    return out


def relays_another(text: str, a: Annotation, cast: Cast) -> bool:
    """Whether a relaying annotation ("according to the Post") passes on someone else's words: outside
    its quotation marks it names another analyst ("Trump said: ...") or has a verb of saying ("the
    judge said, according to the Post")."""
    lo, hi = a.extent
    outside = _QUOTATION.sub(lambda m: " " * len(m.group()), text[lo:hi])
    content = _QUOTATION.sub(" ", a.content[2])
    saying = any(w in SAYING or w in RELAYED_VERBS for w in re.findall(r"[\w'’-]+", content.casefold()))
    return saying or bool(set(cast.named_in(outside, 0, len(outside))) - set(a.voices))


def innermost(annotations: list[Annotation], qs: int, qe: int) -> Annotation | None:
    """The annotation with the smallest Content that holds text[qs:qe] (then the first one)."""
    holding = [b for b in annotations if any(fs <= qs and qe <= fe for fs, fe in b.fragments)]
    return min(holding, key=lambda b: (b.content[1] - b.content[0], b.content[0], b.source[0]), default=None)


def other_speaker(text: str, para: tuple[int, int], qs: int, qe: int, words: str, a: Annotation,
                  annotations: list[Annotation], cast: Cast) -> str | None:
    """An analyst who did not say the words: see the module's docstring."""
    excluded = set(a.voices)
    folded = _fold(words)
    for b in annotations:
        if any(fs < qe and qs < fe for fs, fe in b.fragments):
            excluded |= set(b.voices)  # nested or overlapping speech: the outer and inner Sources
        if b.relay and b.extent[0] <= qs and qe <= b.extent[1]:
            excluded |= set(cast.named_in(text, *b.extent))  # the real speaker behind a relay
        if b.voices and folded and folded in _fold(b.content[2]):
            excluded |= set(b.voices)  # the same words in their own Content
    return next((aid for aid in cast.named_in(text, *para) + cast.everyone() if aid not in excluded), None)


def reported_cases(text: str, paras: Spans, a: Annotation, cast: Cast, skipped: Counter) -> list[Case]:
    c_start, c_end = whole_words(text, *a.content[:2])  # an annotator's span may start or end inside a word
    content = text[c_start:c_end]
    cue = a.cue[2].casefold()
    if len(a.fragments) > 1:
        skipped["reported: Content in pieces"] += 1
    elif _para_of(paras, c_start) != _para_of(paras, max(c_start, c_end - 1)) or _para_of(paras, c_start) < 0:
        skipped["reported: spans paragraphs"] += 1
    elif len(content.split()) < MIN_WORDS:
        skipped["reported: under 4 words"] += 1
    elif not _is_saying(cue):
        skipped["reported: cue is no verb of saying"] += 1
    elif not has_finite_verb(content):
        skipped["reported: no finite verb (a noun phrase)"] += 1
    else:
        words = content.strip().rstrip(".,").strip()
        speaker, origin = cast.ids[a.speaker], f"{a.source[2]} | {cue}"
        return [Case("reported", True, speaker, words, reported=True, origin=origin),
                Case("paraphrase", False, speaker, words, origin=origin)]
    return []


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened to whole words where it starts or ends inside one ("he party" in "the party")."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def own_voice_cases(text: str, paras: Spans, annotations: list[Annotation], cast: Cast) -> list[Case]:
    """Whole sentences that no annotation touches and that hold no quotation mark, given to a speaker."""
    if not cast.ids:
        return []
    touched = [a.extent for a in annotations]
    out: list[Case] = []
    for p, (ps, pe) in enumerate(paras):
        if p == 0 or len(out) >= PER_ARTICLE_OWN or any(q in text[ps:pe] for q in (*QUOTE_MARKS, "''")):
            continue
        for m in re.finditer(r"[A-Z][^.!?]{30,200}[.!?](?=\s|$)", text[ps:pe]):
            s, e = ps + m.start(), ps + m.end()
            sentence = m.group()
            if any(s < te and ts < e for ts, te in touched) or any(q in sentence for q in QUOTE_MARKS + "'’‘"):
                continue
            speaker = (cast.named_in(text, ps, pe) + cast.everyone())[0]
            out.append(Case("own-voice", False, speaker, sentence.rstrip(".")))
            break
    return out


# --- checking ------------------------------------------------------------------------------------

def write_project(folder: Path, text: str, cases: list[Case], cast: Cast) -> Path:
    (folder / "article.txt").write_text(text, encoding="utf-8")
    lines = ["edition:", "  title: Evaluation", "  number: 1", "  date: 2016-01-01", "sources:", "  art:",
             "    file: article.txt", "    title: Article", "    kind: article", "analysts:"]
    for name, aid in cast.ids.items():
        aliases = [clean_text(alias) for alias in cast.aliases[name]]
        extra = f", aliases: {json.dumps(aliases, ensure_ascii=False)}" if aliases else ""
        shown = json.dumps(clean_text(name), ensure_ascii=False)
        lines.append(f"  {aid}: {{name: {shown}, kind: {cast.kinds[name]}{extra}}}")
    lines += ["topics:", "  - id: t", "    title: T", "    question: What?", "    excerpts:"]
    for case in cases:
        case.line = len(lines) + 1
        lines += ["      - source: art", f"        analyst: {case.analyst}"]
        if case.reported:
            lines.append("        reported: true")
        lines.append("        quote: " + json.dumps(case.quote, ensure_ascii=False))
    path = folder / "topics.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_project(text: str, cases: list[Case], cast: Cast) -> tuple[bool, list[str]]:
    """Check the cases in one project, each getting the errors at its lines: whether the project
    loaded, and the problems at no excerpt."""
    for case in cases:
        case.problems = []
    with tempfile.TemporaryDirectory() as tmp:
        path = write_project(Path(tmp), text, cases, cast)
        try:
            problems, loaded = verify_edition(load_edition(path)).errors, True
        except InputError as err:
            problems, loaded = [p for p in err.problems if not p.warning], False
    starts = [c.line for c in cases] + [10**9]
    unplaced = []
    for problem in problems:
        i = next((i for i in range(len(cases)) if starts[i] <= (problem.line or 0) < starts[i + 1]), None)
        if i is None:
            unplaced.append(problem.format())
        else:
            cases[i].problems.append(problem.message + (f"; {problem.hint}" if problem.hint else ""))
    return loaded, unplaced


def check_article(text: str, cases: list[Case], cast: Cast) -> str | None:
    """Run the checker over one article's cases; if the project does not load or has a problem at no
    excerpt, again one case per project. The first problem at no excerpt that remains, if any."""
    loaded, unplaced = run_project(text, cases, cast)
    if loaded and not unplaced:
        return None
    remaining = []
    for case in cases:
        _, alone = run_project(text, [case], cast)
        if alone:
            case.evaluated, case.outside = False, alone[0]
            remaining.append(alone[0])
    return remaining[0] if remaining else None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a PolNeAR checkout (its data/train split is read)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--show", type=int, default=15, help="failing cases printed per category")
    parser.add_argument("--category", help="print every failing case of this category")
    parser.add_argument("--json", type=Path, help="write every case and its outcome here")
    args = parser.parse_args(argv)
    train = args.corpus / "data" / "train"
    if not (train / "attributions").is_dir():
        sys.exit(f"{train}/attributions not found: pass a PolNeAR checkout")
    articles: dict[str, Path] = {}
    for ann in sorted((train / "attributions").glob("*.ann")):  # one annotator per article: the first
        articles.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    names = sorted(articles)[: args.limit]
    started = time.perf_counter()
    everything: list[tuple[str, Case]] = []
    broken = []
    skipped: Counter = Counter()
    for name in names:
        raw = (train / "text" / f"{name}.txt").read_text(encoding="utf-8")
        annotations, left_out = read_ann(articles[name])
        skipped["incomplete: a role missing, or a Source in pieces"] += left_out
        cases, cast = cases_for(raw, annotations, skipped)
        if not cases:
            continue
        for case in cases:  # cleaned as the article is: each quote stays a substring of it
            case.quote = clean_text(case.quote)
        outside = check_article(clean_text(raw), cases, cast)
        if outside:
            broken.append((name, outside))
        everything += [(name, c) for c in cases]
    report(args, names, everything, broken, skipped, time.perf_counter() - started)
    return 0 if everything else 1


def report(args, names: list[str], everything: list[tuple[str, Case]], broken: list, skipped: Counter,
           elapsed: float) -> None:
    by_category: dict[str, list[tuple[str, Case]]] = defaultdict(list)
    for name, case in everything:
        if case.evaluated:
            by_category[case.category].append((name, case))
    print(f"{len(names)} articles, {len(everything)} cases, {elapsed:.1f} s")
    for category in CATEGORIES:
        items = by_category.get(category, [])
        if not items:
            continue
        expect = items[0][1].expect_pass
        good = sum(1 for _, c in items if bool(c.problems) != expect)
        verb = "accepted" if expect else "caught"
        print(f"  {category:14} {good:5}/{len(items):<5} {verb} {100 * good / len(items):5.1f}%")
    wrong = [c for items in by_category.values() for _, c in items if not c.expect_pass]
    if wrong:
        caught = sum(1 for c in wrong if c.problems)
        print(f"  {'misattributions':14} {caught:5}/{len(wrong):<5} caught {100 * caught / len(wrong):5.1f}%")
    if broken:
        unjudged = sum(1 for _, c in everything if not c.evaluated)
        print(f"not evaluated: {unjudged} cases of {len(broken)} articles with a problem outside any excerpt"
              " (in no rate):")
        for name, problem in broken:
            print(f"  {name}: {problem[:200]}")
    print("skipped (annotations; quoted segments for 'quote:' and 'other-speaker:'):")
    for reason, n in sorted(skipped.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {n:6}  {reason}")
    for category, items in by_category.items():
        failing = [(n, c) for n, c in items if bool(c.problems) == c.expect_pass]
        limit = len(failing) if category == args.category else args.show
        if not failing or limit == 0:
            continue
        print(f"\n--- {category}: {len(failing)} wrong")
        for n, c in failing[:limit]:
            outcome = c.problems[0] if c.problems else "accepted"
            print(f"* {n} [{c.analyst}] {c.origin}\n    quote: {c.quote[:160]}\n    -> {outcome[:300]}")
    if args.json:
        args.json.write_text(json.dumps([{"article": n, **vars(c)} for n, c in everything], ensure_ascii=False,
                                        indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
