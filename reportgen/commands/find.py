"""`reportgen find`: which paragraphs of the sources hold some words, and who speaks there.

Fast on a large corpus: each source file is first searched whole with one regular expression, and
only the files that hold the words are split into paragraphs and speaker turns. With no exact
match, the closest passages are ranked by fuzzy similarity (rapidfuzz's partial_ratio).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from reportgen.load import textfiles
from reportgen.load.model import Analyst, Edition, Source
from reportgen.load.schema import load_edition, suggest
from reportgen.load.textfiles import visible
from reportgen.problems import InputError, Problem, display_path
from reportgen.text.lexicon import CASE_ENDINGS, case_stem
from reportgen.text.sources import Paragraph, SourceText, is_paragraph, normalize, read_paragraphs
from reportgen.text.speakers import is_name
from reportgen.verify.attribution import Voices, is_named, name_forms, name_pattern

NOT_NAME_WORDS = {"he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "this", "that", "who"}
CLOSEST = 5  # passages shown when nothing matches exactly
SIMILAR = 60  # partial_ratio (0-100) from which a passage counts as close
# Characters `check` folds together (see sources.normalize): a search matches any of them.
_VARIANTS = ["'‘’‚‛′`´", '"“”„‟″«»', "-‐‑‒–—―−"]
_ENDINGS = "(?:" + "|".join(CASE_ENDINGS) + ")?"


@dataclass(frozen=True)
class Hit:
    """A paragraph holding the words: where the words are in its text, and how similar (None: exactly)."""

    source: Source
    paragraph: Paragraph
    spans: tuple[tuple[int, int], ...]
    voice: str | None  # who speaks in the paragraph: the turn's speaker, or an article's stated author
    similarity: float | None = None


def find_words(edition: Edition, words: str, source: str | None = None, speaker: str | None = None,
               closest: int = CLOSEST) -> tuple[list[Hit], bool]:
    """Every paragraph holding the words (case and quote/dash style aside), in source order;
    when there is none, the `closest` most similar passages. The flag says which it is."""
    words = " ".join(words.split())
    if not words:
        raise InputError([Problem("WORDS", None, None, "nothing to find", "give some words of the passage")])
    sources = _chosen_sources(edition, source)
    who = _speaker_filter(edition, sources, speaker)
    quick, exact = phrase_pattern(words.lower(), case=True), phrase_pattern(words)
    hits = []
    for src in sources:
        # Most files are ruled out by one case-sensitive scan of their lower-cased text (ten times
        # faster than an IGNORECASE one), and never split into paragraphs.
        if not _spans(quick, _lowered(src)):
            continue
        for para in read_paragraphs(src.kind, _read(src), src.file):
            if not quick.search(para.text.lower()):
                continue
            spans = _spans(exact, para.text)
            voice = voice_of(src, para)
            if spans and who(src, para, voice):
                hits.append(Hit(src, para, spans, voice))
    if hits:
        texts: dict[str, SourceText] = {}
        voices = Voices(edition.analysts)
        return [_quoted_voice(edition, hit, texts, voices, exact) for hit in hits], True
    return closest_passages(sources, words, who, closest), False


def _quoted_voice(edition: Edition, hit: Hit, texts: dict[str, SourceText], voices: Voices,
                  exact: re.Pattern) -> Hit:
    """A hit inside a quotation speaks with the quoted speaker's voice, as `check` attributes it (the
    quotation's cue): "Ruth Ng, quoted", not the article's author. Quotations are found in `clean`,
    which may differ from the text in spacing and in marks (''…'' is one double mark), so the words
    are found there again when it does."""
    paragraph = hit.paragraph
    spans = hit.spans if paragraph.text == paragraph.clean else _spans(exact, paragraph.clean)
    if not spans:
        return hit
    start, end = spans[0][0], spans[-1][1]
    span = next((q for q in paragraph.quoted if q.start <= start and end <= q.end), None)
    if span is None:
        return hit
    if hit.source.id not in texts:  # read whole only for a hit inside a quotation: attribution needs the text
        texts[hit.source.id] = SourceText(hit.source.file, hit.source.kind, _read(hit.source), hit.source)
    cue = voices.quotation_cue(texts[hit.source.id], paragraph.number - 1, span)
    if cue is None:
        return hit
    if cue.analyst in edition.analysts:
        return dataclasses.replace(hit, voice=f"{edition.analysts[cue.analyst].name}, quoted")
    text = texts[hit.source.id].paragraphs[cue.paragraph - 1].clean
    who = name_at(text, *cue.at) or cue.words
    return dataclasses.replace(hit, voice=f"{who}, quoted (not an analyst)" if who
                               else "a quotation whose speaker the text does not name")


_CAPITALISED = r"(?:[^\W\d_][\w'’.-]*)"


def name_at(text: str, start: int, end: int) -> str | None:
    """The name a reporting verb stands beside: "said Dana Whitfield," or "Dana Whitfield said"."""
    after = re.match(rf"\s+({_CAPITALISED}(?: {_CAPITALISED}){{0,3}})", text[end:])
    before = re.search(rf"({_CAPITALISED}(?: {_CAPITALISED}){{0,3}})\s+$", text[:start])
    for m in (after, before):
        if m:
            words = [w for w in m.group(1).split() if w[:1].isupper()]
            name = re.sub(r"(?<=\w\w)\.$", "", " ".join(words))  # "said Dana Whitfield.": the stop ends the sentence
            if words and len(words) == len(m.group(1).split()) and is_name(name) and \
                    words[0].casefold() not in NOT_NAME_WORDS:
                return name
    return None


def load_for_search(topics: Path) -> Edition:
    """The edition without its topics: `find` needs the sources and analysts only, and the topics of
    a 5,000-excerpt file take most of the time to load. The topics section (from a `topics:` line at
    the left margin to the next top-level key) becomes `topics: []` followed by as many line breaks,
    so every other line keeps its number; if that does not load, the whole file is loaded instead."""
    if not topics.is_file():  # missing, a folder, or a FIFO that would block the read: the loader says which
        return load_edition(topics)
    try:
        text = topics.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return load_edition(topics)  # its error says what is wrong with the file
    start = re.search(r"^topics:[ \t]*(#.*)?$", text, re.MULTILINE)
    if start is None or "&" in text[start.start():]:  # an anchor in the topics may be used after them
        return load_edition(topics)
    after = re.search(r"^[^\s#\-][^\n]*:", text[start.end():], re.MULTILINE)
    end = start.end() + after.start() if after else len(text)
    cut = text[:start.start()] + "topics: []" + "\n" * text.count("\n", start.start(), end) + text[end:]
    try:
        return load_edition(topics, text=cut)
    except InputError:
        return load_edition(topics)


def closest_passages(sources: list[Source], words: str, who, limit: int = CLOSEST) -> list[Hit]:
    """The paragraphs most like the words (partial_ratio: the best-matching window of each)."""
    lines, owners = [], []
    for src in sources:
        lowered = _lowered(src)  # lower() may change lengths: only for scoring, never for spans
        for n, line in enumerate((ln.strip() for ln in lowered.splitlines() if is_paragraph(ln)), 1):
            lines.append(line)
            owners.append((src, n))
    query = words.lower()
    found = process.extract(query, lines, scorer=fuzz.partial_ratio, limit=limit * 10, score_cutoff=SIMILAR)
    hits, texts = [], {}
    for _, score, index in found:
        src, number = owners[index]
        if src.id not in texts:
            texts[src.id] = read_paragraphs(src.kind, _read(src), src.file)
        para = texts[src.id][number - 1]
        voice = voice_of(src, para)
        if not who(src, para, voice):
            continue
        align = fuzz.partial_ratio_alignment(query, para.text.lower())
        span = _whole_words(para.text, align.dest_start, align.dest_end) \
            if align is not None and len(query) == len(words) else ()
        hits.append(Hit(src, para, span, voice, round(score)))
        if len(hits) == limit:
            break
    return hits


def _whole_words(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The window widened to whole words, for marking; none if casefolding moved the offsets."""
    if len(text.lower()) != len(text):
        return ()
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return ((start, end),)


def phrase_pattern(words: str, case: bool = False) -> re.Pattern:
    """The words in order, any spacing between them, any case (unless `case`), any quote or dash
    style. Whole words at both ends ('Rice' never matches in 'prices'): the end is in the pattern,
    the start is checked by _spans (a lookbehind would make the scan ten times slower)."""
    parts = []
    for word in words.split():
        word = unicodedata.normalize("NFC", word)
        stem = case_stem(word)
        if stem is not None:  # a Cyrillic word in any case form: its stem, then any case ending or none
            forms = sorted({word.casefold(), stem}, key=len, reverse=True)  # "Тулегенов": as typed, or тулеген-ов
            parts.append("(?:" + "|".join(map(re.escape, forms)) + ")" + _ENDINGS)
            continue
        chars = []
        for ch in word:
            group = next((g for g in _VARIANTS if ch in g), None)
            chars.append(f"[{re.escape(group)}]" if group else re.escape(ch))
        parts.append("".join(chars))
    body = r"[\s\u00ad\u200b]+".join(parts)
    end = r"(?!\w)" if re.search(r"\w$", words) else ""
    return re.compile(body + end, 0 if case else re.IGNORECASE)


def _spans(pattern: re.Pattern, text: str) -> tuple[tuple[int, int], ...]:
    """Where the pattern matches, starting at a word boundary; overlapping candidates are tried too."""
    spans, at = [], 0
    while (m := pattern.search(text, at)) is not None:
        start = m.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_") or not text[start].isalnum():
            spans.append(m.span())
            at = m.end()
        else:
            at = start + 1
    return tuple(spans)


def voice_of(source: Source, paragraph: Paragraph) -> str | None:
    """Who speaks in a paragraph: its speaker label, or for an article its stated author."""
    if paragraph.speaker:
        return paragraph.speaker
    return source.author if source.kind == "article" else None


def format_hits(hits: list[Hit], exact: bool, words: str, mark=("**", "**")) -> str:
    """One block per paragraph: `label, para. N (source id) - speaker`, then the text with the words marked."""
    if not hits:
        return f"no passage holds or resembles \"{visible(words, newlines=False)}\" (similarity below {SIMILAR}%)"
    count = f"{len(hits)} paragraphs hold" if len(hits) != 1 else "1 paragraph holds"
    head = (f"{count} \"{visible(words, newlines=False)}\"" if exact
            else f"no paragraph holds \"{visible(words, newlines=False)}\"; the closest passages:")
    blocks = [head]
    for hit in hits:
        similar = "" if hit.similarity is None else f" ({hit.similarity:.0f}% similar)"
        voice = f" - {visible(hit.voice, newlines=False)}" if hit.voice else (
            " - the article's own voice (author not stated)" if hit.source.kind == "article"
            else " - outside every speaker's words (header or caption)")
        body = "" if hit.source.in_body(hit.paragraph.number) else " [outside the source's body: not quotable]"
        locator = hit.paragraph.locator_at(list(hit.spans)) if hit.spans else hit.paragraph.locator
        where = f"{locator}, para. " if locator else "para. "
        named = f" ({hit.source.id})" if hit.source.label != hit.source.id else ""  # each label once
        blocks.append(f"\n{hit.source.label}, {where}{hit.paragraph.number}{named}{voice}{body}{similar}")
        blocks.append("  " + marked(hit.paragraph.text, hit.spans, mark))
    return "\n".join(blocks)


def marked(text: str, spans, mark=("**", "**")) -> str:
    """The text with each span wrapped in the marks, every piece made visible."""
    out, pos = [], 0
    for start, end in spans:
        out += [visible(text[pos:start], newlines=False), mark[0], visible(text[start:end], newlines=False), mark[1]]
        pos = end
    out.append(visible(text[pos:], newlines=False))
    return "".join(out)


def _chosen_sources(edition: Edition, source: str | None) -> list[Source]:
    if source is None:
        return list(edition.sources.values())
    if source not in edition.sources:
        raise InputError([Problem("--source", None, None, f"unknown source '{source}'",
                                  suggest(source, edition.sources))])
    return [edition.sources[source]]


def _speaker_filter(edition: Edition, sources: list[Source], speaker: str | None):
    """A test on a paragraph's voice: an analyst (id, name, surname or alias) or a speaker label as
    the text writes it. An unknown name is an error naming the voices there are."""
    if speaker is None:
        return lambda source, paragraph, voice: True
    analyst = _analyst_named(edition, speaker)
    if analyst:
        names = name_pattern(name_forms(analyst))

        def speaks_or_is_quoted(source: Source, paragraph: Paragraph, voice: str | None) -> bool:
            """Their own turn or answer, or an article's paragraph that names them (whose words they may be)."""
            if voice and is_named(analyst, voice):
                return True
            return source.kind == "article" and bool(names.search(normalize(paragraph.text)))

        return speaks_or_is_quoted
    wanted = " ".join(speaker.split()).casefold()
    labels = sorted({voice for s in sources for p in read_paragraphs(s.kind, _read(s))
                     if (voice := voice_of(s, p))})
    if not any(v.casefold() == wanted for v in labels):
        known = list(edition.analysts) + [v for v in labels if not _analyst_named(edition, v)]
        raise InputError([Problem("--speaker", None, None, f"no analyst or speaker '{speaker}'",
                                  suggest(speaker, known))])
    return lambda source, paragraph, voice: bool(voice) and voice.casefold() == wanted


def _analyst_named(edition: Edition, name: str) -> Analyst | None:
    if name in edition.analysts:
        return edition.analysts[name]
    return next((a for a in edition.analysts.values() if is_named(a, name)), None)


def _read(source: Source) -> str:
    try:
        return _cached_text(source.file)
    except OSError as err:  # not UTF-8 is read_text's own InputError, with the encoding and the fix
        raise InputError([Problem(display_path(source.file), None, None,
                                  f"cannot read source '{source.id}': {err.strerror or err}",
                                  "check that the file exists and can be read")]) from err


def _lowered(source: Source) -> str:
    """The text lower-cased, for the quick test of whether a file can hold the words at all."""
    text = _read(source)
    cached = _LOWER.get(source.file)
    if cached is None or cached[0] is not text:
        _LOWER[source.file] = (text, text.lower())
    return _LOWER[source.file][1]


_TEXTS: dict[Path, tuple[int, str]] = {}
_LOWER: dict[Path, tuple[str, str]] = {}


def _cached_text(path: Path) -> str:
    """A source's text, read once per modification (find and closest_passages may both need it)."""
    mtime = path.stat().st_mtime_ns
    cached = _TEXTS.get(path)
    if cached is None or cached[0] != mtime:
        # check's reader, so a file that is not UTF-8 gets check's message (its likely encoding, the iconv
        # command); line ends folded as open() folds them
        _TEXTS[path] = (mtime, textfiles.read_text(path).replace("\r\n", "\n").replace("\r", "\n"))
    return _TEXTS[path][1]

