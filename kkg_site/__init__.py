"""Portal KKG: turns a KKG's records in ``data/`` into a static website.

The generator core (:mod:`kkg_site.generator`) is independent of any site engine:
it reads and validates the data files and returns pages as Markdown documents
plus the asset files they refer to. :mod:`kkg_site.mkdocs_plugin` is the thin
adapter that feeds them into an MkDocs build.
"""

__version__ = "0.2.0"
