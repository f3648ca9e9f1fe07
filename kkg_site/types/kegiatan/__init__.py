"""Activities (``data/kegiatan/*.yml``): Kegiatan pages, the calendar feed and next activities on Beranda."""
