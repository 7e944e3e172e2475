"""The few Win32 calls Netra needs, through ctypes (no pywin32): an owner-only ACL on the keys
folder, DPAPI wrapping of the private key files, the volume a folder lives on, and the drive
facts the Sync page needs to tell a USB stick from an internal partition.

Every call goes through one seam, :func:`api`: on Windows it is the real ``kernel32``,
``advapi32`` and ``crypt32``; elsewhere it is ``None`` (callers then keep their POSIX way),
unless a test installs a stand-in with :func:`use` that has the same function signatures and
receives the same ctypes structures, so the marshalling below is what the tests exercise.

Structures use fixed-width types (``DWORD`` = 32 bits) rather than ``ctypes.wintypes``, whose
``DWORD`` is 64 bits on Linux: the layout is then the Windows x64 one on both systems.

No Qt here; nothing here imports the rest of Netra.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DWORD = ctypes.c_uint32
BOOL = ctypes.c_int32
BYTE = ctypes.c_uint8
HANDLE = ctypes.c_void_p

# -- constants (values from the Windows SDK headers)
TOKEN_QUERY = 0x0008
TOKEN_USER_CLASS = 1  # TOKEN_INFORMATION_CLASS.TokenUser
SDDL_REVISION_1 = 1
DACL_SECURITY_INFORMATION = 0x00000004
PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
CRYPTPROTECT_UI_FORBIDDEN = 0x1
ERROR_INSUFFICIENT_BUFFER = 122

DRIVE_UNKNOWN, DRIVE_NO_ROOT_DIR, DRIVE_REMOVABLE, DRIVE_FIXED = 0, 1, 2, 3
DRIVE_REMOTE, DRIVE_CDROM, DRIVE_RAMDISK = 4, 5, 6
FILE_READ_ONLY_VOLUME = 0x00080000
FILE_SHARE_READ, FILE_SHARE_WRITE = 0x1, 0x2
OPEN_EXISTING = 3
INVALID_HANDLE_VALUE = ctypes.c_void_p(-1).value
IOCTL_STORAGE_QUERY_PROPERTY = 0x002D1400
STORAGE_DEVICE_PROPERTY = 0  # STORAGE_PROPERTY_ID.StorageDeviceProperty
PROPERTY_STANDARD_QUERY = 0
BUS_TYPE_USB = 7
MAX_PATH = 260

# The header of a DPAPI-wrapped key file: a PEM key never starts like this.
DPAPI_MAGIC = b"NETRA-DPAPI-1\n"
# Extra entropy: another program running as the same user cannot unwrap the blob by
# calling CryptUnprotectData on it without knowing this.
DPAPI_ENTROPY = b"netra/office-private-key/v1"
DPAPI_DESCRIPTION = "Netra office key"


class DATA_BLOB(ctypes.Structure):
    _fields_ = [("cbData", DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]


class SID_AND_ATTRIBUTES(ctypes.Structure):
    _fields_ = [("Sid", ctypes.c_void_p), ("Attributes", DWORD)]


class STORAGE_PROPERTY_QUERY(ctypes.Structure):
    _fields_ = [
        ("PropertyId", DWORD),
        ("QueryType", DWORD),
        ("AdditionalParameters", BYTE * 1),
    ]


class STORAGE_DEVICE_DESCRIPTOR(ctypes.Structure):
    _fields_ = [
        ("Version", DWORD),
        ("Size", DWORD),
        ("DeviceType", BYTE),
        ("DeviceTypeModifier", BYTE),
        ("RemovableMedia", BYTE),
        ("CommandQueueing", BYTE),
        ("VendorIdOffset", DWORD),
        ("ProductIdOffset", DWORD),
        ("ProductRevisionOffset", DWORD),
        ("SerialNumberOffset", DWORD),
        ("BusType", DWORD),
        ("RawPropertiesLength", DWORD),
        ("RawDeviceProperties", BYTE * 1),
    ]


class Win32Error(OSError):
    """A Win32 call returned failure; ``code`` is its GetLastError value."""

    def __init__(self, function: str, code: int) -> None:
        super().__init__(f"{function} gagal (kode Windows {code})")
        self.function = function
        self.code = code


@dataclass
class Win32:
    """The seam: three DLL-like objects and the thread's last error."""

    kernel32: Any
    advapi32: Any
    crypt32: Any
    last_error: Callable[[], int]


_override: Win32 | None = None
_real: Win32 | None = None


def _declare(k32: Any, adv: Any, crypt: Any) -> None:
    """argtypes/restype for the real DLLs (64-bit handles and pointers must not be cut to int)."""
    ptr, wstr = ctypes.c_void_p, ctypes.c_wchar_p
    p_dword, p_handle, p_blob = (
        ctypes.POINTER(DWORD),
        ctypes.POINTER(HANDLE),
        ctypes.POINTER(DATA_BLOB),
    )
    sigs: list[tuple[Any, str, list[Any], Any]] = [
        (k32, "GetCurrentProcess", [], HANDLE),
        (k32, "CloseHandle", [HANDLE], BOOL),
        (k32, "LocalFree", [ptr], ptr),
        (k32, "GetLogicalDrives", [], DWORD),
        (k32, "GetDriveTypeW", [wstr], ctypes.c_uint),
        (k32, "QueryDosDeviceW", [wstr, ptr, DWORD], DWORD),
        (k32, "GetVolumePathNameW", [wstr, ptr, DWORD], BOOL),
        (
            k32,
            "GetVolumeInformationW",
            [wstr, ptr, DWORD, p_dword, p_dword, p_dword, ptr, DWORD],
            BOOL,
        ),
        (k32, "CreateFileW", [wstr, DWORD, DWORD, ptr, DWORD, DWORD, HANDLE], HANDLE),
        (k32, "DeviceIoControl", [HANDLE, DWORD, ptr, DWORD, ptr, DWORD, p_dword, ptr], BOOL),
        (adv, "OpenProcessToken", [HANDLE, DWORD, p_handle], BOOL),
        (adv, "GetTokenInformation", [HANDLE, ctypes.c_int, ptr, DWORD, p_dword], BOOL),
        (adv, "ConvertSidToStringSidW", [ptr, ctypes.POINTER(ptr)], BOOL),
        (
            adv,
            "ConvertStringSecurityDescriptorToSecurityDescriptorW",
            [wstr, DWORD, ctypes.POINTER(ptr), p_dword],
            BOOL,
        ),
        (adv, "SetFileSecurityW", [wstr, DWORD, ptr], BOOL),
        (crypt, "CryptProtectData", [p_blob, wstr, p_blob, ptr, ptr, DWORD, p_blob], BOOL),
        (
            crypt,
            "CryptUnprotectData",
            [p_blob, ctypes.POINTER(wstr), p_blob, ptr, ptr, DWORD, p_blob],
            BOOL,
        ),
    ]
    for dll, name, argtypes, restype in sigs:
        func = getattr(dll, name)
        func.argtypes = argtypes
        func.restype = restype


def _load_real() -> Win32:
    windll: Callable[..., Any] = ctypes.WinDLL  # type: ignore[attr-defined]
    k32 = windll("kernel32", use_last_error=True)
    adv = windll("advapi32", use_last_error=True)
    crypt = windll("crypt32", use_last_error=True)
    _declare(k32, adv, crypt)
    return Win32(k32, adv, crypt, ctypes.get_last_error)  # type: ignore[attr-defined]


def api() -> Win32 | None:
    """The Win32 functions, or None when not on Windows (and no stand-in is installed)."""
    global _real
    if _override is not None:
        return _override
    if sys.platform != "win32":
        return None
    if _real is None:
        _real = _load_real()
    return _real


@contextmanager
def use(stand_in: Win32) -> Iterator[Win32]:
    """Run with ``stand_in`` as the Win32 API (tests emulating Windows on Linux)."""
    global _override
    previous, _override = _override, stand_in
    try:
        yield stand_in
    finally:
        _override = previous


def _need() -> Win32:
    w = api()
    if w is None:
        raise RuntimeError("Win32 API not available on this system")
    return w


def _check(w: Win32, ok: object, function: str) -> None:
    if not ok:
        raise Win32Error(function, w.last_error())


# ---------------------------------------------------------------------- owner-only ACL
def current_user_sid() -> str:
    """The string SID (``S-1-5-21-...``) of the user this process runs as."""
    w = _need()
    token = HANDLE()
    _check(
        w,
        w.advapi32.OpenProcessToken(
            w.kernel32.GetCurrentProcess(), TOKEN_QUERY, ctypes.pointer(token)
        ),
        "OpenProcessToken",
    )
    try:
        size = DWORD(0)
        w.advapi32.GetTokenInformation(token, TOKEN_USER_CLASS, None, 0, ctypes.pointer(size))
        if size.value == 0:
            raise Win32Error("GetTokenInformation", w.last_error())
        buf = ctypes.create_string_buffer(size.value)
        _check(
            w,
            w.advapi32.GetTokenInformation(
                token, TOKEN_USER_CLASS, buf, size, ctypes.pointer(size)
            ),
            "GetTokenInformation",
        )
        user = SID_AND_ATTRIBUTES.from_buffer(buf)  # TOKEN_USER is one SID_AND_ATTRIBUTES
        text = ctypes.c_void_p()
        _check(
            w,
            w.advapi32.ConvertSidToStringSidW(user.Sid, ctypes.pointer(text)),
            "ConvertSidToStringSidW",
        )
        try:
            return ctypes.wstring_at(text.value or 0)
        finally:
            w.kernel32.LocalFree(text)
    finally:
        w.kernel32.CloseHandle(token)


def owner_only_sddl(user_sid: str, *, folder: bool) -> str:
    """A protected DACL (no inherited entries) giving full control to the user and SYSTEM
    only; on a folder the entries are inherited by what is created inside it."""
    inherit = "OICI" if folder else ""
    return f"D:P(A;{inherit};FA;;;{user_sid})(A;{inherit};FA;;;SY)"


def restrict_to_owner(path: Path, *, folder: bool) -> None:
    """Replace the DACL of ``path`` by an owner-only one (see :func:`owner_only_sddl`)."""
    w = _need()
    sddl = owner_only_sddl(current_user_sid(), folder=folder)
    descriptor = ctypes.c_void_p()
    _check(
        w,
        w.advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
            sddl, SDDL_REVISION_1, ctypes.pointer(descriptor), None
        ),
        "ConvertStringSecurityDescriptorToSecurityDescriptorW",
    )
    try:
        _check(
            w,
            w.advapi32.SetFileSecurityW(
                str(path),
                DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                descriptor,
            ),
            "SetFileSecurityW",
        )
    finally:
        w.kernel32.LocalFree(descriptor)


# ---------------------------------------------------------------------- DPAPI
def _blob(data: bytes) -> tuple[DATA_BLOB, Any]:
    buf = ctypes.create_string_buffer(data, len(data))
    return DATA_BLOB(len(data), ctypes.cast(buf, ctypes.POINTER(ctypes.c_char))), buf


def _take(w: Win32, out: DATA_BLOB) -> bytes:
    try:
        return ctypes.string_at(out.pbData, out.cbData)
    finally:
        w.kernel32.LocalFree(ctypes.cast(out.pbData, ctypes.c_void_p))


def dpapi_protect(data: bytes) -> bytes:
    """``data`` encrypted for the current Windows user (CryptProtectData)."""
    w = _need()
    plain, _keep1 = _blob(data)
    entropy, _keep2 = _blob(DPAPI_ENTROPY)
    out = DATA_BLOB()
    _check(
        w,
        w.crypt32.CryptProtectData(
            ctypes.pointer(plain),
            DPAPI_DESCRIPTION,
            ctypes.pointer(entropy),
            None,
            None,
            CRYPTPROTECT_UI_FORBIDDEN,
            ctypes.pointer(out),
        ),
        "CryptProtectData",
    )
    return _take(w, out)


def dpapi_unprotect(blob: bytes) -> bytes:
    """The plain bytes of a :func:`dpapi_protect` blob; Win32Error when another user (or
    another machine) made it, or it was altered."""
    w = _need()
    sealed, _keep1 = _blob(blob)
    entropy, _keep2 = _blob(DPAPI_ENTROPY)
    out = DATA_BLOB()
    _check(
        w,
        w.crypt32.CryptUnprotectData(
            ctypes.pointer(sealed),
            None,
            ctypes.pointer(entropy),
            None,
            None,
            CRYPTPROTECT_UI_FORBIDDEN,
            ctypes.pointer(out),
        ),
        "CryptUnprotectData",
    )
    return _take(w, out)


def wrap(data: bytes) -> bytes:
    """The bytes of a wrapped key file: :data:`DPAPI_MAGIC` then the DPAPI blob."""
    return DPAPI_MAGIC + dpapi_protect(data)


def is_wrapped(data: bytes) -> bool:
    return data.startswith(DPAPI_MAGIC)


def unwrap(data: bytes) -> bytes:
    return dpapi_unprotect(data[len(DPAPI_MAGIC) :])


# ---------------------------------------------------------------------- volumes and drives
@dataclass(frozen=True)
class VolumeInfo:
    root: str  # "E:\\" or "\\\\server\\share\\"
    drive_type: int
    filesystem: str  # "NTFS", "FAT32", "exFAT", ... ("" when unknown)
    label: str
    read_only: bool


def _volume_information(w: Win32, root: str) -> tuple[str, str, int] | None:
    """(label, file system name, flags) or None when the volume is not ready."""
    label = ctypes.create_unicode_buffer(MAX_PATH + 1)
    fs_name = ctypes.create_unicode_buffer(MAX_PATH + 1)
    serial, max_len, flags = DWORD(0), DWORD(0), DWORD(0)
    ok = w.kernel32.GetVolumeInformationW(
        root,
        label,
        MAX_PATH + 1,
        ctypes.pointer(serial),
        ctypes.pointer(max_len),
        ctypes.pointer(flags),
        fs_name,
        MAX_PATH + 1,
    )
    if not ok:
        return None
    return label.value, fs_name.value, flags.value


def volume_of(path: str) -> VolumeInfo:
    """The volume holding ``path`` (which should exist)."""
    w = _need()
    root = ctypes.create_unicode_buffer(MAX_PATH + 1)
    _check(w, w.kernel32.GetVolumePathNameW(path, root, MAX_PATH + 1), "GetVolumePathNameW")
    drive_type = int(w.kernel32.GetDriveTypeW(root.value))
    info = _volume_information(w, root.value)
    label, fs_name, flags = info if info is not None else ("", "", 0)
    return VolumeInfo(root.value, drive_type, fs_name, label, bool(flags & FILE_READ_ONLY_VOLUME))


def logical_drive_letters() -> list[str]:
    w = _need()
    mask = int(w.kernel32.GetLogicalDrives())
    return [chr(ord("A") + i) for i in range(26) if mask & (1 << i)]


def drive_type(root: str) -> int:
    return int(_need().kernel32.GetDriveTypeW(root))


def drive_volume(root: str) -> tuple[str, str, bool] | None:
    """(label, file system, read-only) of a drive root, None when it has no medium."""
    info = _volume_information(_need(), root)
    if info is None:
        return None
    label, fs_name, flags = info
    return label, fs_name, bool(flags & FILE_READ_ONLY_VOLUME)


def dos_device_target(letter: str) -> str | None:
    """What ``X:`` maps to (``\\Device\\HarddiskVolume3``; ``\\??\\C:\\folder`` for SUBST)."""
    w = _need()
    buf = ctypes.create_unicode_buffer(1024)
    n = int(w.kernel32.QueryDosDeviceW(f"{letter}:", buf, 1024))
    if n == 0:
        return None
    return buf.value  # the first of the NUL-separated targets


def is_usb_disk(letter: str) -> bool | None:
    """Whether the disk behind ``X:`` sits on the USB bus (IOCTL_STORAGE_QUERY_PROPERTY);
    None when Windows will not say."""
    w = _need()
    handle = w.kernel32.CreateFileW(
        f"\\\\.\\{letter}:", 0, FILE_SHARE_READ | FILE_SHARE_WRITE, None, OPEN_EXISTING, 0, None
    )
    if handle is None or handle == INVALID_HANDLE_VALUE:
        return None
    try:
        query = STORAGE_PROPERTY_QUERY(STORAGE_DEVICE_PROPERTY, PROPERTY_STANDARD_QUERY)
        out = ctypes.create_string_buffer(1024)
        returned = DWORD(0)
        ok = w.kernel32.DeviceIoControl(
            handle,
            IOCTL_STORAGE_QUERY_PROPERTY,
            ctypes.pointer(query),
            ctypes.sizeof(query),
            out,
            ctypes.sizeof(out),
            ctypes.pointer(returned),
            None,
        )
        if not ok or returned.value < STORAGE_DEVICE_DESCRIPTOR.BusType.offset + 4:
            return None
        return bool(STORAGE_DEVICE_DESCRIPTOR.from_buffer(out).BusType == BUS_TYPE_USB)
    finally:
        w.kernel32.CloseHandle(handle)
