"""installer.spec and build/bundle_rules.py, without running PyInstaller.

The spec is executed with stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT and hook helpers,
so the test checks what the spec would hand to PyInstaller: the Alembic scripts and resources
as data, compiled translations, the two programs sharing one folder, no UPX, the Qt filter.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer.spec"


def _load(name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "build" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_rules = _load("bundle_rules")
gen_versioninfo = _load("gen_versioninfo")


class Recorder:
    """Stands in for a PyInstaller build target and remembers its arguments."""

    made: ClassVar[list[Recorder]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        type(self).made.append(self)


class FakeAnalysis(Recorder):
    made: ClassVar[list[Recorder]] = []

    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        super().__init__(scripts, **kwargs)
        self.pure: list[Any] = []
        # What the PySide6 hooks would collect: some must ship, some must be filtered out.
        self.binaries = [
            ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x", "BINARY"),
            ("PySide6/Qt/lib/libQt6Quick.so.6", "/x", "BINARY"),
            ("PySide6/Qt/lib/libQt6Qml.so.6", "/x", "BINARY"),
            ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/x", "BINARY"),
            ("libcairo.so.2", "/x", "BINARY"),
            ("libssl.so.3", "/x", "BINARY"),
            ("libcrypto.so.3", "/x", "BINARY"),
        ]
        self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]] + [
            ("PySide6/Qt/translations/qtbase_de.qm", "/x", "DATA"),
            ("PySide6/Qt/translations/qtbase_en.qm", "/x", "DATA"),
            ("PySide6/Qt/qml/QtQuick/Controls/x.qml", "/x", "DATA"),
        ]
        self.scripts = [
            ("pyi_rth_inspect", "/x", "PYSOURCE"),
            ("launch_gui", scripts[0], "PYSOURCE"),
            ("launch_cli", scripts[1], "PYSOURCE"),
        ]


class FakeExe(Recorder):
    made: ClassVar[list[Recorder]] = []


class FakeCollect(Recorder):
    made: ClassVar[list[Recorder]] = []


@pytest.fixture(scope="module")
def spec_run() -> dict[str, Any]:
    return _run_spec(sys.platform)


@pytest.fixture(scope="module")
def windows_spec_run() -> dict[str, Any]:
    """The spec as PyInstaller on Windows would run it (``sys.platform == "win32"``)."""
    return _run_spec("win32")


def _run_spec(platform: str) -> dict[str, Any]:
    calls: dict[str, list[str]] = {"collect_submodules": [], "collect_data_files": []}
    hooks = types.ModuleType("PyInstaller.utils.hooks")

    def collect_submodules(name: str, **_kw: Any) -> list[str]:
        calls["collect_submodules"].append(name)
        return [name]

    def collect_data_files(name: str, **_kw: Any) -> list[tuple[str, str]]:
        calls["collect_data_files"].append(name)
        return []

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    hooks.collect_data_files = collect_data_files  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name: []  # type: ignore[attr-defined]
    saved = {k: sys.modules.get(k) for k in ("PyInstaller", "PyInstaller.utils")}
    saved["PyInstaller.utils.hooks"] = sys.modules.get("PyInstaller.utils.hooks")
    sys.modules["PyInstaller"] = types.ModuleType("PyInstaller")
    sys.modules["PyInstaller.utils"] = types.ModuleType("PyInstaller.utils")
    sys.modules["PyInstaller.utils.hooks"] = hooks
    for cls in (FakeAnalysis, FakeExe, FakeCollect):
        cls.made = []
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "Analysis": FakeAnalysis,
        "PYZ": lambda pure: ("PYZ", pure),
        "EXE": FakeExe,
        "COLLECT": FakeCollect,
        "__name__": "__main__",
    }
    old_path, old_platform = list(sys.path), sys.platform
    try:
        sys.platform = platform
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.platform = old_platform
        sys.path[:] = old_path
        for key, module in saved.items():
            if module is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = module
    (analysis,) = FakeAnalysis.made
    (collect,) = FakeCollect.made
    return {
        "ns": namespace,
        "analysis": analysis,
        "exes": FakeExe.made,
        "collect": collect,
        "calls": calls,
    }


def _dests(toc: list[tuple[str, str, str]]) -> set[str]:
    return {dest.replace("\\", "/") for dest, _src, _kind in toc}


def test_every_alembic_script_is_bundled_as_data(spec_run: dict[str, Any]) -> None:
    datas = spec_run["analysis"].kwargs["datas"]
    shipped = {f"{dest}/{Path(src).name}" for src, dest in datas}
    revisions = sorted((ROOT / "db" / "versions").glob("*.py"))
    assert revisions, "db/versions has no revision"
    for rev in revisions:
        assert f"db/versions/{rev.name}" in shipped
    assert {"db/env.py", "db/script.py.mako"} <= shipped
    hidden = spec_run["analysis"].kwargs["hiddenimports"]
    assert {"alembic.op", "alembic.context", "sqlalchemy.dialects.sqlite"} <= set(hidden)


def test_resources_and_compiled_translations_are_bundled(spec_run: dict[str, Any]) -> None:
    datas = spec_run["analysis"].kwargs["datas"]
    shipped = {f"{dest}/{Path(src).name}" for src, dest in datas}
    resources = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in (".ts", ".pyc")
    }
    assert resources and resources <= shipped
    assert not any(name.endswith(".ts") for name in shipped)
    for qm in (ROOT / "resources" / "i18n").rglob("*.qm"):
        assert qm.relative_to(ROOT).as_posix() in shipped


def test_a_translation_without_its_qm_stops_the_build(tmp_path: Path) -> None:
    (tmp_path / "resources" / "i18n" / "id").mkdir(parents=True)
    (tmp_path / "resources" / "i18n" / "id" / "ui.app.ts").write_text("<TS/>")
    with pytest.raises(SystemExit, match=r"translations\.py compile"):
        bundle_rules.resource_datas(tmp_path)
    (tmp_path / "resources" / "i18n" / "id" / "ui.app.qm").write_bytes(b"qm")
    assert tuple({d for _s, d in bundle_rules.resource_datas(tmp_path)}) == ("resources/i18n/id",)


def test_two_programs_share_one_folder_without_upx(spec_run: dict[str, Any]) -> None:
    gui, cli = spec_run["exes"]
    assert gui.kwargs["name"] == "Netra" and gui.kwargs["console"] is False
    assert cli.kwargs["name"] == "netra-console" and cli.kwargs["console"] is True
    assert [s[0] for s in gui.args[1]] == ["pyi_rth_inspect", "launch_gui"]
    assert [s[0] for s in cli.args[1]] == ["pyi_rth_inspect", "launch_cli"]
    collect = spec_run["collect"]
    assert collect.kwargs["name"] == "Netra" and collect.kwargs["upx"] is False
    assert gui in collect.args and cli in collect.args
    assert all(exe.kwargs["upx"] is False for exe in (gui, cli))


def test_unused_qt_is_filtered_and_openssl_kept(spec_run: dict[str, Any]) -> None:
    analysis = spec_run["analysis"]
    binaries, datas = _dests(analysis.binaries), _dests(analysis.datas)
    assert "PySide6/Qt/lib/libQt6Widgets.so.6" in binaries
    assert {"libssl.so.3", "libcrypto.so.3"} <= binaries
    assert not any(re.search(r"Qt6(Quick|Qml)|qgtk3|libcairo", b) for b in binaries)
    assert "PySide6/Qt/translations/qtbase_en.qm" in datas
    assert "PySide6/Qt/translations/qtbase_de.qm" not in datas
    assert not any("/qml/" in d for d in datas)
    excludes = set(analysis.kwargs["excludes"])
    assert {"PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtPdf", "tkinter"} <= excludes


def test_barcodes_and_our_dynamic_modules_are_collected(spec_run: dict[str, Any]) -> None:
    calls = spec_run["calls"]
    assert "reportlab.graphics.barcode" in calls["collect_submodules"]
    hidden = set(spec_run["analysis"].kwargs["hiddenimports"])
    assert {"desktop.cli.main", "desktop.cli.core", "desktop.ui.app"} <= hidden
    assert {f"desktop.{p.stem}" for p in (ROOT / "desktop").glob("[a-z]*.py")} <= hidden
    assert {"reportlab", "tzdata"} <= set(calls["collect_data_files"])


@pytest.mark.parametrize(
    ("dest", "ships"),
    [
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/Qt/lib/libQt6QuickWidgets.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt6VirtualKeyboard.dll", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6\\translations\\qtbase_id.qm", True),
        ("PySide6\\translations\\qt_help_id.qm", False),
        ("libpango-1.0.so.0", False),
        ("libssl-3-x64.dll", True),
        ("libcrypto-3-x64.dll", True),
        ("resources/i18n/id/ui.app.qm", True),
        ("db/versions/0001_initial_schema.py", True),
        # Windows: unused parts left out, the parts Netra uses kept.
        ("PySide6/opengl32sw.dll", False),
        ("PySide6\\OPENGL32SW.DLL", False),
        ("PySide6/d3dcompiler_47.dll", False),
        ("PySide6/plugins/tls/qschannelbackend.dll", False),
        ("PySide6/plugins/tls/qopensslbackend.dll", False),
        ("PySide6/plugins/networkinformation/qnetworklistmanager.dll", False),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/plugins/platforms/qminimal.dll", False),
        ("PySide6/plugins/vectorimageformats/qlottievectorimage.dll", False),
        ("PySide6/Qt6Lottie.dll", False),
        ("QT6QUICK.DLL", False),
        ("PySide6/plugins/platforms/qoffscreen.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/plugins/imageformats/qico.dll", True),
        ("PySide6/plugins/imageformats/qsvg.dll", True),
        ("PySide6/plugins/iconengines/qsvgicon.dll", True),
        ("PySide6/Qt6PrintSupport.dll", True),
        ("PySide6/Qt6Svg.dll", True),
        ("pypdfium2_raw/pdfium.dll", True),
        ("pypdfium2_raw/libpdfium.so", True),
    ],
)
def test_keep(dest: str, ships: bool) -> None:
    assert bundle_rules.keep(dest) is ships


def test_no_module_of_ours_imports_an_excluded_qt_module() -> None:
    excluded = set(bundle_rules.UNUSED_QT)
    for path in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            bad = excluded.intersection(names)
            assert not bad, f"{path.relative_to(ROOT)} imports {bad}, which installer.spec drops"


def test_version_comes_from_the_package(spec_run: dict[str, Any]) -> None:
    from desktop import __version__

    assert spec_run["ns"]["VERSION"] == __version__
    text = gen_versioninfo.render(__version__)
    numbers = gen_versioninfo.version_tuple(__version__)
    assert f"filevers={numbers}" in text and f"'ProductVersion', '{__version__}'" in text
    assert gen_versioninfo.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    source = SPEC.read_text(encoding="utf-8")
    assert "from desktop import __version__" in source
    assert not re.search(r"""version\s*=\s*["']\d""", source), "a version typed into the spec"


def test_version_resource_is_a_valid_vsversioninfo_expression() -> None:
    """PyInstaller evaluates the file with its VSVersionInfo classes (pefile, Windows only):
    evaluate it here with stand-ins that record the structure."""
    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    made: dict[str, list[Any]] = {n: [] for n in names}

    def maker(name: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> tuple[str, Any, Any]:
            made[name].append((args, kwargs))
            return (name, args, kwargs)

        return make

    text = gen_versioninfo.render("2.13.4")
    eval(text, {n: maker(n) for n in names})
    (ffi,) = made["FixedFileInfo"]
    assert ffi[1]["filevers"] == (2, 13, 4, 0) == ffi[1]["prodvers"]
    strings = {args[0]: args[1] for args, _kw in made["StringStruct"]}
    assert strings["ProductVersion"] == "2.13.4" and strings["OriginalFilename"] == "Netra.exe"


def test_windows_executables_get_the_icon_and_their_own_version_resource(
    windows_spec_run: dict[str, Any],
) -> None:
    from desktop import __version__

    gui, cli = windows_spec_run["exes"]
    icon = ROOT / "resources" / "icons" / "netra.ico"
    assert gui.kwargs["icon"] == cli.kwargs["icon"] == str(icon)
    for exe, filename in ((gui, "Netra.exe"), (cli, "netra-console.exe")):
        text = Path(exe.kwargs["version"]).read_text(encoding="utf-8")
        assert text == gen_versioninfo.render(__version__, filename)
        assert f"'OriginalFilename', '{filename}'" in text
        assert f"'ProductVersion', '{__version__}'" in text


def test_linux_build_passes_no_windows_resources(spec_run: dict[str, Any]) -> None:
    if sys.platform == "win32":
        pytest.skip("this is the Linux/macOS branch of the spec")
    for exe in spec_run["exes"]:
        assert exe.kwargs["icon"] is None and exe.kwargs["version"] is None


def _ico_frame(path: Path, size: int) -> Any:
    from PIL import IcoImagePlugin, Image

    with Image.open(path) as icon:
        assert isinstance(icon, IcoImagePlugin.IcoImageFile)  # its size picks the frame
        assert icon.info["sizes"] == {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)}
        icon.size = (size, size)
        return icon.copy().convert("RGBA")


def test_icon_has_every_windows_size_drawn_from_the_svg(qapp: Any, tmp_path: Path) -> None:
    # qapp: make_icon renders with Qt and must reuse the tests' QApplication, not make its own.
    from PIL import ImageChops, ImageStat

    make_icon = _load("make_icon")
    fresh = make_icon.make_icon(tmp_path / "netra.ico")
    for size in (16, 48, 256):
        committed = _ico_frame(ROOT / "resources" / "icons" / "netra.ico", size)
        again = _ico_frame(fresh, size)
        # Not a blank or stock icon: the shield's navy fills the middle of the top third...
        assert committed.getpixel((size // 2, size // 6))[:3] == (0x14, 0x31, 0x5C)
        # ...and the corners are transparent.
        assert committed.getpixel((0, 0))[3] == 0
        # The committed file is what the script makes from the SVG today (a Qt update may
        # move anti-aliased edge pixels a little, nothing more).
        diff = ImageStat.Stat(ImageChops.difference(committed, again)).mean
        assert max(diff) < 2.0, f"netra.ico is stale at {size} px: run build/make_icon.py"


def test_pdfium_must_ship_when_netra_imports_pypdfium2(tmp_path: Path) -> None:
    (tmp_path / "desktop" / "documents").mkdir(parents=True)
    (tmp_path / "desktop" / "documents" / "raster.py").write_text("import pypdfium2 as pdfium\n")
    assert bundle_rules.missing_native_libs(["PySide6/Qt6Core.dll"], tmp_path) == ["pypdfium2"]
    for lib in ("pypdfium2_raw/pdfium.dll", "pypdfium2_raw/libpdfium.so"):
        assert bundle_rules.missing_native_libs([lib], tmp_path) == []
    (tmp_path / "desktop" / "documents" / "raster.py").write_text("import PIL\n")
    assert bundle_rules.missing_native_libs([], tmp_path) == []
