# Installs the pinned npm packages of one test folder (tests/nodesdk, tests/workflowlint) into the BUILD tree: the
# nodesdk and workflowlint CTest fixtures. Idempotent: when INSTALL_DIR already holds the pinned PACKAGE installed
# from this very lockfile, it returns at once.
#
#   cmake -DSOURCE_DIR=<tests/folder> -DINSTALL_DIR=<build>/<folder> -DPACKAGE=<the pinned dependency to check>
#         -DNPM_EXECUTABLE=<npm> [-DNODE_EXECUTABLE=<node>] -P npm-ci.cmake
#
# Changing a pin: edit the folder's package.json, then `npm install --package-lock-only` in that folder (writes
# only the lockfile; the .npmrc beside it keeps registry URLs out of it: check that `grep -c '"resolved"'` says 0).
cmake_minimum_required(VERSION 3.25)

foreach(var SOURCE_DIR INSTALL_DIR PACKAGE)
    if(NOT ${var})
        message(FATAL_ERROR "npm install: ${var} is not set")
    endif()
endforeach()
# No npm or node is a failure, never a skip: the tests that need them would prove nothing.
if(NOT NPM_EXECUTABLE OR NOT EXISTS "${NPM_EXECUTABLE}")
    message(FATAL_ERROR
        "npm install: npm was not found when CMake configured the build (NPM_EXECUTABLE='${NPM_EXECUTABLE}'). "
        "The tests of ${SOURCE_DIR} need Node.js and npm: install them (packaging/install-deps.sh does), then "
        "re-run cmake.")
endif()
if(DEFINED NODE_EXECUTABLE AND NOT EXISTS "${NODE_EXECUTABLE}")
    message(FATAL_ERROR
        "npm install: node was not found when CMake configured the build (NODE_EXECUTABLE='${NODE_EXECUTABLE}'). "
        "The tests of ${SOURCE_DIR} need Node.js: install it (packaging/install-deps.sh does), then re-run cmake.")
endif()

file(MAKE_DIRECTORY "${INSTALL_DIR}")
foreach(name package.json package-lock.json .npmrc)
    file(COPY_FILE "${SOURCE_DIR}/${name}" "${INSTALL_DIR}/${name}" ONLY_IF_DIFFERENT)
endforeach()

file(READ "${SOURCE_DIR}/package.json" manifest)
string(JSON pinned GET "${manifest}" dependencies "${PACKAGE}")
file(SHA256 "${SOURCE_DIR}/package-lock.json" lock_hash)

set(stamp "${INSTALL_DIR}/node_modules/.otadash-lock.sha256")
set(installed_manifest "${INSTALL_DIR}/node_modules/${PACKAGE}/package.json")
if(EXISTS "${stamp}" AND EXISTS "${installed_manifest}")
    file(READ "${stamp}" installed_hash)
    file(READ "${installed_manifest}" installed)
    string(JSON installed_version ERROR_VARIABLE json_error GET "${installed}" version)
    if(installed_hash STREQUAL lock_hash AND installed_version STREQUAL pinned)
        message(STATUS "npm install: ${PACKAGE} ${pinned} already installed in ${INSTALL_DIR}")
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
    message(FATAL_ERROR "npm install: `npm ci` in ${INSTALL_DIR} failed (${result}) after ${seconds} s")
endif()
if(NOT EXISTS "${installed_manifest}")
    message(FATAL_ERROR "npm install: npm ci finished but ${installed_manifest} is missing")
endif()
file(READ "${installed_manifest}" installed)
string(JSON installed_version GET "${installed}" version)
if(NOT installed_version STREQUAL pinned)
    message(FATAL_ERROR "npm install: installed ${PACKAGE} ${installed_version}, pinned ${pinned}")
endif()
file(WRITE "${stamp}" "${lock_hash}")
message(STATUS "npm install: ${PACKAGE} ${pinned} installed in ${seconds} s")
