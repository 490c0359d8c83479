# The folders whose texts are translated: the window (ui, app/gui), the CLI (app/cli) and the core,
# whose messages both show. Relative to the source root.
set(WS_TRANSLATED_DIRS ui app/gui app/cli core)
