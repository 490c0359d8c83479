#pragma once

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class QCommandLineParser;

namespace ws::cli {

class CliContext;
class Command;
class Output;

// Parses the global options and the command, runs it, and emits finished(exitCode) exactly once.
class CliApplication : public QObject {
    Q_OBJECT
public:
    explicit CliApplication(QObject* parent = nullptr);
    ~CliApplication() override;

    // `arguments` as from QCoreApplication::arguments() (the program name first).
    void start(const QStringList& arguments);

    // "login", "list", ..., "keys list", "token verify".
    static QStringList commandNames();
    static std::unique_ptr<Command> makeCommand(const QString& name);
    // The text --help prints.
    static QString globalHelp();
    // --help-all: the global help, then every command's (what the man page and completions follow).
    QString allHelp() const;

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finishWithUsage(Output& out, const QString& message);
    void finishNow(int exitCode);
    QString commandHelp(const Command& command, const QCommandLineParser& parser) const;

    std::unique_ptr<Command> m_command;
    std::unique_ptr<QCommandLineParser> m_parser;
    std::unique_ptr<CliContext> m_context;
    bool m_finished = false;
};

} // namespace ws::cli
