# Precompiled headers (issue 14, "CI stays fast"). Every translation unit of the project parses the
# same few hundred thousand lines of Qt and standard headers before its own code; a precompiled header
# parses them once per target (the libraries) or once for a whole family of one-source test
# executables (REUSE_FROM). Turned off with -DWS_PCH=OFF (e.g. to check that every file still includes
# what it uses).
#
# Which targets may share one PCH: a compiler only accepts a PCH built with the same language and code
# generation options and the same macros that its headers look at. Options are the same for every
# target (ws_build_settings, Qt's -fPIC); the macros differ in two ways:
#  - QT_<MODULE>_LIB, one per linked Qt module. They change what the headers are: <QtTest> with
#    QT_WIDGETS_LIB makes QTEST_MAIN create a QApplication, without it a QCoreApplication. clang would
#    silently accept a PCH built with other modules, so a target reuses a family's PCH only when the
#    Qt modules it links (transitively) are exactly the family's; ws_pch_assign() checks that after
#    the whole tree is configured, and a target that fits no family compiles its headers itself.
#  - QT_TESTCASE_BUILDDIR / QT_TESTCASE_SOURCEDIR, which Qt6::Test defines per directory. They only
#    serve QFINDTESTDATA, which no suite uses (tests/CMakeLists.txt has a check); the test families
#    undefine both (-U after CMake's -D), in the PCH and in every target that uses it.

option(WS_PCH "Precompiled headers for the libraries and the test executables" ON)
# Unity builds for the libraries (core, devserver, ui, cli_commands): their files are compiled eight to a
# translation unit, which cut their share of a fresh gcc build from 176 to 114 s of CPU (2 cores, PCH on
# in both). The test suites are one file each and gain nothing. A file-local helper that two files of
# one library both define breaks such a build at once (a redefinition); CI builds with it, so it stays
# possible. -DWS_UNITY=OFF builds file by file (e.g. to check that every file includes what it uses).
option(WS_UNITY "Unity builds for the libraries" ON)

# The headers nearly every file of the domain includes (counted over core/, devserver/, app/cli/).
set(WS_PCH_CORE_HEADERS
    <algorithm> <chrono> <functional> <memory> <optional> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QNetworkAccessManager> <QNetworkReply> <QObject>
    <QPointer> <QSet> <QString> <QStringList> <QTimer> <QUrl>)
set(WS_PCH_GUI_HEADERS ${WS_PCH_CORE_HEADERS}
    <QAction> <QApplication> <QDialog> <QHBoxLayout> <QLabel> <QLineEdit> <QPainter> <QPushButton>
    <QTableView> <QVBoxLayout> <QWidget>)
set(WS_PCH_TEST_HEADERS <QTest> <QSignalSpy> <QTemporaryDir> <QProcess> <QElapsedTimer>)

set(WS_PCH_TEST_UNDEFS -UQT_TESTCASE_BUILDDIR -UQT_TESTCASE_SOURCEDIR)

# clang records the modification times of the headers in a PCH and rejects it when they differ; with
# ccache, a PCH taken from the cache would carry another checkout's times. Headers are still tracked
# by the build's dependency files, so the check adds nothing here.
set(WS_PCH_CREATE_OPTIONS "$<$<CXX_COMPILER_ID:Clang>:SHELL:-Xclang -fno-pch-timestamp>")

# A library compiled eight files to a translation unit (WS_UNITY).
function(ws_unity_library target)
    if(WS_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    endif()
endfunction()

# A library that compiles its own PCH.
function(ws_pch_library target)
    if(NOT WS_PCH)
        return()
    endif()
    get_target_property(libs ${target} LINK_LIBRARIES)
    target_compile_options(${target} PRIVATE ${WS_PCH_CREATE_OPTIONS})
    if("Qt6::Widgets" IN_LIST libs)
        target_precompile_headers(${target} PRIVATE ${WS_PCH_GUI_HEADERS})
    else()
        target_precompile_headers(${target} PRIVATE ${WS_PCH_CORE_HEADERS})
    endif()
endfunction()

# The PCH of one family of test targets: an object library linking `libs`, compiled once.
function(ws_pch_family name)
    if(NOT WS_PCH)
        return()
    endif()
    cmake_parse_arguments(F "GUI" "" "LIBS" ${ARGN})
    set(source ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
    file(CONFIGURE OUTPUT ${source} CONTENT "// PCH host of the ${name} family (cmake/WsPrecompile.cmake)\n")
    add_library(${name} OBJECT ${source})
    target_link_libraries(${name} PRIVATE ${F_LIBS} ws_build_settings)
    target_compile_options(${name} PRIVATE ${WS_PCH_TEST_UNDEFS} ${WS_PCH_CREATE_OPTIONS})
    set_target_properties(${name} PROPERTIES AUTOMOC OFF)
    if(F_GUI)
        target_precompile_headers(${name} PRIVATE ${WS_PCH_GUI_HEADERS} ${WS_PCH_TEST_HEADERS})
    else()
        target_precompile_headers(${name} PRIVATE ${WS_PCH_CORE_HEADERS} ${WS_PCH_TEST_HEADERS})
    endif()
    set_property(GLOBAL APPEND PROPERTY WS_PCH_FAMILIES ${name})
endfunction()

# Marks a target as a candidate for one of the families' PCH; ws_pch_assign() decides.
function(ws_pch_candidate target)
    if(WS_PCH)
        set_property(GLOBAL APPEND PROPERTY WS_PCH_CANDIDATES ${target})
    endif()
endfunction()

# The Qt modules a target links, directly or through other targets, sorted.
function(ws_pch_qt_modules target out)
    set(seen "")
    set(queue ${target})
    set(modules "")
    while(queue)
        list(POP_FRONT queue t)
        if(t IN_LIST seen OR NOT TARGET ${t})
            continue()
        endif()
        list(APPEND seen ${t})
        if(t MATCHES "^Qt6::(.+)$")
            list(APPEND modules ${CMAKE_MATCH_1})
        endif()
        set(deps "")
        # The target's own compile definitions come from everything it links; a dependency's, only
        # from what that dependency passes on (its INTERFACE_LINK_LIBRARIES).
        if(t STREQUAL target)
            get_target_property(direct ${t} LINK_LIBRARIES)
            if(direct)
                list(APPEND deps ${direct})
            endif()
        endif()
        get_target_property(iface ${t} INTERFACE_LINK_LIBRARIES)
        if(iface)
            list(APPEND deps ${iface})
        endif()
        foreach(d ${deps})
            # $<LINK_ONLY:X> (a static library's private dependency) brings no compile definitions, and
            # no other generator expression is followed.
            if(NOT d MATCHES "^\\$<" AND TARGET ${d})
                get_target_property(alias ${d} ALIASED_TARGET)
                if(alias)
                    set(d ${alias})
                endif()
                list(APPEND queue ${d})
            endif()
        endforeach()
    endwhile()
    # Qt's Private and Platform helper targets define nothing the headers test.
    list(FILTER modules EXCLUDE REGEX "(Private|Platform.*|EntryPointPrivate)$")
    list(REMOVE_DUPLICATES modules)
    list(SORT modules)
    set(${out} "${modules}" PARENT_SCOPE)
endfunction()

# Called (deferred) at the end of the top-level CMakeLists.txt: each candidate reuses the PCH of the
# family whose Qt modules are exactly its own, or none.
function(ws_pch_assign)
    get_property(families GLOBAL PROPERTY WS_PCH_FAMILIES)
    get_property(candidates GLOBAL PROPERTY WS_PCH_CANDIDATES)
    foreach(f ${families})
        ws_pch_qt_modules(${f} mods_${f})
    endforeach()
    set(unassigned "")
    foreach(t ${candidates})
        ws_pch_qt_modules(${t} mods)
        set(host "")
        foreach(f ${families})
            if(mods STREQUAL mods_${f})
                set(host ${f})
                break()
            endif()
        endforeach()
        if(host)
            set_target_properties(${t} PROPERTIES PRECOMPILE_HEADERS_REUSE_FROM ${host})
            target_compile_options(${t} PRIVATE ${WS_PCH_TEST_UNDEFS})
            # A suite includes its own .moc, so AUTOMOC's mocs_compilation.cpp is an empty file; with the
            # PCH, loading it cost gcc 0.4 s per suite (42 s of a fresh build), for nothing.
            get_target_property(dir ${t} BINARY_DIR)
            set_source_files_properties(${dir}/${t}_autogen/mocs_compilation.cpp TARGET_DIRECTORY ${t}
                                        PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        else()
            list(APPEND unassigned "${t} (${mods})")
        endif()
    endforeach()
    if(unassigned)
        list(JOIN unassigned ", " text)
        message(STATUS "Precompiled headers: no shared PCH for ${text}")
    endif()
    if(WS_PCH_VERBOSE)
        foreach(f ${families})
            message(STATUS "Precompiled headers: family ${f}: ${mods_${f}}")
        endforeach()
    endif()
endfunction()
