"""Announcements (``data/pengumuman.yml``): a toy content type, added by adding this package only."""
