#pragma once

#include "CliContext.h"
#include "proxy/ProxyService.h"

#include <QCommandLineParser>
#include <memory>

namespace ws::cli {

// What `serve` and `exec` share: their common options, and the proxy service built from the run's
// configuration (the API URL, auto-refresh settings, data directory) and those options.
namespace proxyfrontend {

void addSessionAndAllowOptions(QCommandLineParser& parser);
Result<void> validateAllow(const QCommandLineParser& parser);
std::unique_ptr<proxy::ProxyService> makeService(CliContext& context, const QCommandLineParser& parser,
                                                 proxy::ProxyServiceOptions options);
// The one-line summary of a request, as `serve` prints it on a terminal.
QString summaryLine(const proxy::ProxyRequestLog& entry);
bool stdoutIsTerminal();

} // namespace proxyfrontend
} // namespace ws::cli
