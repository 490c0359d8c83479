#pragma once

#include <QColor>
#include <QWidget>

class QLabel;
class QToolButton;

namespace ws::ui {

// An in-window banner (KMessageWidget-like): keychain problems with guidance, expiry warnings and
// failures when there is no tray to notify through. Stays until closed or replaced.
class MessageBanner : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind, bool closable = true);
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void linkActivated(const QString& link);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor m_background;
    QColor m_border;
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};

} // namespace ws::ui
