"""PDFs: the text layer (pdfminer.six), page by page, without running heads, footers and page numbers.

- A text box is one paragraph (pdfminer's layout analysis groups lines into boxes).
- Two columns (boxes left and right of the middle, side by side) are read left, then right, between
  full-width boxes; any other page keeps pdfminer's order.
- Furniture: a box lying in the top or bottom MARGIN of its page that is a page number ("4", "Page 4 of
  9", "- 4 -", "iv"), or whose text, digits folded, recurs in that margin on at least two pages and on
  at least half of them (running heads and footers). It is dropped.
- Line-end hyphens, judged by what the PDF says (hyphen_kept):
  - a soft hyphen (U+00AD) or a hyphen U+2010 at a line end is the typesetter's: the lines join
    without it ("verifi‐" + "cation");
  - a plain "-" at a line end, in a PDF that marks its own line-break hyphens (U+2010 or U+00AD at
    a line end anywhere in it, as WeasyPrint, LaTeX with a Unicode font and Word do), is a real
    hyphen: kept, the lines join without a space ("rights-" + "respecting");
  - elsewhere (a PDF with only plain "-"), it is kept where the document writes that compound with
    its hyphen inside a line ("well-known"), or before a capital or a digit ("Russia-Ukraine"), or
    where both halves are words of the document (each at least HALF_WORD letters, written on their
    own somewhere in it) and the joined word is not; otherwise the hyphen is dropped. This is the
    both-halves check: no outside word list, so "under-" + "standing" in a text that never writes
    "understanding" but writes "under" and "standing" keeps a hyphen it should not.
- A paragraph runs on over a page break when the text before the break does not end a sentence
  (no closing punctuation), whatever the case of the next word; the running heads, footers and page
  numbers between are dropped. Each paragraph keeps where each of its pages starts (Block.pages), so
  a citation gives the page or pages of the quoted words ("p. 2", "pp. 1–2").
- Metadata: the document's Title and Author fields when set (not a file name); never its dates, which
  are the file's, not the text's.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from reportgen.importers import Block, Imported, Options, damaged_if_it_fails, stated, unusable

HALF_WORD = 3  # letters: the shortest half of a plain "-" line-end compound the both-halves check keeps
GUTTER = 6  # points: how far a column's box may reach over the middle of the page
MARGIN = 0.12  # of the page height, at top and at bottom: where running heads and footers live
_PAGE_NUMBER = re.compile(r"^(?:(?:page|p\.|seite|стр\.?|страница)\s*)?[-–—(\[]?\s*(?:\d+|[ivxlcdm]+)\s*[-–—)\]]?"
                          r"(?:\s*(?:of|/|из)\s*\d+)?$", re.IGNORECASE)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_HYPHENATED = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010]$")  # hyphen-minus, soft hyphen, hyphen
_INNER_2010 = re.compile(r"[^\W\d_]\u2010[^\W\d_]")  # U+2010 inside a line: the document's own hyphen
_PUNCT = "\"'“”‘’«»()[]{},.;:!?…"
_MARKED = re.compile(r"[^\W\d_][\u00ad\u2010]$")
_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND = re.compile(r"[^\W\d_]+-[^\W\d_]+(?=[^\w-]|$)")
_WORD_END = re.compile(r"[^\w-].*$")
_CLOSED = re.compile(r"[.?!:;…\"'”’»)\]]$")


def read(path: Path, options: Options) -> Imported:
    from pdfminer import __version__ as version

    pages = [(height, reading_order(boxes, width)) for height, width, boxes in _text_boxes(path)]
    if not pages:
        raise unusable(path, "damaged: pdfminer finds no page in the PDF",
                       "open it and export it again as PDF (or print it to PDF), then add that")
    if not any(box.lines for _, boxes in pages for box in boxes):
        raise unusable(path, f"the PDF has no text layer ({len(pages)} pages of images): it needs OCR first",
                       "run OCR on it (e.g. `ocrmypdf in.pdf out.pdf`) and add the result")
    furniture = _furniture(pages)
    words = _vocabulary(pages)
    blocks: list[Block] = []
    for number, (height, boxes) in enumerate(pages, 1):
        body = [box.lines for box in boxes if box.lines and not _is_furniture(box, height, furniture)]
        for index, lines in enumerate(body):
            text = join_lines(lines, words)
            if index == 0 and blocks and _continues(blocks[-1].text, text):
                last = blocks[-1]
                joined = join_lines([last.text, text], words)
                starts = last.pages or ((0, _page_of(last.locator)),)
                blocks[-1] = Block(joined, locator=last.locator, pages=starts + ((len(joined) - len(text), number),))
            else:
                blocks.append(Block(text, locator=f"p. {number}"))
    return Imported(tuple(blocks), f"pdfminer.six {version}", metadata=_metadata(path))


def _text_boxes(path: Path) -> list[tuple[float, float, list[TextBox]]]:
    """Per page: its height, its width and its text boxes, as pdfminer lays them out; whatever pdfminer
    raises on a damaged file is exit 2 (see damaged_if_it_fails)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    pages = []
    with damaged_if_it_fails(path, "PDF", "open it and export it again as PDF (or print it to PDF), then add that"):
        try:
            for page in extract_pages(str(path), laparams=LAParams()):
                boxes = []
                for el in page:
                    if isinstance(el, LTTextContainer):
                        lines = [" ".join(ln.translate(_LIGATURES).split()) for ln in el.get_text().splitlines()]
                        boxes.append(TextBox(el.y1, el.y0, el.x0, el.x1, [ln for ln in lines if ln]))
                pages.append((float(page.height), float(page.width), boxes))
        except (PDFPasswordIncorrect, PDFEncryptionError):
            raise unusable(path, "the PDF is encrypted", "save an unprotected copy and add that") from None
    return pages


class TextBox(NamedTuple):
    top: float
    bottom: float
    left: float
    right: float
    lines: list[str]


def reading_order(boxes: list[TextBox], width: float) -> list[TextBox]:
    """Two columns read left, then right, between full-width boxes (a title, a running head);
    any other page keeps pdfminer's order."""
    middle = width / 2

    def column(box: TextBox) -> int | None:
        return 0 if box.right <= middle + GUTTER else 1 if box.left >= middle - GUTTER else None

    columns = [column(b) for b in boxes]
    sides = [b for b, c in zip(boxes, columns) if c is not None]
    left = [b for b, c in zip(boxes, columns) if c == 0]
    right = [b for b, c in zip(boxes, columns) if c == 1]
    if not (left and right) or not any(_overlap(a, b) for a in left for b in right) or len(sides) < len(boxes) / 2:
        return boxes
    ordered: list[TextBox] = []
    band: list[TextBox] = []
    for box in sorted(boxes, key=lambda b: -b.top):
        if column(box) is None:  # a full-width box closes the band of columns above it
            ordered += sorted(band, key=lambda b: (column(b), -b.top))
            ordered.append(box)
            band = []
        else:
            band.append(box)
    return ordered + sorted(band, key=lambda b: (column(b), -b.top))


def _overlap(a: TextBox, b: TextBox) -> bool:
    return a.bottom < b.top and b.bottom < a.top


class Vocabulary(NamedTuple):
    """What the document itself says about hyphens: whether it marks its own line-break hyphens, the
    compounds it writes with a hyphen inside a line, and the words it writes whole."""

    break_marks: str = "\u00ad"  # characters the PDF writes only at line breaks it made
    marks_breaks: bool = False  # one of them ends a line somewhere: a plain "-" there is a real hyphen
    compounds: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()


def join_lines(lines: list[str], vocabulary: Vocabulary | None = None) -> str:
    """A paragraph's lines as one line, line-end hyphens judged by hyphen_kept."""
    vocabulary = vocabulary or Vocabulary()
    text = ""
    for line in lines:
        if not text:
            text = line
        elif _HYPHENATED.search(text):
            text = (text if hyphen_kept(text, line, vocabulary) else text[:-1]) + line
        else:
            text = f"{text} {line}"
    return text


def hyphen_kept(before: str, after: str, vocabulary: Vocabulary) -> bool:
    """Whether the hyphen ending `before` is part of the words (kept) or the typesetter's (dropped)."""
    if before[-1] in vocabulary.break_marks:
        return False  # the PDF says so: a hyphen it made at a line break
    if vocabulary.marks_breaks or not after[:1].islower():
        return True  # the PDF marks its breaks otherwise, or "Russia-" + "Ukraine"
    head, tail = before.rsplit(None, 1)[-1][:-1], _WORD_END.sub("", after.split(None, 1)[0])
    head = _WORD.findall(head)[-1] if _WORD.findall(head) else head
    if f"{head}-{tail}".casefold() in vocabulary.compounds:
        return True
    if f"{head}{tail}".casefold() in vocabulary.words:
        return False
    return all(len(half) >= HALF_WORD and half.casefold() in vocabulary.words for half in (head, tail))


def _vocabulary(pages) -> Vocabulary:
    """The document's own words and hyphen habits (see Vocabulary)."""
    compounds: set[str] = set()
    words: set[str] = set()
    ends, inner = set(), False
    for _, boxes in pages:
        for box in boxes:
            after_hyphen = False
            for line in box.lines:
                compounds.update(m.casefold() for m in _COMPOUND.findall(line))
                inner = inner or bool(_INNER_2010.search(line))
                tokens = line.split()[1:] if after_hyphen else line.split()
                after_hyphen = bool(_HYPHENATED.search(line))
                if after_hyphen:
                    tokens = tokens[:-1]
                words.update(w.casefold() for t in tokens for w in [t.strip(_PUNCT)] if _WORD.fullmatch(w))
                if _MARKED.search(line):
                    ends.add(line[-1])
    marks = "\u00ad" + ("" if inner else "\u2010")
    return Vocabulary(marks, bool(ends & set(marks)), frozenset(compounds), frozenset(words))


def _page_of(locator: str | None) -> int:
    return int(locator.split()[-1]) if locator else 1


def _fold(lines: list[str]) -> str:
    return re.sub(r"\d+", "#", " ".join(lines)).casefold()


def _in_margin(box: TextBox, height: float) -> bool:
    return box.bottom >= height * (1 - MARGIN) or box.top <= height * MARGIN


def _furniture(pages) -> set[str]:
    """Margin texts (digits folded) that recur on enough pages to be running heads or footers."""
    seen: Counter[str] = Counter()
    for height, boxes in pages:
        seen.update({_fold(box.lines) for box in boxes if box.lines and _in_margin(box, height)})
    enough = max(2, (len(pages) + 1) // 2)
    return {text for text, count in seen.items() if count >= enough}


def _is_furniture(box: TextBox, height: float, furniture: set[str]) -> bool:
    if not _in_margin(box, height):
        return False
    return _fold(box.lines) in furniture or bool(_PAGE_NUMBER.match(" ".join(box.lines)))


def _continues(previous: str, text: str) -> bool:
    """The paragraph before a page break runs on: its text does not end a sentence (the next word's
    case says nothing: "… replaced the" + "Soviet-era KGB")."""
    return bool(text) and not _CLOSED.search(previous)


def _metadata(path: Path) -> dict[str, str]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    try:
        with path.open("rb") as f:
            info = PDFDocument(PDFParser(f)).info
            fields = resolve1(info[0]) if info else {}
            found = {}
            for key, name in (("Title", "title"), ("Author", "author")):
                value = resolve1(fields.get(key))
                if isinstance(value, bytes):
                    value = decode_text(value)
                if isinstance(value, str) and not re.search(r"\.\w{2,4}$|^untitled$", value.strip(), re.I):
                    found[name] = value
            return stated(found)
    except Exception:  # metadata is a bonus: a damaged info dictionary never stops the import
        return {}
