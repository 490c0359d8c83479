#pragma once

// The accessibility checks of tst_accessibility, shared with the suites that have a populated window
// (tst_servewindow): unnamed interactive elements, mnemonic clashes and literal '&', Tab order.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QTabBar>
#include <QTest>

namespace ws::test::a11y {

inline bool isInteractive(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

inline QString describe(QAccessibleInterface* iface) {
    QObject* object = iface->object();
    return QStringLiteral("%1 '%2' (role %3)")
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"),
             object ? object->objectName() : QString())
        .arg(int(iface->role()));
}

// Every visible interactive element in the accessibility tree under `iface` without a name.
inline void unnamed(QAccessibleInterface* iface, QStringList& problems, int depth = 0) {
    if (!iface || !iface->isValid() || depth > 40)
        return;
    if (iface->state().invisible)
        return;
    if (isInteractive(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty())
        problems << describe(iface);
    if (iface->role() == QAccessible::Table || iface->role() == QAccessible::List)
        return; // the cells: their text is the data
    for (int i = 0; i < iface->childCount(); ++i)
        unnamed(iface->child(i), problems, depth + 1);
}

inline QStringList unnamedIn(QWidget* root) {
    QStringList problems;
    unnamed(QAccessible::queryAccessibleInterface(root), problems);
    return problems;
}

// The character after a single '&', lower-cased; null when there is none.
inline QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

inline bool looksRich(const QString& text) {
    return text.contains(QLatin1Char('<')) && text.contains(QLatin1Char('>'));
}

// Mnemonic clashes among the visible controls of one window, and labels that would show a literal '&'.
inline QStringList mnemonicProblems(QWidget* root) {
    QStringList problems;
    QHash<QChar, QString> taken;
    auto claim = [&](const QString& text, const QString& who) {
        const QChar m = mnemonicOf(text);
        if (m.isNull())
            return;
        if (taken.contains(m))
            problems << QStringLiteral("mnemonic '%1' of %2 already used by %3").arg(m, who, taken.value(m));
        else
            taken.insert(m, who);
    };
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) || w->window() != root->window())
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            claim(button->text(), QStringLiteral("button '%1'").arg(button->text()));
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            const QString text = label->text();
            if (label->buddy())
                claim(text, QStringLiteral("label '%1'").arg(text));
            else if (!mnemonicOf(text).isNull() && !looksRich(text) && label->textFormat() != Qt::RichText)
                problems << QStringLiteral("label '%1' shows a literal '&' (no buddy)").arg(text);
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            if (group->isCheckable())
                claim(group->title(), QStringLiteral("group '%1'").arg(group->title()));
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                claim(tabs->tabText(i), QStringLiteral("tab '%1'").arg(tabs->tabText(i)));
        }
    }
    return problems;
}

inline QStringList menuProblems(const QList<QAction*>& actions, const QString& where) {
    QStringList problems;
    QHash<QChar, QString> taken;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->text().trimmed().isEmpty())
            problems << QStringLiteral("%1: an entry without text (%2)").arg(where, action->objectName());
        const QChar m = mnemonicOf(action->text());
        if (m.isNull())
            continue;
        if (taken.contains(m))
            problems << QStringLiteral("%1: mnemonic '%2' of '%3' already used by '%4'")
                            .arg(where, m, action->text(), taken.value(m));
        else
            taken.insert(m, action->text());
        if (action->menu())
            problems << menuProblems(action->menu()->actions(),
                                     where + QStringLiteral(" › ") + action->text());
    }
    return problems;
}

inline bool takesTabFocus(QWidget* w, QWidget* root) {
    if (!w->isVisibleTo(root) || !w->isEnabled() || w->window() != root->window())
        return false;
    if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
        return false;
    // A spin box's or combo box's own line edit: the box is the stop.
    for (QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p))
            return false;
    return true;
}

// Presses Tab from the first control until the focus comes back round; returns the controls that
// take Tab focus but were never reached.
inline QStringList unreachableByTab(QWidget* root) {
    QList<QWidget*> wanted;
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all)
        if (takesTabFocus(w, root))
            wanted << w;
    if (wanted.isEmpty())
        return {};
    root->activateWindow();
    if (!QTest::qWaitForWindowActive(root))
        return {QStringLiteral("the window never became active")};
    wanted.first()->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> reached;
    for (int i = 0; i < 4 * wanted.size() + 10; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            break;
        reached.insert(focus);
        if (QWidget* proxied = focus->focusProxy())
            reached.insert(proxied);
        for (QWidget* p = focus->parentWidget(); p; p = p->parentWidget())
            reached.insert(p); // a spin box's line edit stands for the box
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList missed;
    for (QWidget* w : std::as_const(wanted))
        if (!reached.contains(w))
            missed << QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()),
                                                    w->objectName());
    return missed;
}

} // namespace ws::test::a11y
