"""Desktop integration files validate; the bundle builds and runs (only with BUILD_BUNDLE=1)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / "io.compliancedesk.ComplianceDesk.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net",
                             str(LINUX / "io.compliancedesk.ComplianceDesk.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_exist_and_agree() -> None:
    from PIL import Image

    svg = (ROOT / "resources" / "compliance-desk.svg").read_text()
    assert svg.startswith("<svg") and 'viewBox="0 0 256 256"' in svg
    with Image.open(ROOT / "resources" / "compliance-desk.png") as png:
        assert png.size == (256, 256)
    assert (ROOT / "resources" / "compliance-desk.ico").stat().st_size > 1000


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("BUILD_BUNDLE") != "1", reason="set BUILD_BUNDLE=1 to build the bundle")
def test_bundle_builds_and_runs_headless_commands() -> None:
    result = subprocess.run([str(ROOT / "packaging" / "build")], capture_output=True, text=True, timeout=3600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "bundle smoke test passed" in result.stdout
    assert (ROOT / "dist" / "compliance-desk" / "compliance-desk").exists()


@pytest.mark.slow
def test_a_wheel_from_a_clean_tree_ships_the_arabic_interface(tmp_path: Path) -> None:
    """`pip wheel` / `pip install .` build the .qm files (setuptools build step, issue 13 item 15)."""
    import sys
    import sysconfig

    from PySide6.QtCore import QTranslator

    source = tmp_path / "checkout"  # as a clone has it: .ts sources, no built .qm
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", ".git", "build", "dist", "*.egg-info", "demo", "__pycache__", "*.qm", ".*_cache"))
    assert not list(source.rglob("*.qm"))
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels),
                            str(source)], capture_output=True, text=True, timeout=1200)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    [wheel] = wheels.glob("compliance_desk-*.whl")
    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    target = venv / Path(sysconfig.get_path("purelib", vars={"base": str(venv)})).relative_to(venv)
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet",
                                "--target", str(target), str(wheel)], capture_output=True, text=True, timeout=600)
    assert installed.returncode == 0, installed.stderr[-3000:]
    folder = target / "compliance_desk" / "i18n"
    assert sorted(p.name for p in folder.glob("*.qm")) == ["compliance_desk_ar.qm", "compliance_desk_en.qm"]
    translator = QTranslator()
    assert translator.load(str(folder / "compliance_desk_ar.qm"))
    assert translator.translate("AttachmentsPanel", "Attach a file…") == "إرفاق ملف…"


# Qt's libraries that open a window: the xcb platform (X11, XWayland), the Wayland platform, their
# GL and shell integrations, and the Qt libraries the app itself loads.
QT_WINDOW_FILES = ("plugins/platforms/libqxcb.so", "plugins/platforms/libqwayland.so", "plugins/xcbglintegrations/*.so",
                   "plugins/wayland-shell-integration/*.so", "lib/libQt6XcbQpa.so.6", "lib/libQt6WaylandClient.so.6",
                   "lib/libQt6Gui.so.6", "lib/libQt6Widgets.so.6", "lib/libQt6Core.so.6", "lib/libQt6DBus.so.6")
EVERY_DEBIAN = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1"}  # dpkg and apt need them


def _debian_packages(sonames: set[str]) -> set[str]:
    """The Debian packages holding these libraries (one dpkg query for all)."""
    found = subprocess.run(["dpkg", "-S", *(f"*/{s}" for s in sorted(sonames))], capture_output=True, text=True)
    packages, seen = set(), set()
    for line in found.stdout.splitlines():
        package, _, path = line.partition(": ")
        packages.add(package.split(":", 1)[0])
        seen.add(Path(path.strip()).name)
    for soname in sonames - seen:
        # not installed here: Debian Policy 8.1 names a library's package after its soname
        name, _, version = soname.partition(".so.")
        packages.add((name + ("-" if name[-1].isdigit() else "") + version).lower())
    return packages


@pytest.mark.skipif(shutil.which("readelf") is None or shutil.which("dpkg") is None, reason="needs readelf and dpkg")
def test_run_installs_what_qt_needs_to_open_a_window() -> None:
    """`./run` with a display installs every library Qt's platform plugins link (libxcb-cursor0 …)."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    files = [f for pattern in QT_WINDOW_FILES for f in qt.glob(pattern)]
    assert any(f.name == "libqxcb.so" for f in files)
    sonames: set[str] = set()
    for library in files:
        dynamic = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=True).stdout
        sonames |= {line.split("[", 1)[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line}
    needed = _debian_packages({s for s in sonames if not (qt / "lib" / s).exists()}) - EVERY_DEBIAN
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0", "libwayland-client0"} <= needed
    listed = subprocess.run([str(ROOT / "scripts" / "system-packages.sh"), "--desktop", "--list"],
                            capture_output=True, text=True, check=True).stdout.split()
    assert needed - set(listed) == set()
    run = (ROOT / "run").read_text()
    assert '"$ROOT/scripts/system-packages.sh" --desktop' in run
    assert run.index("system-packages.sh") < run.index('exec compliance-desk "$REGISTER"')
