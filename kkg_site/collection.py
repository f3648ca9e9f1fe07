"""Collections of items with ids, the one shape every content type's items take.

Types refer to each other's items through it, without knowing each other's record
classes: ``id in collection``, iteration over the known ids, ``len()``, ``.get(id)``,
``.url(id)``, ``.file`` and ``.complete``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Generic, Protocol, TypeVar


class HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=HasId)


class IdCollection(Generic[R]):
    """The valid records of one type (``items``, in the type's order) and every id its files name.

    An id whose record has errors is still *known* (``in`` is true, and it is suggested for a
    typo), so a reference to it is not reported a second time; it has no record (``get`` is
    None) and no page. ``complete`` is False when some ids cannot be known (a file could not
    be read, a record lacks its id): references into the collection then go unchecked, since
    that mistake has its own message.
    """

    section: ClassVar[str]  # the items' pages are at "<section>/<id>/"

    def __init__(self, items: Iterable[R], file: str, failed_ids: Iterable[str] = (), complete: bool = True) -> None:
        self.items: list[R] = list(items)
        self.file = file  # where the ids live, for messages: "data/anggota.yml", "data/kegiatan/"
        self.complete = complete
        self._by_id = {item.id: item for item in self.items}
        self.failed_ids = frozenset(failed_ids) - self._by_id.keys()

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._by_id or item_id in self.failed_ids

    def __iter__(self) -> Iterator[str]:
        """Every known id: the valid items' first, in their order."""
        yield from self._by_id
        yield from sorted(self.failed_ids)

    def get(self, item_id: str | None) -> R | None:
        return self._by_id.get(item_id or "")

    def url(self, item_id: str) -> str:
        """The item's page, relative to the site root (``kegiatan/<id>/``)."""
        return f"{self.section}/{item_id}/"
