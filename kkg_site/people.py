"""People a page names: a member of the KKG (linked to their page) or a guest (a name only)."""

from __future__ import annotations

from dataclasses import dataclass

from .site import SiteInfo


@dataclass(frozen=True)
class PersonRef:
    """One shape for every person a page or a dataset names (a speaker, a minute-taker, an
    author, a board member, a guest). Made by ``Members.person`` for a member id; a guest is
    ``PersonRef(name, affiliation=...)``. Templates show it with ``m.person_link(person)``."""

    name: str
    url: str | None = None  # the member's page (site URL); None for a guest
    affiliation: str | None = None  # a member's school, a guest's institution
    member_id: str | None = None  # None for a guest

    def data(self, site: SiteInfo) -> dict[str, str | None]:
        """The person in open data: a member by id, name and absolute page address; a guest by
        name and institution. Nothing private: a member's page shows the same."""
        if self.member_id is None:
            return {"nama": self.name, "lembaga": self.affiliation}
        return {"id": self.member_id, "nama": self.name, "url": site.absolute_url(self.url or "") or self.url}
