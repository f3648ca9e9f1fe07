"""The treasury (``data/kas.yml``): page Keuangan and a page per school year.

Rules (also in DEVELOPING.md and in the header of the demo data/kas.yml):

* the ledger starts in the earliest school year that has a ``saldo_awal``; each
  later year opens with the previous year's closing balance, and a
  ``saldo_awal`` written for a later year must equal it (a typo cannot create
  or lose money);
* entries dated before that first year are errors, and so is an entry more
  than a year after the one before it (a mistyped year), unless its school
  year has its own ``saldo_awal``; an entry after the build date is a warning;
* entries are aggregates: an ``iuran`` entry that names a member is an error,
  and no page ever shows what one member paid."""
