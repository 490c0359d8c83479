# Tray, single-instance and notifier tests (included from tests/ui/CMakeLists.txt). The tray tests need
# an X server with a tray host: run them under ws_headless (scripts/lib/headless.sh).
ws_add_test(NAME tst_singleinstance SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_singleinstance.cpp LIBS ui LABELS ui tray)
foreach(t tst_notifier tst_trayintegration)
    ws_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp LIBS ui ws_sessiontestkit devserver
                LABELS ui tray headless TIMEOUT 180)
endforeach()
