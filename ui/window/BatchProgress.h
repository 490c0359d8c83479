#pragma once

#include <QString>

class QWidget;

namespace ws {
class BatchJob;
}

namespace ws::ui {

// A window-modal progress dialog for a running core BatchJob: its button cancels the job (the
// sessions in flight finish; the rest stay untouched) and it goes away when the job finishes.
void showBatchProgress(BatchJob* job, const QString& title, QWidget* window);

} // namespace ws::ui
