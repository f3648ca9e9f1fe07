"""The programme (``data/program.yml``): page Program Kerja and the Laporan Kegiatan reports.

Activities point to programme items with ``program:``; this type checks those
references. An item's state (belum / berjalan / terlaksana) comes from its
activities, see :mod:`.progress`. Reports are printable A4 documents for the
education office, one per school year and per semester that has begun."""
