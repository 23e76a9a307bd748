"""Text files in, text to the terminal out: UTF-8 only, anything else named; control characters visible.

Every input (topics.yaml, the sources) is read through read_text(): a file in another encoding
is refused with the encoding it most likely is (charset-normalizer's guess) and the `iconv`
command that converts it, rather than read as garbage. UTF-16 is recognised with or without a
byte-order mark (without one it decodes as "valid" UTF-8 full of NULs and control characters).

Everything printed from those files goes through visible(), so a control character, a lone
surrogate or a bidi override in a source never reaches the terminal raw.
"""

from __future__ import annotations

import codecs
import re
import shlex
import unicodedata
from pathlib import Path

from reportgen.problems import InputError, Problem, display_path

# Never printed raw: C0 and C1 controls (but tab and newline), DEL, lone surrogates, and the bidi
# embeddings, overrides and isolates that can make text display in another order than it reads.
INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_INVISIBLE_LINE = re.compile(INVISIBLE.pattern[:-1] + "\n]")
# Refused inside topics.yaml values: the same, but CR/FF/VT too (a value is one logical text).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SURROGATES = re.compile("[\ud800-\udfff]")

# Python codec names -> the names GNU iconv knows them by, where they differ beyond case and '_'.
_ICONV = {"utf_16_le": "UTF-16LE", "utf_16_be": "UTF-16BE", "utf_16": "UTF-16", "utf_32": "UTF-32",
          "latin_1": "LATIN1", "iso8859_1": "ISO-8859-1", "mac_cyrillic": "MAC-CYRILLIC", "mac_roman": "MACINTOSH",
          "shift_jis_2004": "SHIFT_JISX0213", "cp932": "CP932", "euc_jp": "EUC-JP", "gb2312": "GB2312",
          "big5": "BIG5", "koi8_r": "KOI8-R", "koi8_u": "KOI8-U"}


def visible(text: str, newlines: bool = True) -> str:
    """`text` with every character that would act on the terminal shown as an escape (`\\x1b`, `\\u202e`);
    newlines kept unless `newlines` is False (one-line messages)."""
    return (INVISIBLE if newlines else _INVISIBLE_LINE).sub(_escape, text)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def describe_character(char: str) -> str:
    """'U+202E (RIGHT-TO-LEFT OVERRIDE)': how a problem names an invisible character."""
    surrogate = 0xD800 <= ord(char) <= 0xDFFF
    name = unicodedata.name(char, "") or ("a lone surrogate" if surrogate else "a control character")
    return f"U+{ord(char):04X} ({name})"


def read_text(path: Path) -> str:
    """The file's text, decoded as UTF-8 (a UTF-8 byte-order mark is allowed); InputError naming the likely
    encoding and the conversion command if it is not UTF-8."""
    return decode_text(path, path.read_bytes())


def decode_text(path: Path, data: bytes) -> str:
    """`path`'s bytes `data` (read once, e.g. to check their version) as text, as read_text decodes them."""
    utf16 = _utf16(data)
    if utf16:
        raise InputError([encoding_problem(path, utf16)])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError([encoding_problem(path, guess_encoding(data), err)]) from None


# Byte-order marks say the encoding outright (UTF-32's first: its mark begins with UTF-16LE's).
BOMS = ((codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF32_LE, "utf_32"), (codecs.BOM_UTF32_BE, "utf_32"),
        (codecs.BOM_UTF16_LE, "utf_16"), (codecs.BOM_UTF16_BE, "utf_16"))


def detect_encoding(data: bytes) -> tuple[str | None, bool]:
    """(codec, certain): how `check` reads a file, for `source add` to decode it the same way. A byte-order
    mark or valid UTF-8 is certain; UTF-16 without a mark and legacy encodings are guesses (None: no guess)."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, True
    utf16 = _utf16(data)
    if utf16:
        return utf16, False
    try:
        data.decode("utf-8")
        return "utf_8", True
    except UnicodeDecodeError:
        return guess_encoding(data), False


def _utf16(data: bytes) -> str | None:
    """'utf_16' (byte-order mark), 'utf_16_le' or 'utf_16_be' (none, but half the bytes are NUL or the text
    decodes cleanly as UTF-16 and not at all as readable UTF-8); None for anything else."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        return "utf_16"
    if len(data) < 2 or len(data) % 2:
        return None
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    for codec, zeros, other in (("utf_16_le", odd, even), ("utf_16_be", even, odd)):
        if zeros.count(0) > 0.3 * len(zeros) and other.count(0) < 0.05 * len(other) and _clean(data, codec):
            return codec
    # Non-Latin UTF-16 has few NULs, but its high bytes are C0 controls when read as UTF-8.
    try:
        as_utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        as_utf8 = None
    if as_utf8 is not None and len(CONTROLS.findall(as_utf8[:2048])) > 0.1 * min(len(as_utf8), 2048):
        for codec in ("utf_16_le", "utf_16_be"):
            if _clean(data, codec):
                return codec
    return None


def _clean(data: bytes, codec: str) -> bool:
    """Decodes without error into printable text (letters, marks, punctuation, spaces)."""
    try:
        text = data[:8192].decode(codec, errors="strict")
    except UnicodeDecodeError:
        return False
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\t\n\r\f")
    return bad <= 0.01 * max(len(text), 1)


def guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's best guess (a Python codec name), or None if it has none."""
    from charset_normalizer import from_bytes  # imported only for a file that is not UTF-8

    best = from_bytes(data[:200_000]).best()
    return codecs.lookup(best.encoding).name.replace("-", "_") if best else None


def iconv_name(codec: str) -> str:
    return _ICONV.get(codec) or codec.upper().replace("_", "-")


def encoding_problem(path: Path, codec: str | None, err: UnicodeDecodeError | None = None) -> Problem:
    """'<file>: error: not UTF-8 text (byte 0xcf at offset 12); it looks like CP1251; convert it: iconv ...'"""
    name = display_path(path)
    where = f" (byte 0x{err.object[err.start]:02x} at offset {err.start})" if err else ""
    if codec is None:
        return Problem(name, None, None, f"not UTF-8 text{where}, and its encoding is not recognisable",
                       "save it as UTF-8 text (is it a text file at all?)")
    kind = "UTF-16 with a byte-order mark" if codec == "utf_16" else iconv_name(codec)
    guess = "" if codec.startswith("utf_16") else " (a guess)"
    file = shlex.quote(name)
    temp = shlex.quote(f"{name}.utf8")
    command = f"iconv -f {iconv_name(codec)} -t UTF-8 {file} > {temp} && mv {temp} {file}"
    return Problem(name, None, None, f"not UTF-8 text{where}; it looks like {kind}{guess}",
                   f"convert it to UTF-8: {command}")
