"""Teaching materials (``data/materi/**/<id>.yml`` and their attachments): the catalog.

One YAML file per material, anywhere under ``data/materi/`` (sub-folders by
subject are fine); the file name without ``.yml`` is its id and its page is
``materi/<id>/``, with the attachments copied beside the page. The catalog
(``materi/``) filters a compact JSON index in the browser; without JavaScript
it links to one page per subject, so no page grows with the whole collection."""
