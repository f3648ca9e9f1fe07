"""Beranda (home page), the KKG's front door: who the KKG is (name, logo, cover photo), the tasks
members come for as tiles (agenda, materials, minutes, reports: each type's ``home_tile``), the
other sections as plain links, then the blocks other types contribute (next activities first)."""
