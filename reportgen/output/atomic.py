"""The one way reportgen replaces a file: a temp file beside it, fsync, rename, fsync the folder.

A temp file is named `.reportgen-tmp-<pid>-<random><suffix>` in the target's own folder (a rename
within one file system is atomic), so a run killed with SIGKILL, or a machine that died, leaves
only files the next run recognises: remove_stale() deletes those whose process is gone.

What a rename guarantees (POSIX, on a journaling file system): the target is at every moment either
the complete old file or the complete new one, and after commit() returns the new one is on disk.
Several outputs are renamed one after another: if the machine dies between two renames, some
targets are new and some old, each complete; the fingerprints (written last) then no longer match
and the next build rebuilds them all.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportgen.problems import InputError, Problem, display_path

TEMP_PREFIX = ".reportgen-tmp-"
_UMASK = os.umask(0o022)
os.umask(_UMASK)
FILE_MODE = 0o666 & ~_UMASK  # what an ordinary new file gets; mkstemp's 0600 is for secrets


def temp_path(target: Path, folder: bool = False) -> Path:
    """An empty temp file (or folder) beside `target`, named so that remove_stale() recognises it."""
    prefix, suffix = f"{TEMP_PREFIX}{os.getpid()}-", "" if folder else target.suffix
    if folder:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=target.parent))
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=target.parent)
    os.close(handle)
    return Path(name)


def commit(temp: Path, target: Path, mode: int | None = FILE_MODE) -> None:
    """Move a finished temp file (or folder) over `target`: data on disk first, then the rename, then the folder."""
    if temp.is_file():
        with open(temp, "rb+") as f:
            os.fsync(f.fileno())
    if mode is not None:
        os.chmod(temp, mode)
    os.replace(temp, target)
    sync_folder(target.parent)


def sync_folder(folder: Path) -> None:
    """fsync a folder, so a rename in it survives a power cut (a no-op where folders cannot be opened)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


@contextmanager
def naming(path: Path) -> Iterator[None]:
    """An OSError without a file name (a full disk on write) gets `path`, so the user learns where."""
    try:
        yield
    except OSError as err:
        if err.filename is None:
            raise OSError(err.errno, err.strerror or str(err), str(path)) from err
        raise


def write_atomically(target: Path, data: bytes, mode: int | None = None) -> None:
    """Replace `target` with `data` (its mode kept, or `mode`, or an ordinary file's for a new one)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if mode is None:
        mode = target.stat().st_mode & 0o7777 if target.exists() else FILE_MODE
    temp = temp_path(target)
    try:
        with naming(target), open(temp, "wb") as f:
            f.write(data)
        commit(temp, target, mode)
    finally:
        temp.unlink(missing_ok=True)


class ChangedOnDisk(InputError):
    """The editor's file is not the version the edit was made on: someone (another tab, a text editor)
    saved it since. Nothing is written; the editor reloads and sees the other change first."""


def version_of(data: bytes) -> str:
    """The version of a file's bytes that a page holds and sends back with an edit (SHA-256, hex)."""
    return hashlib.sha256(data).hexdigest()


def check_version(data: bytes, expected: str | None, path: Path | None = None) -> None:
    """Refuse (ChangedOnDisk) when `data` is not the version `expected`; None expects nothing."""
    if expected is not None and version_of(data) != expected:
        name = display_path(path) if path else "the file"
        raise ChangedOnDisk([Problem(name, None, None, f"{name} changed on disk since this page was loaded",
                                     "reload the page to see the change, then make yours again; nothing was written")])


def write_unless_changed(target: Path, read: bytes, data: bytes) -> None:
    """Write `data` over `target` atomically, unless the file no longer holds the bytes `read` it was
    made from (a save elsewhere in between would otherwise be lost)."""
    if read:
        check_version(target.read_bytes(), version_of(read), target)
    write_atomically(target, data)


def editable(path: Path, command: str) -> Path:
    """The file to write when `command` rewrites the editor's file at `path`: refused if read-only (by
    its permissions, so it holds for root too), and through a symlink, so the link stays a link."""
    if not path.stat().st_mode & 0o222:
        raise InputError([Problem(display_path(path), None, None, f"the file is read-only, and {command} rewrites it",
                                  "make it writable (chmod u+w) and run again; nothing changed")])
    return path.resolve()


@contextmanager
def temp_files(targets: list[Path]) -> Iterator[dict[Path, Path]]:
    """{target: temp} for writers to fill; whatever is not committed is removed on the way out
    (success, failure, Ctrl-C or SIGTERM). Stale temps of dead runs in those folders go first."""
    temps: dict[Path, Path] = {}
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            remove_stale(target.parent)
            temps[target] = temp_path(target)
        yield temps
    finally:
        for temp in temps.values():
            temp.unlink(missing_ok=True)


def remove_stale(folder: Path) -> list[Path]:
    """Delete the temp files and folders that runs no longer alive left in `folder`; return them."""
    removed = []
    for path in folder.glob(TEMP_PREFIX + "*"):
        pid = path.name[len(TEMP_PREFIX):].split("-", 1)[0]
        if pid.isascii() and pid.isdigit() and not _alive(int(pid)):  # "²".isdigit(), but int("²") fails
            if path.is_dir() and not path.is_symlink():
                _make_writable(path)
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _make_writable(folder: Path) -> None:
    folder.chmod(0o755)


def _alive(pid: int) -> bool:
    """Whether process `pid` still runs (signal 0 asks without sending; on Windows it would kill: assume alive)."""
    if pid == os.getpid() or os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
