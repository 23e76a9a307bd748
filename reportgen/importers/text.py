"""Plain text: decoded (UTF-8, or a legacy encoding detected and named), one paragraph a non-empty line."""

from __future__ import annotations

import codecs
from pathlib import Path

from reportgen.importers import Block, Imported, Options, unusable

# Byte-order marks say the encoding outright; everything else that is not UTF-8 is guessed.
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(path: Path, data: bytes, forced: str | None = None) -> tuple[str, str, bool]:
    """(text, encoding, guessed): a BOM or valid UTF-8 is certain; otherwise charset-normalizer guesses."""
    if forced:
        try:
            return data.decode(forced), forced, False
        except (LookupError, UnicodeDecodeError) as err:
            raise unusable(path, f"cannot decode as {forced}: {err}", "check --encoding") from err
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name.replace("-sig", ""), False
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only for legacy files

    best = charset_normalizer.from_bytes(data).best()
    if best is None or "\x00" in str(best):
        raise unusable(path, "unreadable: not text in any encoding reportgen can tell",
                       "save it as UTF-8 text, or pass --encoding NAME (e.g. cp1251, koi8-r, utf-16)")
    return str(best), best.encoding, True


def read(path: Path, options: Options) -> Imported:
    data = path.read_bytes()
    text, encoding, guessed = decode(path, data, options.encoding)
    blocks = tuple(Block(line.strip()) for line in text.splitlines() if line.strip())
    detected = ", detected" if guessed else ""
    return Imported(blocks, f"reportgen's text reader ({encoding}{detected})", encoding=encoding,
                    encoding_guessed=guessed)
