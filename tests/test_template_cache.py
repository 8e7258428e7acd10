"""The compiled-template cache runs only what the current user put there, and never fails a render.

A cache file is code that runs when a template is rendered. These tests plant two kinds of payload: valid compiled
bytecode for the user's own template (it prints PLANTED wherever the cache is trusted), and a pickle whose
unpickling creates a marker file (Jinja's own reader unpickles before any check).
"""

from __future__ import annotations

import marshal
import os
import pickle
import resource
import stat
from pathlib import Path

import jinja2
import pytest
from jinja2.bccache import bc_magic

from conftest import ROOT, run_cli

# Every test here runs policygen as a separate process: the slow tier (python -m pytest runs it; -m "not slow" does not).
pytestmark = pytest.mark.slow

MINIMAL = ROOT / "sample_answers" / "minimal.yaml"
CONTACT = "Write to {{ email(org.email) }}.\n"
NOBODY = 65534
IS_ROOT = os.geteuid() == 0


class _CreatesMarker:
    """Unpickling this opens (so creates) the marker file."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return open, (str(self.marker), "w")


def make_templates(folder: Path) -> Path:
    folder.mkdir()
    (folder / "contact.md.j2").write_text(CONTACT, encoding="utf-8")
    return folder


@pytest.fixture
def templates(tmp_path) -> Path:
    return make_templates(tmp_path / "templates")


def render(templates: Path, cache: object, **process):
    return run_cli("render", MINIMAL, "--templates", templates, env={"POLICYGEN_CACHE_DIR": str(cache)}, **process)


def uncached(templates: Path) -> bytes:
    result = render(templates, "")
    assert result.returncode == 0, result.stderr
    return result.stdout


def private_folder(path: Path) -> Path:
    path.mkdir(mode=0o700)
    path.chmod(0o700)
    return path


def warm(templates: Path, cache: Path) -> list[Path]:
    """Fill the cache with a first render; the cache files it wrote."""
    assert render(templates, cache).returncode == 0
    files = sorted(cache.glob("__jinja2_*.cache"))
    assert files
    return files


def contact_cache_file(templates: Path, cache: Path) -> Path:
    name = "contact.md.j2"
    return cache / f"__jinja2_{jinja2.BytecodeCache().get_cache_key(name, os.path.normpath(templates / name))}.cache"


def plant_payloads(templates: Path, cache: Path, marker: Path) -> None:
    """The contact template's entry becomes bytecode that prints PLANTED; every other entry a marker pickle."""
    for file in warm(templates, cache):
        file.write_bytes(bc_magic + pickle.dumps(_CreatesMarker(marker), 2))
    checksum = jinja2.BytecodeCache().get_source_checksum(CONTACT)
    code = jinja2.Environment().compile("PLANTED\n", "contact.md.j2")
    contact_cache_file(templates, cache).write_bytes(bc_magic + pickle.dumps(checksum, 2) + marshal.dumps(code))


def assert_ignored(result, expected: bytes, marker: Path, where: Path, why: str) -> None:
    assert result.returncode == 0, result.stderr
    assert not marker.exists(), "a planted pickle was unpickled"
    assert b"PLANTED" not in result.stdout
    assert result.stdout == expected
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{where}: template cache not used for this run: ")
    assert why in lines[0]


def test_a_private_cache_serves_compiled_templates(tmp_path, templates):
    cache = private_folder(tmp_path / "cache")
    plant_payloads(templates, cache, tmp_path / "marker")
    contact_cache_file(templates, cache).chmod(0o600)
    result = render(templates, cache)
    assert result.returncode == 0, result.stderr
    assert b"PLANTED" in result.stdout  # the entry was read and run: the cache saves compiling


def test_a_world_writable_cache_folder_is_ignored(tmp_path, templates):
    cache, marker = private_folder(tmp_path / "cache"), tmp_path / "marker"
    expected = uncached(templates)
    plant_payloads(templates, cache, marker)
    cache.chmod(0o777)
    assert_ignored(render(templates, cache), expected, marker, cache, "other users can write to it (mode 0777)")


@pytest.mark.skipif(not IS_ROOT, reason="only root can give a folder to another user")
def test_a_cache_folder_owned_by_another_user_is_ignored(tmp_path, templates):
    cache, marker = private_folder(tmp_path / "cache"), tmp_path / "marker"
    expected = uncached(templates)
    plant_payloads(templates, cache, marker)
    cache.chmod(0o755)
    os.chown(cache, NOBODY, NOBODY)
    assert_ignored(render(templates, cache), expected, marker, cache, f"owned by another user (uid {NOBODY})")


@pytest.mark.parametrize("how", ["writable by others", "owned by another user"])
def test_an_untrusted_cache_file_is_ignored(tmp_path, templates, how):
    if how == "owned by another user" and not IS_ROOT:
        pytest.skip("only root can give a file to another user")
    cache, marker = private_folder(tmp_path / "cache"), tmp_path / "marker"
    expected = uncached(templates)
    plant_payloads(templates, cache, marker)
    planted = contact_cache_file(templates, cache)
    for file in cache.iterdir():
        if file != planted:
            file.unlink()  # only the planted bytecode is left: the check on the file alone has to stop it
    if how == "writable by others":
        planted.chmod(0o666)
        why = "other users can write to it (mode 0666)"
    else:
        os.chown(planted, NOBODY, NOBODY)
        why = f"owned by another user (uid {NOBODY})"
    assert_ignored(render(templates, cache), expected, marker, planted, why)


def test_a_symbolic_link_as_cache_folder_is_ignored(tmp_path, templates):
    cache, marker = private_folder(tmp_path / "cache"), tmp_path / "marker"
    expected = uncached(templates)
    plant_payloads(templates, cache, marker)
    link = tmp_path / "link"
    link.symlink_to(cache)
    assert_ignored(render(templates, link), expected, marker, link, "it is a symbolic link")


def test_the_default_cache_folder_is_private_whatever_the_umask(tmp_path):
    home = tmp_path / "home" / "cache"  # neither exists yet: policygen makes both
    result = run_cli("render", MINIMAL, env={"POLICYGEN_CACHE_DIR": None, "XDG_CACHE_HOME": str(home)}, umask=0)
    assert result.returncode == 0, result.stderr
    folders = [tmp_path / "home", home, home / "policygen", home / "policygen" / f"jinja-{jinja2.__version__}"]
    assert {str(f): stat.S_IMODE(f.stat().st_mode) for f in folders} == {str(f): 0o700 for f in folders}
    files = list(folders[-1].iterdir())
    assert files and {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}


@pytest.mark.parametrize("damage", ["garbage", "truncated", "pickle payload"])
def test_damaged_cache_files_do_not_fail_a_render(tmp_path, templates, damage):
    cache, marker = private_folder(tmp_path / "cache"), tmp_path / "marker"
    expected = uncached(templates)
    for file in warm(templates, cache):
        if damage == "garbage":
            file.write_bytes(os.urandom(64))
        elif damage == "truncated":
            file.write_bytes(file.read_bytes()[: len(bc_magic) + 3])  # cut inside the checksum Jinja would unpickle
        else:
            file.write_bytes(bc_magic + pickle.dumps(_CreatesMarker(marker), 2))
    result = render(templates, cache)
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == expected
    assert not marker.exists()


def _no_file_may_grow():
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # every write to a file fails with EFBIG, as on a full disk


@pytest.mark.parametrize("failure", ["read-only folder", "full disk"])
def test_cache_write_failures_do_not_fail_a_render(tmp_path, templates, failure):
    if failure == "read-only folder" and IS_ROOT:
        pytest.skip("root writes to a read-only folder all the same; the full disk fails its writes instead")
    expected = uncached(templates)
    cache = private_folder(tmp_path / "cache")
    options = {"preexec_fn": _no_file_may_grow} if failure == "full disk" else {}
    if failure == "read-only folder":
        cache.chmod(0o500)
    result = render(templates, cache, **options)
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == expected
    assert not list(cache.iterdir())
