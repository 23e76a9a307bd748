"""Plain text: decoded (UTF-8, or a legacy encoding detected and named), one paragraph a non-empty line."""

from __future__ import annotations

import codecs
from pathlib import Path

from reportgen.importers import Block, Imported, Options, unusable
from reportgen.load.textfiles import detect_encoding

_ASK = "save it as UTF-8 text, or pass --encoding NAME (e.g. cp1251, koi8-r, utf-16-le)"


def decode(path: Path, data: bytes, forced: str | None = None) -> tuple[str, str, bool]:
    """(text, encoding, guessed), decoded as `check` reads files (textfiles.detect_encoding): a byte-order
    mark or valid UTF-8 is certain; UTF-16 without a mark and legacy encodings are guessed, and the guess
    is shown. Text holding a NUL is refused: it is the wrong encoding, or no text at all."""
    codec, certain = (forced, True) if forced else detect_encoding(data)
    if codec is None:
        raise unusable(path, "unreadable: not text in any encoding reportgen can tell", _ASK)
    try:
        text = data.decode(codec)
    except LookupError as err:
        raise unusable(path, f"unknown encoding '{codec}'", "check --encoding (e.g. cp1251, koi8-r, utf-16)") from err
    except UnicodeDecodeError as err:
        guess = "" if forced else " (a guess)"
        raise unusable(path, f"cannot decode as {codec}{guess}: byte 0x{err.object[err.start]:02x} at offset "
                             f"{err.start}", "check --encoding" if forced else _ASK) from err
    if "\x00" in text:
        raise unusable(path, f"decoded as {codecs.lookup(codec).name}, it holds {text.count(chr(0))} NUL characters: "
                             "the wrong encoding, or not a text file", _ASK)
    name = codecs.lookup(codec).name.replace("-sig", "")
    return text.removeprefix("\ufeff"), name, not certain


def read(path: Path, options: Options) -> Imported:
    data = path.read_bytes()
    text, encoding, guessed = decode(path, data, options.encoding)
    blocks = tuple(Block(line.strip()) for line in text.splitlines() if line.strip())
    detected = ", detected" if guessed else ""
    return Imported(blocks, f"reportgen's text reader ({encoding}{detected})", encoding=encoding,
                    encoding_guessed=guessed)
