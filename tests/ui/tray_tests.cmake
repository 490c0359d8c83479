# Tray, single-instance and notifier tests (included from tests/ui/CMakeLists.txt). The tray tests need
# an X server with a tray host: run them under ws_headless (scripts/lib/headless.sh).
if(NOT TARGET ui)
    return()
endif()
ws_add_test(NAME tst_singleinstance SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_singleinstance.cpp LIBS ui LABELS ui tray)
if(NOT TARGET ws_sessiontestkit)
    return()
endif()
foreach(t tst_notifier tst_trayintegration)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp)
        ws_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp LIBS ui ws_sessiontestkit devserver LABELS ui tray headless
                    TIMEOUT 180)
    endif()
endforeach()
