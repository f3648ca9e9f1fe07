"""Site search ("Cari"): Pagefind with Indonesian stemming, loaded only when used."""
