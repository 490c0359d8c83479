#include "SessionTypes.h"

#include <QCoreApplication>

namespace ws {

namespace {

constexpr qsizetype kMaxLabelCharacters = 128;

// Labels end up in table cells, CLI output and log lines: anything that moves the cursor, breaks a
// line or renders as nothing would make one session look like another.
bool isPrintable(char32_t c) {
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

// toUcs4() silently turns a lone surrogate into U+FFFD, so broken UTF-16 is caught before it.
bool hasLoneSurrogate(const QString& label) {
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c.isHighSurrogate() && i + 1 < label.size() && label.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
    }
    return false;
}

} // namespace

Result<void> validateSessionKeyLabel(const QString& label) {
    if (hasLoneSurrogate(label))
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "ws", "The session key is not valid text (a broken UTF-16 surrogate)."));
    const QList<uint> codePoints = label.toUcs4();
    if (codePoints.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ws", "The session key must not be empty."));
    if (codePoints.size() > kMaxLabelCharacters)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "ws", "The session key is %1 characters long; at most %2 are allowed.")
                         .arg(codePoints.size())
                         .arg(kMaxLabelCharacters));
    for (const uint c : codePoints) {
        if (!isPrintable(char32_t(c)))
            return Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "ws",
                    "The session key contains a non-printable character (U+%1); use visible characters only.")
                    .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    }
    if (label.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "ws", "The session key must contain at least one visible character."));
    return {};
}

} // namespace ws
