#pragma once

#include <QLabel>

namespace ws::ui {

// A one-line label that elides its text to the width it is given (never asking for more, so it cannot
// push a status bar's permanent widgets away) and shows the whole text in its tooltip when elided.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_full; }
    // Where the dots go: right by default; middle for addresses and keys, whose both ends identify them.
    void setElideMode(Qt::TextElideMode mode);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();
    QString m_full;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace ws::ui
