"""Helpers shared by the tests and the benchmarks; ``tests/conftest.py`` holds only the fixtures.

- ``build``: the checkout, the frozen build date, scratch projects, running ``kkg-site`` and ``mkdocs``,
  digests of folders.
- ``pages``: reading a built site (parsed pages, one page of each kind, files containing given texts).
- ``data``: reading data files as written (the demo's files, front matter, every object in JSON or YAML).
- ``browser``: Chromium, serving a site under the sub-path as GitHub Pages does, waiting for a server,
  reading what a page shows.
- ``gates``: what the safety gates checked, printed at the end of the run.
- ``demo_materi``, ``demo_kegiatan``: the demo materials and activities read straight from the YAML.
"""
