#pragma once

#include <QDialog>
#include <QGuiApplication>

namespace ws::ui {

// Window managers cut a title that is wider than its window ("Refresh with opt…"): a dialog is made
// at least as wide as its whole title, including the " — Wallet Sessions" the platform appends, plus
// room for the title bar's buttons.
inline void fitTitle(QDialog* dialog) {
    const QString full =
        dialog->windowTitle() + QStringLiteral(" — ") + QGuiApplication::applicationDisplayName();
    const int needed = dialog->fontMetrics().horizontalAdvance(full) + 160;
    dialog->setMinimumWidth(std::max(dialog->minimumWidth(), needed));
}

} // namespace ws::ui
