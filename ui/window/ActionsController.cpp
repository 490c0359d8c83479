#include "ActionsController.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QWidget>

namespace ws::ui {

QAction* ActionsController::make(const QString& text, const char* icon, const QString& tip,
                                 const QString& objectName) {
    auto* action = new QAction(text, m_window);
    if (icon)
        action->setIcon(QIcon(QStringLiteral(":/icons/") + QLatin1String(icon) + QStringLiteral(".svg")));
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setObjectName(objectName);
    m_window->addAction(action); // shortcuts work even when the action is in no visible menu
    return action;
}

ActionsController::ActionsController(QWidget* window)
    : QObject(window)
    , m_window(window) {
    login = make(tr("&Log in…"), "login", tr("Create a session: email, text message or API key"),
                 QStringLiteral("actionLogin"));
    login->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    refresh = make(tr("&Refresh"), "refresh", tr("Refresh the selected sessions (F5)"),
                   QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAll = make(tr("Refresh &all"), "refresh-all", tr("Refresh every session that has not expired"),
                      QStringLiteral("actionRefreshAll"));
    refreshAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    refreshWithOptions = make(tr("Refresh with &options…"), nullptr,
                              tr("Refresh with a chosen lifetime, optionally invalidating other sessions"),
                              QStringLiteral("actionRefreshWithOptions"));
    refreshWithOptions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    signInAgain = make(tr("Sign &in again…"), "login",
                       tr("Replace an expired or revoked session with a new one under the same name"),
                       QStringLiteral("actionSignInAgain"));
    signInAgain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    setActive =
        make(tr("Set as &default"), "active",
             tr("Make the selected session the default one, used when no session is named (double-click)"),
             QStringLiteral("actionSetActive"));
    setActive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    verify = make(tr("&Verify"), "verify", tr("Ask the server whether the session is still valid (whoami)"),
                  QStringLiteral("actionVerify"));
    verify->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y));
    serve = make(tr("Serve to local &tools…"), "serve",
                 tr("Let scripts and tools on this computer use the session through a local proxy"),
                 QStringLiteral("actionServe"));
    serve->setEnabled(false);
    clear = make(tr("&Clear"), "clear", tr("Delete the selected session and its key (Delete)"),
                 QStringLiteral("actionClear"));
    clear->setShortcut(QKeySequence::Delete);
    clearAll = make(tr("Cl&ear all…"), "clear-all", tr("Delete every session and its key"),
                    QStringLiteral("actionClearAll"));
    clearAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    copyPublicKey = make(tr("Copy &public key"), "copy", tr("Copy the session's public key to the clipboard"),
                         QStringLiteral("actionCopyPublicKey"));
    copyPublicKey->setShortcut(QKeySequence::Copy);
    copyDetails = make(tr("Copy session &details"), nullptr, tr("Copy every detail of the session as text"),
                       QStringLiteral("actionCopyDetails"));
    copyDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    removeExpired = make(tr("Re&move expired"), "remove-expired", tr("Delete the sessions that have expired"),
                         QStringLiteral("actionRemoveExpired"));
    settings = make(tr("&Settings…"), "settings", tr("API URL, lifetimes, auto-refresh, warnings, tray"),
                    QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    findSession = make(tr("&Find…"), nullptr, tr("Filter the sessions"), QStringLiteral("actionFind"));
    findSession->setShortcut(QKeySequence::Find);
    showDetails = make(tr("Show &details pane"), nullptr, tr("Show or hide the session details"),
                       QStringLiteral("actionShowDetails"));
    showDetails->setCheckable(true);
    showDetails->setChecked(true);
    showDetails->setShortcut(QKeySequence(Qt::Key_F9));
    userGuide =
        make(tr("&User guide"), nullptr, tr("Open the user guide"), QStringLiteral("actionUserGuide"));
    userGuide->setShortcut(QKeySequence::HelpContents);
    about = make(tr("&About Wallet Sessions"), nullptr, tr("Version and components"),
                 QStringLiteral("actionAbout"));
    quit = make(tr("&Quit"), nullptr, tr("Quit Wallet Sessions"), QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
}

void ActionsController::populateMenuBar(QMenuBar* bar) {
    QMenu* session = bar->addMenu(tr("&Session"));
    session->addAction(login);
    session->addSeparator();
    session->addActions({refresh, refreshWithOptions, refreshAll, signInAgain});
    session->addSeparator();
    session->addActions({setActive, verify, serve});
    session->addSeparator();
    session->addActions({clear, clearAll, removeExpired});
    session->addSeparator();
    session->addAction(quit);
    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->addActions({copyPublicKey, copyDetails});
    edit->addSeparator();
    edit->addAction(findSession);
    edit->addSeparator();
    edit->addAction(settings);
    QMenu* view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(showDetails);
    QMenu* help = bar->addMenu(tr("&Help"));
    help->addActions({userGuide, about});
}

void ActionsController::populateToolBar(QToolBar* bar) {
    bar->addAction(login);
    bar->addSeparator();
    bar->addActions({refresh, refreshAll, setActive, verify});
    bar->addSeparator();
    bar->addActions({clear, clearAll});
}

void ActionsController::populateContextMenu(QMenu* menu) {
    menu->addActions({signInAgain, refresh, refreshWithOptions, setActive, verify, serve});
    menu->addSeparator();
    menu->addActions({copyPublicKey, copyDetails});
    menu->addSeparator();
    menu->addAction(clear);
}

void ActionsController::update(const State& s) {
    const bool one = s.selectedCount == 1;
    const bool any = s.selectedCount > 0;
    login->setEnabled(s.canCreateSessions && !s.busy);
    login->setToolTip(s.canCreateSessions ? tr("Create a session: email, text message or API key")
                                          : s.cannotCreateReason);
    const bool refreshable = s.cannotRefreshReason.isEmpty();
    refresh->setEnabled(any && refreshable && s.canCreateSessions && !s.busy);
    refreshWithOptions->setEnabled(one && (refreshable || s.renewableWithApiKey) && s.canCreateSessions &&
                                   !s.busy);
    refresh->setToolTip(refreshable ? tr("Refresh the selected sessions (F5)") : s.cannotRefreshReason);
    refreshWithOptions->setToolTip(
        refreshable             ? tr("Refresh with a chosen lifetime, key or signer, optionally invalidating "
                                                 "other sessions")
        : s.renewableWithApiKey ? tr("Renew this expired session, signed by your remembered API key")
                                : s.cannotRefreshReason);
    // Offered where Refresh cannot be: one session that has expired or was revoked.
    const bool again = one && !refreshable && s.canCreateSessions && !s.busy;
    signInAgain->setEnabled(again);
    signInAgain->setToolTip(
        again ? tr("Replace '%1' with a new session under the same name, signed in the way it was created")
                    .arg(s.selectedKey)
        : !s.canCreateSessions ? s.cannotCreateReason
                               : tr("Only a session that has expired or was revoked needs signing in again"));
    refreshAll->setEnabled(s.hasSessions && s.canCreateSessions && !s.busy);
    setActive->setEnabled(one && !s.selectedIsActive && !s.busy);
    verify->setEnabled(one && !s.busy);
    clear->setEnabled(any && !s.busy);
    clearAll->setEnabled(s.hasSessions && !s.busy);
    removeExpired->setEnabled(s.hasExpired && !s.busy);
    copyPublicKey->setEnabled(one);
    copyDetails->setEnabled(one);
    serve->setEnabled(one && s.canServe);
}

} // namespace ws::ui
