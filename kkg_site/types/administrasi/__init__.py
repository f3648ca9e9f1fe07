"""The secretary's paperwork from an activity's file (``undangan``, ``peserta``, ``tamu``, ``jp``,
``sertifikat`` in ``data/kegiatan/*.yml``): the invitation letter to the heads of the schools, the
attendance sheet, and a certificate per speaker, participant and guest, each of which is also its
verification page (the QR code on the printed certificate leads there)."""
