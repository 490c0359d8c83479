#pragma once

#include "CliContext.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QString>

namespace ws::cli {

// One CLI command ("list", "keys clean", ...). The application parses the command's options with a
// QCommandLineParser set up by addOptions(), checks the positional argument count, calls validate()
// (failures are usage errors, exit code 2), creates the services needs() asks for, then run().
// run() ends the run through the context exactly once, possibly later from a callback.
class Command {
public:
    virtual ~Command();

    virtual QString name() const = 0;                     // "list", "keys clean"
    virtual QString argumentSyntax() const { return {}; } // "[SESSION_KEY]"
    virtual QString summary() const = 0;                  // one line for the command list
    virtual QString description() const { return summary(); }
    virtual void addOptions(QCommandLineParser& parser) const;
    virtual int minArguments() const { return 0; }
    virtual int maxArguments() const { return 0; }
    virtual Result<void> validate(const QCommandLineParser& parser) const;
    virtual CommandNeeds needs(const QCommandLineParser& parser) const = 0;
    virtual void run(CliContext& context, const QCommandLineParser& parser) = 0;
};

} // namespace ws::cli
