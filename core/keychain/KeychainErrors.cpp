#include "KeychainErrors.h"

#include <QCoreApplication>

namespace ws::keychain {

namespace {

QString operationText(Operation op, const QString& entry) {
    switch (op) {
    case Operation::Read:
        return QCoreApplication::translate("ws", "reading keychain entry '%1'").arg(entry);
    case Operation::Write:
        return QCoreApplication::translate("ws", "saving keychain entry '%1'").arg(entry);
    case Operation::Delete:
        return QCoreApplication::translate("ws", "deleting keychain entry '%1'").arg(entry);
    case Operation::Probe:
        break;
    }
    return QCoreApplication::translate("ws", "checking the keychain");
}

QString describeText(const QString& text) {
    return text.trimmed().isEmpty() ? QCoreApplication::translate("ws", "no details given") : text.trimmed();
}

} // namespace

bool looksLikeMissingBackend(const QString& text) {
    static const char* const markers[] = {
        "d-bus", "dbus", "secrets", "secret service", "collection", "autolaunch", "org.freedesktop",
        "no keychain service",
        // GDBus with a dead bus address; QtKeychain without libsecret-1.so.0
        "could not connect", "unknown error"};
    for (const char* marker : markers) {
        if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

JobOutcome interpretJobResult(Operation op, const QString& entry, QKeychain::Error code,
                              const QString& text) {
    JobOutcome out;
    const QString what = operationText(op, entry);
    switch (code) {
    case QKeychain::NoError:
        out.ok = true;
        out.backendAnswered = true;
        return out;
    case QKeychain::EntryNotFound:
        out.backendAnswered = true;
        if (op == Operation::Read) {
            out.error =
                Error(ErrorCode::NotFound,
                      QCoreApplication::translate("ws", "%1: the keychain has no such entry.").arg(what));
            return out;
        }
        // Delete: the goal (no such entry) is reached. Probe: the keychain answered.
        out.ok = true;
        return out;
    case QKeychain::AccessDeniedByUser:
        out.backendAnswered = true;
        out.error = Error(
            ErrorCode::KeychainDenied,
            QCoreApplication::translate(
                "ws", "%1: the keychain unlock prompt was cancelled. Unlock the keychain and try again.")
                .arg(what));
        return out;
    case QKeychain::AccessDenied:
        out.backendAnswered = true;
        out.error = Error(ErrorCode::KeychainDenied,
                          QCoreApplication::translate("ws", "%1: the keychain denied access (%2).")
                              .arg(what, describeText(text)));
        return out;
    case QKeychain::NoBackendAvailable:
        break;
    case QKeychain::OtherError:
        if (looksLikeMissingBackend(text))
            break;
        [[fallthrough]];
    default:
        out.error = Error(ErrorCode::KeychainUnavailable,
                          QCoreApplication::translate("ws", "%1: the keychain reported an error: %2")
                              .arg(what, describeText(text)));
        out.backendAnswered = true;
        return out;
    }
    out.error = Error(ErrorCode::KeychainUnavailable,
                      QCoreApplication::translate(
                          "ws", "%1: no usable system keychain (%2). Install and unlock a Secret Service "
                                "provider such as gnome-keyring or KWallet, then try again.")
                          .arg(what, describeText(text)));
    return out;
}

} // namespace ws::keychain
