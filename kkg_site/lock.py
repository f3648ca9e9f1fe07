"""The exact versions, with hashes, of everything the generator needs to build a portal.

``requirements.lock`` beside this module ships in the package, so a portal that names a
version of kkg-site gets the dependencies that version was tested with::

    pip install --no-deps -r requirements.txt                 # kkg-site itself
    pip install --require-hashes -r "$(python -m kkg_site.lock)"

This module imports nothing else, so it runs before the dependencies are installed.
Regenerate the lock with ``make lock`` (DEVELOPING.md, "Dependencies").
"""

from pathlib import Path

BUILD_LOCK = Path(__file__).with_name("requirements.lock")

if __name__ == "__main__":
    print(BUILD_LOCK)
