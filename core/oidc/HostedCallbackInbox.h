#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace ws::oidc {

// Where the answer of Turnkey's hosted OAuth pages arrives: the browser opens
// `wallet-sessions://?id_token=…`, the desktop starts `wallet-sessions URL`, and that launch hands the
// URL to the running instance (or to a CLI waiting in a terminal) over the single-instance channel.
// The sign-in that is waiting for such an answer registers here; a URL nobody waits for is refused, so
// a stray or replayed link cannot start anything. One waiter at a time.
class HostedCallbackInbox : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const QUrl&)>;

    explicit HostedCallbackInbox(QObject* parent = nullptr);

    // `owner` waits for the next callback URL with `scheme`; it stops waiting when it is destroyed or
    // calls release(). False (nothing changed) while another owner waits: its answer must not be
    // given to a later sign-in.
    bool await(QObject* owner, QString scheme, Handler handler);
    void release(const QObject* owner);
    bool isWaiting() const;

    // Hands `url` to the waiting sign-in: false when none waits for a URL of this scheme.
    bool deliver(const QUrl& url);

    // The scheme our .desktop file registers (x-scheme-handler/wallet-sessions).
    static QString appScheme();
    // The single-instance name a `wallet-sessions-cli login --oauth … --oauth-hosted` waits on, so the
    // desktop's `wallet-sessions URL` reaches a sign-in started in a terminal too.
    static QString cliChannelName();
    // Whether a command-line argument is such a callback URL rather than an option or a file.
    static bool isCallbackUrl(const QString& argument);

private:
    QPointer<QObject> m_owner;
    QString m_scheme;
    Handler m_handler;
};

} // namespace ws::oidc
