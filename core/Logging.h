#pragma once

#include <QLoggingCategory>

// The diagnostic categories of the core library, declared once. Debug and info messages are off by
// default (warnings stay on); `--verbose` in either program, or QT_LOGGING_RULES (for example
// "ws.*.debug=true"), turns them on so a user can send a useful log. Nothing logged here ever holds
// a private key, a stamp or a request body: public keys, entry names, session labels, sizes, timings
// and error codes only.
namespace ws {

Q_DECLARE_LOGGING_CATEGORY(lcApi)       // ws.api: HTTP requests, retries, activity polls
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)  // ws.keychain: keychain jobs and the keychain's health
Q_DECLARE_LOGGING_CATEGORY(lcStore)     // ws.store: index commits, reloads, salvage, locking
Q_DECLARE_LOGGING_CATEGORY(lcSession)   // ws.session: login, clear, recovery decisions
Q_DECLARE_LOGGING_CATEGORY(lcRefresh)   // ws.refresh: the steps of a refresh
Q_DECLARE_LOGGING_CATEGORY(lcScheduler) // ws.scheduler: auto-refresh planning
Q_DECLARE_LOGGING_CATEGORY(lcProcess)   // ws.process: process hardening
Q_DECLARE_LOGGING_CATEGORY(lcProxy)     // ws.proxy: the stamping proxy: time, path, status, duration

// The rules --verbose installs: every ws.* category at every level.
void enableVerboseLogging();

} // namespace ws
