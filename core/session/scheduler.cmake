# The auto-refresh scheduler; included from core/session/CMakeLists.txt.
target_sources(core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/RefreshScheduler.h ${CMAKE_CURRENT_LIST_DIR}/RefreshScheduler.cpp)
