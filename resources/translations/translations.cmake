# Translations (issue 18): wallet-sessions_<lang>.ts beside this file, compiled to .qm by lrelease at
# build time, embedded in core under :/translations (the window and the CLI both link it) and
# installed to share/wallet-sessions/translations.
#   cmake --build build --target update_translations
# runs lupdate over every translated source folder (sources.cmake) and writes the .ts files; then
# translate the entries it marks unfinished. tests/ui's translations_complete runs the same lupdate
# and fails on an unfinished entry or a .ts file that is not current.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)
set(ws_translations_dir ${CMAKE_SOURCE_DIR}/resources/translations)
set(WS_TS_FILES ${ws_translations_dir}/wallet-sessions_de.ts ${ws_translations_dir}/wallet-sessions_fr.ts)
# English is the source language: its file holds the plural forms alone ("1 session", "2 sessions").
set(WS_TS_PLURALS ${ws_translations_dir}/wallet-sessions_en.ts)
set_source_files_properties(${WS_TS_FILES} ${WS_TS_PLURALS} PROPERTIES OUTPUT_LOCATION
                            ${CMAKE_CURRENT_BINARY_DIR}/translations)
qt_add_lrelease(core TS_FILES ${WS_TS_FILES} ${WS_TS_PLURALS} OPTIONS -silent QM_FILES_OUTPUT_VARIABLE WS_QM_FILES)
qt_add_resources(core "ws_translations" PREFIX "/translations" BASE ${CMAKE_CURRENT_BINARY_DIR}/translations
    FILES ${WS_QM_FILES})
install(FILES ${WS_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/wallet-sessions/translations)

# Qt 6.4's qt_add_lupdate takes one target's sources and has no plural-only mode; the script below
# does both, with the folder list shared with the test.
add_custom_target(update_translations
    COMMAND ${CMAKE_COMMAND} -DLUPDATE=$<TARGET_FILE:Qt6::lupdate> -DSOURCE_DIR=${CMAKE_SOURCE_DIR}
            -DMODE=update -P ${ws_translations_dir}/lupdate.cmake
    COMMENT "lupdate: resources/translations/*.ts"
    VERBATIM)
