# Installation layout and CPack configuration for every platform (included from the top-level CMakeLists.txt).
include(GNUInstallDirs)

set(OTADASH_APP_ID io.github.otadash.OtaDash)
set(OTADASH_ICON_SIZES 16 24 32 48 64 128 256 512)

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${OTADASH_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${OTADASH_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/otadash.1 ${CMAKE_CURRENT_LIST_DIR}/linux/otadash-cli.1
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/otadash.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${OTADASH_APP_ID}.svg)
    foreach(size IN LISTS OTADASH_ICON_SIZES)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/otadash-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${OTADASH_APP_ID}.png)
    endforeach()
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/otadash RENAME copyright)
endif()

# Windows and macOS carry the Qt runtime with them (windeployqt / macdeployqt through Qt's deploy script).
# otadash-cli and otadash-report use a subset of the dashboard's Qt libraries and plugins: on Windows they sit
# beside otadash.exe in bin/ and share what windeployqt put there; in the macOS bundle macdeployqt must rewrite
# their framework paths too, which Qt >= 6.5 allows (ADDITIONAL_EXECUTABLES, -executable=).
if(APPLE AND Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_script(TARGET otadash OUTPUT_SCRIPT otadash_deploy_script CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"OtaDash.app\"
    ADDITIONAL_EXECUTABLES \"OtaDash.app/Contents/MacOS/otadash-cli\" \"OtaDash.app/Contents/MacOS/otadash-report\"
)")
    install(SCRIPT ${otadash_deploy_script})
elseif(WIN32 OR APPLE)
    # Qt 6.4 names the output FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT (Qt docs of each version).
    if(Qt6_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_app_script(TARGET otadash FILENAME_VARIABLE otadash_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET otadash OUTPUT_SCRIPT otadash_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${otadash_deploy_script})
endif()
# windeployqt deploys Qt's own libraries only (Qt's deployment docs): QtKeychain's DLL is installed beside
# otadash.exe here. QtKeychain's CMake package names it through an ALIAS, which install() does not take.
if(WIN32)
    set(otadash_keychain Qt6Keychain::Qt6Keychain)
    get_target_property(otadash_keychain_aliased ${otadash_keychain} ALIASED_TARGET)
    if(otadash_keychain_aliased)
        set(otadash_keychain ${otadash_keychain_aliased})
    endif()
    get_target_property(otadash_keychain_type ${otadash_keychain} TYPE)
    if(otadash_keychain_type STREQUAL "SHARED_LIBRARY")
        install(IMPORTED_RUNTIME_ARTIFACTS ${otadash_keychain} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endif()

set(CPACK_PACKAGE_NAME otadash)
set(CPACK_PACKAGE_VENDOR "The OtaDash developers")
set(CPACK_PACKAGE_CONTACT "The OtaDash developers <otadash@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Dashboard for the OTA update batches of Alibaba Cloud IoT Platform")
set(CPACK_PACKAGE_DESCRIPTION
    "OtaDash signs and sends IoT OpenAPI requests (QueryOTAJob) and shows an update batch with every field: \
its identity, rollout policy, source and destination versions, tags and schedule times. AccessKey secrets \
stay in the operating system's keychain. English, Japanese and Simplified Chinese.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_LIST_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_PACKAGE_ICON ${PROJECT_SOURCE_DIR}/resources/icons/otadash-256.png)
set(CPACK_PACKAGE_INSTALL_DIRECTORY OtaDash)
set(CPACK_PACKAGE_EXECUTABLES otadash OtaDash) # Start-menu shortcut (NSIS and WiX)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/;/shots/;node_modules")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB RPM TGZ)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    # DEB
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # QtKeychain dlopen()s libsecret and Qt SQL loads its SQLite driver plugin at run time: dpkg-shlibdeps
    # sees neither.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite")
    # qt6-translations-l10n: Qt's own words (standard buttons, --help) in Japanese and Chinese; OtaDash's are built in.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "gnome-keyring | kwalletmanager, fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}\n${CPACK_PACKAGE_DESCRIPTION}")
    # RPM
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE MIT)
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
    set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
    set(CPACK_RPM_PACKAGE_REQUIRES "libsecret")
    set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
    # Directories the filesystem package owns must not be claimed by ours.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1 /usr/share/icons
        /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
    foreach(size IN LISTS OTADASH_ICON_SIZES)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
             /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
    endforeach()
elseif(WIN32)
    set(CPACK_GENERATOR NSIS ZIP WIX)
    set(CPACK_NSIS_DISPLAY_NAME OtaDash)
    set(CPACK_NSIS_PACKAGE_NAME OtaDash)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/otadash.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/otadash.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\otadash.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # The installer offers to put bin\ on PATH, so that otadash-cli.exe (the headless commands) runs in any
    # console.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_CONTACT ${CPACK_PACKAGE_CONTACT})
    # WiX: a fixed upgrade code, so a new version replaces the old one instead of installing beside it.
    set(CPACK_WIX_UPGRADE_GUID "6F1E2B8C-3D4A-4C5E-9A7B-0D2E4F6A8B1C")
    set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/otadash.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER OtaDash)
    set(CPACK_WIX_LICENSE_RTF ${CMAKE_CURRENT_LIST_DIR}/windows/LICENSE.rtf)
    # otadash:// for both installers (NSIS commands, a WiX patch).
    include(${CMAKE_CURRENT_LIST_DIR}/windows/UrlScheme.cmake)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME OtaDash)
    set(CPACK_DMG_FORMAT UDZO)
    # The DMG holds OtaDash.app and, by default (CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK unset), a link to
    # /Applications to drag it onto. Info.plist.in registers otadash:// for the bundle.
endif()

include(CPack)

# The otadash:// scheme alike in every installer's sources: CMake only, so on every system.
if(BUILD_TESTING)
    add_test(NAME package_url_scheme
             COMMAND ${CMAKE_COMMAND} -DPACKAGING_DIR=${CMAKE_CURRENT_LIST_DIR} -P ${CMAKE_CURRENT_LIST_DIR}/check-url-scheme.cmake)
    set_tests_properties(package_url_scheme PROPERTIES LABELS packaging)
endif()

# Packaging checks (Linux): the desktop entry and AppStream data validate, and the .deb installs and runs on a
# fresh Debian 12 root (needs root; CI runs as root).
if(BUILD_TESTING AND UNIX AND NOT APPLE)
    add_test(NAME package_desktop_file_valid
             COMMAND desktop-file-validate ${CMAKE_CURRENT_LIST_DIR}/linux/${OTADASH_APP_ID}.desktop)
    add_test(NAME package_metainfo_valid
             COMMAND appstreamcli validate --no-net --pedantic ${CMAKE_CURRENT_LIST_DIR}/linux/${OTADASH_APP_ID}.metainfo.xml)
    add_test(NAME package_clean_system
             COMMAND ${CMAKE_CURRENT_LIST_DIR}/linux/package-test.sh ${CMAKE_BINARY_DIR})
    set_tests_properties(package_desktop_file_valid package_metainfo_valid PROPERTIES LABELS "linux-only;packaging")
    set_tests_properties(package_clean_system PROPERTIES TIMEOUT 1200 RUN_SERIAL ON LABELS "linux-only;packaging")
endif()
