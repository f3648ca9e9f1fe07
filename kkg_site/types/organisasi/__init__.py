"""The organisation (``data/kkg.yml``) and its schools (``data/sekolah.yml``): page Tentang."""
