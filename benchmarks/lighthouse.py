"""Lighthouse 12 mobile scores for one page of every type of the demo portal.

Builds the demo (build date ``support.build.TODAY``), serves it under ``/portal-kkg/`` with gzip (as
GitHub Pages does), runs Lighthouse (``node_modules/.bin/lighthouse``, pinned in
package-lock.json) with Debian's Chromium on each page of ``support.pages.page_type_sample`` and
prints a Markdown table: performance, accessibility, best practices, SEO (0–100) and
cumulative layout shift, with the audits that cost points. Run by hand (about a minute a page):

    python benchmarks/lighthouse.py [--runs 3] [--pages materi/ kegiatan/] [--site built-site-dir]

Performance depends on the machine's load (Lighthouse slows the CPU down by a fixed factor, so
on a busy machine total blocking time grows): with ``--runs N`` each page is measured N times
and the run with the median performance score is reported, as Lighthouse's docs advise. The
load average before and after is printed.

Goals (README, "Lighthouse"): performance ≥ 95, the other three 100, CLS ≤ 0.05 on every type.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support.browser import CHROMIUM, SubPathHandler, served
from support.build import mkdocs_build
from support.pages import page_type_sample

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOALS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CLS_GOAL = 0.05
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".ics", ".txt", ".webmanifest")


class _GzipHandler(SubPathHandler):
    """The tests' sub-path server, compressing text files as GitHub Pages does."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not (path.is_file() and path.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()  # other files, a missing page (404.html), a folder's redirect
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)


class _Body:
    """What ``send_head`` returns: a file-like object that ``copyfile`` reads."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = (self.data, b"") if size < 0 else (self.data[:size], self.data[size:])
        return data

    def close(self) -> None:
        pass


def lighthouse(url: str, output: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", CHROMIUM)}
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={output}",
         f"--chrome-flags={CHROME_FLAGS}", "--form-factor=mobile", f"--only-categories={','.join(CATEGORIES)}"],
        check=True, env=env,
    )  # fmt: skip
    return json.loads(output.read_text(encoding="utf-8"))


def summary(report: dict) -> tuple[dict[str, int], float, list[str]]:
    """(score per category, CLS, the failing audits with what they cost)."""
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    cls = report["audits"]["cumulative-layout-shift"]["numericValue"]
    failing = []
    for name in CATEGORIES:
        for ref in report["categories"][name]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 0.9:
                failing.append(f"{ref['id']} ({audit.get('displayValue') or audit['score']})")
    return scores, cls, failing


def built_site(site: Path | None, temporary: Path) -> Path:
    """``site`` when given, else the demo built into ``temporary`` (exit with the build's errors)."""
    if site is not None:
        return site
    site = temporary / "site"
    result = mkdocs_build(ROOT, site)
    if result.returncode:
        sys.exit(result.stderr)
    return site


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", nargs="*", help="site URLs to measure (default: one of every type)")
    parser.add_argument("--site", type=Path, help="an already built demo site (default: build one)")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median run is reported")
    args = parser.parse_args()
    if not LIGHTHOUSE.is_file():
        sys.exit("Lighthouse is missing: run `npm ci` (package-lock.json pins lighthouse 12)")
    with tempfile.TemporaryDirectory() as temporary:
        site = built_site(args.site, Path(temporary))
        pages = args.pages or [url for url in page_type_sample(site) if url != "404.html"]
        rows, met = [], True
        with served(site, _GzipHandler) as base:
            print(f"load average before: {os.getloadavg()[0]:.1f}", file=sys.stderr)
            for url in pages:
                runs = sorted(
                    (summary(lighthouse(base + url, Path(temporary) / "report.json")) for _ in range(args.runs)),
                    key=lambda run: run[0]["performance"],
                )
                scores, cls, failing = runs[len(runs) // 2]
                cls = statistics.median(run[1] for run in runs)
                ok = all(scores[name] >= goal for name, goal in GOALS.items()) and cls <= CLS_GOAL
                met &= ok
                cells = [f"`/{url}`", *(str(scores[name]) for name in CATEGORIES), f"{cls:.3f}", "yes" if ok else "no"]
                rows.append("| " + " | ".join(cells) + " |")
                print(rows[-1], "; ".join(failing), file=sys.stderr, flush=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}", file=sys.stderr)
    print("| Page | Performance | Accessibility | Best practices | SEO | CLS | Goals met |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
