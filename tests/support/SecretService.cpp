#include "SecretService.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>

namespace ws::test::secretservice {

namespace {

const QString kService = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString kItemInterface = QStringLiteral("org.freedesktop.Secret.Item");
// gnome-keyring answers in milliseconds; a minute is for a machine under a full parallel suite.
constexpr int kTimeoutMs = 60000;

Result<QDBusMessage> call(const QString& path, const QString& interface, const QString& method,
                          const QVariantList& arguments) {
    QDBusMessage message = QDBusMessage::createMethodCall(kService, path, interface, method);
    message.setArguments(arguments);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(message, QDBus::Block, kTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return Error(ErrorCode::KeychainUnavailable,
                     QStringLiteral("Secret Service %1.%2 failed: %3 %4")
                         .arg(interface, method, reply.errorName(), reply.errorMessage()));
    return reply;
}

QList<QDBusObjectPath> objectPaths(const QVariant& value) {
    return qdbus_cast<QList<QDBusObjectPath>>(value);
}

Result<QMap<QString, QString>> attributesOf(const QString& itemPath) {
    Result<QDBusMessage> reply = call(itemPath, QStringLiteral("org.freedesktop.DBus.Properties"),
                                      QStringLiteral("Get"), {kItemInterface, QStringLiteral("Attributes")});
    if (!reply)
        return reply.error();
    const QVariant value = reply->arguments().value(0).value<QDBusVariant>().variant();
    return qdbus_cast<QMap<QString, QString>>(value);
}

// A session for GetSecret; "plain" sends the secret unencrypted over the (private, per-run) bus.
Result<QDBusObjectPath> openPlainSession() {
    Result<QDBusMessage> reply =
        call(kServicePath, kServiceInterface, QStringLiteral("OpenSession"),
             {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
    if (!reply)
        return reply.error();
    return reply->arguments().value(1).value<QDBusObjectPath>();
}

} // namespace

Result<QList<Item>> search(const QMap<QString, QString>& attributes) {
    // a{ss} is not one of the types QtDBus marshals without being told.
    static const bool registered = [] {
        qDBusRegisterMetaType<QMap<QString, QString>>();
        return true;
    }();
    Q_UNUSED(registered);
    Result<QDBusMessage> reply = call(kServicePath, kServiceInterface, QStringLiteral("SearchItems"),
                                      {QVariant::fromValue(attributes)});
    if (!reply)
        return reply.error();
    QList<Item> items;
    const QVariantList lists = reply->arguments(); // unlocked, locked
    for (const QVariant& list : lists) {
        for (const QDBusObjectPath& path : objectPaths(list)) {
            Result<QMap<QString, QString>> found = attributesOf(path.path());
            if (!found)
                return found.error();
            items.append(Item{path.path(), *found});
        }
    }
    return items;
}

Result<QByteArray> secret(const QString& itemPath) {
    Result<QDBusObjectPath> session = openPlainSession();
    if (!session)
        return session.error();
    Result<QDBusMessage> reply =
        call(itemPath, kItemInterface, QStringLiteral("GetSecret"), {QVariant::fromValue(*session)});
    // The session is closed either way; a failure to close it changes nothing for the caller.
    [[maybe_unused]] const Result<QDBusMessage> closed =
        call(session->path(), QStringLiteral("org.freedesktop.Secret.Session"), QStringLiteral("Close"), {});
    if (!reply)
        return reply.error();
    // (o session, ay parameters, ay value, s content type)
    const QDBusArgument structure = reply->arguments().value(0).value<QDBusArgument>();
    QDBusObjectPath sessionPath;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
    structure.beginStructure();
    structure >> sessionPath >> parameters >> value >> contentType;
    structure.endStructure();
    return value;
}

Result<void> remove(const QString& itemPath) {
    Result<QDBusMessage> reply = call(itemPath, kItemInterface, QStringLiteral("Delete"), {});
    if (!reply)
        return reply.error();
    const QString prompt = reply->arguments().value(0).value<QDBusObjectPath>().path();
    if (prompt != QLatin1String("/"))
        return Error(ErrorCode::KeychainUnavailable,
                     QStringLiteral("deleting %1 needs a prompt (%2)").arg(itemPath, prompt));
    return {};
}

} // namespace ws::test::secretservice
