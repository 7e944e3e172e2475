"""Errors that carry a stable code, and a message in Indonesian (default) and English.

``CODES`` is the one table of error codes: every code a :class:`NetraError` carries is there,
with what it means in Indonesian and English. Where two commands grew two spellings for one
failure, the table names one canonical code and keeps the older spellings as ``aliases``:
the CLI's ``--json`` error document is a contract, so a command keeps emitting the spelling it
always emitted under ``"error"`` and adds the canonical one under ``"code"`` (README, "Error
codes"). New code raises the canonical spelling, best through :meth:`ErrorCode.error`.

In a message, ``{name}`` is a field :meth:`ErrorCode.error` fills in; ``…`` stands for what the
raising site names itself (a file, a date, a list of valid values).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class NetraError(Exception):
    """A refusal or bad input that the user can fix. ``code`` is stable for scripts.

    ``exit_code`` follows the CLI contract: 2 bad input/refused action, 1 a failed check.
    """

    exit_code = 2

    def __init__(
        self, code: str, message_id: str, message_en: str | None = None, **details: Any
    ) -> None:
        super().__init__(message_id)
        self.code = code
        self.message_id = message_id
        self.message_en = message_en or message_id
        self.details = details

    @property
    def canonical(self) -> str:
        """The code in the table's canonical spelling (``code`` may be an older alias)."""
        return canonical(self.code)

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id

    def to_json(self) -> dict[str, Any]:
        """``error``: the code as this command has always emitted it (scripts compare it);
        ``code``: the canonical spelling of the same failure."""
        return {
            "error": self.code,
            "code": self.canonical,
            "message": self.message_id,
            **self.details,
        }


class CheckFailed(NetraError):
    """A verification that found tampering or an invalid item (CLI exit 1)."""

    exit_code = 1


class PermissionDenied(NetraError):
    def __init__(self, action: str, role: str | None) -> None:
        super().__init__(
            "permission_denied",
            f"Peran '{role or '-'}' tidak berwenang untuk tindakan ini: {action}.",
            f"Role '{role or '-'}' may not perform this action: {action}.",
            action=action,
        )


@dataclass(frozen=True)
class ErrorCode:
    code: str  # canonical
    message_id: str  # Indonesian
    message_en: str
    aliases: tuple[str, ...] = ()  # older spellings some commands still emit

    def error(self, *, emitted: str | None = None, **fields: Any) -> NetraError:
        """The error with this entry's messages, ``{name}`` fields filled from ``fields``
        (which also become the JSON details). ``emitted``: an alias a command has always
        emitted and keeps emitting under ``"error"``."""
        if emitted is not None and emitted not in self.aliases:
            raise ValueError(f"{emitted!r} is not an alias of {self.code!r}")
        return NetraError(
            emitted or self.code,
            self.message_id.format(**fields),
            self.message_en.format(**fields),
            **fields,
        )


# The failures that had several spellings: their canonical code, message and the aliases.
UNIT_NOT_FOUND = ErrorCode(
    "unit_not_found",
    "Unit kerja dengan kode '{unit}' tidak ada.",
    "No work unit with code '{unit}'.",
    aliases=("unit_unknown",),
)
EMPLOYEE_NOT_FOUND = ErrorCode(
    "employee_not_found",
    "Pegawai '{employee}' tidak ditemukan.",
    "Employee '{employee}' not found.",
    aliases=("employee_unknown", "nip_unknown", "person_unknown"),
)

# fmt: off
_TABLE: tuple[ErrorCode, ...] = (
    UNIT_NOT_FOUND,
    EMPLOYEE_NOT_FOUND,
    ErrorCode("absence_before_exam", "Pemeriksaan dijadwalkan …: ketidakhadiran baru dapat dicatat pada atau sesudah tanggal itu.", "The examination date has not come yet."),
    ErrorCode("absent_recorded", "Pemeriksaan … tercatat tidak dihadiri: jadwalkan panggilan kedua dulu.", "That examination was recorded as missed: schedule the second summons."),
    ErrorCode("absent_twice", "Pegawai tidak hadir pada panggilan kedua: PyBMH memutus berdasarkan bukti yang ada tanpa pemeriksaan (PP 94/2021); tidak ada panggilan ketiga.", "Absent twice: the decision is made without examination; no third summons."),
    ErrorCode("account_locked", "Akun dikunci karena terlalu banyak percobaan gagal.", "Account locked after too many failed attempts."),
    ErrorCode("act_after_receipt", "Tanggal kejadian tidak boleh sesudah tanggal laporan diterima.", "The date of the act cannot be after the date the report was received."),
    ErrorCode("already_absent", "Ketidakhadiran pada pemeriksaan … sudah dicatat.", "This examination was already recorded as missed."),
    ErrorCode("already_initialised", "Folder data … sudah berisi kantor yang disiapkan.", "The data folder … already holds a configured office."),
    ErrorCode("already_resolved", "Konflik ini sudah diselesaikan.", "This conflict is already resolved."),
    ErrorCode("already_signed", "… sudah menandatangani pakta ini untuk pemilihan yang sama pada … (catatan …, operator …).", "… already signed this pact for the same election."),
    ErrorCode("already_void", "Catatan ini sudah dibatalkan.", "This record is already void."),
    ErrorCode("backup_invalid", "Berkas ini bukan cadangan Netra yang sah: ….", "This file is not a valid Netra backup: …."),
    ErrorCode("backup_too_large", "Cadangan ini mengembang menjadi … MB saat dibuka, lebih dari … (… MB).", "This backup inflates to … MB, more than … (… MB)."),
    ErrorCode("backup_unsupported", "Cadangan bawaan hanya untuk basis data SQLite; gunakan pg_dump untuk PostgreSQL.", "Built-in backups are for SQLite only; use pg_dump for PostgreSQL."),
    ErrorCode("bad_case_input", "Data perkara untuk mesin aturan tidak sah: ….", "Invalid case input for the rulebook engine: …."),
    ErrorCode("bad_choice", "Pilih --keep local atau --keep incoming.", "Choose --keep local or --keep incoming."),
    ErrorCode("bad_date", "Tanggal surat BKN: format TTTT-BB-HH.", "BKN letter date: YYYY-MM-DD."),
    ErrorCode("bad_days", "Tenggat tindak lanjut: 1 sampai 365 hari.", "Follow-up deadline: 1 to 365 days."),
    ErrorCode("bad_format", "Berkas '…' harus berakhiran .pdf atau .xlsx.", "The output must end in .pdf or .xlsx."),
    ErrorCode("bad_holiday", "Jenis hari libur '…' tidak sah: pilih ….", "Invalid kind …."),
    ErrorCode("bad_kind", "Jenis upaya: keberatan atau banding.", "Kind: keberatan or banding."),
    ErrorCode("bad_member", "Anggota '…' tidak sah: tulis \"Nama|NIP|peran\" (peran: …).", "Member '…' is not 'Name|NIP|role'."),
    ErrorCode("bad_method", "Cara penyampaian: langsung atau pos.", "Method: langsung|pos."),
    ErrorCode("bad_mode", "Cara pemeriksaan: tatap_muka atau virtual.", "Mode: tatap_muka|virtual."),
    ErrorCode("bad_name", "Nama perangkat harus diisi (paling banyak 100 karakter).", "A device name of 1..100 characters is required."),
    ErrorCode("bad_nip", "NIP anggota … harus 18 angka (tertulis '…').", "The NIP of … must have 18 digits."),
    ErrorCode("bad_qa", "Tanya jawab harus daftar […] yang tidak kosong.", "Q&A must be a non-empty list of …."),
    ErrorCode("bad_reference", "Rujukan tidak dikenal: ….", "Unknown reference key."),
    ErrorCode("bad_role", "Peran '…' tidak dikenal.", "Unknown role '…'."),
    ErrorCode("bad_stale_days", "Batas hari tanpa kiriman harus antara 1 dan 365.", "The number of days must be between 1 and 365."),
    ErrorCode("bad_time", "Pukul pemeriksaan '…' tidak sah: tulis JJ.MM, mis. 09.00.", "The examination time must be HH.MM."),
    ErrorCode("bap_missing", "Belum ada berita acara pemeriksaan (netra case bap).", "No BAP recorded yet (netra case bap)."),
    ErrorCode("bap_required", "Laporan hasil pemeriksaan dibuat sesudah pemeriksaan (BAP), atau sesudah pegawai dua kali tidak hadir.", "The LHP comes after the BAP (or two missed summonses)."),
    ErrorCode("cannot_keep_incoming", "Versi masuk dari peringatan ini tidak dapat dipakai: catatan bukti tidak pernah diubah.", "The incoming version cannot be kept for this kind."),
    ErrorCode("case_closed", "Laporan sudah berstatus '…' dan tidak dapat dipindah lagi.", "The case is already '…' and cannot move any further."),
    ErrorCode("case_not_found", "Laporan '…' tidak ditemukan.", "Case '…' not found."),
    ErrorCode("category_invalid", "Kategori '…' tidak dikenal.", "Unknown category '…'."),
    ErrorCode("checkpoint_invalid", "Berkas titik periksa tidak sah: ….", "Invalid checkpoint file: …."),
    ErrorCode("classification_not_needed", "Kode … mempunyai tingkat tetap di aturan sanksi; klasifikasi hanya untuk kode 'bentuk lain yang diatur peraturan perundang-undangan'.", "Code … has a fixed level."),
    ErrorCode("classification_required", "Kode … (…) memerlukan klasifikasi tertulis sebelum mesin aturan dijalankan: uraian perbuatan, pasal/peraturan yang dilanggar…", "Code … needs a written classification before the engine runs."),
    ErrorCode("conclusion_required", "Kesimpulan pemeriksaan wajib ditulis (minimal … karakter).", "A conclusion is required."),
    ErrorCode("data_folder_unsafe", "Folder data tidak aman (…): beri --data-dir lain, atau --allow-unsafe-folder.", "The data folder is unsafe (…): pass another --data-dir, or --allow-unsafe-folder."),
    ErrorCode("date_in_future", "Tanggal penyampaian tidak boleh di masa depan.", "The delivery date cannot be in the future."),
    ErrorCode("decision_required", "Laporan ini belum memiliki keputusan.", "No decision yet."),
    ErrorCode("delivered_before_sk", "Tanggal penyampaian tidak boleh sebelum tanggal SK.", "The delivery date cannot be before the SK date."),
    ErrorCode("delivered_wrong_state", "Tanggal penyampaian SK dicatat saat pindah ke tahap tindak lanjut.", "The SK delivery date is recorded when moving to tindak_lanjut."),
    ErrorCode("description_required", "Uraian kejadian wajib diisi.", "A description of the act is required."),
    ErrorCode("device_code_taken", "Kode perangkat … kantor … sudah dipakai laptop lain dengan kunci berbeda.", "The device code is already used by another laptop of this office."),
    ErrorCode("device_exists", "Kantor … … sudah punya perangkat terdaftar: ….", "The office already has an enrolled device: use --additional-device or --replace-device ID."),
    ErrorCode("device_not_active", "Perangkat … kantor … sudah ….", "The device is not active."),
    ErrorCode("device_replaced", "Perangkat ini (…, kantor …) sudah diganti laptop lain dan tidak didaftarkan lagi.", "This device was replaced and is not enrolled again."),
    ErrorCode("device_revoked", "Perangkat ini (…, kantor …) sudah dicabut (…); laptop yang dicabut tidak didaftarkan lagi.", "This device was revoked and is not enrolled again."),
    ErrorCode("document_not_found", "Dokumen tidak ditemukan.", "Document not found."),
    ErrorCode("election_in_use", "Pemilihan ini masih dipakai oleh acara penandatanganan.", "The election still has signing events."),
    ErrorCode("election_level", "Tingkat harus 'pemilu' atau 'pilkada'.", "Level must be pemilu or pilkada."),
    ErrorCode("election_name", "Nama pemilihan wajib diisi.", "Name is required."),
    ErrorCode("election_unknown", "Pemilihan '…' tidak ada.", "Election '…' does not exist."),
    ErrorCode("employee_inactive", "… tidak aktif lagi di daftar pegawai.", "… is no longer active."),
    ErrorCode("employee_required", "Terlapor belum ditautkan ke daftar pegawai, sehingga statusnya (PNS, CPNS, PPPK, non-ASN) belum diketahui.", "The reported person is not linked to the roster, so the category is unknown."),
    ErrorCode("enrolment_invalid", "Berkas pendaftaran tidak sah: ….", "Invalid enrolment file: …."),
    ErrorCode("event_after_voting_day", "Tanggal acara … sesudah hari pemungutan suara … (…): pakta netralitas ditandatangani sebelum pemungutan suara.", "The event date … is after the voting day of … (…)."),
    ErrorCode("event_date_locked", "Tanggal acara '…' tidak dapat diubah begitu saja karena sudah ada … catatan tanda tangan/penolakan.", "The date of '…' cannot simply change: it has … records."),
    ErrorCode("event_fields", "Nama acara dan tempat wajib diisi.", "Event name and place are required."),
    ErrorCode("event_has_signatures", "Pemilihan dan templat acara '…' tidak dapat diubah karena sudah ada … catatan tanda tangan/penolakan.", "The election and template of '…' cannot change: it has … signature or refusal records."),
    ErrorCode("event_unknown", "Acara penandatanganan … tidak ada.", "No signing event …."),
    ErrorCode("evidence_empty", "Berkas bukti '…' kosong.", "Evidence file '…' is empty."),
    ErrorCode("evidence_not_found", "Berkas bukti tidak ditemukan.", "Evidence file not found."),
    ErrorCode("evidence_tampered", "Isi berkas bukti tidak cocok dengan hash-nya (telah diubah).", "The evidence file does not match its hash (altered)."),
    ErrorCode("evidence_too_large", "Berkas bukti '…' terlalu besar (… MB; maksimal … MB).", "Evidence file '…' is too large (… MB; at most … MB)."),
    ErrorCode("evidence_type", "Berkas '…' bukan foto (JPEG, PNG, GIF, WebP) atau PDF yang utuh.", "'…' is not a well-formed photo (JPEG, PNG, GIF, WebP) or PDF."),
    ErrorCode("evidence_unreadable", "Berkas '…' tidak dapat dibaca: ….", "Cannot read '…': …."),
    ErrorCode("evidence_unsafe", "Berkas bukti ini bukan foto atau PDF yang utuh, sehingga tidak dibuka di luar Netra (mungkin berbahaya).", "This evidence file is not a well-formed photo or PDF, so it is not opened outside Netra (it may be harmful)."),
    ErrorCode("examination_before_summons", "Tanggal pemeriksaan tidak boleh sebelum tanggal panggilan.", "The examination cannot be before the summons."),
    ErrorCode("examined_already", "Berita acara pemeriksaan sudah dicatat: panggilan tidak dapat dijadwalkan lagi.", "A BAP is already recorded."),
    ErrorCode("examined_signature", "Pegawai yang diperiksa menandatangani (--strokes-examined) atau menolak (--refused): pilih salah satu.", "The examined person either signs or refuses: one of the two."),
    ErrorCode("examiner_required", "Sebutkan pemeriksa (--examiner \"Nama|NIP|atasan_langsung\") atau catat tim pemeriksa (netra case team).", "Name the examiner or record a team."),
    ErrorCode("examiner_signature", "Berita acara ditandatangani oleh pemeriksa: beri tanda tangan pemeriksa (--strokes-examiner).", "The examiner must sign (--strokes-examiner)."),
    ErrorCode("export_format", "Format … tidak didukung: pakai .xlsx atau .csv.", "Use .xlsx or .csv."),
    ErrorCode("file_too_large", "Berkas tidak dibaca: lebih dari batas impor (…).", "The file was not read: it goes past an import limit (…)."),
    ErrorCode("file_unreadable", "Berkas … tidak dapat dibaca: …", "Cannot read …: …"),
    ErrorCode("fingerprint_mismatch", "Sidik jari tidak sama: berkas …, yang dibacakan ….", "Fingerprints differ."),
    ErrorCode("fingerprint_unconfirmed", "Bandingkan sidik jari … dengan yang tampil di laptop kantor (lewat telepon/radio), lalu ulangi dengan --fingerprint.", "Compare the fingerprint first, then repeat with --fingerprint."),
    ErrorCode("golongan_invalid", "Golongan '…' tidak dikenali.", "Unknown golongan '…'."),
    ErrorCode("holiday_exists", "Tanggal … sudah tercatat sebagai hari libur: ….", "… is already a holiday."),
    ErrorCode("holiday_not_found", "Tanggal … tidak ada di kalender hari libur.", "… is not a holiday."),
    ErrorCode("illegal_transition", "Perpindahan dari '…' ke '…' tidak diperbolehkan.", "Moving from '…' to '…' is not allowed."),
    ErrorCode("justification_required", "Jenis hukuman '…' di luar rentang yang direkomendasikan (…).", "Type '…' is outside the recommended range (…)."),
    ErrorCode("keys_invalid", "Berkas kunci kantor rusak.", "Office key files are invalid."),
    ErrorCode("keys_missing", "Kunci kantor tidak dapat dibaca di …: ….", "The office keys cannot be read in …: …."),
    ErrorCode("keys_other_account", "Kunci kantor di … dilindungi untuk akun Windows lain (atau laptop lain) dan tidak dapat dibuka oleh akun ini.", "The office keys in … are protected for another Windows account (or another laptop) and cannot be opened by this account."),
    ErrorCode("keys_protect_failed", "Kunci kantor tidak dapat dilindungi dengan DPAPI Windows (kode …); kunci tidak disimpan.", "The office key could not be protected with Windows DPAPI (code …); it was not stored."),
    ErrorCode("keys_windows_only", "Berkas kunci … dilindungi DPAPI Windows dan hanya dapat dibuka di laptop dan akun Windows yang membuatnya.", "The key file … is protected with Windows DPAPI and opens only on the laptop and Windows account that made it."),
    ErrorCode("kiosk_unconfirmed", "Permintaan ini dari laptop lain kantor … (perangkat …): ulangi dengan --kiosk untuk mendaftarkannya sebagai kiosk laptop utama ini.", "A laptop of the same office: repeat with --kiosk to enrol it as a kiosk of this main laptop."),
    ErrorCode("kit_bad_content", "Isi kit acara … tidak sah: …. Tidak ada yang diubah.", "The event kit … is invalid: …. Nothing was changed."),
    ErrorCode("kit_bad_signature", "Tanda tangan digital kit acara … tidak cocok: berkas diubah atau rusak.", "The event kit's signature does not match: the file was changed or damaged."),
    ErrorCode("kit_clashes", "Kit acara tidak dapat diimpor: laptop ini sudah memegang data yang sama (unit kerja, NIP) dengan id lain.", "The event kit cannot be imported: this laptop holds the same data (unit code, NIP) under other ids."),
    ErrorCode("kit_contradicts", "Kit acara memuat versi data yang isinya berbeda dari versi yang sama di laptop ini.", "The event kit carries a version of a row that differs from the same version held here."),
    ErrorCode("kit_fingerprint_mismatch", "Sidik jari yang dimasukkan tidak cocok dengan penanda tangan kit acara.", "The fingerprint given does not match the event kit's signer."),
    ErrorCode("kit_foreign_row", "Kit acara memuat data kantor lain padahal tidak ditandatangani kabupaten.", "The event kit carries another office's rows without being signed by the hub."),
    ErrorCode("kit_foreign_signer", "Kit acara dari … ditolak: hanya kit dari kantor sendiri atau kabupatennya yang diterima.", "The event kit is refused: only kits from this office or its hub are accepted."),
    ErrorCode("kit_key_mismatch", "Kunci tanda tangan laptop ini tidak cocok dengan identitas kantornya; kit acara tidak dibuat.", "This laptop's signing key does not match its office identity; no kit was written."),
    ErrorCode("kit_newer_format", "Kit acara memakai format versi … yang lebih baru dari Netra ini; perbarui Netra.", "The event kit uses a newer format than this Netra; update Netra."),
    ErrorCode("kit_signer_revoked", "Kit acara ditandatangani perangkat yang sudah dicabut atau diganti.", "The event kit was signed by a revoked or replaced device."),
    ErrorCode("kit_too_large", "Kit acara … melebihi batas (…).", "The event kit … exceeds a limit (…)."),
    ErrorCode("kit_unknown_signer", "Kit acara ditandatangani perangkat yang belum dikenal laptop ini; impor dengan sidik jari dari layar laptop pembuatnya.", "The event kit's signer is not known here; import it with the fingerprint shown on the signing laptop."),
    ErrorCode("kit_unreadable", "Berkas … bukan kit acara Netra yang sah: ….", "… is not a valid Netra event kit: …."),
    ErrorCode("lhp_missing", "Belum ada laporan hasil pemeriksaan (netra case lhp).", "No LHP recorded yet (netra case lhp)."),
    ErrorCode("local_layer_hub_only", "Lapisan lokal PPPK (Perbup) hanya dimuat di hub kabupaten; kantor menerimanya bersama paket jawaban hub.", "A local PPPK layer is loaded at the kabupaten hub only; offices receive it with the hub's answer package."),
    ErrorCode("local_layer_invalid", "Berkas lapisan lokal PPPK ditolak karena tidak sah (… masalah): ……", "The local PPPK layer file was refused: … problem(s)."),
    ErrorCode("local_layer_not_found", "Lapisan lokal PPPK dengan SHA-256 … tidak tersimpan di kantor ini.", "No stored local PPPK layer has SHA-256 …."),
    ErrorCode("local_layer_version_clash", "Lapisan lokal … versi … sudah ada dengan isi yang berbeda (SHA-256 …...).", "Local layer … version … exists with different content."),
    ErrorCode("login_failed", "Nama pengguna atau kata sandi salah.", "Wrong username or password."),
    ErrorCode("logo_format", "Logo harus berupa gambar PNG atau JPEG.", "The logo must be a PNG or JPEG image."),
    ErrorCode("logo_too_large", "Logo terlalu besar (maksimal 2 MB).", "The logo is too large (2 MB at most)."),
    ErrorCode("main_exists", "Laptop ini sudah kiosk dari laptop utama … (sidik jari …): ulangi dengan --replace-main jika laptop utama itu diganti.", "This kiosk already has a main laptop: repeat with --replace-main."),
    ErrorCode("missing_name", "Nama pegawai wajib diisi.", "The name is required."),
    ErrorCode("mke_composition", "Majelis Kode Etik harus mempunyai tepat satu ketua dan satu sekretaris (tercatat … ketua, … sekretaris) (PP 42/2004).", "A Majelis Kode Etik needs exactly one ketua and one sekretaris."),
    ErrorCode("mke_required", "Pelanggaran kode etik diperiksa oleh Majelis Kode Etik: peran ketua, sekretaris dan anggota (PP 42/2004).", "Ethics cases are examined by a Majelis Kode Etik."),
    ErrorCode("mke_roles", "Majelis Kode Etik beranggotakan ketua, sekretaris dan anggota (bukan …).", "A Majelis Kode Etik has ketua, sekretaris and anggota only."),
    ErrorCode("nip_category_mismatch", "NIP ini NIP …, tidak cocok dengan kategori ….", "The NIP does not match the category."),
    ErrorCode("nip_missing", "Pegawai … wajib memiliki NIP.", "A … employee needs a NIP."),
    ErrorCode("nip_taken", "NIP … sudah dipakai pegawai lain.", "NIP … belongs to another employee."),
    ErrorCode("no_credentials", "Tidak ada nama pengguna dan kata sandi untuk masuk tanpa layar.", "No user name and password to log in without a screen."),
    ErrorCode("no_election", "Belum ada pemilihan di hub ini: buat dulu dengan 'netra election add'.", "There is no election at this hub yet."),
    ErrorCode("no_header", "Baris judul kolom tidak ditemukan di lembar '…'.", "No header row found in sheet '…' (need NAMA and one more column)."),
    ErrorCode("no_hub", "Laptop ini belum terdaftar di kabupaten: buat permintaan pendaftaran dulu (sync enroll-request).", "This laptop is not enrolled with a hub yet."),
    ErrorCode("no_name_column", "Kolom NAMA belum dipilih.", "No NAMA column mapped."),
    ErrorCode("no_offices", "Belum ada kantor yang terdaftar di hub ini.", "No office is enrolled at this hub."),
    ErrorCode("no_pdf_viewer", "PDF tidak dapat dibuka: komputer ini tidak punya aplikasi penampil PDF, atau aplikasinya gagal dibuka.", "The PDF cannot be opened: this computer has no PDF viewer, or it failed to start."),
    ErrorCode("not_delivered", "Upaya administratif diajukan sesudah keputusan disampaikan; penyampaian belum dicatat.", "The decision has not been delivered yet."),
    ErrorCode("not_enrolled", "… belum terdaftar atau dicabut.", "… is not enrolled or revoked."),
    ErrorCode("not_found", "Data tidak ditemukan (mungkin sudah dihapus).", "Record not found (it may have been deleted)."),
    ErrorCode("not_hub", "Hanya kabupaten (hub) yang dapat mencabut perangkat.", "Only a hub revokes devices."),
    ErrorCode("not_initialised", "Folder data … belum berisi kantor.", "The data folder … has no office yet."),
    ErrorCode("not_kiosk", "Laptop ini laptop utama (sudah punya kiosk); laptop utama tidak menjadi kiosk laptop lain.", "This laptop is a main laptop with kiosks; it does not become a kiosk."),
    ErrorCode("not_main", "Laptop ini sendiri kiosk dari laptop utama lain; daftarkan kiosk di laptop utama kantor.", "This laptop is itself a kiosk; enrol kiosks at the office's main laptop."),
    ErrorCode("nothing_to_print", "Tidak ada pakta bertanda tangan untuk pilihan ini.", "No signed pacts for this selection."),
    ErrorCode("package_rejected", "Paket ditolak: …. Tidak ada data yang diubah (alasannya di `reason`).", "Package rejected: …. Nothing was changed (the cause is in `reason`)."),
    ErrorCode("page_range", "Rentang halaman yang dipilih (…) di luar dokumen ini (halaman 1–…).", "The chosen page range (…) is outside this document (pages 1–…)."),
    ErrorCode("paper", "Ukuran kertas harus a4 atau f4.", "Paper must be a4 or f4."),
    ErrorCode("passphrase_weak", "Frasa sandi cadangan minimal … karakter.", "The backup passphrase needs at least … characters."),
    ErrorCode("password_weak", "Kata sandi terlalu lemah atau terlalu pendek: ….", "The password is too weak or too short."),
    ErrorCode("password_wrong", "Kata sandi lama salah.", "The old password is wrong."),
    ErrorCode("pdf_page_size", "Halaman … PDF ini berukuran tidak wajar (… × … mm); tidak dicetak.", "Page … of this PDF has an unreasonable size (… × … mm); not printed."),
    ErrorCode("pdf_too_many_pages", "PDF ini berisi … halaman, lebih dari batas … halaman yang dapat dicetak sekaligus.", "This PDF has … pages, more than the … that can be printed at once."),
    ErrorCode("pdf_unreadable", "Berkas PDF … tidak dapat dibaca (rusak, terkunci sandi, atau bukan PDF).", "The PDF … cannot be read (damaged, password-protected or not a PDF)."),
    ErrorCode("permission_denied", "Peran '…' tidak berwenang untuk tindakan ini: ….", "Role '…' may not perform this action: …."),
    ErrorCode("person_ambiguous", "'…' cocok dengan lebih dari satu pegawai: ….", "'…' matches several employees."),
    ErrorCode("person_empty", "Sebutkan NIP, id, atau nama pegawai.", "Sebutkan NIP, id, atau nama pegawai."),
    ErrorCode("pledge_missing", "Teks ikrar netralitas tidak ditemukan di templat.", "No pledge (ikrar) template found."),
    ErrorCode("post_number_required", "Penyampaian lewat pos: catat nomor resi/pengiriman (--by-post NOMOR).", "Sent by post: give the tracking number."),
    ErrorCode("printer_failed", "Printer … tidak dapat dipakai (mati, tidak terhubung, atau kertas/antrean bermasalah).", "The printer … cannot be used (off, disconnected, or a paper/queue problem)."),
    ErrorCode("proven_required", "Tahap '…' memerlukan kode pelanggaran yang terbukti (mis. --proven D2,E4).", "State '…' needs the proven violation codes (e.g. --proven D2,E4)."),
    ErrorCode("proven_too_early", "Kode pelanggaran yang terbukti baru dicatat mulai tahap verifikasi.", "Proven violation codes are recorded from the verification stage on."),
    ErrorCode("reason_invalid", "Alasan '…' tidak dikenal.", "Unknown reason '…'."),
    ErrorCode("reason_required", "Alasan pencabutan harus diisi (mis. 'laptop hilang').", "A reason is required."),
    ErrorCode("receipt_missing", "Penyampaian keputusan belum dicatat (netra case receipt).", "No receipt recorded yet (netra case receipt)."),
    ErrorCode("recommendation_required", "Laporan ini belum memiliki rekomendasi untuk dicetak.", "This case has no recommendation to print yet."),
    ErrorCode("recommendation_stale", "Kode terbukti berubah sesudah rekomendasi: jalankan rekomendasi lagi.", "The proven codes changed after the recommendation: recommend again."),
    ErrorCode("record_is_void", "Catatan pembatalan tidak dapat dibatalkan.", "A void record cannot itself be voided."),
    ErrorCode("record_unknown", "Catatan tanda tangan tidak ditemukan.", "Signature record not found."),
    ErrorCode("reference_required", "Sebutkan sedikitnya satu rujukan (--bawaslu, --sbt, --bkn-letter, --bkn-date, ...).", "Give at least one reference."),
    ErrorCode("reported_required", "Sebutkan pegawai terlapor: NIP/ID dari daftar pegawai atau namanya.", "Name the reported person: NIP/id from the roster, or a name."),
    ErrorCode("reporter_required", "Nama pelapor wajib diisi, atau tandai pelapor sebagai anonim.", "Give the reporter's name, or mark the reporter as anonymous."),
    ErrorCode("restore_incomplete", "Pemulihan belum selesai: sebagian berkas belum dapat diganti (…).", "The restore is not finished: some files could not be replaced yet."),
    ErrorCode("role_invalid", "Peran tidak dikenal: ….", "Unknown role: …."),
    ErrorCode("row_missing", "Baris yang berkonflik tidak ada lagi.", "Row missing."),
    ErrorCode("rulebook_invalid", "Berkas aturan sanksi ditolak karena tidak sah (… masalah): ……", "The rulebook file was refused: … problem(s)."),
    ErrorCode("rulebook_not_found", "Aturan sanksi dengan SHA-256 … tidak tersimpan di kantor ini.", "No stored rulebook has SHA-256 …."),
    ErrorCode("rulebook_version_clash", "Aturan … versi … sudah ada dengan isi yang berbeda (SHA-256 …...).", "Rulebook … version … exists with different content."),
    ErrorCode("schedule_required", "Belum ada surat panggilan (netra case schedule).", "No summons recorded yet (netra case schedule)."),
    ErrorCode("schema_newer", "Basis data ini dibuat oleh versi Netra yang lebih baru (skema …).", "This database was written by a newer Netra (schema …)."),
    ErrorCode("second_summons_late", "Panggilan kedua dikirim paling lama 7 hari kerja sejak pemeriksaan yang tidak dihadiri (…), yaitu paling lambat … (PP 94/2021); tertulis ….", "The second summons must be sent by …."),
    ErrorCode("selection", "Pilih tepat satu: --event, --unit, --nip atau --all.", "Choose exactly one of --event, --unit, --nip or --all."),
    ErrorCode("self_enrol", "Tidak dapat mendaftarkan diri sendiri.", "Cannot enrol itself."),
    ErrorCode("setup_invalid", "Pengaturan kantor tidak sah: ….", "Invalid office settings: …."),
    ErrorCode("sheet_not_found", "Lembar '…' tidak ada di ….", "Sheet '…' is not in …."),
    ErrorCode("signature_blank", "Tanda tangan masih kosong.", "The signature is blank."),
    ErrorCode("signature_dot", "Tanda tangan hanya berupa titik.", "The signature is only a dot."),
    ErrorCode("signature_too_small", "Tanda tangan terlalu kecil atau terlalu pendek.", "The signature is too small or too short."),
    ErrorCode("sk_required", "Nomor SK wajib diisi.", "The SK number is required."),
    ErrorCode("strokes_invalid", "Data coretan tanda tangan tidak sah: …", "Invalid signature stroke data: …"),
    ErrorCode("summons_missing", "Belum ada surat panggilan … (netra case schedule).", "No summons … recorded yet (netra case schedule)."),
    ErrorCode("summons_too_early", "Jarak tanggal panggilan (…) dan pemeriksaan (…) … hari kerja; paling lama … hari kerja (PP 94/2021).", "The summons is … working days before the examination; at most …."),
    ErrorCode("suspension_none", "Laporan … tidak sedang dalam pembebasan sementara dari tugas jabatan.", "The case has no active temporary suspension."),
    ErrorCode("suspension_not_berat", "Pembebasan sementara dari tugas jabatan hanya untuk dugaan pelanggaran yang dapat dijatuhi hukuman disiplin berat (PP 94/2021); rekomendasi/dugaan laporan … bertingkat ….", "Temporary suspension is only for a case likely to end in a berat sanction."),
    ErrorCode("suspension_official_required", "Sebutkan pejabat pelaksana harian (--official) dan NIP-nya (--official-nip, 18 angka).", "Name the acting official and the NIP."),
    ErrorCode("suspension_reason_required", "Alasan pembebasan sementara wajib ditulis (minimal … karakter).", "A reason for the suspension is required."),
    ErrorCode("team_composition", "Tim pemeriksa hanya mempunyai satu atasan langsung.", "Only one atasan_langsung."),
    ErrorCode("team_duplicate", "Satu orang tercatat dua kali dalam tim.", "A member is listed twice."),
    ErrorCode("team_empty", "Sebutkan anggota tim (--member).", "Name the members."),
    ErrorCode("team_examined", "… adalah pegawai yang diperiksa dan tidak dapat menjadi anggota.", "The examined person cannot sit on the team."),
    ErrorCode("team_incomplete", "Tim pemeriksa untuk hukuman disiplin berat belum lengkap (atasan langsung, unsur pengawasan, unsur kepegawaian; PP 94/2021): belum ada ….", "A berat case needs atasan_langsung, inspektorat and bkpsdm; missing …."),
    ErrorCode("team_required", "Pelanggaran disiplin berat diperiksa oleh tim pemeriksa (atasan_langsung, inspektorat, bkpsdm), bukan Majelis Kode Etik.", "A berat case needs a tim pemeriksa."),
    ErrorCode("team_roles", "Tim pemeriksa beranggotakan atasan_langsung, inspektorat dan bkpsdm; peran ketua/sekretaris/anggota hanya untuk Majelis Kode Etik (pelanggaran kode etik).", "A tim pemeriksa has atasan_langsung, inspektorat and bkpsdm members."),
    ErrorCode("temp_unsafe", "Folder sementara … bukan milik pengguna ini; Netra tidak memakainya.", "The temporary folder … does not belong to this user; Netra will not use it."),
    ErrorCode("template_in_use", "Templat ini sudah ditandatangani … orang dan tidak boleh diubah.", "This template has signatures and cannot be edited; make a new version."),
    ErrorCode("template_invalid", "Templat pakta tidak sah: …", "Invalid pact template: …"),
    ErrorCode("template_unchanged", "Teks templat sama persis dengan versi …: tidak ada versi baru yang dibuat.", "The text is identical to version …."),
    ErrorCode("template_unknown", "Templat … tidak ada.", "No template …."),
    ErrorCode("too_many_signatures", "Ada … tanda tangan pemeriksa untuk … pemeriksa.", "More examiner signatures than examiners."),
    ErrorCode("unit_cycle", "Unit tidak boleh berada di bawah dirinya sendiri.", "A unit cannot be placed under itself."),
    ErrorCode("unit_exists", "Kode unit '…' sudah dipakai.", "Unit code '…' is already used."),
    ErrorCode("unit_invalid", "Kode dan nama unit kerja wajib diisi.", "A unit needs a code and a name."),
    ErrorCode("unit_kind_invalid", "Jenis unit '…' tidak dikenal.", "Unknown unit kind '…'."),
    ErrorCode("unknown_category", "Kategori pegawai tidak dikenal: ….", "Unknown employee category: …."),
    ErrorCode("unknown_code", "Kode pelanggaran tidak dikenal: ….", "Unknown violation code(s): …."),
    ErrorCode("unknown_conflict", "Konflik … tidak ditemukan.", "Conflict … not found."),
    ErrorCode("unknown_device", "… bukan perangkat kantor.", "Not an office device."),
    ErrorCode("unknown_kind", "Jenis dokumen '…' tidak dikenal: ….", "Unknown document kind '…'."),
    ErrorCode("unknown_office", "Kantor … belum terdaftar.", "Office … is not enrolled."),
    ErrorCode("unknown_refusal", "Peringatan paket ditolak … tidak ditemukan.", "Refusal … not found."),
    ErrorCode("unknown_source", "Sumber laporan '…' tidak dikenal.", "Unknown source '…'."),
    ErrorCode("unknown_state", "Tahap '…' tidak dikenal.", "Unknown state '…'."),
    ErrorCode("unknown_type", "Jenis hukuman '…' tidak dikenal.", "Unknown sanction type '…'."),
    ErrorCode("unknown_value", "… tidak dikenal: '…'. Yang sah: ….", "Unknown …: '…'. Valid: …."),
    ErrorCode("unreadable", "Berkas titik periksa tidak dapat dibaca (…).", "The checkpoint file cannot be read."),
    ErrorCode("usage", "Perintah dipakai dengan salah: ….", "Wrong use of the command: …."),
    ErrorCode("use_decide", "Tahap keputusan dicatat dengan perintah keputusan (netra case decide), lengkap dengan jenis hukuman dan nomor SK.", "The decision stage is recorded with 'netra case decide' (type and SK number)."),
    ErrorCode("user_unknown", "Pengguna '…' tidak ada.", "No user '…'."),
    ErrorCode("username_invalid", "Nama pengguna hanya boleh huruf, angka, titik, garis bawah atau tanda hubung.", "A username may contain only letters, digits, dots, underscores or hyphens."),
    ErrorCode("username_taken", "Nama pengguna '…' sudah dipakai.", "Username '…' is already taken."),
    ErrorCode("witness_format", "Saksi '…' harus ditulis 'Nama|Jabatan' atau 'Nama|Jabatan|NIP'.", "Witness '…' must be 'Name|Position'."),
    ErrorCode("write_failed", "Gagal menulis …: ….", "Could not write …: …."),
    ErrorCode("wrong_kabupaten", "Kantor … bukan bagian kabupaten ….", "The office is not in this kabupaten."),
    ErrorCode("wrong_office", "Perangkat … milik kantor …, bukan ….", "The device to replace belongs to another office."),
    ErrorCode("wrong_state", "Tindakan ini tidak dapat dilakukan pada tahap laporan sekarang ('…').", "This cannot be done at the case's current state ('…')."),
)
# fmt: on

CODES: Mapping[str, ErrorCode] = {entry.code: entry for entry in _TABLE}
ALIASES: Mapping[str, str] = {alias: entry.code for entry in _TABLE for alias in entry.aliases}


def canonical(code: str) -> str:
    """The canonical spelling of ``code`` (itself when it is not an alias)."""
    return ALIASES.get(code, code)


def entry(code: str) -> ErrorCode:
    """The table's entry for a code or one of its aliases (``KeyError`` when unknown)."""
    return CODES[canonical(code)]


__all__ = [
    "ALIASES",
    "CODES",
    "EMPLOYEE_NOT_FOUND",
    "UNIT_NOT_FOUND",
    "CheckFailed",
    "ErrorCode",
    "NetraError",
    "PermissionDenied",
    "canonical",
    "entry",
]
