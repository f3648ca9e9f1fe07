"""The registry of content types: every package under ``kkg_site.types`` with ``CONTENT_TYPE``.

Kept apart from :mod:`kkg_site.contenttype` (the contract) and :mod:`kkg_site.datafiles`
(what a data file is), which the type packages import: discovering the types imports
those packages, so the contract cannot import the registry.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from .contenttype import ContentType
from .datafiles import DataFile


@cache
def discover() -> tuple[ContentType, ...]:
    """Every content type shipped in ``kkg_site.types``, in their ``order``.

    A type's ``content_type`` module holds its ``CONTENT_TYPE``; the package's ``__init__`` is
    empty, so that importing another type's collection module runs nothing else of it."""
    from . import types as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}.content_type")
        content_type = getattr(module, "CONTENT_TYPE", None)
        if isinstance(content_type, ContentType):
            found.append(content_type)
    return tuple(sorted(found, key=lambda t: (t.order, t.name)))


def declared() -> list[DataFile]:
    """Every kind of data file, in the content types' order."""
    return [data_file for content_type in discover() for data_file in content_type.data_files]


def scaffolding() -> dict[str, ContentType]:
    """The types that can write a new item's file (``kkg-site baru <name>``), by name."""
    return {t.name: t for t in discover() if t.scaffolds}
