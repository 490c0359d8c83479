# The refresh scheduler's tests (included from tests/session/CMakeLists.txt): real keyring, real
# devserver on loopback; run under ws_headless.
ws_add_test(NAME tst_refreshscheduler SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_refreshscheduler.cpp
            LIBS ws_sessiontestkit devserver LABELS session keyring scheduler TIMEOUT 300)
