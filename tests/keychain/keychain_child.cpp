// Test helper for tst_keychainstore: runs probe, write, read and delete in a process whose
// environment the test controls (no usable session bus), and prints one line per call:
//   <operation> <ok|ERROR_CODE> <watchdog|answered> <milliseconds>
// then "health <Unknown|Healthy|Unavailable>". Exits 0 once every callback has arrived.
//   keychain_child <service> <watchdog-ms>
#include "keychain/KeychainStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QTextStream>
#include <functional>

using namespace ws;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    KeychainStore store(args.at(1), std::chrono::milliseconds(args.at(2).toLongLong()));
    const QString entry = QStringLiteral("child-entry");
    QTextStream out(stdout);
    QElapsedTimer clock;

    const auto report = [&](const char* op, const Error* error) {
        out << op << ' ' << (error ? errorCodeName(error->code) : QStringLiteral("ok")) << ' '
            << (error && error->message.contains(QStringLiteral("did not answer within")) ? "watchdog"
                                                                                          : "answered")
            << ' ' << clock.restart() << Qt::endl;
        if (error)
            out << "message " << error->message << Qt::endl;
    };
    std::function<void()> finish = [&]() {
        out << "health " << QMetaEnum::fromType<SecretStore::Health>().valueToKey(int(store.health()))
            << Qt::endl;
        app.quit();
    };
    std::function<void()> del = [&]() {
        store.deleteSecret(entry, &app, [&](Result<void> r) {
            report("delete", r ? nullptr : &r.error());
            finish();
        });
    };
    std::function<void()> read = [&]() {
        store.readSecret(entry, &app, [&](Result<SecureBytes> r) {
            report("read", r ? nullptr : &r.error());
            del();
        });
    };
    std::function<void()> write = [&]() {
        store.writeSecret(entry, QByteArrayLiteral("child-secret"), &app, [&](Result<void> r) {
            report("write", r ? nullptr : &r.error());
            read();
        });
    };
    clock.start();
    store.probe(&app, [&](Result<void> r) {
        report("probe", r ? nullptr : &r.error());
        write();
    });
    return app.exec();
}
