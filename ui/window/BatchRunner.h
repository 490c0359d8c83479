#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

class QProgressDialog;
class QWidget;

namespace ws::ui {

// Runs one asynchronous operation per session, one after another, with a progress dialog whose
// Cancel stops before the next session (never in the middle of one, so every session is either
// fully done or untouched). Deletes itself when finished.
class BatchRunner : public QObject {
    Q_OBJECT
public:
    using Step = std::function<void(const QString& sessionKey, QObject* context, Callback<void> done)>;
    struct Summary {
        int succeeded = 0;
        int cancelled = 0;    // not attempted
        QStringList failures; // "key: message"
    };

    BatchRunner(QWidget* window, const QString& title, QStringList sessionKeys, Step step);
    void start();

Q_SIGNALS:
    void finished(const ws::ui::BatchRunner::Summary& summary);

private:
    void next();

    QStringList m_keys;
    Step m_step;
    QPointer<QProgressDialog> m_progress;
    Summary m_summary;
    int m_index = 0;
    bool m_cancelled = false;
};

} // namespace ws::ui
