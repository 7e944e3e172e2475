"""Self-test step: export -> import round trip between two temporary installations."""

from __future__ import annotations

from pathlib import Path

from desktop import paths
from desktop.domain.office import OfficeSetup
from desktop.services import office, sync
from desktop.services.context import Actor, AppContext
from desktop.services.records import stamp_new
from desktop.store.models import Employee, Unit

_PASSWORD = "uji-mandiri-sinkron"


def _install(base: Path, code: str, name: str, role: str) -> AppContext:
    ctx = AppContext.open(base / code, paths.sqlite_url(base / code))
    office.initialise(
        ctx,
        OfficeSetup(
            code=code,
            name=name,
            kabupaten_code="81.08",
            kabupaten_name="Maluku Barat Daya",
            role=role,
        ),
        "admin",
        _PASSWORD,
    )
    ctx.actor = Actor("admin", "admin")
    return ctx


def step(_ctx: AppContext, tmp: Path) -> str:
    base = tmp / "sync-selftest"
    hub = _install(base, "81.08", "BKPSDM Uji", "hub")
    kec = _install(base, "81.08.06", "Kecamatan Uji", "office")
    try:
        request = sync.write_request(kec, base / "request.json")
        sync.enrol(hub, base / "request.json", base / "answer.json", request.fingerprint)
        sync.accept(kec, base / "answer.json")
        with kec.tx() as s:
            unit = stamp_new(kec, s, Unit(code="UJI", name="Unit Uji", kind="kecamatan"))
            s.flush()
            emp_id = stamp_new(
                kec,
                s,
                Employee(
                    name="Pegawai Uji", name_key="pegawai uji", category="PNS", unit_id=unit.id
                ),
            ).id
        [package] = sync.export(kec, base / "usb")
        first = sync.import_file(hub, package.path)
        again = sync.import_file(hub, package.path)
        if first.status != "applied" or again.status != "duplicate":
            raise RuntimeError(f"impor paket gagal: {first.to_json()} / {again.status}")
        with hub.read() as s:
            if s.get(Employee, emp_id) is None:
                raise RuntimeError("pegawai tidak sampai di hub")
        [answer] = sync.export(hub, base / "usb", office="81.08.06")
        if sync.import_file(kec, answer.path).status != "applied":
            raise RuntimeError("jawaban hub tidak dapat diterapkan")
        pending = sync.status(kec).peers[0].pending_records
        if pending:
            raise RuntimeError(f"{pending} data belum diakui setelah jawaban hub")
        return f"paket {package.size} bita diekspor, diimpor sekali, dijawab dan diakui"
    finally:
        hub.close()
        kec.close()
