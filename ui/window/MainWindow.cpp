#include "MainWindow.h"

#include "ActionsController.h"
#include "Clock.h"
#include "ColumnFitter.h"
#include "ServeController.h"
#include "SessionCommands.h"
#include "app/SessionPolicy.h"
#include "dialogs/ServeDialog.h"
#include "dialogs/SettingsDialog.h"
#include "model/CountdownTicker.h"
#include "model/ServingWatcher.h"
#include "model/SessionSortFilterProxy.h"
#include "model/SessionTableModel.h"
#include "proxy/ProxyService.h"
#include "session/SessionManager.h"
#include "settings/AppSettings.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/MessageBanner.h"
#include "widgets/RemainingBarDelegate.h"
#include "widgets/SessionDetailsPane.h"
#include "widgets/StatusPanel.h"
#include "widgets/WalletsSection.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ws::ui {

MainWindow::MainWindow(SessionManager& sessions, AppSettings& settings, const Clock& clock, Options options,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_sessions(sessions)
    , m_settings(settings)
    , m_clock(clock)
    , m_options(std::move(options)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_options.demo ? tr("Wallet Sessions — Demo") : tr("Wallet Sessions"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/wallet-sessions.svg")));

    m_model = new SessionTableModel(clock, this);
    m_model->setWarnBefore(settings.warnBeforeSecs());
    m_proxy = new SessionSortFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_ticker = new CountdownTicker(clock, this);
    m_actions = new ActionsController(this);
    m_commands = new SessionCommands(sessions, settings, this);
    m_commands->setSignIn(m_options.authProxy, m_options.otpSignerKey, clock);
    m_commands->setOidcOverrides(m_options.oidcOverrides);
    m_commands->setOAuthInbox(m_options.oauthInbox);
    m_commands->setLoginOrganizationId(m_options.loginOrganizationId);

    buildLayout();
    connectActions();

    connect(m_ticker, &CountdownTicker::tick, this, [this] {
        m_model->tick();
        if (m_details->isVisible() && !currentSessionKey().isEmpty())
            updateDetails();
    });
    connect(&m_sessions, &SessionManager::sessionsChanged, this, &MainWindow::reloadSessions);
    connect(&m_sessions, &SessionManager::refreshStateChanged, m_model, &SessionTableModel::setRefreshing);
    connect(&m_sessions, &SessionManager::keychainChanged, this, &MainWindow::updateKeychainHealth);
    connect(&m_settings, &AppSettings::changed, this,
            [this] { m_model->setWarnBefore(m_settings.warnBeforeSecs()); });
    connect(m_commands, &SessionCommands::finished, this, &MainWindow::showOperationResult);
    connect(m_commands, &SessionCommands::busyChanged, this, &MainWindow::updateState);
    connect(m_commands, &SessionCommands::sessionCreated, this, &MainWindow::selectSession);

    m_loading = m_options.deferLoad;
    reloadSessions();
    updateKeychainHealth();
    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    else
        resize(1200, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout() {
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    m_actions->populateMenuBar(menuBar());
    QToolBar* toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    m_actions->populateToolBar(toolbar);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);

    m_keychainBanner = new MessageBanner(central);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    layout->addWidget(m_keychainBanner);
    m_warningBanner = new MessageBanner(central);
    m_warningBanner->setObjectName(QStringLiteral("warningBanner"));
    layout->addWidget(m_warningBanner);

    m_filter = new QLineEdit(central);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by session key, user, organization or type (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter sessions"));
    layout->addWidget(m_filter);

    m_stack = new QStackedWidget(central);
    m_empty = new EmptyStateWidget(m_stack);
    m_empty->setInDemo(m_options.demo);
    m_stack->addWidget(m_empty);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setAccessibleDescription(
        tr("Stored sessions with their time left. Enter or double-click makes a session active."));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(SessionTableModel::Remaining, new RemainingBarDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionTableModel::SessionKey, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // Fixed widths: no ResizeToContents, so header sizing never rescans rows on a tick (§3.1).
    const QFontMetrics fm = fontMetrics();
    header->resizeSection(SessionTableModel::Active, 28);
    header->resizeSection(SessionTableModel::SessionKey,
                          fm.horizontalAdvance(QStringLiteral("demo-15min-xx")) + 16);
    header->resizeSection(SessionTableModel::User,
                          fm.horizontalAdvance(QStringLiteral("xxxxxxxx-xxxx")) + 16);
    header->resizeSection(SessionTableModel::Organization,
                          fm.horizontalAdvance(QStringLiteral("xxxxxxxx-xxxx")) + 16);
    header->resizeSection(SessionTableModel::Type, fm.horizontalAdvance(QStringLiteral("Read-write")) + 20);
    header->resizeSection(SessionTableModel::ExpiresAt,
                          fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 16);
    header->resizeSection(SessionTableModel::Remaining,
                          fm.horizontalAdvance(QStringLiteral("0d 00:00:00")) + 40);
    if (!m_settings.headerState().isEmpty())
        header->restoreState(m_settings.headerState());
    m_columns = new ColumnFitter(m_table, this);
    m_columns->setHiddenColumns(m_settings.hiddenColumns());
    connect(m_columns, &ColumnFitter::hiddenColumnsChanged, this,
            [this] { m_settings.setHiddenColumns(m_columns->hiddenColumns()); });
    QMenu* columnsMenu = new QMenu(tr("&Columns"), this);
    columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    m_columns->populateMenu(columnsMenu);
    for (QAction* action : menuBar()->actions())
        if (action->menu() && action->menu()->objectName() == QLatin1String("viewMenu"))
            action->menu()->addMenu(columnsMenu);

    // Said in the table itself when the filter hides every row, instead of an empty grid.
    m_noMatch = new QLabel(m_table->viewport());
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->hide();

    m_details = new SessionDetailsPane(m_splitter);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setMinimumWidth(280);
    m_wallets = new WalletsSection(m_sessions, m_details);
    m_details->addSection(m_wallets);
    const auto sayCopied = [this](const QString& what) {
        showOperationResult(tr("%1 copied to the clipboard").arg(what), true);
    };
    connect(m_details, &SessionDetailsPane::copied, this, sayCopied);
    connect(m_wallets, &WalletsSection::copied, this, sayCopied);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({880, 320});
    m_splitter->setChildrenCollapsible(false);
    if (!m_settings.splitterState().isEmpty())
        m_splitter->restoreState(m_settings.splitterState());
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_status = new StatusPanel(statusBar());
    m_status->setObjectName(QStringLiteral("statusPanel"));
    m_status->setEndpoint(m_options.apiUrl, m_options.demo);
    setTabOrder(m_filter, m_table);
}

void MainWindow::connectActions() {
    ActionsController* a = m_actions;
    connect(a->login, &QAction::triggered, m_commands, &SessionCommands::login);
    connect(a->refresh, &QAction::triggered, this, [this] { m_commands->refresh(selectedSessionKeys()); });
    connect(a->refreshAll, &QAction::triggered, m_commands, &SessionCommands::refreshAll);
    connect(a->refreshWithOptions, &QAction::triggered, this,
            [this] { m_commands->refreshWithOptions(currentSessionKey()); });
    connect(a->signInAgain, &QAction::triggered, this,
            [this] { m_commands->signInAgain(currentSessionKey()); });
    connect(a->setActive, &QAction::triggered, this, [this] { m_commands->setActive(currentSessionKey()); });
    connect(a->verify, &QAction::triggered, this, [this] { m_commands->verify(currentSessionKey()); });
    connect(a->serve, &QAction::triggered, this, [this] { showServeDialog(currentSessionKey()); });
    connect(a->clear, &QAction::triggered, this, [this] { m_commands->clear(selectedSessionKeys()); });
    connect(a->clearAll, &QAction::triggered, m_commands, &SessionCommands::clearAll);
    connect(a->removeExpired, &QAction::triggered, m_commands, &SessionCommands::removeExpired);
    connect(a->copyPublicKey, &QAction::triggered, this,
            [this] { m_commands->copyPublicKey(currentSessionKey()); });
    connect(a->copyDetails, &QAction::triggered, this,
            [this] { m_commands->copyDetails(currentSessionKey()); });
    connect(a->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a->findSession, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(a->showDetails, &QAction::toggled, this, [this](bool on) { m_details->setVisible(on); });
    connect(a->userGuide, &QAction::triggered, this, &MainWindow::userGuideRequested);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->quit, &QAction::triggered, this, &MainWindow::quitApplication);

    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            m_commands->setActive(index.data(SessionTableModel::SessionKeyRole).toString());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        // Enter on a row; double-click is handled above (activated also fires for it on some styles).
        if (index.isValid() && !QApplication::mouseButtons())
            m_commands->setActive(index.data(SessionTableModel::SessionKeyRole).toString());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        m_actions->populateContextMenu(&menu);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateState();
        updateDetails();
    });
    connect(m_empty, &EmptyStateWidget::loginRequested, m_commands, &SessionCommands::loginWithApiKey);
    connect(m_empty, &EmptyStateWidget::signInWithEmailRequested, m_commands,
            &SessionCommands::signInWithEmail);
    connect(m_empty, &EmptyStateWidget::demoRequested, this, &MainWindow::demoRequested);
    connect(m_empty, &EmptyStateWidget::restoreDemoRequested, this, &MainWindow::restoreDemoRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &MainWindow::updateState);
        connect(m_proxy, signal, this, &MainWindow::updateNoMatch);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateNoMatch);
}

// The selection survives a filter that hides it: clearing (or widening) the filter brings it back.
void MainWindow::applyFilter(const QString& text) {
    const QStringList before = selectedSessionKeys();
    if (!before.isEmpty())
        m_keptSelection = before;
    m_proxy->setFilterFixedString(text.trimmed());
    if (selectedSessionKeys().isEmpty() && !m_keptSelection.isEmpty()) {
        QItemSelection selection;
        QModelIndex first;
        for (const QString& key : std::as_const(m_keptSelection)) {
            const QModelIndex index =
                m_proxy->mapFromSource(m_model->index(m_model->rowOf(key), SessionTableModel::SessionKey));
            if (!index.isValid())
                continue;
            selection.select(index, index);
            if (!first.isValid())
                first = index;
        }
        if (first.isValid()) {
            m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
            m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
            m_table->scrollTo(first);
        }
    }
    updateNoMatch();
}

void MainWindow::updateNoMatch() {
    const bool none = m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
    if (none) {
        m_noMatch->setText(tr("No session matches “%1”.").arg(m_filter->text().trimmed()));
        m_noMatch->setGeometry(m_table->viewport()->rect().adjusted(8, 8, -8, -8));
    }
    m_noMatch->setVisible(none);
}

void MainWindow::reloadSessions() {
    if (m_loading) { // the index is not open yet: what it says now is not what the disk holds
        updateState();
        return;
    }
    // The table does not show signatures; the details pane asks for its one session (updateDetails).
    m_model->setSessions(m_sessions.getAllSessions(SessionManager::SignatureCheck::Skip));
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    m_filter->setVisible(m_model->rowCount() > 0);
    selectInitialSession();
    updateState();
    updateDetails();
}

void MainWindow::selectInitialSession() {
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection()) {
        const QString active = m_sessions.getActiveSessionKey();
        selectSession(active.isEmpty() ? m_model->sessionAt(0)->sessionKey : active);
    }
}

bool MainWindow::showPreview(int rows) {
    if (!m_loading)
        return false;
    SessionOrder order;
    switch (m_proxy->sortColumn()) {
    case SessionTableModel::SessionKey:
        order.by = SessionOrder::By::SessionKey;
        break;
    case SessionTableModel::ExpiresAt:
    case SessionTableModel::Remaining:
        order.by = SessionOrder::By::Expiry;
        break;
    case SessionTableModel::User:
        order.by = SessionOrder::By::User;
        break;
    case SessionTableModel::Organization:
        order.by = SessionOrder::By::Organization;
        break;
    case SessionTableModel::Active:
        order.by = SessionOrder::By::ActiveFirst;
        break;
    default: // type and status sort by the text or state the application computes
        return false;
    }
    order.descending = m_proxy->sortOrder() == Qt::DescendingOrder;
    Result<QList<SessionInfo>> first = m_sessions.previewSessions(order, rows);
    if (!first.ok() || first->isEmpty())
        return false; // nothing to show ahead of the index (an empty one opens in no time)
    QString active;
    for (const SessionInfo& s : std::as_const(*first))
        if (s.active)
            active = s.sessionKey;
    m_model->setSessions(std::move(*first));
    m_stack->setCurrentIndex(1);
    m_filter->setVisible(true);
    if (m_model->rowCount() > 0)
        selectSession(active.isEmpty() ? m_model->sessionAt(0)->sessionKey : active);
    updateState();
    return true;
}

void MainWindow::finishLoading() {
    if (!m_loading)
        return;
    m_loading = false;
    // The preview's rows are a prefix of the whole list in the same order: replace them in one go
    // (the whole list takes the model's fast first-load path) and keep what the user selected.
    const QString selected = currentSessionKey();
    m_table->selectionModel()->clearSelection();
    m_model->setSessions({});
    reloadSessions();
    if (!selected.isEmpty() && m_model->session(selected))
        selectSession(selected);
}

QStringList MainWindow::selectedSessionKeys() const {
    QStringList keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        keys << index.data(SessionTableModel::SessionKeyRole).toString();
    keys.sort();
    return keys;
}

QString MainWindow::currentSessionKey() const {
    const QStringList keys = selectedSessionKeys();
    if (keys.size() == 1)
        return keys.first();
    const QModelIndex current = m_table->currentIndex();
    return keys.isEmpty() || !current.isValid() ? QString()
                                                : current.data(SessionTableModel::SessionKeyRole).toString();
}

void MainWindow::selectSession(const QString& sessionKey) {
    const int row = m_model->rowOf(sessionKey);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SessionTableModel::SessionKey));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::updateState() {
    ActionsController::State s;
    const QStringList keys = selectedSessionKeys();
    s.selectedCount = int(keys.size());
    if (keys.size() == 1)
        s.selectedKey = keys.first();
    s.selectedIsActive = keys.size() == 1 && keys.first() == m_sessions.getActiveSessionKey();
    s.hasSessions = m_model->rowCount() > 0;
    const qint64 now = m_clock.nowSecs();
    for (const SessionInfo& info : m_model->sessions()) {
        if (SessionPolicy::isExpiredAt(info, now)) {
            s.hasExpired = true;
            break;
        }
    }
    const SessionPolicy policy; // expired and revoked do not depend on the warning threshold
    for (const QString& key : keys) {
        const SessionInfo* info = m_model->session(key);
        if (!info)
            continue;
        const SessionState state = policy.stateAt(*info, now);
        if (state == SessionState::Expired) {
            s.renewableWithApiKey =
                keys.size() == 1 &&
                !m_sessions.rememberedApiKeys(info->token.claims.organizationId).isEmpty();
            s.cannotRefreshReason =
                s.renewableWithApiKey
                    ? tr("'%1' has expired: renew it with Refresh with options, signed by your remembered "
                         "API key, or use Sign in again.")
                          .arg(key)
                    : tr("'%1' has expired: a refresh needs a session that is still valid. Use Sign in "
                         "again.")
                          .arg(key);
        } else if (state == SessionState::Revoked || state == SessionState::Revoking)
            s.cannotRefreshReason =
                tr("'%1' was revoked on the server: it cannot be refreshed. Use Sign in again.").arg(key);
        if (!s.cannotRefreshReason.isEmpty())
            break;
    }
    s.canCreateSessions = m_sessions.canStoreKeys();
    s.cannotCreateReason =
        tr("No usable system keychain: sessions cannot be stored safely. See the banner above.");
    s.busy = m_commands->isBusy() || m_loading; // nothing acts on the index before it is open
    s.canServe = m_serve && m_serve->isAvailable() && s.cannotRefreshReason.isEmpty();
    m_actions->update(s);
    m_empty->setLoginEnabled(s.canCreateSessions, s.cannotCreateReason);
}

void MainWindow::updateDetails() {
    const QString key = currentSessionKey();
    if (key.isEmpty() || !m_model->session(key)) {
        m_details->clear();
        m_wallets->clear();
        return;
    }
    if (m_loading) { // the preview's row, until the index is open (no wallets: nothing acts yet)
        m_details->showSession(*m_model->session(key));
        m_wallets->clear();
        return;
    }
    // From the manager, not the model: the model's rows carry no signature verdict.
    const Result<SessionInfo> info = m_sessions.getSession(key);
    if (info.ok()) {
        m_details->showSession(info.value());
        m_wallets->showFor(info.value()); // loads only when the session or its key changed
    } else {
        m_details->clear();
        m_wallets->clear();
    }
}

void MainWindow::updateKeychainHealth() {
    const bool unavailable = !m_sessions.canStoreKeys();
    m_status->setKeychain(m_sessions.keychainDescription(), !unavailable);
    if (unavailable) {
        m_keychainBanner->showMessage(
            tr("<b>No usable system keychain.</b> Wallet Sessions keeps private keys only in the system "
               "keychain, "
               "so it will not create or refresh sessions until one is available.<br>"
               "Install and unlock a Secret Service provider (GNOME Keyring: <tt>gnome-keyring</tt>, or "
               "KeePassXC "
               "with Secret Service integration, or KWallet), make sure a D-Bus session is running, then "
               "restart "
               "the application.<br><small>%1</small>")
                .arg(m_sessions.keychainDescription().toHtmlEscaped()),
            MessageBanner::Kind::Error, false);
    } else {
        m_keychainBanner->hide();
    }
    updateState();
}

void MainWindow::showBanner(const QString& text, bool critical) {
    m_warningBanner->showMessage(text.toHtmlEscaped(),
                                 critical ? MessageBanner::Kind::Error : MessageBanner::Kind::Warning);
}

void MainWindow::showOperationResult(const QString& message, bool ok) {
    m_status->setLastResult(message, ok);
}

void MainWindow::requestClearAll() {
    m_commands->clearAll();
}

void MainWindow::requestRefresh(const QString& sessionKey) {
    m_commands->refresh({sessionKey});
}

void MainWindow::requestSignInAgain(const QString& sessionKey) {
    m_commands->signInAgain(sessionKey);
}

void MainWindow::setServeController(ServeController* controller, const QString& dataDirectory) {
    m_serve = controller;
    m_serving = new ServingWatcher(dataDirectory, this);
    connect(m_serving, &ServingWatcher::servedChanged, m_model, &SessionTableModel::setServed);
    connect(m_serve, &ServeController::servingChanged, m_serving, &ServingWatcher::rescan);
    connect(m_serve, &ServeController::servingEnded, this, [this](const QString& key, const QString& why) {
        showOperationResult(tr("Stopped serving '%1': %2").arg(key, why), false);
    });
    m_model->setServed(m_serving->served());
    updateState();
}

// The dialog only asks; ServeController runs core's ProxyService, as `wallet-sessions-cli serve` does.
void MainWindow::showServeDialog(const QString& sessionKey) {
    if (!m_serve || sessionKey.isEmpty())
        return;
    auto* dialog = new ServeDialog(sessionKey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const auto showService = [this, dialog, sessionKey] {
        if (proxy::ProxyService* service = m_serve->service(sessionKey))
            dialog->setServing(service->url(), service->token(), service->organizationId());
    };
    showService();
    connect(dialog, &ServeDialog::startRequested, this, [this, dialog, sessionKey, showService] {
        dialog->setBusy(true);
        QPointer<ServeDialog> guard(dialog);
        m_serve->start(sessionKey, [this, guard, sessionKey, showService](Result<void> started) {
            if (!started.ok())
                showOperationResult(tr("Cannot serve '%1': %2").arg(sessionKey, started.error().message),
                                    false);
            else
                showOperationResult(tr("Serving '%1' to local tools").arg(sessionKey), true);
            if (!guard)
                return;
            if (started.ok())
                showService();
            else
                guard->setStopped(started.error().message);
        });
    });
    connect(dialog, &ServeDialog::stopRequested, this, [this, dialog, sessionKey] {
        m_serve->stop(sessionKey);
        dialog->setStopped();
        showOperationResult(tr("Stopped serving '%1'").arg(sessionKey), true);
    });
    connect(m_serve, &ServeController::servingEnded, dialog,
            [dialog, sessionKey](const QString& key, const QString& why) {
                if (key == sessionKey)
                    dialog->setStopped(why);
            });
    dialog->open();
}

void MainWindow::setApiUrl(const QString& url) {
    m_options.apiUrl = url;
    m_status->setEndpoint(url, m_options.demo);
}

void MainWindow::setTrayAvailable(bool available) {
    m_trayAvailable = available;
}

void MainWindow::showSettings() {
    auto* dialog = new SettingsDialog(m_settings, m_trayAvailable, m_options.apiUrlLocked, this);
    dialog->setAuthProxyLocked(m_options.authProxyLocked);
    dialog->showRememberedKeys(m_sessions);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SettingsDialog::autostartFailed, this,
            [this](const QString& reason) { showOperationResult(reason, false); });
    connect(dialog, &SettingsDialog::forgetKeyFailed, this, [this](const QString& reason) {
        showOperationResult(tr("Forgetting the API key failed: %1").arg(reason), false);
    });
    dialog->open();
}

void MainWindow::showAbout() {
    auto* box =
        new QMessageBox(QMessageBox::Information, tr("About Wallet Sessions"),
                        tr("<b>Wallet Sessions %1</b><br>Manages Turnkey wallet sessions on the desktop: "
                           "live countdowns, refresh, clear, and private keys kept in the system keychain."
                           "<br><br>Qt %2<br>Keychain: %3")
                            .arg(QStringLiteral(WS_VERSION), QString::fromLatin1(qVersion()),
                                 m_sessions.keychainDescription().toHtmlEscaped()),
                        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::quitApplication() {
    m_quitting = true;
    close();
    QApplication::quit();
}

void MainWindow::saveLayout() {
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setHeaderState(m_table->horizontalHeader()->saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setHiddenColumns(m_columns->hiddenColumns());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    if (!m_quitting && m_trayAvailable && m_settings.closeToTray()) {
        hide();
        showOperationResult(tr("Still running in the system tray"), true);
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    updateTickerRunning();
    Q_EMIT windowVisibilityChanged(true);
}

void MainWindow::hideEvent(QHideEvent* event) {
    QMainWindow::hideEvent(event);
    updateTickerRunning();
    Q_EMIT windowVisibilityChanged(false);
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateTickerRunning();
}

// The 1 Hz countdown only runs while someone can see it.
void MainWindow::updateTickerRunning() {
    m_ticker->setRunning(isVisible() && !isMinimized());
}

} // namespace ws::ui
