"""Members (``data/anggota.yml``): page Anggota (by school) and a page per member."""
