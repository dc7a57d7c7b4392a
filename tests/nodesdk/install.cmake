# Installs the pinned official Node SDK packages of this folder into the BUILD tree (the nodesdk CTest
# fixture). Idempotent: when INSTALL_DIR already holds the pinned @alicloud/iot20180120 installed from this
# very lockfile, it returns at once.
#
#   cmake -DSOURCE_DIR=<tests/nodesdk> -DINSTALL_DIR=<build>/tests/nodesdk -DNPM_EXECUTABLE=<npm>
#         -P install.cmake
#
# Changing a pin: edit package.json, then `npm install --package-lock-only` in tests/nodesdk (writes only the
# lockfile; the .npmrc beside it keeps registry URLs out of it: check that `grep -c '"resolved"'` says 0).
cmake_minimum_required(VERSION 3.25)

foreach(var SOURCE_DIR INSTALL_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "nodesdk install: ${var} is not set")
    endif()
endforeach()
if(NOT NPM_EXECUTABLE OR NOT EXISTS "${NPM_EXECUTABLE}")
    message(FATAL_ERROR
        "nodesdk install: npm was not found when CMake configured the build (NPM_EXECUTABLE="
        "'${NPM_EXECUTABLE}'). tst_nodesdk needs Node.js and npm: install them (packaging/install-deps.sh "
        "does), then re-run cmake.")
endif()

file(MAKE_DIRECTORY "${INSTALL_DIR}")
foreach(name package.json package-lock.json .npmrc)
    file(COPY_FILE "${SOURCE_DIR}/${name}" "${INSTALL_DIR}/${name}" ONLY_IF_DIFFERENT)
endforeach()

file(READ "${SOURCE_DIR}/package.json" manifest)
string(JSON pinned GET "${manifest}" dependencies "@alicloud/iot20180120")
file(SHA256 "${SOURCE_DIR}/package-lock.json" lock_hash)

set(stamp "${INSTALL_DIR}/node_modules/.otadash-lock.sha256")
set(installed_manifest "${INSTALL_DIR}/node_modules/@alicloud/iot20180120/package.json")
if(EXISTS "${stamp}" AND EXISTS "${installed_manifest}")
    file(READ "${stamp}" installed_hash)
    file(READ "${installed_manifest}" installed)
    string(JSON installed_version ERROR_VARIABLE json_error GET "${installed}" version)
    if(installed_hash STREQUAL lock_hash AND installed_version STREQUAL pinned)
        message(STATUS "nodesdk install: @alicloud/iot20180120 ${pinned} already installed in ${INSTALL_DIR}")
        return()
    endif()
endif()

# npm ci: exactly the lockfile, node_modules replaced as a whole.
string(TIMESTAMP started "%s")
execute_process(
    COMMAND "${NPM_EXECUTABLE}" ci --prefix "${INSTALL_DIR}" --no-audit --no-fund --loglevel=error
    WORKING_DIRECTORY "${INSTALL_DIR}"
    RESULT_VARIABLE result)
string(TIMESTAMP finished "%s")
math(EXPR seconds "${finished} - ${started}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "nodesdk install: `npm ci` in ${INSTALL_DIR} failed (${result}) after ${seconds} s")
endif()
if(NOT EXISTS "${installed_manifest}")
    message(FATAL_ERROR "nodesdk install: npm ci finished but ${installed_manifest} is missing")
endif()
file(READ "${installed_manifest}" installed)
string(JSON installed_version GET "${installed}" version)
if(NOT installed_version STREQUAL pinned)
    message(FATAL_ERROR "nodesdk install: installed @alicloud/iot20180120 ${installed_version}, pinned ${pinned}")
endif()
file(WRITE "${stamp}" "${lock_hash}")
message(STATUS "nodesdk install: @alicloud/iot20180120 ${pinned} installed in ${seconds} s")
