"""Boards by period (``data/pengurus.yml``): page Pengurus with the current board first."""
