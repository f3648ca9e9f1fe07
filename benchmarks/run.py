"""How the portal performs at scale: build time and memory, data load, page weight, site size.

Run by hand (a few minutes; not part of the test suite):

    python benchmarks/run.py                  # the large portal (scale 1) and the linearity series
    python benchmarks/run.py --scale 0.1 --linearity 0.5 1 --repeat 2

1. Writes the large portal (benchmarks/make_portal.py) and the same pages as a
   plain Markdown project (``kkg_site.export``): same theme settings, same nav,
   same overrides, no kkg plugin.
2. Builds both with ``mkdocs build --strict`` in subprocesses, in the same run:
   wall time, CPU time (user + system, steadier on a shared machine) and peak
   memory of each build process. The kkg build ends with the Pagefind index
   (kkg_site.types.cari), so the baseline is followed by the same Pagefind run.
3. Times ``kkg_site.generator.load`` (read + validate) and ``generate`` in this process.
4. Page weight: for sample pages and for the heaviest page of the site, the
   gzip-compressed bytes of the HTML and of every subresource it references
   (stylesheets, scripts, fonts and images in CSS, images, JSON it names),
   as a browser with an empty cache fetches them; a repeat view fetches the HTML only.
5. Site size and file count, and bytes per page at the ``--linearity`` scales.

Prints a Markdown table with the goals beside the measurements.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_portal import ROOT, TODAY, Portal, make_portal

from kkg_site.export import export_project
from kkg_site.generator import SiteOutput, generate, load
from kkg_site.search import separate_cells
from kkg_site.types.program.collection import Programme
from kkg_site.types.program.progress import periods_of

KB = 1024
GOAL_BUILD_RATIO = 1.10
GOAL_BUILD_SECONDS = 60
GOAL_MEMORY_MB = 1024
GOAL_LOAD_SECONDS = 2.0
GOAL_COLD_KB = 80  # HTML + CSS + JS, images excluded
GOAL_REPEAT_KB = 10
GOAL_CATALOG_KB = 150
CATALOG = "materi/"  # its JSON index counts: it is loaded before the first filter

KINDS = {
    ".css": "css", ".js": "js", ".mjs": "js", ".woff2": "fonts", ".woff": "fonts", ".ttf": "fonts",
    ".otf": "fonts", ".png": "images", ".jpg": "images", ".jpeg": "images", ".gif": "images",
    ".svg": "images", ".webp": "images", ".avif": "images", ".ico": "images", ".json": "data",
}  # fmt: skip
COLUMNS = ("html", "css", "js", "fonts", "images", "data")
THEME_FOLDERS = {("assets", "javascripts"), ("assets", "stylesheets"), ("assets", "images")}
SEARCH_TAGS = re.compile(r"<div hidden data-pagefind-ignore>.*?</div>")  # kkg_site.types.cari.pagefind.page_attributes
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


# --- builds --------------------------------------------------------------------------


@dataclass
class Build:
    wall: float  # seconds
    cpu: float  # user + system seconds of the build process and its children
    peak_mb: float  # peak resident memory of the largest process


def measured(command: list[str], cwd: Path) -> Build:
    """Run ``command``; wall time, and CPU time and peak memory from wait4's rusage (children included)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            log.seek(0)
            sys.exit(f"{' '.join(command)} failed in {cwd}:\n{log.read().decode(errors='replace')[-4000:]}")
    return Build(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / KB)


def build(project: Path, site: Path) -> Build:
    """``mkdocs build --strict`` of ``project`` into ``site``."""
    shutil.rmtree(site, ignore_errors=True)
    return measured([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)], project)


def search_index(site: Path) -> Build:
    """The plugin's Pagefind step (``build_index``) run on ``site``: the baseline's search."""
    code = "import sys, pathlib; from kkg_site.types.cari.pagefind import build_index; build_index(pathlib.Path(sys.argv[1]))"
    return measured([sys.executable, "-c", code, str(site)], site)


def plain_project(portal: Portal, target: Path) -> SiteOutput:
    """The portal's pages as a plain MkDocs project (``kkg_site.export.export_project``)."""
    shutil.rmtree(target, ignore_errors=True)
    return export_project(portal.root / "mkdocs.yml", target)


def same_pages(ours: Path, plain: Path) -> tuple[int, int]:
    """(identical, total) HTML pages of the two builds: the baseline built the same site.

    Set aside is what the plugin adds for search (the hidden element with the page's
    Pagefind filters, a space after some closing tags): plain MkDocs has no such step.
    """
    pages = sorted(ours.rglob("*.html"))
    identical = 0
    for page in pages:
        twin = plain / page.relative_to(ours)
        if twin.is_file():
            ours_html = SEARCH_TAGS.sub("", page.read_text(encoding="utf-8"))
            identical += ours_html == separate_cells(twin.read_text(encoding="utf-8"))
    return identical, len(pages)


def timed(function, *args, repeat: int = 3) -> tuple[float, float]:
    """Median (wall, CPU) seconds of ``repeat`` calls."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        function(*args)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return median(walls), median(cpus)


# --- page weight -------------------------------------------------------------------------


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def site_file(site: Path, base_url: str, reference: str) -> Path | None:
    """The built file a reference on the page at ``base_url`` points to (None: external or data: URL)."""
    absolute = urljoin("https://site.invalid/" + base_url, reference.strip())
    parts = urlsplit(absolute)
    if parts.scheme != "https" or parts.netloc != "site.invalid":
        return None
    path = site / parts.path.lstrip("/")
    if parts.path.endswith("/"):
        path = path / "index.html"
    return path if path.is_file() else None


def page_resources(site: Path, url: str) -> dict[Path, str]:
    """Every file the first view of ``url`` downloads, with its kind (css, js, fonts, images, data)."""
    found: dict[Path, str] = {}
    soup = BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")
    references = []
    for tag in soup.find_all("link", href=True):
        if {"stylesheet", "icon", "preload", "modulepreload"} & set(tag.get("rel", [])):
            references.append(tag["href"])
    references += [tag["src"] for tag in soup.find_all(["script", "img", "source"], src=True)]
    references += [c.split()[0] for tag in soup.find_all(srcset=True) for c in tag["srcset"].split(",") if c.strip()]
    # JSON a script will fetch, named in an attribute (e.g. the catalog's data-index).
    references += [
        v for tag in soup.find_all(True) for v in tag.attrs.values() if isinstance(v, str) and v.endswith(".json")
    ]
    for reference in references:
        path = site_file(site, url, reference)
        if path is not None and path.suffix.lower() in KINDS:
            found[path] = KINDS[path.suffix.lower()]
    for stylesheet in [p for p, kind in found.items() if kind == "css"]:
        found.update(css_resources(site, stylesheet))
    return found


def css_resources(site: Path, stylesheet: Path) -> dict[Path, str]:
    found: dict[Path, str] = {}
    base = stylesheet.relative_to(site).as_posix()
    for match in CSS_URL.finditer(stylesheet.read_text(encoding="utf-8", errors="replace")):
        path = site_file(site, base, match.group(1) or match.group(2))
        if path is not None and path.suffix.lower() in KINDS:
            found[path] = KINDS[path.suffix.lower()]
            if found[path] == "css":
                found.update(css_resources(site, path))
    return found


def weight(site: Path, url: str) -> Counter:
    """Gzip bytes by kind for the cold first view of ``url``."""
    sizes = Counter({"html": gzipped(site / url / "index.html")})
    for path, kind in page_resources(site, url).items():
        sizes[kind] += gzipped(path)
    return sizes


def heaviest_page(site: Path, urls: list[str] | None = None) -> str:
    """The URL, of ``urls`` or of every page, whose HTML is largest after gzip."""
    if urls is None:
        urls = [
            "" if p.parent == site else p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("index.html")
        ]
    return max(urls, key=lambda url: gzipped(site / url / "index.html"))


def sample_pages(portal: Portal, output: SiteOutput, site: Path) -> dict[str, str]:
    """Label -> site URL of the pages whose weight is printed: every page in the nav
    (Beranda and the list pages), one item page of each type with items, and the
    heaviest Laporan Kegiatan of a school year and of a semester (the chair prints them;
    how much a report details depends on how many activities its period had)."""
    pages = {title: url for t in output.index.types for entry in t.nav() for title, url in entry.items()}
    for name, ids in portal.ids.items():
        pages[f"{name.capitalize()}: satu"] = output.index.collections[name].url(ids[len(ids) // 2])
    reports = [period for year in output.index[Programme].years for period in periods_of(year, TODAY)]
    for kind, semester in (("tahun ajaran", False), ("semester", True)):
        url = heaviest_page(site, [period.url for period in reports if (period.semester is not None) == semester])
        pages[f"Laporan Kegiatan {kind}, terberat: {url}"] = url
    return pages


# --- sizes -------------------------------------------------------------------------------


@dataclass
class SiteSize:
    files: int
    bytes: int
    pages: int
    html_bytes: int
    theme_bytes: int  # the theme's assets (assets/javascripts, stylesheets, images): the same at any scale


def site_size(site: Path) -> SiteSize:
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.name == "index.html"]
    theme = [p for p in files if p.relative_to(site).parts[:2] in THEME_FOLDERS]
    return SiteSize(
        len(files),
        sum(p.stat().st_size for p in files),
        len(pages),
        sum(p.stat().st_size for p in pages),
        sum(p.stat().st_size for p in theme),
    )


# --- report ------------------------------------------------------------------------------


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "?",
    )
    return f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}"


def load_average() -> str:
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def kb(size: float) -> str:
    return f"{size / KB:,.1f} KB"


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


@dataclass
class Measurements:
    portal: Portal
    ours: Build  # fastest wall time; cpu below is the least CPU time of the repeats
    plain: Build  # plain MkDocs + Material, then the same Pagefind step
    search: Build  # that Pagefind step alone
    ours_cpu: float
    plain_cpu: float
    identical: tuple[int, int]
    load: tuple[float, float]  # (wall, CPU) seconds
    generate: tuple[float, float]
    pages: dict[str, str]  # label -> URL
    weights: dict[str, Counter]  # label -> gzip bytes by kind
    size: SiteSize
    series: list[tuple[float, SiteSize]]  # (scale factor, size)
    load_average: tuple[str, str]  # before, after


def measure(scale: float, linearity: list[float], repeat: int, work: Path) -> Measurements:
    before = load_average()
    portal = make_portal(work / "portal", scale)
    # Link-preview cards are cached by content beside data/ (kkg_site.preview): the first
    # generate draws them all, every later one (the measured builds) finds them.
    started = time.process_time()
    drawn = generate(portal.data, TODAY).index.previews.drawn
    cold = time.process_time() - started
    print(f"Preview cards: {drawn} drawn from an empty cache, generate took {cold:.1f} s CPU", file=sys.stderr)
    load_time = timed(load, portal.data, TODAY)
    generate_time = timed(generate, portal.data, TODAY)
    output = plain_project(portal, work / "plain")
    ours, plain, search = [], [], []
    for _ in range(repeat):  # alternated, so both see the same machine load
        ours.append(build(portal.root, work / "site"))
        mkdocs = build(work / "plain", work / "plain-site")
        search.append(search_index(work / "plain-site"))
        plain.append(
            Build(mkdocs.wall + search[-1].wall, mkdocs.cpu + search[-1].cpu, max(mkdocs.peak_mb, search[-1].peak_mb))
        )
    site = work / "site"
    pages = sample_pages(portal, output, site)
    heaviest = heaviest_page(site)
    pages[f"Terberat: {heaviest}"] = heaviest
    size = site_size(site)
    series = []
    for factor in linearity:
        if factor != 1:
            build(make_portal(work / f"portal-{factor}", scale * factor).root, work / f"site-{factor}")
        series.append((factor, size if factor == 1 else site_size(work / f"site-{factor}")))
    return Measurements(
        portal,
        min(ours, key=lambda b: b.wall),
        min(plain, key=lambda b: b.wall),
        min(search, key=lambda b: b.wall),
        min(b.cpu for b in ours),
        min(b.cpu for b in plain),
        same_pages(site, work / "plain-site"),
        load_time,
        generate_time,
        pages,
        {label: weight(site, url) for label, url in pages.items()},
        size,
        series,
        (before, load_average()),
    )


def report(m: Measurements, scale: float, repeat: int) -> None:
    counts = ", ".join(f"{len(ids):,} {name}" for name, ids in m.portal.ids.items())
    print(f"\nMachine: {machine()}; load average (1/5/15 min) {m.load_average[0]} before, {m.load_average[1]} after.")
    print(f"Portal (scale {scale:g}): {counts}; {m.size.pages:,} pages. Best of {repeat} build(s) each.\n")
    ratio, cpu_ratio = m.ours.wall / m.plain.wall, m.ours_cpu / m.plain_cpu
    identical, total = m.identical
    rows = [
        (
            "Full build, wall (CPU)",
            f"{m.ours.wall:.1f} s ({m.ours_cpu:.1f} s)",
            f"< {GOAL_BUILD_SECONDS} s",
            m.ours.wall < GOAL_BUILD_SECONDS,
        ),
        (
            "Plain MkDocs + Material, same pages, + Pagefind, wall (CPU)",
            f"{m.plain.wall:.1f} s ({m.plain_cpu:.1f} s)",
            "",
            None,
        ),
        (
            "of which Pagefind, wall (CPU); its peak memory",
            f"{m.search.wall:.1f} s ({m.search.cpu:.1f} s); {m.search.peak_mb:,.0f} MB",
            "",
            None,
        ),
        (
            "Build ÷ plain baseline, wall (CPU)",
            f"{ratio:.2f} ({cpu_ratio:.2f})",
            f"≤ {GOAL_BUILD_RATIO:.2f} (CPU)",
            cpu_ratio <= GOAL_BUILD_RATIO,
        ),
        ("HTML pages identical in both builds", f"{identical:,} of {total:,}", "all", identical == total),
        (
            "Peak memory of the build, Pagefind included (plain)",
            f"{m.ours.peak_mb:,.0f} MB ({m.plain.peak_mb:,.0f} MB)",
            f"< {GOAL_MEMORY_MB:,} MB",
            m.ours.peak_mb < GOAL_MEMORY_MB,
        ),
        (
            "Data load + validation, wall (CPU)",
            f"{m.load[0]:.2f} s ({m.load[1]:.2f} s)",
            f"< {GOAL_LOAD_SECONDS:g} s (CPU)",
            m.load[1] < GOAL_LOAD_SECONDS,
        ),
        ("Load + render all pages (generate), wall (CPU)", f"{m.generate[0]:.2f} s ({m.generate[1]:.2f} s)", "", None),
        (
            "Site size",
            f"{m.size.bytes / KB / KB:,.1f} MB in {m.size.files:,} files ({m.size.html_bytes / KB / KB:,.1f} MB HTML)",
            "linear",
            None,
        ),
    ]
    for label, url in m.pages.items():
        sizes = m.weights[label]
        catalog = url == CATALOG
        cold = sizes["html"] + sizes["css"] + sizes["js"] + (sizes["data"] if catalog else 0)
        goal = GOAL_CATALOG_KB if catalog else GOAL_COLD_KB
        parts = "HTML + CSS + JS + data" if catalog else "HTML + CSS + JS"
        rows.append((f"First view: {label} ({parts})", kb(cold), f"≤ {goal} KB", cold <= goal * KB))
        rows.append(
            (
                f"Repeat view: {label} (HTML)",
                kb(sizes["html"]),
                f"≤ {GOAL_REPEAT_KB} KB",
                sizes["html"] <= GOAL_REPEAT_KB * KB,
            )
        )
    print("| Measurement | Result | Goal | Met |")
    print("| --- | --- | --- | --- |")
    for label, result, goal, met in rows:
        print(f"| {label} | {result} | {goal} | {'' if met is None else verdict(met)} |")
    print("\nFirst view by kind (gzip, KB):\n")
    print("| Page | " + " | ".join(COLUMNS) + " |")
    print("| --- |" + " ---: |" * len(COLUMNS))
    for label, sizes in m.weights.items():
        print(f"| {label} | " + " | ".join(f"{sizes[kind] / KB:,.1f}" for kind in COLUMNS) + " |")
    print("\nSite size by scale (linear growth: bytes per page stay flat; the theme's assets are a constant):\n")
    print("| Scale | Pages | Files | Site | Theme assets | Rest per page | HTML per page |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for factor, size in m.series:
        print(
            f"| {scale * factor:g} | {size.pages:,} | {size.files:,} | {size.bytes / KB / KB:,.1f} MB "
            f"| {size.theme_bytes / KB / KB:,.1f} MB | {(size.bytes - size.theme_bytes) / size.pages / KB:,.1f} KB "
            f"| {size.html_bytes / size.pages / KB:,.1f} KB |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="size of the large portal (1 = ten years)")
    parser.add_argument(
        "--linearity", type=float, nargs="*", default=[0.25, 0.5, 1.0], help="scales for bytes per page (× --scale)"
    )
    parser.add_argument("--repeat", type=int, default=1, help="builds of each kind; the fastest counts")
    parser.add_argument("--work", type=Path, help="folder for the projects (default: a temporary one, removed)")
    args = parser.parse_args()
    os.environ.update(KKG_HARI_INI=TODAY.isoformat(), NO_MKDOCS_2_WARNING="1")  # for the builds and on_config
    work = args.work or Path(tempfile.mkdtemp(prefix="kkg-bench-"))
    try:
        measurements = measure(args.scale, args.linearity, args.repeat, work)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    report(measurements, args.scale, args.repeat)


if __name__ == "__main__":
    main()
