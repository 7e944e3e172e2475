"""A stand-in for the Win32 functions desktop.winsec calls, for tests on Linux.

It is not a recorder of calls: it behaves like Windows as far as these tests need. It reads
and writes the very ctypes structures winsec passes (DATA_BLOB, TOKEN_USER, SID bytes,
STORAGE_DEVICE_DESCRIPTOR), hands out memory that must be given back with LocalFree (a leak
or a double free fails the test), keeps per-file DACLs parsed from the SDDL it was given and
answers access checks from them, and seals DPAPI blobs with a per-user secret so that another
account's blob, or an altered one, is refused with the error Windows gives.
"""

from __future__ import annotations

import ctypes
import hashlib
import hmac
import re
import struct
from dataclasses import dataclass, field
from typing import Any

from desktop import winsec

NTE_BAD_KEY_STATE = 0x8009000B  # "Key not valid for use in specified state."
NTE_BAD_DATA = 0x80090005
ERROR_INVALID_PARAMETER = 87
ERROR_NOT_READY = 21
ERROR_FILE_NOT_FOUND = 2
ERROR_INVALID_SID = 1337
ERROR_INVALID_HANDLE = 6


def sid_bytes(sid: str) -> bytes:
    parts = sid.split("-")
    assert parts[0] == "S" and parts[1] == "1"
    authority, subs = int(parts[2]), [int(p) for p in parts[3:]]
    return (
        bytes([1, len(subs)]) + authority.to_bytes(6, "big") + struct.pack(f"<{len(subs)}I", *subs)
    )


def sid_text(address: int) -> str:
    head = ctypes.string_at(address, 8)
    revision, count = head[0], head[1]
    if revision != 1 or count > 15:
        raise ValueError("not a SID")
    authority = int.from_bytes(head[2:8], "big")
    subs = struct.unpack(f"<{count}I", ctypes.string_at(address + 8, 4 * count))
    return "S-1-" + "-".join(str(x) for x in (authority, *subs))


@dataclass
class Ace:
    inherit: str
    rights: str
    sid: str


@dataclass
class Dacl:
    protected: bool
    aces: list[Ace]


ACE_RE = re.compile(r"\(A;([A-Z]*);([A-Z]+);;;([A-Z]{2}|S-1-[0-9-]+)\)")


def parse_sddl(text: str) -> Dacl:
    match = re.fullmatch(r"D:(P?)((?:\([^)]*\))+)", text)
    if not match:
        raise ValueError(text)
    aces = []
    for raw in re.findall(r"\([^)]*\)", match.group(2)):
        ace = ACE_RE.fullmatch(raw)
        if not ace:
            raise ValueError(raw)
        aces.append(Ace(ace.group(1), ace.group(2), ace.group(3)))
    return Dacl(bool(match.group(1)), aces)


@dataclass
class FakeDrive:
    type: int
    filesystem: str = "NTFS"
    label: str = ""
    bus: int | None = None  # STORAGE_BUS_TYPE; None: the IOCTL fails
    subst: str | None = None  # SUBST target folder
    ready: bool = True
    read_only: bool = False


class _Dll:
    """Attribute access like a ctypes DLL; setting argtypes on its functions is harmless."""

    def __init__(self, owner: FakeWindows) -> None:
        self._w = owner

    def __getattr__(self, name: str) -> Any:  # only reached for a function never set
        raise AttributeError(f"function {name} not found in this DLL")

    def __setattr__(self, name: str, value: Any) -> None:  # tests replace functions
        object.__setattr__(self, name, value)


@dataclass
class FakeWindows:
    user_sid: str = "S-1-5-21-1004336348-1177238915-682003330-1001"
    machine_secret: bytes = b"laptop-kecamatan-1"
    drives: dict[str, FakeDrive] = field(default_factory=dict)
    # a path prefix (e.g. "\\\\server\\share\\") -> volume root it belongs to
    error: int = 0
    allocations: dict[int, Any] = field(default_factory=dict)
    descriptors: dict[int, Dacl] = field(default_factory=dict)
    acls: dict[str, Dacl] = field(default_factory=dict)
    handles: dict[int, str] = field(default_factory=dict)
    freed: int = 0

    def __post_init__(self) -> None:
        self.kernel32 = _Dll(self)
        self.advapi32 = _Dll(self)
        self.crypt32 = _Dll(self)
        for dll, names in (
            (
                self.kernel32,
                (
                    "GetCurrentProcess",
                    "CloseHandle",
                    "LocalFree",
                    "GetLogicalDrives",
                    "GetDriveTypeW",
                    "QueryDosDeviceW",
                    "GetVolumePathNameW",
                    "GetVolumeInformationW",
                    "CreateFileW",
                    "DeviceIoControl",
                ),
            ),
            (
                self.advapi32,
                (
                    "OpenProcessToken",
                    "GetTokenInformation",
                    "ConvertSidToStringSidW",
                    "ConvertStringSecurityDescriptorToSecurityDescriptorW",
                    "SetFileSecurityW",
                ),
            ),
            (self.crypt32, ("CryptProtectData", "CryptUnprotectData")),
        ):
            for name in names:
                setattr(dll, name, getattr(self, "_" + name))

    def api(self) -> winsec.Win32:
        return winsec.Win32(self.kernel32, self.advapi32, self.crypt32, lambda: self.error)

    # ------------------------------------------------------------------ helpers
    def _fail(self, code: int) -> int:
        self.error = code
        return 0

    def _alloc(self, obj: Any) -> int:
        address = ctypes.addressof(obj)
        self.allocations[address] = obj
        return address

    def live_allocations(self) -> int:
        return len(self.allocations)

    def may_access(self, path: str, sid: str) -> bool:
        """The access check for a file whose DACL was set through SetFileSecurityW: only
        explicitly listed SIDs (``SY`` = SYSTEM) get in; with no DACL set, everybody does."""
        dacl = self.acls.get(path)
        if dacl is None:
            return True
        aliases = {"SY": "S-1-5-18"}
        return any(aliases.get(a.sid, a.sid) == sid and a.rights == "FA" for a in dacl.aces)

    # ------------------------------------------------------------------ kernel32
    def _GetCurrentProcess(self) -> int:
        return 0xFFFFFFFFFFFFFFFF  # the pseudo-handle (HANDLE)-1

    def _CloseHandle(self, handle: Any) -> int:
        value = handle.value if isinstance(handle, ctypes.c_void_p) else handle
        if value not in self.handles:
            return self._fail(ERROR_INVALID_HANDLE)
        del self.handles[value]
        return 1

    def _LocalFree(self, pointer: Any) -> int:
        address = ctypes.cast(pointer, ctypes.c_void_p).value
        if address not in self.allocations:
            raise AssertionError(f"LocalFree of memory Windows did not hand out: {address}")
        del self.allocations[address]
        self.freed += 1
        return 0

    def _GetLogicalDrives(self) -> int:
        mask = 0
        for letter in self.drives:
            mask |= 1 << (ord(letter) - ord("A"))
        return mask

    def _drive_of(self, root: str) -> FakeDrive | None:
        if re.fullmatch(r"[A-Z]:\\", root):
            return self.drives.get(root[0])
        return None

    def _GetDriveTypeW(self, root: str) -> int:
        if root.startswith("\\\\"):
            return winsec.DRIVE_REMOTE
        drive = self._drive_of(root)
        return drive.type if drive else winsec.DRIVE_NO_ROOT_DIR

    def _QueryDosDeviceW(self, name: str, buf: Any, size: int) -> int:
        drive = self.drives.get(name[0]) if re.fullmatch(r"[A-Z]:", name) else None
        if drive is None:
            return self._fail(ERROR_FILE_NOT_FOUND)
        index = ord(name[0]) - ord("A")
        target = f"\\??\\{drive.subst}" if drive.subst else f"\\Device\\HarddiskVolume{index}"
        text = target + "\0\0"
        if len(text) > size:
            return self._fail(winsec.ERROR_INSUFFICIENT_BUFFER)
        ctypes.memmove(
            buf,
            ctypes.create_unicode_buffer(text, len(text)),
            len(text) * ctypes.sizeof(ctypes.c_wchar),
        )
        return len(text)

    def _GetVolumePathNameW(self, path: str, buf: Any, size: int) -> int:
        unc = re.match(r"\\\\[^\\]+\\[^\\]+\\?", path)
        if unc:
            root = unc.group(0).rstrip("\\") + "\\"
        elif re.match(r"[A-Za-z]:", path):
            root = path[0].upper() + ":\\"
        else:
            return self._fail(ERROR_INVALID_PARAMETER)
        if len(root) + 1 > size:
            return self._fail(winsec.ERROR_INSUFFICIENT_BUFFER)
        buf.value = root
        return 1

    def _GetVolumeInformationW(
        self,
        root: str,
        label: Any,
        label_size: int,
        serial: Any,
        max_len: Any,
        flags: Any,
        fs_name: Any,
        fs_size: int,
    ) -> int:
        if root.startswith("\\\\"):
            name, fs, ro = "share", "NTFS", False
        else:
            drive = self._drive_of(root)
            if drive is None:
                return self._fail(ERROR_FILE_NOT_FOUND)
            if not drive.ready:
                return self._fail(ERROR_NOT_READY)
            name, fs, ro = drive.label, drive.filesystem, drive.read_only
        label.value = name
        fs_name.value = fs
        serial.contents.value = 0x1234ABCD
        max_len.contents.value = 255
        flags.contents.value = 0x3 | (winsec.FILE_READ_ONLY_VOLUME if ro else 0)
        return 1

    def _CreateFileW(
        self, name: str, access: int, share: int, sa: Any, disp: int, attrs: int, tmpl: Any
    ) -> int:
        match = re.fullmatch(r"\\\\\.\\([A-Z]):", name)
        if not match or match.group(1) not in self.drives or disp != winsec.OPEN_EXISTING:
            self.error = ERROR_FILE_NOT_FOUND
            return winsec.INVALID_HANDLE_VALUE  # type: ignore[return-value]
        handle = 0x100 + 4 * len(self.handles) + ord(match.group(1))
        self.handles[handle] = match.group(1)
        return handle

    def _DeviceIoControl(
        self,
        handle: int,
        code: int,
        in_buf: Any,
        in_size: int,
        out_buf: Any,
        out_size: int,
        returned: Any,
        overlapped: Any,
    ) -> int:
        letter = self.handles.get(handle)
        if letter is None:
            return self._fail(ERROR_INVALID_HANDLE)
        if code != winsec.IOCTL_STORAGE_QUERY_PROPERTY:
            return self._fail(ERROR_INVALID_PARAMETER)
        query = in_buf.contents
        if in_size < 12 or query.PropertyId != 0 or query.QueryType != 0:
            return self._fail(ERROR_INVALID_PARAMETER)
        bus = self.drives[letter].bus
        if bus is None:
            return self._fail(ERROR_INVALID_PARAMETER)
        # the STORAGE_DEVICE_DESCRIPTOR layout of winioctl.h, written as bytes
        raw = struct.pack("<IIBBBBIIIIII", 1, 40, 0, 0, 1, 0, 0, 0, 0, 0, bus, 0)
        if out_size < len(raw):
            return self._fail(winsec.ERROR_INSUFFICIENT_BUFFER)
        ctypes.memmove(out_buf, raw, len(raw))
        returned.contents.value = len(raw)
        return 1

    # ------------------------------------------------------------------ advapi32
    def _OpenProcessToken(self, process: Any, access: int, token: Any) -> int:
        if process != 0xFFFFFFFFFFFFFFFF or not access & winsec.TOKEN_QUERY:
            return self._fail(ERROR_INVALID_PARAMETER)
        handle = 0x400 + 4 * len(self.handles)
        self.handles[handle] = "token"
        token.contents.value = handle
        return 1

    def _GetTokenInformation(
        self, token: Any, klass: int, buf: Any, size: Any, returned: Any
    ) -> int:
        value = token.value if isinstance(token, ctypes.c_void_p) else token
        if self.handles.get(value or 0) != "token" or klass != winsec.TOKEN_USER_CLASS:
            return self._fail(ERROR_INVALID_PARAMETER)
        sid = sid_bytes(self.user_sid)
        header = ctypes.sizeof(winsec.SID_AND_ATTRIBUTES)
        need = header + len(sid)
        returned.contents.value = need
        given = size.value if isinstance(size, ctypes.c_uint32) else int(size)
        if buf is None or given < need:
            return self._fail(winsec.ERROR_INSUFFICIENT_BUFFER)
        base = ctypes.addressof(buf)
        ctypes.memmove(base + header, sid, len(sid))
        user = winsec.SID_AND_ATTRIBUTES.from_buffer(buf)
        user.Sid = base + header
        user.Attributes = 0
        return 1

    def _ConvertSidToStringSidW(self, sid: Any, out: Any) -> int:
        address = sid if isinstance(sid, int) else ctypes.cast(sid, ctypes.c_void_p).value
        try:
            text = sid_text(address or 0)
        except ValueError:
            return self._fail(ERROR_INVALID_SID)
        buf = ctypes.create_unicode_buffer(text)
        out.contents.value = self._alloc(buf)
        return 1

    def _ConvertStringSecurityDescriptorToSecurityDescriptorW(
        self, sddl: str, revision: int, out: Any, size: Any
    ) -> int:
        if revision != winsec.SDDL_REVISION_1:
            return self._fail(ERROR_INVALID_PARAMETER)
        try:
            dacl = parse_sddl(sddl)
        except ValueError:
            return self._fail(1336)  # ERROR_INVALID_ACL
        buf = ctypes.create_string_buffer(20)  # stands for the self-relative descriptor
        address = self._alloc(buf)
        self.descriptors[address] = dacl
        out.contents.value = address
        return 1

    def _SetFileSecurityW(self, path: str, info: int, descriptor: Any) -> int:
        address = ctypes.cast(descriptor, ctypes.c_void_p).value
        if address not in self.descriptors or not info & winsec.DACL_SECURITY_INFORMATION:
            return self._fail(ERROR_INVALID_PARAMETER)
        dacl = self.descriptors[address]
        self.acls[path] = Dacl(
            dacl.protected or bool(info & winsec.PROTECTED_DACL_SECURITY_INFORMATION), dacl.aces
        )
        return 1

    # ------------------------------------------------------------------ crypt32 (DPAPI)
    def _key(self, entropy: bytes) -> bytes:
        return hashlib.sha256(self.machine_secret + self.user_sid.encode() + entropy).digest()

    def _stream(self, key: bytes, n: int) -> bytes:
        out = b""
        counter = 0
        while len(out) < n:
            out += hashlib.sha256(key + counter.to_bytes(8, "little")).digest()
            counter += 1
        return out[:n]

    @staticmethod
    def _read(blob_ptr: Any) -> bytes:
        blob = blob_ptr.contents
        return ctypes.string_at(blob.pbData, blob.cbData)

    def _give(self, out_ptr: Any, data: bytes) -> None:
        buf = ctypes.create_string_buffer(data, len(data))
        self._alloc(buf)
        out_ptr.contents.cbData = len(data)
        out_ptr.contents.pbData = ctypes.cast(buf, ctypes.POINTER(ctypes.c_char))

    def _CryptProtectData(
        self, data: Any, descr: Any, entropy: Any, res: Any, prompt: Any, flags: int, out: Any
    ) -> int:
        plain = self._read(data)
        extra = self._read(entropy) if entropy else b""
        key = self._key(extra)
        body = bytes(a ^ b for a, b in zip(plain, self._stream(key, len(plain)), strict=True))
        owner = hashlib.sha256(self.machine_secret + self.user_sid.encode()).digest()[:16]
        tag = hmac.new(key, owner + body, "sha256").digest()
        self._give(out, b"\x01\x00\x00\x00" + owner + tag + body)
        return 1

    def _CryptUnprotectData(
        self, data: Any, descr: Any, entropy: Any, res: Any, prompt: Any, flags: int, out: Any
    ) -> int:
        sealed = self._read(data)
        if len(sealed) < 52 or sealed[:4] != b"\x01\x00\x00\x00":
            return self._fail(NTE_BAD_DATA)
        owner, tag, body = sealed[4:20], sealed[20:52], sealed[52:]
        mine = hashlib.sha256(self.machine_secret + self.user_sid.encode()).digest()[:16]
        if owner != mine:
            return self._fail(NTE_BAD_KEY_STATE)
        extra = self._read(entropy) if entropy else b""
        key = self._key(extra)
        if not hmac.compare_digest(tag, hmac.new(key, owner + body, "sha256").digest()):
            return self._fail(NTE_BAD_DATA)
        self._give(
            out, bytes(a ^ b for a, b in zip(body, self._stream(key, len(body)), strict=True))
        )
        return 1
