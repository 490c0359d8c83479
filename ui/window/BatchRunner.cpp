#include "BatchRunner.h"

#include <QProgressDialog>
#include <QTimer>

namespace ws::ui {

BatchRunner::BatchRunner(QWidget* window, const QString& title, QStringList sessionKeys, Step step)
    : QObject(window)
    , m_keys(std::move(sessionKeys))
    , m_step(std::move(step)) {
    m_progress = new QProgressDialog(title, tr("Stop after this session"), 0, int(m_keys.size()), window);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancelled = true; });
}

void BatchRunner::start() {
    m_progress->setValue(0);
    QTimer::singleShot(0, this, &BatchRunner::next);
}

void BatchRunner::next() {
    if (m_cancelled || m_index >= m_keys.size()) {
        m_summary.cancelled = int(m_keys.size()) - m_index;
        if (m_progress)
            m_progress->deleteLater();
        Q_EMIT finished(m_summary);
        deleteLater();
        return;
    }
    const QString key = m_keys.at(m_index);
    if (m_progress)
        m_progress->setLabelText(tr("%1 (%2 of %3)").arg(key).arg(m_index + 1).arg(m_keys.size()));
    m_step(key, this, [this, key](Result<void> result) {
        if (result.ok())
            ++m_summary.succeeded;
        else
            m_summary.failures << key + QStringLiteral(": ") + result.error().message;
        ++m_index;
        if (m_progress)
            m_progress->setValue(m_index);
        next();
    });
}

} // namespace ws::ui
