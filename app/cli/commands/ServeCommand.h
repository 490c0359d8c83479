#pragma once

#include "Command.h"

#include <memory>

namespace ws::cli {

// `serve [--session KEY] [--listen 127.0.0.1:PORT | --socket PATH] [--token-file F] [--allow P]…`:
// the local stamping proxy (core/proxy) until interrupted, or until the session ends (exit 4).
class ServeCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, true, true}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
