# The otadash:// URL scheme in the Windows installers: opening otadash://batch/<JobId>?profile=<name> runs
# "<install folder>\bin\otadash.exe" "<the URL>", the URL as the dashboard's first argument. Included by
# Packaging.cmake on Windows; the test package_url_scheme reads it on every system.
#
# NSIS: the keys go under SHCTX, the root CPack's NSIS template writes its own keys to (HKLM for an all-users
# install, HKCU otherwise), so HKCR shows them and the uninstaller deletes them from the same root. CPack copies
# these variables into CPackConfig.cmake unescaped (CPACK_VERBATIM_VARIABLES is off) and cpack reads that file
# again: a backslash or a double quote that must reach the NSIS script is written \\\\ or \\\" here.
set(otadash_url_key "Software\\\\Classes\\\\otadash")
set(otadash_url_exe "$INSTDIR\\\\bin\\\\otadash.exe")
string(JOIN "\n" CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "WriteRegStr SHCTX '${otadash_url_key}' '' 'URL:OtaDash'"
    "WriteRegStr SHCTX '${otadash_url_key}' 'URL Protocol' ''"
    "WriteRegStr SHCTX '${otadash_url_key}\\\\DefaultIcon' '' '${otadash_url_exe},0'"
    "WriteRegStr SHCTX '${otadash_url_key}\\\\shell\\\\open\\\\command' '' '\\\"${otadash_url_exe}\\\" \\\"%1\\\"'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "DeleteRegKey SHCTX '${otadash_url_key}'")

# WiX: the same keys, added by a patch to the component CPack generates for bin\otadash.exe (the MSI installs for
# all users, so HKCR is HKLM's classes). The Windows Installer removes them with the component.
set(CPACK_WIX_PATCH_FILE ${CMAKE_CURRENT_LIST_DIR}/url-scheme.wix.xml)
