#include "Output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace ws::cli {

Output::Output(bool json, FILE* out, FILE* err)
    : m_json(json)
    , m_out(out)
    , m_err(err) {}

void Output::write(FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void Output::line(const QString& text) {
    write(m_out, text + QLatin1Char('\n'));
}

void Output::text(const QString& text) {
    write(m_out, text);
}

void Output::json(const QJsonValue& value) {
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else // a bare scalar: QJsonDocument cannot hold one, wrap and unwrap
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

void Output::table(const QStringList& headers, const QList<QStringList>& rows, const QString& emptyText) {
    if (rows.isEmpty()) {
        line(emptyText);
        return;
    }
    QList<qsizetype> widths;
    for (const QString& h : headers)
        widths.append(h.size());
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    const auto format = [&widths](const QStringList& cells) {
        QString result;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 == cells.size())
                result += cells[i];
            else
                result += cells[i].leftJustified(widths[i]) + QStringLiteral("  ");
        }
        while (result.endsWith(QLatin1Char(' ')))
            result.chop(1);
        return result;
    };
    line(format(headers));
    for (const QStringList& row : rows)
        line(format(row));
}

void Output::fields(const QList<QPair<QString, QString>>& pairs) {
    qsizetype width = 0;
    for (const auto& p : pairs)
        width = std::max(width, p.first.size() + 1);
    for (const auto& p : pairs)
        line(QString(p.first + QLatin1Char(':')).leftJustified(width + 1) + p.second);
}

void Output::note(const QString& message) {
    if (!m_json)
        write(m_err, message + QLatin1Char('\n'));
}

void Output::warning(const QString& message) {
    if (m_json) {
        QJsonObject o{{QStringLiteral("warning"), message}};
        write(m_err, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        return;
    }
    write(m_err, QCoreApplication::translate("ws", "warning: %1").arg(message) + QLatin1Char('\n'));
}

void Output::notice(const QString& message) {
    if (m_json) {
        QJsonObject o{{QStringLiteral("notice"), message}};
        write(m_err, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        return;
    }
    write(m_err, message + QLatin1Char('\n'));
}

void Output::prompt(const QString& text) {
    if (!m_json)
        write(m_err, text);
}

void Output::error(const QString& codeName, const QString& message, int exitCode) {
    // One line: a message with embedded newlines would break "one clear line" for scripts.
    QString flat = message;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (m_json) {
        QJsonObject o{{QStringLiteral("code"), codeName},
                      {QStringLiteral("message"), flat},
                      {QStringLiteral("exitCode"), exitCode}};
        write(m_err, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        return;
    }
    write(m_err, QCoreApplication::translate("ws", "error: %1").arg(flat) + QLatin1Char('\n'));
}

void Output::errorLine(const QString& codeName, const QString& line, int exitCode) {
    if (m_json)
        return error(codeName, line, exitCode);
    QString flat = line;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    write(m_err, flat + QLatin1Char('\n'));
}

void Output::error(const Error& e, int exitCode) {
    if (!m_verbose)
        return error(errorCodeName(e.code), e.message, exitCode);
    QString flat = e.message;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QStringList details = e.technicalDetails();
    if (m_json) {
        const QJsonObject o{{QStringLiteral("code"), errorCodeName(e.code)},
                            {QStringLiteral("message"), flat},
                            {QStringLiteral("exitCode"), exitCode},
                            {QStringLiteral("details"), QJsonArray::fromStringList(details)}};
        write(m_err, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        return;
    }
    QString text = QCoreApplication::translate("ws", "error: %1").arg(flat) + QLatin1Char('\n');
    for (const QString& line : details)
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    write(m_err, text);
}

} // namespace ws::cli
