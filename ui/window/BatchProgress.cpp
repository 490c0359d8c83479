#include "BatchProgress.h"

#include "session/BatchJob.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace ws::ui {

void showBatchProgress(BatchJob* job, const QString& title, QWidget* window) {
    auto* progress = new QProgressDialog(
        title, QCoreApplication::translate("ws", "Stop after the sessions in progress"), 0, 0, window);
    progress->setObjectName(QStringLiteral("batchProgress"));
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QObject::connect(progress, &QProgressDialog::canceled, job, &BatchJob::cancel);
    QObject::connect(job, &BatchJob::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    QObject::connect(job, &QObject::destroyed, progress, &QObject::deleteLater);
}

} // namespace ws::ui
