"""Build into a staging folder; replace the published site only when the build succeeds.

A failed or interrupted build must leave the previous ``site/`` exactly as it
was, so the site is built into a hidden sibling folder (``.site.staging``) and
swapped into place at the end. The previous site is kept as ``.site.previous``
until the build has really finished, because MkDocs can still fail after its
last plugin event (``--strict`` counts warnings only then); a failure after the
swap puts the previous site back.

Leftovers of a build that was killed (no Python code runs then) are cleaned up
by the next build; a file of that name (not a folder) is removed too.

Two builds at once would share these folders and could both "succeed" with a site
of half the pages, so a build holds an exclusive lock on the folder that holds
``site/`` from :meth:`begin` to :meth:`finish` (``flock``: the system releases it
when a build is killed, and it leaves no file behind); a second build fails at once.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

if sys.platform != "win32":  # Windows has no flock; builds there are one person's, by hand
    import fcntl


class BuildLocked(RuntimeError):
    """Another build of the same site is running."""


class StagedSiteDir:
    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        self.staging = site_dir.with_name(f".{site_dir.name}.staging")
        self.previous = site_dir.with_name(f".{site_dir.name}.previous")
        self.swapped = False
        self._lock: int | None = None

    def begin(self) -> Path:
        """A fresh, empty staging folder to build into; raises BuildLocked while another build runs."""
        self._acquire()
        self._recover()
        _remove(self.staging)
        self.staging.mkdir(parents=True)
        self.swapped = False
        return self.staging

    def _acquire(self) -> None:
        self.site_dir.parent.mkdir(parents=True, exist_ok=True)
        if sys.platform == "win32":
            return
        descriptor = os.open(self.site_dir.parent, os.O_RDONLY)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            raise BuildLocked(
                f"Situs sedang dibangun oleh proses lain di folder {self.site_dir.parent.name or '.'}/; "
                "tunggu sampai selesai, lalu ulangi"
            ) from None
        self._lock = descriptor

    def swap(self) -> None:
        """Publish the staged build; the previous site is kept until :meth:`finish`."""
        _remove(self.previous)
        if self.site_dir.exists():
            self.site_dir.rename(self.previous)
        self.staging.rename(self.site_dir)
        self.swapped = True

    def abort(self) -> None:
        """The build failed: drop what it wrote and restore the previous site if it was swapped out."""
        if self.swapped:
            shutil.rmtree(self.site_dir, ignore_errors=True)
            if self.previous.exists():
                self.previous.rename(self.site_dir)
            self.swapped = False
        _remove(self.staging)

    def finish(self) -> None:
        """The command is over: a build that never swapped failed or was interrupted."""
        if not self.swapped:
            self.abort()
        _remove(self.previous)
        if self._lock is not None:
            os.close(self._lock)  # releases the lock
            self._lock = None

    def _recover(self) -> None:
        # A build killed between the two renames of `swap` leaves no site, only the previous one.
        if self.previous.is_dir() and not self.site_dir.exists():
            self.previous.rename(self.site_dir)
        _remove(self.previous)


def _remove(path: Path) -> None:
    """Delete what is at ``path``: a folder with its contents, a file or a link."""
    if path.is_symlink() or path.is_file():
        path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)
