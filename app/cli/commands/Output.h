#pragma once

#include "Error.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdio>

namespace ws::cli {

// Everything the CLI prints goes through here: results on stdout (a table or text, or one JSON
// document under --json), warnings and the one-line error on stderr (a JSON object under --json).
class Output {
public:
    explicit Output(bool json, FILE* out = stdout, FILE* err = stderr);

    bool isJson() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    // --verbose: an error is followed by its technical chain (Error::technicalDetails), indented lines
    // in text mode, a "details" list under --json.
    void setVerbose(bool verbose) { m_verbose = verbose; }

    void line(const QString& text = {});
    void text(const QString& text); // printed as is, no newline added
    void json(const QJsonValue& value);
    // Left-aligned columns, two spaces apart; an empty `rows` prints only `emptyText`.
    void table(const QStringList& headers, const QList<QStringList>& rows, const QString& emptyText);
    // "label:  value" lines with the labels padded to the same width.
    void fields(const QList<QPair<QString, QString>>& pairs);

    void warning(const QString& message);
    // One line for the person at the terminal, on stderr so that stdout stays the command's result;
    // nothing in --json mode.
    void note(const QString& message);
    // A progress line on stderr for the user ("a code was sent to ..."); {"notice": ...} in JSON mode.
    void notice(const QString& message);
    void prompt(const QString& text); // stderr, no newline, only for a terminal user; nothing in JSON mode
    // One line on stderr: "error: <message>", or {"code":..., "message":..., "exitCode":...} under --json.
    void error(const QString& codeName, const QString& message, int exitCode);
    void error(const Error& error, int exitCode);
    // An error that is its own complete sentence, written without the "error: " prefix in text mode.
    void errorLine(const QString& codeName, const QString& line, int exitCode);

private:
    void write(FILE* stream, const QString& text);

    bool m_json;
    bool m_verbose = false;
    FILE* m_out;
    FILE* m_err;
};

} // namespace ws::cli
