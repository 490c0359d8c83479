cmake_minimum_required(VERSION 3.22)
# cmake -DEXE=path/to/tst_x "-DSHARDS=a;b;c" -P CheckShards.cmake
# Fails unless the Qt Test executable's functions (`EXE -functions`) are exactly SHARDS, the list its
# CTest tests were registered from (ws_add_test's SHARDS): a sharded suite cannot lose a function.
execute_process(COMMAND ${EXE} -functions OUTPUT_VARIABLE out RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${EXE} -functions failed (${status})")
endif()
string(REGEX REPLACE "\\(\\)" "" out "${out}")
string(REGEX REPLACE "[\r\n]+" ";" functions "${out}")
list(REMOVE_ITEM functions "")
list(SORT functions)
set(expected ${SHARDS})
list(SORT expected)
if(NOT functions STREQUAL expected)
    message(FATAL_ERROR "the executable has the functions [${functions}], CTest runs [${expected}]: "
                        "list every function in SHARDS (tests/CMakeLists.txt, ws_add_test)")
endif()
message(STATUS "every function of ${EXE} is a CTest test of its own: ${functions}")
