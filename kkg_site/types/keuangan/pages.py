"""The pages phase: Keuangan, a page per school year, the receipts, and the Beranda section."""

from __future__ import annotations

from collections.abc import Iterator

from ...contenttype import HomeSection
from ...filecontent import published
from ...index import SiteIndex
from ...page import Asset, GeneratedFile, Page
from ...people import PersonRef
from ...render import Renderer, rupiah
from ..anggota.collection import Members
from ..pengurus.collection import Boards
from .chart import monthly_chart
from .collection import URL, Treasury, attachment_url, year_url
from .ledger import INCOME_KINDS
from .model import KIND_LABELS
from .views import KindTotal, Officers, YearLink


def treasury_pages(index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset | GeneratedFile]:
    treasury = index.get(Treasury)
    ledgers = treasury.ledgers(index.site.today) if treasury else []
    current = ledgers[-1] if ledgers else None
    officers = _officers(index)
    yield renderer.page(
        URL,
        "Keuangan",
        "keuangan/ringkasan.html",
        description=f"Kas KKG: saldo {rupiah(current.closing)}, tahun ajaran {current.year}."
        if current
        else "Kas KKG.",
        current=current,
        officers=officers,
        years=[YearLink(ledger, year_url(ledger.year)) for ledger in reversed(ledgers)],
    )
    if treasury is None:
        return
    attachments = {name: attachment_url(name) for name in treasury.attachments}
    for ledger in ledgers:
        yield renderer.page(
            year_url(ledger.year),
            f"Keuangan {ledger.year}",
            "keuangan/tahun.html",
            description=f"Pemasukan, pengeluaran dan saldo kas KKG tahun ajaran {ledger.year}.",
            ledger=ledger,
            running=ledger is current,
            kinds=[KindTotal(KIND_LABELS[kind], ledger.total(kind)) for kind in (*INCOME_KINDS, "pengeluaran")],
            income_kinds=[(kind, KIND_LABELS[kind]) for kind in INCOME_KINDS],
            chart=monthly_chart(ledger, f"grafik-{ledger.year.slug}"),
            attachments=attachments,
            officers=officers,
        )
    for name, source in treasury.attachments.items():
        yield published(attachment_url(name), source)


def home_section(index: SiteIndex, renderer: Renderer) -> HomeSection | None:
    treasury = index.get(Treasury)
    if treasury is None:
        return None
    current = treasury.ledgers(index.site.today)[-1]
    html = renderer.render("keuangan/beranda.html", "", ledger=current, url=year_url(current.year))
    return HomeSection("Kas KKG", html, order=80)


def _officers(index: SiteIndex) -> Officers:
    """The current board's bendahara and ketua, when boards and members are known."""
    boards, members = index.get(Boards), index.get(Members)
    board = boards.current(index.site.today) if boards else None

    def officer(member_id: str | None) -> PersonRef | None:
        return members.person(member_id) if members is not None and board is not None else None

    return Officers(officer(board.bendahara if board else None), officer(board.ketua if board else None))
