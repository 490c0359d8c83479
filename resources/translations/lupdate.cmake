# lupdate over every translated folder (sources.cmake) for each .ts file in this folder; English gets
# the plural forms only. Used by the update_translations target (MODE=update: the .ts files are
# rewritten) and by tests/ui/check_translations.cmake (MODE=check: copies in WORK_DIR are updated and
# compared). Fails on any lupdate warning: a tr() lupdate cannot file under the context the program
# looks it up in would never be translated.
# cmake -DLUPDATE=... -DSOURCE_DIR=... -DMODE=update|check [-DWORK_DIR=...] -P lupdate.cmake
include(${CMAKE_CURRENT_LIST_DIR}/sources.cmake)
set(dirs)
foreach(dir ${WS_TRANSLATED_DIRS})
    list(APPEND dirs ${SOURCE_DIR}/${dir})
endforeach()
file(GLOB ts_files ${CMAKE_CURRENT_LIST_DIR}/*.ts)
list(LENGTH ts_files count)
if(count LESS 3)
    message(FATAL_ERROR "expected the English plural forms and at least two .ts files, found ${count}")
endif()
if(MODE STREQUAL "check")
    file(REMOVE_RECURSE ${WORK_DIR})
    file(MAKE_DIRECTORY ${WORK_DIR})
endif()
set(WS_UPDATED_TS)
foreach(ts ${ts_files})
    get_filename_component(name ${ts} NAME)
    set(target ${ts})
    if(MODE STREQUAL "check")
        file(COPY ${ts} DESTINATION ${WORK_DIR})
        set(target ${WORK_DIR}/${name})
    endif()
    set(only)
    if(name MATCHES "_en\\.ts$")
        set(only -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} ${only} -no-obsolete -locations none ${dirs} -ts ${target}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 300)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name} (${rc}): ${err}")
    endif()
    # lupdate reports a tr() it cannot place ("Class 'ws::x' lacks Q_OBJECT macro", "Cannot invoke
    # tr() like this") on stderr and goes on.
    string(REGEX MATCHALL "[^\n]*(lacks Q_OBJECT|Cannot invoke|Discarding|not a valid)[^\n]*" warnings "${out}${err}")
    foreach(w ${warnings})
        message(SEND_ERROR "lupdate: ${w}")
        set(WS_LUPDATE_WARNED TRUE)
    endforeach()
    list(APPEND WS_UPDATED_TS ${target})
endforeach()
if(WS_LUPDATE_WARNED)
    message(FATAL_ERROR "lupdate could not file some texts under the context they are looked up in")
endif()
