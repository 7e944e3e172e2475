"""What goes into the frozen Netra folder: data lists and the Qt/GTK filter.

Shared by ``installer.spec`` (which builds with it), ``build/build_installer.py`` (which checks the
result) and ``tests/build/test_installer_spec.py``. Plain Python, no PyInstaller import.

Numbers behind the filter (ANCHORS.md §G): a PySide6-Essentials onedir hello is ~159 MB; leaving
out Quick/QML, PDF, Designer, VirtualKeyboard, Qt's translations and the GTK3 platform theme with
its cairo/pango/gio stack brings it to ~117 MB. ``excludes`` alone does not drop linked
libraries, so the spec filters ``a.binaries``/``a.datas`` through :func:`keep`.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Qt modules a widgets-only app never imports. tests/build checks that desktop/ imports none.
UNUSED_QT = (
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
)
# Development tools that live in the same venv and must never be pulled in.
DEV_TOOLS = (
    "tkinter",
    "_tkinter",
    "PyInstaller",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "mypyc",
    "importlinter",
    "grimp",
    "ruff",
    "pip",
    "setuptools",
    "pkg_resources",
    "IPython",
    "numpy",
    "pygments",
    "rich",
    "alembic.testing",
    "sqlalchemy.testing",
    # Pillow parts ReportLab never uses (AVIF alone drags in a 4.7 MB codec library).
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL.ImageShow",
)
POSTGRES = ("psycopg", "psycopg_binary", "psycopg2")

# What Alembic's file-loaded scripts (db/env.py, db/versions/*.py) import, plus modules that
# are only reached through importlib or at run time.
HIDDEN_IMPORTS = (
    "alembic.context",
    "alembic.op",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "alembic.runtime.migration",
    "alembic.script",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.ext.compiler",
    "logging.handlers",
    "python_calamine",
    "segno",
    "cryptography.hazmat.primitives.asymmetric.ed25519",
    "cryptography.hazmat.primitives.asymmetric.x25519",
    "cryptography.hazmat.primitives.kdf.scrypt",
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
)
POSTGRES_HIDDEN = ("sqlalchemy.dialects.postgresql.psycopg", "psycopg", "psycopg_binary")

_DROP_PATTERNS = (
    r"(^|/)(lib)?Qt6(Quick|Qml|Pdf|Designer|VirtualKeyboard|Labs|ShaderTools|Test|Sql|Help)",
    r"(^|/)qml/",
    r"/plugins/(designer|qmltooling|qmllint|scenegraph|sqldrivers|generic|networkinformation"
    r"|tls|vectorimageformats)/",
    r"/plugins/platforminputcontexts/(lib)?qtvirtualkeyboardplugin",
    r"/plugins/imageformats/(lib)?qpdf",
    r"/plugins/platformthemes/(lib)?qgtk3",
    # Kiosk/embedded platforms (framebuffer, EGLFS, VNC): a desktop app uses xcb, wayland,
    # windows or offscreen (the smoke test).
    r"/plugins/platforms/(lib)?q(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl|minimal|direct2d)\.",
    r"/plugins/egldeviceintegrations/",
    r"(^|/)(lib)?Qt6(EglFSDeviceIntegration|EglFsKmsSupport)",
    # Libraries only the GTK3 theme plugin (libqgtk3) pulls in.
    r"(^|/)lib(gtk-3|gdk-3|gdk_pixbuf-2\.0|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0"
    r"|pangoft2-1\.0|atk-1\.0|atk-bridge-2\.0|atspi|epoxy|pixman-1|thai|datrie|fribidi"
    r"|cloudproviders|tracker-sparql-3\.0|gio-2\.0|gmodule-2\.0|Xcomposite|Xdamage"
    r"|Xinerama|Xrandr|Xcursor|Xfixes|Xi)\.so",
    # Designer / QML / translation tools shipped inside the wheel.
    r"(^|/)PySide6/(designer|assistant|linguist|lupdate|lrelease|rcc|uic|qmlls|qmllint"
    r"|qmlformat|qmlcachegen|qmlimportscanner|qsb|balsam|balsamui|svgtoqml)(\.exe)?$",
    r"(^|/)PySide6/(examples|include|glue|typesystems|scripts|doc)/",
    r"\.pyi$",
    # Windows: the software OpenGL fallback (20 MB; a widgets app paints with the raster
    # engine and never loads it), Direct3D's shader compiler and the Lottie vector-image
    # libraries (Qt Quick only). Kept on purpose: every imageformats plugin, the windows and
    # offscreen platforms (offscreen runs the CI smoke test), the windows styles, and the
    # print support library (Netra prints through QPrinter).
    r"(^|/)opengl32sw\.dll$",
    r"(^|/)d3dcompiler_\d+\.dll$",
    r"(^|/)(lib)?Qt6Lottie",
)
# Windows file names are case-insensitive (an import table may say QT6QUICK.DLL).
_DROP = re.compile("|".join(f"(?:{p})" for p in _DROP_PATTERNS), re.IGNORECASE)
_QT_TRANSLATION = re.compile(r"(^|/)translations/(?P<name>[^/]+)\.qm$")
KEEP_QT_TRANSLATIONS = frozenset({"qtbase_id", "qtbase_en"})
# hashlib.scrypt (password hashing) and cryptography need OpenSSL: never filtered.
_KEEP_ALWAYS = re.compile(r"(^|/)lib(ssl|crypto)([.-]|\d)")


def keep(dest: str) -> bool:
    """Whether a collected file, named by its destination inside the bundle, ships."""
    path = dest.replace("\\", "/")
    if _KEEP_ALWAYS.search(path):
        return True
    qm = _QT_TRANSLATION.search(path)
    if qm and "PySide6" in path:
        return qm.group("name") in KEEP_QT_TRANSLATIONS
    return not _DROP.search(path)


# Native libraries a Python package loads by path at run time (ctypes), which the freeze must
# carry when Netra's code imports the package: PDFium renders pact pages for printing.
NATIVE_LIBS = {
    "pypdfium2": r"(^|/)pypdfium2_raw/(lib)?pdfium\.(so|dll|dylib)$",
}


def imported_packages(package: str = "desktop", root: Path = ROOT) -> set[str]:
    """Top-level names of everything ``package`` imports (read from the source, not run)."""
    import ast

    found: set[str] = set()
    for path in (root / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return found


def missing_native_libs(bundle_files: list[str], root: Path = ROOT) -> list[str]:
    """Packages Netra imports whose native library is not among ``bundle_files``."""
    used = imported_packages("desktop", root)
    return [
        package
        for package, pattern in NATIVE_LIBS.items()
        if package in used and not any(re.search(pattern, f) for f in bundle_files)
    ]


def filtered(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [entry for entry in toc if keep(entry[0])]


def our_modules(package: str = "desktop", root: Path = ROOT) -> list[str]:
    """Every module of ``package`` by walking its files (nothing is imported).

    CLI command modules and registries are imported by name (importlib), so PyInstaller cannot
    see them; PyInstaller's ``collect_submodules`` would silently skip a module that fails to
    import at build time, whereas a listed module is analysed and then fails loudly in the
    smoke test."""
    base = root / package
    names = []
    for path in sorted(base.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(root).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


# ---------------------------------------------------------------- data, listed explicitly
def _files(root: Path, folder: str, skip_suffixes: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    out = []
    for path in sorted((root / folder).rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in skip_suffixes:
            continue
        if path.suffix == ".pyc":
            continue
        out.append((str(path), path.parent.relative_to(root).as_posix()))
    return out


def db_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Alembic's environment and every revision: Alembic reads them from files at run time."""
    found = [(str(root / "db" / name), "db") for name in ("env.py", "script.py.mako")]
    found += [(src, dest) for src, dest in _files(root, "db/versions") if src.endswith(".py")]
    if not any(dest == "db/versions" for _, dest in found):
        raise SystemExit("installer.spec: db/versions has no migration scripts")
    return found


def stale_translations(root: Path = ROOT) -> list[Path]:
    """``.ts`` files whose ``.qm`` is missing or older than the source."""
    stale = []
    for ts in sorted((root / "resources" / "i18n").rglob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Everything under resources/ except translation sources; each .ts needs a fresh .qm."""
    stale = stale_translations(root)
    if stale:
        raise SystemExit(
            f"installer.spec: {len(stale)} translation(s) not compiled, e.g. "
            f"{stale[0].relative_to(root)}: run `python build/translations.py compile`"
        )
    return _files(root, "resources", skip_suffixes=(".ts",))


def app_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    return db_datas(root) + resource_datas(root)
