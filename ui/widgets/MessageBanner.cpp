#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace ws::ui {

MessageBanner::MessageBanner(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon = new QLabel(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(false);
    connect(m_text, &QLabel::linkActivated, this, &MessageBanner::linkActivated);
    layout->addWidget(m_text, 1);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(const QString& text, Kind kind, bool closable) {
    m_kind = kind;
    m_text->setText(text);
    m_close->setVisible(closable);
    QColor background, border;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Information:
        background = QColor(0xE3, 0xF2, 0xFD);
        border = QColor(0x64, 0x95, 0xED);
        break;
    case Kind::Warning:
        background = QColor(0xFF, 0xF4, 0xE0);
        border = QColor(0xF0, 0xA0, 0x20);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        background = QColor(0xFD, 0xEC, 0xEA);
        border = QColor(0xD3, 0x2F, 0x2F);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(22, 22));
    m_background = background;
    m_border = border;
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_text->setPalette(pal);
    update();
    setAccessibleName(kind == Kind::Error ? tr("Error message") : tr("Message"));
    setAccessibleDescription(m_text->text());
    show();
}

void MessageBanner::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(m_border, 1));
    painter.setBrush(m_background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

QString MessageBanner::text() const {
    return m_text->text();
}

} // namespace ws::ui
