# moc without the include path (issue 14, "CI stays fast").
#
# AUTOMOC gives moc a target's include directories and a header of the compiler's predefined macros.
# moc reads every header it can find through them (for tst_mainwindow.cpp the whole of QtWidgets and
# QtTest) to learn macros, and the compiler runs once per target to write that predefines header: in a
# fresh gcc build the AUTOMOC steps took 141 s of the 873 s of build steps (123 targets), 18 s without.
# Our Q_OBJECT classes do not depend on those macros: none is declared under a condition other than a
# definition CMake passes on the command line (WS_TEST_HAVE_GUI), which moc still gets. Built both ways,
# 158 of the 166 generated files were byte for byte the same; 8 lacked an #include that moc copies from
# the Q_MOC_INCLUDEs of the Qt headers it read (<QSslError>, <qtextcursor.h>), for types none of our
# meta-objects uses. Should a class ever be declared under a macro from a header (#ifdef Q_OS_UNIX), moc
# would not see it and the link would fail on its missing meta-object: loudly, never silently.
# -DWS_MOC_INCLUDES=ON restores CMake's default.
option(WS_MOC_INCLUDES "Give AUTOMOC's moc the include path and the compiler's predefined macros" OFF)

if(NOT WS_MOC_INCLUDES)
    set(CMAKE_AUTOMOC_COMPILER_PREDEFINES OFF)
    set(WS_MOC_WRAPPER ${CMAKE_BINARY_DIR}/moc-without-includes.sh)
    get_target_property(WS_REAL_MOC Qt6::moc LOCATION)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/moc-without-includes.sh.in ${WS_MOC_WRAPPER} @ONLY
                   FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                    WORLD_READ WORLD_EXECUTE)
endif()

# Every AUTOMOC target under `dir` runs moc through the wrapper. Called once the tree is configured.
function(ws_moc_assign dir)
    if(WS_MOC_INCLUDES)
        return()
    endif()
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    foreach(t ${targets})
        get_target_property(automoc ${t} AUTOMOC)
        if(automoc)
            set_target_properties(${t} PROPERTIES AUTOMOC_EXECUTABLE ${WS_MOC_WRAPPER})
        endif()
    endforeach()
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub ${subdirs})
        ws_moc_assign(${sub})
    endforeach()
endfunction()
