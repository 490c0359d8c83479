#include "TrayIntegration.h"

#include "Clock.h"
#include "TrayIcons.h"
#include "app/SessionPolicy.h"
#include "model/BatchSummary.h"
#include "session/BatchJob.h"
#include "session/SessionManager.h"

#include <QAction>
#include <QActionGroup>
#include <QLoggingCategory>
#include <QMenu>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>
#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcTray, "ws.tray")

namespace ws {

namespace {

// QTBUG-69698: a double click also delivers a Trigger first; wait this long before acting on one.
constexpr int kClickDebounceMs = 250;
constexpr int kTooltipRefreshMs = 60 * 1000;
// Sessions listed in the tray menu; the window shows them all.
constexpr int kMenuSessionLimit = 10;

} // namespace

class TrayIntegration::Impl {
public:
    Impl(TrayIntegration* q, SessionManager& sessions, const Clock& clock, const SessionPolicy& policy)
        : q(q)
        , sessions(sessions)
        , clock(clock)
        , policy(policy) {}

    TrayIntegration* q;
    SessionManager& sessions;
    const Clock& clock;
    const SessionPolicy& policy;
    QSystemTrayIcon* icon = nullptr;
    QPointer<QMenu> menu; // QMenu wants a QWidget parent; we own it and delete it ourselves
    QTimer retryTimer;
    QTimer clickDebounce;
    QTimer minuteTimer;
    QTimer stateTimer; // fires when the active session crosses "expiring soon" or expiry
    int retriesLeft = 5;
    bool windowVisible = true;
    bool quickRefreshInFlight = false;
    bool clickRefreshes = false; // a left click shows/hides the window unless the user chose refresh
    bool lastAvailable = false;
    IconState shownState = IconState::NoSession;
    bool stateShown = false;

    bool available() const { return icon && icon->isVisible() && QSystemTrayIcon::isSystemTrayAvailable(); }

    void createIcon() {
        if (icon)
            return;
        icon = new QSystemTrayIcon(q);
        QObject::connect(icon, &QSystemTrayIcon::activated, q,
                         [this](QSystemTrayIcon::ActivationReason reason) { onActivated(reason); });
        rebuildMenu();
        updateIcon();
        icon->show();
        reportAvailability();
    }

    void reportAvailability() {
        const bool now = available();
        if (now == lastAvailable)
            return;
        lastAvailable = now;
        qCInfo(lcTray) << "tray icon" << (now ? "shown" : "not available");
        Q_EMIT q->availabilityChanged(now);
    }

    void onActivated(QSystemTrayIcon::ActivationReason reason) {
        switch (reason) {
        case QSystemTrayIcon::Trigger:
            // Several clicks within the window count once; a double click cancels the pending one.
            clickDebounce.start();
            break;
        case QSystemTrayIcon::DoubleClick:
            clickDebounce.stop();
            Q_EMIT q->toggleWindowRequested();
            break;
        case QSystemTrayIcon::MiddleClick:
            q->quickRefresh();
            break;
        case QSystemTrayIcon::Context:
        case QSystemTrayIcon::Unknown:
            break;
        }
    }

    IconState computeState() const {
        const Result<SessionInfo> active = sessions.getSession();
        if (!active.ok())
            return IconState::NoSession;
        switch (policy.stateAt(*active, clock.nowSecs())) {
        case SessionState::Valid:
            return IconState::Healthy;
        case SessionState::Expiring:
            return IconState::ExpiringSoon;
        case SessionState::Expired:
        case SessionState::Revoked:
        case SessionState::Revoking:
            break;
        }
        return IconState::Expired;
    }

    QString computeToolTip() const {
        const Result<SessionInfo> active = sessions.getSession();
        if (!active.ok())
            return tr("Wallet Sessions: no default session");
        QString text =
            tr("Wallet Sessions: '%1', %2").arg(active->sessionKey, stateText(*active, clock.nowSecs()));
        if (sessions.isRefreshing(active->sessionKey))
            text += QLatin1Char('\n') + tr("refreshing...");
        return text;
    }

    // "12 min left", "expired", "revoked": minute precision, the tooltip changes once a minute.
    QString stateText(const SessionInfo& session, qint64 now) const {
        switch (policy.stateAt(session, now)) {
        case SessionState::Revoked:
        case SessionState::Revoking:
            return tr("revoked");
        case SessionState::Valid:
        case SessionState::Expiring:
        case SessionState::Expired:
            break;
        }
        return formatTimeLeft(session.token.claims.exp - now, DurationStyle::WordsMinutes);
    }

    // Arms stateTimer for the next moment the icon's colour changes on its own.
    void planStateChange() {
        stateTimer.stop();
        const Result<SessionInfo> active = sessions.getSession();
        if (!active.ok())
            return;
        const qint64 now = clock.nowSecs();
        const qint64 next = policy.nextChangeAfter(*active, now);
        if (next == 0)
            return;
        const qint64 delayMs = std::clamp<qint64>((next - now) * 1000 + 50, 0, kTooltipRefreshMs);
        stateTimer.start(static_cast<int>(delayMs));
    }

    void updateIcon() {
        if (!icon)
            return;
        const IconState state = computeState();
        if (!stateShown || state != shownState) {
            icon->setIcon(tray::iconFor(state));
            shownState = state;
            stateShown = true;
        }
        icon->setToolTip(computeToolTip());
        planStateChange();
    }

    // GNOME's AppIndicator bridge only picks up a menu set before it is filled (Nextcloud's
    // workaround): make a new one, hand it over, fill it, and let the old one go.
    void rebuildMenu() {
        if (!icon)
            return;
        if (menu && menu->isVisible()) {
            fillMenu(menu); // never pull a menu from under the user's pointer
            return;
        }
        QMenu* fresh = new QMenu;
        QObject::connect(fresh, &QMenu::aboutToShow, q, [this, fresh] {
            fillMenu(fresh);
            updateIcon();
        });
        icon->setContextMenu(fresh);
        fillMenu(fresh);
        if (menu)
            menu->deleteLater();
        menu = fresh;
    }

    void fillMenu(QMenu* target) {
        target->clear();
        // A menu is for a glance and a click: the active session and the ones expiring soonest, not
        // every session on the computer (ten thousand entries take seconds to build and cannot be
        // scrolled through); the window lists the rest. Nothing here describes every session: the
        // menu is rebuilt on every change of the index.
        const QList<SessionInfo> shown = sessions.getMostUrgentSessions(kMenuSessionLimit);
        const int total = sessions.sessionCount();
        const QString activeKey = sessions.getActiveSessionKey();
        const qint64 now = clock.nowSecs();

        // The same words and time left as the tooltip.
        const SessionInfo* defaultSession =
            !shown.isEmpty() && shown.front().sessionKey == activeKey ? &shown.front() : nullptr;
        QAction* refreshActive = target->addAction(
            defaultSession ? tr("Refresh '%1' (%2)").arg(activeKey, stateText(*defaultSession, now))
                           : tr("Refresh the default session"));
        refreshActive->setObjectName(QStringLiteral("refreshActive"));
        refreshActive->setEnabled(!activeKey.isEmpty() && !quickRefreshInFlight);
        QObject::connect(refreshActive, &QAction::triggered, q, [this] { q->quickRefresh(); });

        int expiring = 0;
        sessions.forEachSessionRecord([&](const SessionRecord& s) {
            if (policy.stateAt(s.serverState, s.token.claims.exp, now) == SessionState::Expiring)
                ++expiring;
        });
        QAction* refreshAllAction = target->addAction(
            expiring > 0 ? tr("Refresh all (%n expiring)", nullptr, expiring) : tr("Refresh all"));
        refreshAllAction->setObjectName(QStringLiteral("refreshAll"));
        refreshAllAction->setEnabled(total > 0);
        QObject::connect(refreshAllAction, &QAction::triggered, q, [this] { q->refreshAll(); });

        target->addSection(tr("Sessions"));
        if (total == 0) {
            QAction* none = target->addAction(tr("No sessions"));
            none->setEnabled(false);
        }
        auto* group = new QActionGroup(target);
        group->setExclusive(true);
        for (const SessionInfo& s : shown) {
            QAction* entry = target->addAction(tr("%1 \u2014 %2").arg(s.sessionKey, stateText(s, now)));
            entry->setObjectName(QStringLiteral("session:") + s.sessionKey);
            entry->setCheckable(true);
            entry->setChecked(s.sessionKey == activeKey);
            entry->setActionGroup(group);
            const QString key = s.sessionKey;
            QObject::connect(entry, &QAction::triggered, q, [this, key] {
                sessions.setActiveSession(key, q, [this](Result<void> r) {
                    if (!r.ok())
                        Q_EMIT q->operationFinished(r.error().message, false);
                });
            });
        }
        if (total > shown.size()) {
            QAction* more =
                target->addAction(tr("%n more in the window\u2026", nullptr, int(total - shown.size())));
            more->setObjectName(QStringLiteral("moreSessions"));
            QObject::connect(more, &QAction::triggered, q, [this] {
                if (!windowVisible)
                    Q_EMIT q->toggleWindowRequested();
            });
        }

        target->addSeparator();
        QAction* toggle = target->addAction(windowVisible ? tr("Hide window") : tr("Show window"));
        toggle->setObjectName(QStringLiteral("toggleWindow"));
        QObject::connect(toggle, &QAction::triggered, q, &TrayIntegration::toggleWindowRequested);

        QAction* clearAll = target->addAction(tr("Clear all\u2026"));
        clearAll->setObjectName(QStringLiteral("clearAll"));
        clearAll->setEnabled(total > 0);
        QObject::connect(clearAll, &QAction::triggered, q, &TrayIntegration::clearAllRequested);

        target->addSeparator();
        QAction* quit = target->addAction(tr("Quit"));
        quit->setObjectName(QStringLiteral("quit"));
        QObject::connect(quit, &QAction::triggered, q, &TrayIntegration::quitRequested);
    }

    static QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
        return TrayIntegration::tr(text, disambiguation, n);
    }
};

TrayIntegration::TrayIntegration(SessionManager& sessions, const Clock& clock, const SessionPolicy& policy,
                                 QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this, sessions, clock, policy)) {
    d->retryTimer.setInterval(2000);
    d->clickDebounce.setSingleShot(true);
    d->clickDebounce.setInterval(kClickDebounceMs);
    d->minuteTimer.setInterval(kTooltipRefreshMs);
    d->stateTimer.setSingleShot(true);

    connect(&d->retryTimer, &QTimer::timeout, this, [this] {
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            d->retryTimer.stop();
            d->createIcon();
            return;
        }
        if (--d->retriesLeft <= 0) {
            d->retryTimer.stop();
            qCInfo(lcTray) << "no system tray appeared; closing the window will quit";
        }
    });
    // A left click shows or hides the window, as KeePassXC and Nextcloud do; quick refresh is the
    // first menu entry and the middle click (or, by a setting, the left click).
    connect(&d->clickDebounce, &QTimer::timeout, this, [this] {
        if (d->clickRefreshes)
            quickRefresh();
        else
            Q_EMIT toggleWindowRequested();
    });
    connect(&d->minuteTimer, &QTimer::timeout, this, [this] {
        d->updateIcon();
        d->reportAvailability(); // trays do vanish (panel restart, suspend: KeePassXC #3120)
    });
    connect(&d->stateTimer, &QTimer::timeout, this, [this] { d->updateIcon(); });
    connect(&sessions, &SessionManager::sessionsChanged, this, [this] {
        d->rebuildMenu();
        d->updateIcon();
    });
    connect(&sessions, &SessionManager::refreshStateChanged, this, [this] { d->updateIcon(); });
    // The user changed the warning time: the icon and the "expiring" count follow at once.
    connect(&policy, &SessionPolicy::changed, this, [this] {
        d->rebuildMenu();
        d->updateIcon();
    });
}

TrayIntegration::~TrayIntegration() {
    if (d->icon)
        d->icon->hide();
    delete d->menu.data();
}

void TrayIntegration::setRetryPolicy(std::chrono::milliseconds interval, int attempts) {
    d->retryTimer.setInterval(static_cast<int>(interval.count()));
    d->retriesLeft = attempts;
}

TrayIntegration::IconState TrayIntegration::iconState() const {
    return d->computeState();
}

QString TrayIntegration::toolTip() const {
    return d->icon ? d->icon->toolTip() : d->computeToolTip();
}

void TrayIntegration::start() {
    d->minuteTimer.start();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        d->createIcon();
        return;
    }
    // Autostarted apps often come up before the panel; KeePassXC retries the same way.
    if (d->retriesLeft > 0)
        d->retryTimer.start();
}

bool TrayIntegration::isAvailable() const {
    return d->available();
}

void TrayIntegration::setWindowVisible(bool visible) {
    d->windowVisible = visible;
    if (d->menu) {
        if (QAction* toggle = d->menu->findChild<QAction*>(QStringLiteral("toggleWindow")))
            toggle->setText(visible ? tr("Hide window") : tr("Show window"));
    }
}

bool TrayIntegration::showMessage(const QString& title, const QString& body, bool critical) {
    if (!d->available())
        return false;
    d->icon->showMessage(title, body, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
                         10000);
    return true;
}

void TrayIntegration::fillMenu(QMenu* menu) {
    d->fillMenu(menu);
}

void TrayIntegration::setClickRefreshes(bool on) {
    d->clickRefreshes = on;
}

void TrayIntegration::quickRefresh() {
    if (d->quickRefreshInFlight)
        return;
    const QString key = d->sessions.getActiveSessionKey();
    if (key.isEmpty()) {
        Q_EMIT operationFinished(tr("There is no active session to refresh."), false);
        return;
    }
    d->quickRefreshInFlight = true;
    RefreshRequest request;
    request.sessionKey = key;
    d->sessions.refreshSession(request, this, [this, key](Result<SessionInfo> result) {
        d->quickRefreshInFlight = false;
        d->updateIcon();
        if (result.ok()) {
            Q_EMIT operationFinished(
                tr("Refreshed '%1'; it now expires at %2.")
                    .arg(key, result->expiresAt().toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
                true);
            return;
        }
        // Shown by the window's status bar, or as a notification when the window is hidden (Notifier).
        Q_EMIT operationFinished(tr("Refreshing '%1' failed: %2").arg(key, result.error().message), false);
    });
}

void TrayIntegration::refreshAll() {
    BatchJob* job = d->sessions.refreshAll(BatchRefreshOptions{}, this);
    connect(job, &BatchJob::finished, this, [this](const Result<BatchReport>& result) {
        d->updateIcon();
        const QString message =
            result.ok() ? summarizeBatch(result.value(),
                                         tr("Refreshed %n session(s)", nullptr, result->succeededCount()))
                        : tr("Refreshing all sessions failed: %1").arg(result.error().message);
        Q_EMIT operationFinished(message, result.ok() && result->failureCount() == 0);
    });
}

} // namespace ws
