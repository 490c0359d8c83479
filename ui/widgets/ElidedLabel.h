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

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();
    QString m_full;
};

} // namespace ws::ui
