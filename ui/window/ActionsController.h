#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

namespace ws::ui {

// Every user action as a QAction (toolbar, menu bar and the row context menu share them), with
// shortcuts, mnemonics, tooltips and enablement in one place.
class ActionsController : public QObject {
    Q_OBJECT
public:
    struct State {
        int selectedCount = 0;
        QString selectedKey; // the current session, when one is selected
        bool selectedIsActive = false;
        bool hasSessions = false;
        bool hasExpired = false;
        bool canCreateSessions = true; // false when the keychain is unusable
        QString cannotCreateReason;
        bool busy = false;
        // Why the selection cannot be refreshed (an expired or revoked session), empty when it can.
        QString cannotRefreshReason;
        // One expired session whose organization has a remembered API key: its own key cannot sign a
        // refresh any more, but that key can (Refresh with options renews it).
        bool renewableWithApiKey = false;
        bool canServe = false; // the window can serve (an API URL) and one usable session is selected
    };

    explicit ActionsController(QWidget* window);

    QAction* login;
    QAction* serve; // "Serve to local tools…" (issue 17)
    QAction* refresh;
    QAction* refreshAll;
    QAction* refreshWithOptions;
    QAction* signInAgain; // an expired or revoked session: a new one under the same name
    QAction* setActive;
    QAction* verify;
    QAction* clear;
    QAction* clearAll;
    QAction* copyPublicKey;
    QAction* copyDetails;
    QAction* removeExpired;
    QAction* settings;
    QAction* findSession;
    QAction* showDetails;
    QAction* userGuide;
    QAction* about;
    QAction* quit;

    void populateMenuBar(QMenuBar* bar);
    void populateToolBar(QToolBar* bar);
    void populateContextMenu(QMenu* menu);
    void update(const State& state);

private:
    QAction* make(const QString& text, const char* icon, const QString& tip, const QString& objectName);
    QWidget* m_window;
};

} // namespace ws::ui
