"""Minutes of meetings (``data/notulen/YYYY-MM-DD-slug.md``).

Pages: the list by year, one printable page per meeting, the decision register,
the action-item tracker, an Atom feed and a block on Beranda. Drafts
(``status: draf``) are checked but never published."""
