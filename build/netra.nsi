; Netra per-user installer (NSIS 3, Modern UI 2, Indonesian).
;
; Built by build/build_nsis.py (`make installer-windows`), which passes the defines below from
; the one version source (desktop/__init__.py) and the PyInstaller folder dist/Netra:
;
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DDIST=<dist/Netra> -DICON=<netra.ico>
;            -DOUTFILE=<dist/Netra-0.1.0-setup.exe> build/netra.nsi
;
; - No administrator rights: RequestExecutionLevel user, installed to
;   %LOCALAPPDATA%\Programs\Netra, shortcuts in the user's Start menu and on the desktop, the
;   uninstaller registered under HKCU\...\Uninstall\Netra ("Aplikasi terinstal" lists it).
; - The uninstaller removes the program only. Netra's data (database, office keys, backups,
;   logs) lives in %LOCALAPPDATA%\netra and is KEPT; the uninstaller says so.
; - Netra needs 64-bit Windows (PySide6 has no 32-bit build): the installer refuses 32-bit
;   Windows with a message.

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is not defined: build with build/build_nsis.py (make installer-windows)"
!endif
!ifndef VERSION4
  !error "VERSION4 (four numbers, e.g. 0.1.0.0) is not defined"
!endif
!ifndef DIST
  !error "DIST (the dist/Netra folder made by PyInstaller) is not defined"
!endif
!ifndef ICON
  !error "ICON (resources/icons/netra.ico) is not defined"
!endif
!ifndef OUTFILE
  !define OUTFILE "Netra-${VERSION}-setup.exe"
!endif

!define APPNAME "Netra"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Netra"
!define UNINSTALLER "Hapus Netra.exe"

!include "MUI2.nsh"
!include "x64.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Netra"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
BrandingText "Netra ${VERSION}"
ShowInstDetails hide
ShowUninstDetails show

; ---------------------------------------------------------------- pages
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TEXT "Program ini akan memasang Netra ${VERSION} untuk akun Windows ini saja. Hak administrator tidak diperlukan.$\r$\n$\r$\nData kantor disimpan terpisah di %LOCALAPPDATA%\netra dan tidak diubah oleh pemasangan atau pembaruan.$\r$\n$\r$\nKlik Lanjut untuk melanjutkan."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\Netra.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Jalankan Netra sekarang"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "Program Netra akan dihapus dari komputer ini.$\r$\nData kantor (basis data, kunci, cadangan, log) di $LOCALAPPDATA\netra TIDAK dihapus."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "Netra telah dihapus"
!define MUI_FINISHPAGE_TEXT "Program Netra telah dihapus dari komputer ini.$\r$\n$\r$\nData kantor tetap tersimpan di $LOCALAPPDATA\netra: pasang Netra lagi untuk memakainya. Hapus folder itu sendiri hanya bila data kantor benar-benar tidak diperlukan lagi (buat cadangan lebih dulu)."
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "Indonesian"

; ---------------------------------------------------------------- version resource
VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "ProductName" "Netra"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "FileDescription" "Pemasang Netra ${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "CompanyName" "Netra"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "LegalCopyright" "Netra"

; ---------------------------------------------------------------- checks
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "Netra memerlukan Windows 64-bit. Komputer ini menjalankan Windows 32-bit, yang tidak didukung (pustaka tampilan Qt/PySide6 tidak tersedia untuk 32-bit). Pasang Netra di laptop dengan Windows 10 atau 11 versi 64-bit." /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Function .onVerifyInstDir
  ; The data folder is no place for the program: an uninstall would remove files from it.
  ${If} $INSTDIR == "$LOCALAPPDATA\netra"
    Abort
  ${EndIf}
FunctionEnd

Function un.onInit
  ${IfNot} ${RunningX64}
    Abort
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------- install
Section "Netra" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the program folder whole, so no library of the old version stays
  ; behind. Only Netra's own files are removed: the folder may have been chosen by hand.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Netra.exe"
  Delete "$INSTDIR\netra-console.exe"
  File /r "${DIST}\*"

  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortcut "$SMPROGRAMS\Netra.lnk" "$INSTDIR\Netra.exe" "" "$INSTDIR\Netra.exe" 0
  CreateShortcut "$DESKTOP\Netra.lnk" "$INSTDIR\Netra.exe" "" "$INSTDIR\Netra.exe" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "Netra"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "Netra"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\Netra.exe,0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

; ---------------------------------------------------------------- uninstall
Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Netra.lnk"
  Delete "$DESKTOP\Netra.lnk"
  ; Only what the installer put there; never the data folder (%LOCALAPPDATA%\netra).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Netra.exe"
  Delete "$INSTDIR\netra-console.exe"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DetailPrint "Data kantor di $LOCALAPPDATA\netra tidak dihapus."
SectionEnd
