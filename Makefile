# Two commands for a fresh machine (see README):
#   make serve   build and serve the demo portal on http://127.0.0.1:8000
#   make test    install what the tests need (Python packages, Chromium, npm test tools) and run them all
# Python packages come from the locks (exact versions with hashes); after changing the
# dependencies in pyproject.toml run `make lock` (`make lock UPGRADE=--upgrade` for the newest).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test lint periksa lock chromium java

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve -a 127.0.0.1:8000

build: $(VENV)/.installed
	$(BIN)/mkdocs build --strict

periksa: $(VENV)/.installed
	$(BIN)/kkg-site periksa

test: $(VENV)/.installed-test chromium java node_modules/.installed lint
	$(BIN)/python -m pytest

# Part of `make test`: the style and the types are checked like the behaviour.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check kkg_site tests benchmarks
	$(BIN)/ruff format --check kkg_site tests benchmarks
	$(BIN)/mypy

BUILD_LOCK := kkg_site/requirements.lock
TEST_LOCK  := requirements-test.lock

# The lock first, then the project without dependencies: pip's hash checking cannot
# hash the editable project itself.
$(VENV)/.installed: pyproject.toml $(BUILD_LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-hashes -r $(BUILD_LOCK)
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed $(TEST_LOCK)
	$(BIN)/python -m pip install -q --require-hashes -r $(TEST_LOCK)
	touch $@

# The build lock ships in the package (portals made by `kkg-site mulai` install it); the
# test lock adds the test extras at the same versions. Both hold every platform's wheels.
LOCK_OPTIONS = --universal --python-version 3.11 --generate-hashes --quiet --custom-compile-command "make lock" $(UPGRADE)
lock: $(VENV)/.installed-test
	$(BIN)/uv pip compile pyproject.toml $(LOCK_OPTIONS) -o $(BUILD_LOCK)
	$(BIN)/uv pip compile pyproject.toml --extra test -c $(BUILD_LOCK) $(LOCK_OPTIONS) -o $(TEST_LOCK)

# Browser tests use Debian's Chromium through Playwright (no browser download).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

# The Nu Html Checker (vnu.jar, run with Java) and axe-core: test tools, pinned by package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

java:
	@command -v java >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless; }
