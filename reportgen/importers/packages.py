"""Zip packages (DOCX, ODT, EPUB and any other file that is a zip): measured before a converter opens them.

A zip bomb is a small file that inflates to gigabytes; pandoc would inflate it whole, in memory. So
every member's stream is inflated here first, in small chunks that are counted and thrown away (its
stated size is not trusted: a bomb may lie about it), and the package is refused, naming the limit,
as soon as one of these is passed:

    MAX_MEMBERS          members in one package
    MAX_MEMBER_BYTES     one member, inflated
    MAX_PACKAGE_BYTES    all members together, inflated
    MAX_RATIO            inflated / compressed size of a member larger than RATIO_FROM_BYTES
    MAX_PROPERTIES_BYTES the package's properties (docProps/core.xml, meta.xml), inflated

Honest documents stay far inside them: a 2,000-page DOCX holds a word/document.xml of about 8 MB,
compressed 4 to 30 times (styles.xml is the most repetitive part Word writes).
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

from reportgen.importers import unusable

MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 64 * 2**20
MAX_PACKAGE_BYTES = 256 * 2**20
MAX_RATIO = 100
RATIO_FROM_BYTES = 2**20
MAX_PROPERTIES_BYTES = 2**20
PROPERTIES = ("docProps/core.xml", "meta.xml")  # where DOCX and ODT keep their title and author
ZIP_FORMATS = (".docx", ".odt", ".epub")  # formats that are zip packages: one that is not is damaged

_CHUNK = 1 << 16
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature ... file name length, extra field length
_REEXPORT = "open it in its word processor and save it again (or export it as PDF) and add that"


def is_package(path: Path) -> bool:
    """Whether the file is meant to be, or is, a zip package."""
    return path.suffix.lower() in ZIP_FORMATS or zipfile.is_zipfile(path)


def check_package(path: Path) -> None:
    """Refuse (InputError, exit 2) a damaged zip or one that passes a limit; return if it is safe to open."""
    try:
        with zipfile.ZipFile(path) as package, path.open("rb") as raw:
            members = package.infolist()
            if len(members) > MAX_MEMBERS:
                raise unusable(path, f"the package holds {len(members):,} files, more than the {MAX_MEMBERS:,} "
                                     "reportgen opens (MAX_MEMBERS)", _REEXPORT)
            total = 0
            for info in members:
                if info.filename in PROPERTIES:
                    limit = (MAX_PROPERTIES_BYTES, f"{info.filename} inflates past {_mb(MAX_PROPERTIES_BYTES)} "
                                                   "(MAX_PROPERTIES_BYTES)")
                else:
                    limit = (MAX_MEMBER_BYTES, f"{info.filename} inflates past {_mb(MAX_MEMBER_BYTES)} "
                                               "(MAX_MEMBER_BYTES)")
                if MAX_PACKAGE_BYTES - total < limit[0]:
                    limit = (MAX_PACKAGE_BYTES - total, f"its files inflate past {_mb(MAX_PACKAGE_BYTES)} together "
                                                        "(MAX_PACKAGE_BYTES)")
                total += _inflated_size(path, raw, info, limit)
    except zipfile.BadZipFile as err:
        raise unusable(path, f"damaged: not a readable {path.suffix.lstrip('.').upper() or 'zip'} package ({err})",
                       _REEXPORT) from err
    except (EOFError, zlib.error, struct.error) as err:
        raise unusable(path, f"damaged: a part of the package cannot be inflated ({err or type(err).__name__})",
                       _REEXPORT) from err


def _inflated_size(path: Path, raw, info: zipfile.ZipInfo, limit: tuple[int, str]) -> int:
    """The member's true inflated size, counted chunk by chunk; refused once it passes `limit` or MAX_RATIO."""
    raw.seek(info.header_offset)
    signature, name_length, extra_length = _LOCAL_HEADER.unpack(raw.read(_LOCAL_HEADER.size))
    if signature != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"no local header for {info.filename}")
    raw.seek(info.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
    if info.compress_type == zipfile.ZIP_STORED:
        size = info.compress_size
        _within(path, info, size, limit, ratio=1)
        return size
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise zipfile.BadZipFile(f"{info.filename} is compressed with method {info.compress_type}, "
                                 "which word processors do not write")
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    size = fed = 0
    while not inflater.eof:
        data = inflater.unconsumed_tail
        if not data:
            data = raw.read(_CHUNK)
            fed += len(data)
            if not data:
                raise EOFError(f"{info.filename} ends before its data does")
        size += len(inflater.decompress(data, _CHUNK))
        used = fed - len(inflater.unconsumed_tail)
        _within(path, info, size, limit, size / max(used, 1))
    return size


def _within(path: Path, info: zipfile.ZipInfo, size: int, limit: tuple[int, str], ratio: float) -> None:
    if size > limit[0]:
        raise unusable(path, f"refused as a likely zip bomb: {limit[1]}, from a file of {_mb(path.stat().st_size)}",
                       _REEXPORT)
    if size > RATIO_FROM_BYTES and ratio > MAX_RATIO:
        raise unusable(path, f"refused as a likely zip bomb: {info.filename} inflates more than {MAX_RATIO} times "
                             f"its compressed size (MAX_RATIO)", _REEXPORT)


def read_member(package: zipfile.ZipFile, name: str, limit: int = MAX_PROPERTIES_BYTES) -> bytes | None:
    """A member's bytes, never more than `limit` (None if it is larger: check_package refuses such a file)."""
    with package.open(name) as member:
        data = member.read(limit + 1)
    return data if len(data) <= limit else None


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MiB" if size >= 2**20 else f"{size / 1024:.0f} KiB"
