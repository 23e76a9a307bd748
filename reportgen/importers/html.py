"""Saved web pages: the main text without menus, footers or teasers (trafilatura), and the metadata the page states.

trafilatura drops some of the article's own text: a standfirst (dek) in the article's header, an image
caption. with_marked_text puts back what the page marks as such, in its place: an element of the
article (<article>, else <main>) whose class names one of STANDFIRST_CLASSES, the <p> right after the
<h1> in the article's <header>, and a <figcaption>; never inside a nav, aside, footer, form, or an
element whose class names a teaser (TEASER_CLASSES), so menus, teasers and footers stay dropped.
"""

from __future__ import annotations

import html as html_lib
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from reportgen.importers import Block, Imported, Options, damaged_if_it_fails, stated, unusable
from reportgen.importers.text import decode


def read(path: Path, options: Options) -> Imported:
    import trafilatura  # imported only when a page is read: it is slow to load

    markup, encoding, guessed = decode(path, path.read_bytes(), options.encoding)
    with damaged_if_it_fails(path, "web page", "save the page again from the browser (File > Save Page As)"):
        document: Any = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            favor_precision=True, deduplicate=False,
            # dates only from the page's markup (meta tags, <time>), never guessed from the text or the URL
            date_extraction_params={"extensive_search": False, "original_date": True})
    if document is None or not (document.text or "").strip():
        raise unusable(path, "no main text found in the page (trafilatura)",
                       "save the article's own page, not an index; or copy its text into a .txt file")
    main_text = [text for text in paragraphs(document.body) if text.strip()]
    blocks = tuple(Block(text) for text in with_marked_text(markup, main_text))
    found = {"title": document.title, "author": document.author, "date": document.date,
             "publisher": document.sitename, "url": document.url}
    # "Stated" means written in the file: a site name derived from a host name is not kept.
    page = html_lib.unescape(markup)
    found = {k: v for k, v in found.items() if isinstance(v, str) and (k == "date" or v in page)}
    kept = sum(len(block.text.split()) for block in blocks)
    return Imported(blocks, f"trafilatura {trafilatura.__version__}", metadata=stated(found),
                    encoding=encoding, encoding_guessed=guessed, warnings=_losses(path, markup, kept))


STANDFIRST_CLASSES = {"standfirst", "dek", "deck", "lede", "lead", "summary", "subtitle", "subheadline",
                      "subheading", "intro", "kicker", "caption"}  # class words of the article's own text
TEASER_CLASSES = {"teaser", "teasers", "related", "promo", "recommended", "more", "trending", "popular", "newsletter",
                  "share", "social", "ad", "advert", "advertisement", "sidebar", "comments", "footer", "nav", "menu"}
_OUTSIDE = {"nav", "aside", "footer", "form", "script", "style", "noscript", "template"}
_TEXT_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "div", "span", "dd", "td"}
_BYLINE = {"byline", "author", "date", "time", "meta", "credit", "dateline"}


def with_marked_text(markup: str, kept: list[str]) -> list[str]:
    """The paragraphs trafilatura kept, with the article's marked text it dropped (a standfirst, a dek,
    an image caption) put back after the kept paragraph that precedes it on the page."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError):  # type: ignore[attr-defined]
        return kept
    article = next(iter(root.iter("article")), None)
    if article is None:
        article = next(iter(root.iter("main")), None)
    if article is None:
        return kept
    out, known, at = list(kept), set(kept), 0  # `at`: where the next marked text goes in `out`
    for element in article.iter(*_TEXT_TAGS):
        text = _space("".join(element.itertext()))
        if not text:
            continue
        if text in known:
            at = out.index(text) + 1
            continue
        if _marked(element, article) and not any(c.tag in _TEXT_TAGS for c in element.iterdescendants()):
            out.insert(at, text)
            known.add(text)
            at += 1
    return out


def _classes(element) -> set[str]:
    """The words of an element's class names: "article__standfirst c-dek" -> article, standfirst, c, dek."""
    return {w for w in re.split(r"[\s_-]+", (element.get("class") or "").casefold()) if w}


def _marked(element, article) -> bool:
    """Whether the page marks the element as the article's own text (see the module docstring)."""
    marked = element.tag == "figcaption" or bool(_classes(element) & STANDFIRST_CLASSES)
    for ancestor in element.iterancestors():
        if ancestor is article:
            break
        if ancestor.tag in _OUTSIDE or _classes(ancestor) & TEASER_CLASSES:
            return False
        marked = marked or ancestor.tag == "figcaption" or bool(_classes(ancestor) & STANDFIRST_CLASSES)
    if _classes(element) & (TEASER_CLASSES | _BYLINE):
        return False
    if marked:  # <p class="dek">, or <div class="standfirst"><p>...</p></div>
        return True
    before = element.getprevious()
    parent = element.getparent()
    return (element.tag == "p" and before is not None and before.tag == "h1" and parent is not None
            and parent.tag == "header")


MAX_HTML_DEPTH = 256  # nested elements the HTML parser (libxml2, under trafilatura) follows; deeper text is lost
KEPT_SHARE = 0.2  # below this share of the page's visible words, the import warns that text may be missing
KEPT_FROM_WORDS = 200  # ... on pages with at least this many visible words (a short page's menu outweighs it)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "keygen", "frame", "basefont", "isindex"}
_CLOSED_BY_ITSELF = {"p", "li", "dt", "dd", "option", "tr", "td", "th"}  # a new <p> ends an open one
_INVISIBLE = {"script", "style", "noscript", "template", "head", "title", "svg", "math"}


class _VisibleText(HTMLParser):
    """The words a reader sees on the page and how deep its elements nest, without building a tree
    (so with no depth limit of its own)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.counts: Counter[str] = Counter()  # of each tag in `open`: an end tag is looked up in constant time
        self.depth = self.words = self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _VOID:
            return
        if tag in _CLOSED_BY_ITSELF and self.open and self.open[-1] == tag:
            self.handle_endtag(tag)
        self.open.append(tag)
        self.counts[tag] += 1
        self.hidden += tag in _INVISIBLE
        self.depth = max(self.depth, len(self.open))

    def handle_endtag(self, tag: str) -> None:
        if self.counts[tag]:
            while self.open:
                closed = self.open.pop()
                self.counts[closed] -= 1
                self.hidden -= closed in _INVISIBLE
                if closed == tag:
                    break

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.words += len(data.split())


def _losses(path: Path, markup: str, kept_words: int) -> tuple[str, ...]:
    """A warning when the page nests deeper than its parser follows, or when the main text kept is much
    shorter than the page's visible text: nothing is dropped in silence."""
    page = _VisibleText()
    page.feed(markup)
    page.close()
    share = f"kept {kept_words:,} of the page's {page.words:,} visible words"
    fix = "check the imported text; if paragraphs are missing, copy the article's text into a .txt file and add that"
    if page.depth > MAX_HTML_DEPTH:
        return (f"the page nests its elements {page.depth} deep and its HTML parser follows {MAX_HTML_DEPTH} "
                f"(MAX_HTML_DEPTH): text nested deeper, and after it, may be lost ({share}); {fix}",)
    if page.words >= KEPT_FROM_WORDS and kept_words < KEPT_SHARE * page.words:
        return (f"{share} ({kept_words / page.words:.0%}, under KEPT_SHARE {KEPT_SHARE:.0%}): menus, teasers and "
                f"footers are dropped, but so may the article's own paragraphs; {fix}",)
    return ()


# trafilatura's tree of the main text: a paragraph is an element holding none of these
_BLOCKS = {"p", "head", "list", "item", "table", "row", "cell", "quote", "code", "div"}
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")  # what HTML collapses; a no-break space stays


def paragraphs(body) -> list[str]:
    """Headings, paragraphs, list items, table cells and block quotes of trafilatura's tree, each one
    paragraph: its words only (its text output would add '- ' and '| ' marks the page does not have)."""
    out: list[str] = []
    _walk(body, out)
    return out


def _walk(element, out: list[str]) -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in child):
            if (child.text or "").strip():
                out.append(_space(child.text))
            _walk(child, out)
        elif child.tag in _BLOCKS:
            for brk in child.iter("lb"):  # a line break inside a paragraph: a space
                brk.tail = " " + (brk.tail or "")
            out.append(_space("".join(child.itertext())))
        if (child.tail or "").strip():
            out.append(_space(child.tail))


def _space(text: str) -> str:
    return _HTML_SPACE.sub(" ", text).strip()
