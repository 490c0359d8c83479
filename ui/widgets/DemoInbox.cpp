#include "DemoInbox.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ws::ui {

DemoInbox::DemoInbox(std::function<QJsonArray()> sentCodes, QWidget* parent)
    : QDockWidget(tr("Demo inbox"), parent)
    , m_sentCodes(std::move(sentCodes)) {
    setObjectName(QStringLiteral("demoInbox"));
    setAccessibleName(tr("Demo inbox"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    m_empty = new QLabel(body);
    m_empty->setObjectName(QStringLiteral("demoInboxHint"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_list = new QListWidget(body);
    m_list->setObjectName(QStringLiteral("demoInboxList"));
    m_list->setAccessibleName(tr("Messages with one-time codes"));
    m_list->setWordWrap(true);
    m_list->hide();
    layout->addWidget(m_list, 1);
    m_copy = new QPushButton(tr("Cop&y code"), body);
    m_copy->setObjectName(QStringLiteral("demoInboxCopyButton"));
    m_copy->setAccessibleName(tr("Copy the selected message's code"));
    m_copy->setEnabled(false);
    m_copy->hide(); // with the list: an empty inbox is one line of text, not a disabled button
    layout->addWidget(m_copy, 0, Qt::AlignRight);
    setWidget(body);
    setMaximumHeight(220);

    connect(m_copy, &QPushButton::clicked, this, &DemoInbox::copySelected);
    connect(m_list, &QListWidget::itemActivated, this, &DemoInbox::copySelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_copy->setEnabled(row >= 0); });
    m_timer = new QTimer(this);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &DemoInbox::poll);
    m_timer->start();
    poll();
}

void DemoInbox::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        // Docked, the window gives it whatever the splitter had: an empty inbox takes its one line.
        // After the window's first layout, which would otherwise undo it.
        QTimer::singleShot(0, this, [this] {
            fitHeight(m_list->isHidden() ? widget()->minimumSizeHint().height() : kListHeight);
        });
    }
}

void DemoInbox::fitHeight(int height) {
    if (auto* window = qobject_cast<QMainWindow*>(parentWidget()); window && !isFloating())
        window->resizeDocks({this}, {height}, Qt::Vertical);
}

void DemoInbox::setSignInAvailable(bool available) {
    // Without a keychain Sign in with email is disabled: the hint must not send the user there.
    m_empty->setText(available
                         ? tr("The demo server's emails and text messages appear here. Choose <b>Sign in "
                              "with email</b>, enter any address, and the code arrives in this inbox.")
                         : tr("The demo server's emails and text messages would appear here. Signing in "
                              "needs the system keychain, which is not available."));
}

void DemoInbox::poll() {
    const QJsonArray codes = m_sentCodes ? m_sentCodes() : QJsonArray();
    for (qsizetype i = m_seen; i < codes.size(); ++i) {
        const QJsonObject sent = codes.at(i).toObject();
        const QString contact = sent.value(QStringLiteral("contact")).toString();
        const QString code = sent.value(QStringLiteral("code")).toString();
        const bool sms = sent.value(QStringLiteral("otpType")).toString() == QLatin1String("OTP_TYPE_SMS");
        const QDateTime at =
            QDateTime::fromMSecsSinceEpoch(sent.value(QStringLiteral("sentAt")).toString().toLongLong());
        auto* item = new QListWidgetItem(
            (sms ? tr("%1 · Text to %2\nYour code is %3") : tr("%1 · Email to %2\nYour code is %3"))
                .arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), contact, code));
        item->setData(Qt::UserRole, code);
        item->setData(Qt::AccessibleTextRole, tr("Code %1 for %2").arg(code, contact));
        m_list->insertItem(0, item);
        m_latestCode = code;
        Q_EMIT codeArrived(contact, code);
    }
    if (codes.size() > m_seen) {
        m_seen = int(codes.size());
        m_list->setCurrentRow(0);
        const bool first = m_list->isHidden();
        m_empty->hide();
        m_list->show();
        m_copy->show();
        if (first)
            fitHeight(kListHeight);
    }
}

void DemoInbox::copySelected() {
    if (QListWidgetItem* item = m_list->currentItem())
        QApplication::clipboard()->setText(item->data(Qt::UserRole).toString());
}

} // namespace ws::ui
