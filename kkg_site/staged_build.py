"""Build into a staging folder; replace the published site only when the build succeeds.

A failed or interrupted build must leave the previous ``site/`` exactly as it
was, so the site is built into a hidden sibling folder (``.site.staging``) and
swapped into place at the end. The previous site is kept as ``.site.previous``
until the build has really finished, because MkDocs can still fail after its
last plugin event (``--strict`` counts warnings only then); a failure after the
swap puts the previous site back.

Leftovers of a build that was killed (no Python code runs then) are cleaned up
by the next build.
"""

from __future__ import annotations

import shutil
from pathlib import Path


class StagedSiteDir:
    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        self.staging = site_dir.with_name(f".{site_dir.name}.staging")
        self.previous = site_dir.with_name(f".{site_dir.name}.previous")
        self.swapped = False

    def begin(self) -> Path:
        """A fresh, empty staging folder to build into."""
        self._recover()
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir(parents=True)
        self.swapped = False
        return self.staging

    def swap(self) -> None:
        """Publish the staged build; the previous site is kept until :meth:`finish`."""
        shutil.rmtree(self.previous, ignore_errors=True)
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
        shutil.rmtree(self.staging, ignore_errors=True)

    def finish(self) -> None:
        """The command is over: a build that never swapped failed or was interrupted."""
        if not self.swapped:
            self.abort()
        shutil.rmtree(self.previous, ignore_errors=True)

    def _recover(self) -> None:
        # A build killed between the two renames of `swap` leaves no site, only the previous one.
        if self.previous.exists() and not self.site_dir.exists():
            self.previous.rename(self.site_dir)
        shutil.rmtree(self.previous, ignore_errors=True)
