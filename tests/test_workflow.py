"""The GitHub Pages workflows: triggers and permissions, actionlint, and the commands run for real.

Only a checked ``main`` deploys: the deploy job needs the check-and-build job and is
limited to ``refs/heads/main`` outside pull requests. The commands of the build job
are taken from the workflow file and run, in order, on a copy of the demo project.
The daily rebuild is a separate workflow that calls the deploy workflow.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from support.build import ROOT, Project, parse_annotation, tool_env

WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW_FILE = WORKFLOWS / "pages.yml"
DAILY_FILE = WORKFLOWS / "harian.yml"
BUILD, DEPLOY = "periksa-dan-bangun", "terbitkan"
INDONESIAN_UTC_OFFSETS = {"WIB": 7, "WITA": 8, "WIT": 9}


def read_workflow(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True)  # YAML 1.1 reads the key `on` as the boolean True
    return data


@pytest.fixture(scope="module")
def workflow() -> dict:
    return read_workflow(WORKFLOW_FILE)


@pytest.fixture(scope="module")
def daily() -> dict:
    return read_workflow(DAILY_FILE)


def steps(workflow: dict, job: str) -> list[dict]:
    return workflow["jobs"][job]["steps"]


def step_using(workflow: dict, job: str, action: str) -> dict:
    (step,) = [s for s in steps(workflow, job) if s.get("uses", "").split("@")[0] == action]
    return step


def evaluate(condition: str, context: dict[str, str]) -> bool:
    """A workflow ``if:`` made of ``name == 'value'`` / ``name != 'value'`` joined by ``&&``."""
    result = True
    for clause in condition.split("&&"):
        match = re.fullmatch(r"\s*([\w.]+)\s*(==|!=)\s*'([^']*)'\s*", clause)
        assert match, f"unsupported condition: {clause!r}"
        name, operator, value = match.groups()
        result &= (context[name] == value) == (operator == "==")
    return result


# (event, ref) → should this run deploy?
RUNS = [
    ("push", "refs/heads/main", True),
    ("schedule", "refs/heads/main", True),
    ("workflow_dispatch", "refs/heads/main", True),
    ("push", "refs/heads/notulen-baru", False),
    ("workflow_dispatch", "refs/heads/coba", False),
    ("pull_request", "refs/pull/7/merge", False),
    ("pull_request", "refs/heads/main", False),
]


def test_triggers_on_every_push_pull_request_by_hand_and_when_called(workflow: dict) -> None:
    on = workflow["on"]
    assert set(on) == {"push", "pull_request", "workflow_dispatch", "workflow_call"}  # no schedule
    # every branch and every file is checked: no filters
    for event in ("push", "pull_request"):
        assert not (on[event] or {}).keys() & {"branches", "branches-ignore", "paths", "paths-ignore"}


def test_the_daily_rebuild_is_a_schedule_that_calls_the_deploy_workflow(daily: dict) -> None:
    """GitHub disables a scheduled workflow after 60 quiet days: only this one can stop."""
    assert set(daily["on"]) == {"schedule", "workflow_dispatch"}
    (job,) = daily["jobs"].values()
    assert job["uses"] == f"./.github/workflows/{WORKFLOW_FILE.name}"
    # a called workflow gets no more permissions than its caller grants: the deploy job's
    assert job["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert daily["permissions"] == {"contents": "read"}


def test_daily_rebuild_runs_early_in_the_morning_in_every_indonesian_zone(daily: dict) -> None:
    (entry,) = daily["on"]["schedule"]
    minute, hour, day, month, weekday = entry["cron"].split()
    assert (day, month, weekday) == ("*", "*", "*")
    for zone, offset in INDONESIAN_UTC_OFFSETS.items():
        local_minutes = (int(hour) * 60 + int(minute) + offset * 60) % (24 * 60)
        assert 0 < local_minutes < 6 * 60, f"{entry['cron']} is {divmod(local_minutes, 60)} {zone}"


def test_workflows_pass_actionlint() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert [f.name for f in files] == ["harian.yml", "pages.yml"]
    result = subprocess.run(
        [str(Path(sys.executable).parent / "actionlint"), "-no-color", *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_a_broken_workflow(tmp_path: Path) -> None:
    """The lint is real: a job needing one that does not exist is reported."""
    broken = WORKFLOW_FILE.read_text(encoding="utf-8").replace("needs: periksa-dan-bangun", "needs: bangun")
    (tmp_path / "pages.yml").write_text(broken, encoding="utf-8")
    result = subprocess.run(
        [str(Path(sys.executable).parent / "actionlint"), "-no-color", str(tmp_path / "pages.yml")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert 'needs job "bangun" which does not exist' in result.stdout


def test_deploy_needs_the_checked_build_and_runs_only_on_main(workflow: dict) -> None:
    deploy = workflow["jobs"][DEPLOY]
    needs = deploy["needs"] if isinstance(deploy["needs"], list) else [deploy["needs"]]
    assert needs == [BUILD]
    upload = step_using(workflow, BUILD, "actions/upload-pages-artifact")
    for event, ref, deploys in RUNS:
        context = {"github.event_name": event, "github.ref": ref}
        assert evaluate(deploy["if"], context) is deploys, (event, ref)
        assert evaluate(upload["if"], context) is deploys, (event, ref)
    assert "if" not in workflow["jobs"][BUILD]  # the check itself runs everywhere


def test_a_failing_step_stops_the_build_before_anything_is_uploaded(workflow: dict) -> None:
    build_steps = steps(workflow, BUILD)
    runs = [s.get("run", "") for s in build_steps]
    check = next(i for i, run in enumerate(runs) if run.startswith("kkg-site periksa"))
    build = next(i for i, run in enumerate(runs) if run.startswith("mkdocs build"))
    upload = build_steps.index(step_using(workflow, BUILD, "actions/upload-pages-artifact"))
    assert check < build < upload
    assert "--strict" in runs[build].split()
    for job in workflow["jobs"].values():
        assert "continue-on-error" not in job
        assert not any("continue-on-error" in step for step in job["steps"])


def test_permissions_are_minimal(workflow: dict) -> None:
    assert workflow["permissions"] == {"contents": "read"}
    assert "permissions" not in workflow["jobs"][BUILD]
    assert workflow["jobs"][DEPLOY]["permissions"] == {"pages": "write", "id-token": "write"}


def test_deploy_uses_the_pages_environment_one_at_a_time(workflow: dict) -> None:
    deploy = workflow["jobs"][DEPLOY]
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    step_using(workflow, DEPLOY, "actions/configure-pages")
    assert step_using(workflow, DEPLOY, "actions/deploy-pages")["id"] == "deployment"


def test_actions_are_github_s_own_pinned_to_a_major_version(workflow: dict) -> None:
    used = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert {u.split("@")[0] for u in used} == {
        "actions/cache",  # the link-preview cards between builds
        "actions/checkout",
        "actions/setup-python",
        "actions/upload-pages-artifact",
        "actions/configure-pages",
        "actions/deploy-pages",
    }
    assert all(re.fullmatch(r"actions/[\w-]+@v\d+", u) for u in used), used
    python = step_using(workflow, BUILD, "actions/setup-python")["with"]
    assert python["cache"] == "pip"
    assert python["cache-dependency-path"] == "requirements.txt"
    assert (ROOT / python["cache-dependency-path"]).is_file()


def test_installation_is_the_named_package_then_its_locked_dependencies_with_hashes(workflow: dict) -> None:
    (install,) = [s["run"] for s in steps(workflow, BUILD) if "pip install" in s.get("run", "")]
    assert install.splitlines() == [
        "python -m pip install --no-deps -r requirements.txt",
        'python -m pip install --require-hashes -r "$(python -m kkg_site.lock)"',
    ]


# --- the workflow's commands, run for real ------------------------------------------------


def checked_commands(workflow: dict) -> list[str]:
    """The build job's commands after installation (the runner installs; here it is installed)."""
    runs = [s["run"] for s in steps(workflow, BUILD) if "run" in s]
    return [run for run in runs if "pip install" not in run]


def run_like_actions(workflow: dict, project: Project) -> list[subprocess.CompletedProcess[str]]:
    """Run the commands as a runner does: bash -e, the workflow's env, GITHUB_ACTIONS=true,
    stopping at the first failing step."""
    env = tool_env() | workflow.get("env", {}) | {"GITHUB_ACTIONS": "true"}
    # this interpreter's scripts (kkg-site, mkdocs) first, as after `pip install` on the runner
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    results = []
    for command in checked_commands(workflow):
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", command],
            cwd=project.root,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        results.append(result)
        if result.returncode != 0:
            break
    return results


def test_checked_commands_are_the_check_then_the_strict_build(workflow: dict) -> None:
    assert checked_commands(workflow) == ["kkg-site periksa", "mkdocs build --strict"]


def test_workflow_commands_build_the_demo_site(workflow: dict, project: Project) -> None:
    results = run_like_actions(workflow, project)
    assert [r.returncode for r in results] == [0, 0], [r.stderr[-2000:] for r in results]
    assert results[0].stdout.startswith("Data valid")
    assert not re.search(r"^::error", results[0].stdout, re.MULTILINE)
    uploaded = project.root / step_using(workflow, BUILD, "actions/upload-pages-artifact")["with"]["path"]
    assert (uploaded / "index.html").is_file()
    assert (uploaded / "404.html").is_file()
    assert (uploaded / "panduan" / "sekretaris" / "index.html").is_file()


def test_bad_data_stops_at_the_check_with_an_annotation_on_the_line(workflow: dict, project: Project) -> None:
    members = project.data / "anggota.yml"
    lines = members.read_text(encoding="utf-8").splitlines(keepends=True)
    bad_line = next(i for i, line in enumerate(lines, 1) if line.strip() == "sekolah: sdn-1-sukamaju")
    lines[bad_line - 1] = lines[bad_line - 1].replace("sdn-1-sukamaju", "sdn-1-sukamju")
    members.write_text("".join(lines), encoding="utf-8")

    results = run_like_actions(workflow, project)

    assert len(results) == 1 and results[0].returncode == 1  # the build step never ran
    assert not project.site.exists()  # nothing to upload, so nothing deployed
    (annotation,) = [parse_annotation(line) for line in results[0].stdout.splitlines() if line.startswith("::")]
    command, properties, message = annotation
    assert command == "error"
    assert (properties["file"], int(properties["line"])) == ("data/anggota.yml", bad_line)
    assert (project.root / properties["file"]).is_file()  # relative to the repository root, as GitHub expects
    assert re.fullmatch(r"Data KKG: anggota\[\d+\]\.sekolah", properties["title"])
    assert message == "'sdn-1-sukamju' tidak ada di data/sekolah.yml (apakah maksud Anda 'sdn-1-sukamaju'?)"
    assert "Traceback" not in results[0].stdout + results[0].stderr
