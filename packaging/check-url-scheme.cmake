# Every installer registers the same otadash:// scheme and hands the URL to the dashboard as its first argument:
# the Linux desktop entry, the macOS Info.plist, the NSIS commands and the WiX patch (ctest package_url_scheme).
# Reads the sources only. The NSIS commands are read back as cpack reads them from CPackConfig.cmake.
#
#   cmake -DPACKAGING_DIR=<packaging> -P check-url-scheme.cmake
cmake_minimum_required(VERSION 3.25)

set(failures "")
# Appends WHAT to the failures unless HAYSTACK contains NEEDLE.
function(expect_contains haystack needle what)
    string(FIND "${haystack}" "${needle}" at)
    if(at EQUAL -1)
        set(failures "${failures}\n  ${what}" PARENT_SCOPE)
    endif()
endfunction()

# Linux: the desktop entry, one key a line.
file(READ ${PACKAGING_DIR}/linux/io.github.otadash.OtaDash.desktop desktop)
expect_contains("\n${desktop}" "\nExec=otadash %u\n" "desktop entry: Exec=otadash %u (the URL as first argument)")
string(REGEX MATCH "\nMimeType=[^\n]*" mime "\n${desktop}")
expect_contains("${mime}" "x-scheme-handler/otadash;" "desktop entry: MimeType=...x-scheme-handler/otadash;")

# macOS: the bundle's Info.plist.
file(READ ${PACKAGING_DIR}/macos/Info.plist.in plist)
string(REGEX MATCH "<key>CFBundleURLSchemes</key>[ \t\r\n]*<array>[ \t\r\n]*<string>[^<]*</string>" schemes "${plist}")
expect_contains("${plist}" "<key>CFBundleURLTypes</key>" "Info.plist.in: CFBundleURLTypes")
expect_contains("${schemes}" "<string>otadash</string>" "Info.plist.in: CFBundleURLSchemes holds otadash")

# Windows, NSIS: the commands after cpack's second reading (CPackConfig.cmake holds set(VAR "value")).
include(${PACKAGING_DIR}/windows/UrlScheme.cmake)
cmake_language(EVAL CODE "set(nsis_install \"${CPACK_NSIS_EXTRA_INSTALL_COMMANDS}\")")
cmake_language(EVAL CODE "set(nsis_uninstall \"${CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS}\")")
foreach(line
        [=[WriteRegStr SHCTX 'Software\Classes\otadash' '' 'URL:OtaDash']=]
        [=[WriteRegStr SHCTX 'Software\Classes\otadash' 'URL Protocol' '']=]
        [=[WriteRegStr SHCTX 'Software\Classes\otadash\shell\open\command' '' '"$INSTDIR\bin\otadash.exe" "%1"']=])
    expect_contains("\n${nsis_install}\n" "\n${line}\n" "NSIS install commands: ${line}")
endforeach()
set(line [=[DeleteRegKey SHCTX 'Software\Classes\otadash']=])
expect_contains("\n${nsis_uninstall}\n" "\n${line}\n" "NSIS uninstall commands: ${line}")

# Windows, WiX: the patch CPACK_WIX_PATCH_FILE names.
if(EXISTS "${CPACK_WIX_PATCH_FILE}")
    file(READ "${CPACK_WIX_PATCH_FILE}" wix)
else()
    set(wix "")
    string(APPEND failures "\n  CPACK_WIX_PATCH_FILE: no file ${CPACK_WIX_PATCH_FILE}")
endif()
foreach(needle
        [=[<CPackWiXFragment Id="CM_CP_bin.otadash.exe">]=]
        [=[<RegistryKey Root="HKCR" Key="otadash">]=]
        [=[Name="URL Protocol" Value=""]=]
        [=[Key="shell\open\command" Value="&quot;[#CM_FP_bin.otadash.exe]&quot; &quot;%1&quot;"]=])
    expect_contains("${wix}" "${needle}" "WiX patch: ${needle}")
endforeach()

if(failures)
    message(FATAL_ERROR "otadash:// is missing or registered differently:${failures}")
endif()
message(STATUS "otadash:// is registered alike in the desktop entry, Info.plist, NSIS and WiX")
