# The main window and everything it shows; included by ui/CMakeLists.txt.
target_sources(ui PRIVATE
    model/SessionStatus.h model/SessionStatus.cpp
    model/SessionTableModel.h model/SessionTableModel.cpp
    model/SessionSortFilterProxy.h model/SessionSortFilterProxy.cpp
    model/CountdownTicker.h model/CountdownTicker.cpp
    model/BatchSummary.h model/BatchSummary.cpp
    widgets/RemainingBarDelegate.h widgets/RemainingBarDelegate.cpp
    widgets/SessionDetailsPane.h widgets/SessionDetailsPane.cpp
    widgets/WalletsSection.h widgets/WalletsSection.cpp
    widgets/ThemeColors.h
    widgets/ElidedLabel.h widgets/ElidedLabel.cpp
    widgets/DurationEdit.h widgets/DurationEdit.cpp
    widgets/EmptyStateWidget.h widgets/EmptyStateWidget.cpp
    widgets/DemoInbox.h widgets/DemoInbox.cpp
    widgets/MessageBanner.h widgets/MessageBanner.cpp
    widgets/StatusPanel.h widgets/StatusPanel.cpp
    dialogs/LoginDialog.h dialogs/LoginDialog.cpp
    dialogs/signin/SignInDialog.h dialogs/signin/SignInDialog.cpp
    dialogs/signin/SignInMethodPage.h dialogs/signin/SignInMethodPage.cpp
    dialogs/signin/OtpContactPage.h dialogs/signin/OtpContactPage.cpp
    dialogs/signin/OtpCodePage.h dialogs/signin/OtpCodePage.cpp
    dialogs/signin/SecurityKeyPage.h dialogs/signin/SecurityKeyPage.cpp
    dialogs/RefreshOptionsDialog.h dialogs/RefreshOptionsDialog.cpp
    dialogs/ConfirmClearAllDialog.h dialogs/ConfirmClearAllDialog.cpp
    dialogs/SettingsDialog.h dialogs/SettingsDialog.cpp
    dialogs/FitTitle.h
    dialogs/ServeDialog.h dialogs/ServeDialog.cpp
    model/ServingWatcher.h model/ServingWatcher.cpp
    window/ServeController.h window/ServeController.cpp
    settings/AppSettings.h settings/AppSettings.cpp
    settings/Autostart.h settings/Autostart.cpp
    settings/RememberedKeysSection.h settings/RememberedKeysSection.cpp
    app/CommandLine.h app/CommandLine.cpp
    app/DemoBackend.h
    app/DemoMode.h app/DemoMode.cpp
    app/AppContext.h app/AppContext.cpp
    app/StartupProbe.h app/StartupProbe.cpp
    app/FirstPaint.h app/FirstPaint.cpp
    window/ActionsController.h window/ActionsController.cpp
    window/BatchProgress.h window/BatchProgress.cpp
    window/SessionCommands.h window/SessionCommands.cpp
    window/SecurityKeyRefresh.h window/SecurityKeyRefresh.cpp
    window/ColumnFitter.h window/ColumnFitter.cpp
    window/MainWindow.h window/MainWindow.cpp
)

# Sign-in with Google / OpenID Connect: the provider buttons, the waiting page and the front end of
# SessionManager::signIn with an OidcAttestation (the log-in dialog shows them).
target_sources(ui PRIVATE
    dialogs/signin/OidcProviderButtons.h dialogs/signin/OidcProviderButtons.cpp
    dialogs/signin/OidcWaitingPage.h dialogs/signin/OidcWaitingPage.cpp
    dialogs/signin/OidcSignIn.h dialogs/signin/OidcSignIn.cpp
)

# Icons compiled into the library with qt_add_resources: an AUTORCC .qrc in a static library is
# silently dropped by the linker, since nothing references its initializer.
file(GLOB WS_UI_ICONS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/resources/icons/*.svg)
qt_add_resources(ui "ws_ui_icons" PREFIX "/" BASE ${CMAKE_SOURCE_DIR}/resources
    FILES ${WS_UI_ICONS})
