"""The locks agree with pyproject.toml: a dependency added or changed without ``make lock`` fails here.

``kkg_site/requirements.lock`` (the build, shipped in the package) and
``requirements-test.lock`` (the build plus the test extras, at the same versions) pin every
package to one version with hashes, for every platform and Python version the project supports.
"""

from __future__ import annotations

import re
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from support.build import ROOT

from kkg_site.lock import BUILD_LOCK

TEST_LOCK = ROOT / "requirements-test.lock"
PYTHONS = ["3.11.0", "3.11.7", "3.12.0", "3.13.0"]
PLATFORMS = [("linux", "Linux"), ("win32", "Windows"), ("darwin", "Darwin")]


def pins(lock: str) -> list[tuple[Requirement, list[str]]]:
    """(requirement, hashes) of each entry; an entry spans its continuation lines."""
    text = re.sub(r"#[^\n]*", "", lock).replace("\\\n", " ")
    entries = []
    for line in filter(str.strip, text.splitlines()):
        hashes = re.findall(r"--hash=(sha256:[0-9a-f]{64})", line)
        entries.append((Requirement(line.split(" --hash")[0].strip()), hashes))
    return entries


def environments() -> list[dict[str, str]]:
    return [
        {"python_version": ".".join(v.split(".")[:2]), "python_full_version": v,
         "sys_platform": p, "platform_system": s,
         "os_name": "nt" if p == "win32" else "posix", "implementation_name": "cpython",
         "platform_python_implementation": "CPython", "platform_machine": "x86_64", "extra": ""}
        for v in PYTHONS for p, s in PLATFORMS
    ]  # fmt: skip


def pinned_versions(lock: str, environment: dict[str, str]) -> dict[str, str]:
    versions = {}
    for requirement, _ in pins(lock):
        if requirement.marker is None or requirement.marker.evaluate(environment):
            (specifier,) = requirement.specifier
            versions[canonicalize_name(requirement.name)] = specifier.version
    return versions


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


@pytest.mark.parametrize(("lock_file", "extras"), [(BUILD_LOCK, []), (TEST_LOCK, ["test"])], ids=["build", "test"])
def test_every_dependency_is_pinned_exactly_with_hashes_within_its_range(lock_file, extras) -> None:
    lock = lock_file.read_text(encoding="utf-8")
    for requirement, hashes in pins(lock):
        assert len(requirement.specifier) == 1 and next(iter(requirement.specifier)).operator == "==", requirement
        assert hashes, f"{requirement.name} has no hash"
    wanted = [Requirement(r) for r in project()["dependencies"]]
    wanted += [Requirement(r) for extra in extras for r in project()["optional-dependencies"][extra]]
    for environment in environments():
        versions = pinned_versions(lock, environment)
        for requirement in wanted:
            if requirement.marker and not requirement.marker.evaluate(environment):
                continue
            name = canonicalize_name(requirement.name)
            assert name in versions, f"{lock_file.name}: {requirement.name} is not locked; run `make lock`"
            assert requirement.specifier.contains(versions[name], prereleases=True), (
                f"{lock_file.name}: {requirement.name}=={versions[name]} is outside {requirement.specifier}; "
                "run `make lock`"
            )


def test_tests_run_with_the_versions_that_build_the_site() -> None:
    build, test = BUILD_LOCK.read_text(encoding="utf-8"), TEST_LOCK.read_text(encoding="utf-8")
    for environment in environments():
        tested = pinned_versions(test, environment)
        assert pinned_versions(build, environment).items() <= tested.items()
