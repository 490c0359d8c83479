#include "app/CommandLine.h"
#include "crypto/P256KeyPair.h"
#include "dialogs/ConfirmClearAllDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/RefreshOptionsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "settings/AppSettings.h"
#include "settings/Autostart.h"
#include "widgets/DurationEdit.h"
#include "window/ActionsController.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ws;
using namespace ws::ui;

class TestDialogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loginValidatesAsYouType() {
        auto pair = P256KeyPair::generate();
        QVERIFY(pair.ok());
        LoginDialog dialog(600);
        auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("loginOkButton"));
        auto* org = dialog.findChild<QLineEdit*>(QStringLiteral("organizationEdit"));
        auto* pub = dialog.findChild<QLineEdit*>(QStringLiteral("apiPublicKeyEdit"));
        auto* priv = dialog.findChild<QLineEdit*>(QStringLiteral("apiPrivateKeyEdit"));
        auto* label = dialog.findChild<QLineEdit*>(QStringLiteral("sessionKeyEdit"));
        QVERIFY(ok && org && pub && priv && label);
        QCOMPARE(priv->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(org, QStringLiteral("org-1"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("public key")));
        QTest::keyClicks(pub, QStringLiteral("04abc"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("66 hex")));
        pub->setText(QString::fromLatin1(pair->publicKeyHex()));
        QVERIFY(dialog.validationError().contains(QStringLiteral("private key")));
        auto other = P256KeyPair::generate();
        priv->setText(QString::fromLatin1(other->privateKeyHex().view().toByteArray()));
        QVERIFY(dialog.validationError().contains(QStringLiteral("does not belong")));
        QVERIFY(!ok->isEnabled());
        priv->setText(QString::fromLatin1(pair->privateKeyHex().view().toByteArray()));
        QCOMPARE(dialog.validationError(), QString());
        QVERIFY(ok->isEnabled());
        label->setText(QString());
        QVERIFY(!ok->isEnabled());
        label->setText(QStringLiteral("work"));
        QVERIFY(ok->isEnabled());

        LoginRequest request = dialog.takeRequest();
        QCOMPARE(request.organizationId, QStringLiteral("org-1"));
        QCOMPARE(request.apiPublicKey, pair->publicKeyHex());
        QCOMPARE(request.apiPrivateKey.view(), pair->privateKeyHex().view());
        QCOMPARE(request.sessionKey, QStringLiteral("work"));
        QCOMPARE(request.expirationSeconds, qint64(600));
        QCOMPARE(request.keyStore, KeyStoreKind::Keychain);
        QVERIFY(priv->text().isEmpty()); // the field no longer holds the secret
    }

    // Issue 19: "Keep keys in this computer's TPM" at login, its default from Settings.
    void loginChoosesTheTpm() {
        LoginDialog dialog(600);
        auto* tpm = dialog.findChild<QCheckBox*>(QStringLiteral("keepInTpmCheck"));
        QVERIFY(tpm);
        QVERIFY(!tpm->isChecked());
        QVERIFY(!tpm->toolTip().isEmpty());
        dialog.setKeyStore(KeyStoreKind::Tpm); // what SessionCommands does with the settings' default
        QVERIFY(tpm->isChecked());
        QCOMPARE(dialog.takeRequest().keyStore, KeyStoreKind::Tpm);
        tpm->click();
        QCOMPARE(dialog.takeRequest().keyStore, KeyStoreKind::Keychain);
    }

    // A remembered API key (issue 18): offered for its organization, and it needs no private key;
    // Sign in again fixes the name, fills in organization and lifetime, and asks for a replacement.
    void loginOffersTheRememberedKeyAndSignsInAgain() {
        auto remembered = P256KeyPair::generate();
        QVERIFY(remembered.ok());
        const QString rememberedPub = QString::fromLatin1(remembered->publicKeyHex());
        LoginDialog dialog(600);
        dialog.setRememberedKeys([&](const QString& org) {
            QList<KeyPairInfo> keys;
            if (org == QLatin1String("org-1"))
                keys.append(
                    KeyPairInfo{rememberedPub, KeyStoreKind::Keychain, QDateTime(), QStringLiteral("org-1")});
            return keys;
        });
        auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("loginOkButton"));
        auto* org = dialog.findChild<QLineEdit*>(QStringLiteral("organizationEdit"));
        auto* pub = dialog.findChild<QLineEdit*>(QStringLiteral("apiPublicKeyEdit"));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("rememberedKeyNote"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("sessionKeyEdit"));
        QVERIFY(ok && org && pub && note && name);

        // Another organization's key is not offered, and a typed key still needs its private key.
        org->setText(QStringLiteral("org-2"));
        QVERIFY(QMetaObject::invokeMethod(org, "editingFinished"));
        QVERIFY(pub->text().isEmpty());

        dialog.setSignInAgain(QStringLiteral("work"), QStringLiteral("org-1"), 7200);
        QVERIFY(dialog.isSignInAgain());
        QCOMPARE(org->text(), QStringLiteral("org-1"));
        QCOMPARE(pub->text(), rememberedPub); // offered
        QCOMPARE(name->text(), QStringLiteral("work"));
        QVERIFY(name->isReadOnly());
        QCOMPARE(dialog.findChild<DurationEdit*>(QStringLiteral("lifetimeEdit"))->seconds(), qint64(7200));
        QCOMPARE(dialog.validationError(), QString()); // no private key needed
        QVERIFY(ok->isEnabled());
        QVERIFY(!note->isHidden());
        if (const QString shots = qEnvironmentVariable("WS_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(shots + QStringLiteral("/login-sign-in-again.png"));
        }

        LoginRequest request = dialog.takeRequest();
        QVERIFY(request.replace);
        QVERIFY(request.apiPrivateKey.isEmpty()); // the remembered key signs
        QCOMPARE(request.apiPublicKey, remembered->publicKeyHex());
        QCOMPARE(request.sessionKey, QStringLiteral("work"));
        QCOMPARE(request.expirationSeconds, qint64(7200));
        QVERIFY(!request.rememberApiKey);

        // Any other public key needs its private key again.
        auto other = P256KeyPair::generate();
        pub->setText(QString::fromLatin1(other->publicKeyHex()));
        QVERIFY(dialog.validationError().contains(QStringLiteral("private key")));
        QVERIFY(note->isHidden());
    }

    void keyFileIsRead() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("k.private")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("  0123abcd:p256\n");
        file.close();
        QString error;
        QCOMPARE(LoginDialog::readPrivateKeyFile(file.fileName(), &error), QByteArray("0123abcd"));
        QVERIFY(error.isEmpty());
        LoginDialog::readPrivateKeyFile(dir.filePath(QStringLiteral("missing")), &error);
        QVERIFY(!error.isEmpty());
    }

    void clearAllNamesTheCount() {
        ConfirmClearAllDialog dialog(3, true);
        auto* question = dialog.findChild<QLabel*>(QStringLiteral("clearAllQuestion"));
        QVERIFY(question->text().contains(QStringLiteral("3 session")));
        QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("revokeCheck"))->isChecked());
        QVERIFY(dialog.revokeOnServer());
    }

    void settingsPersistAndTrayOptionsNeedATray() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
            SettingsDialog dialog(settings, /*trayAvailable=*/false, false);
            auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("apiUrlEdit"));
            url->setText(QStringLiteral("http://example.com"));
            const QList<QPushButton*> buttons = dialog.findChildren<QPushButton*>();
            QPushButton* okButton = nullptr;
            for (QPushButton* b : buttons)
                if (b->text().contains(QStringLiteral("OK")))
                    okButton = b;
            QVERIFY(okButton);
            QVERIFY(!okButton->isEnabled()); // plain http only for loopback
            url->setText(QStringLiteral("http://127.0.0.1:8080"));
            QVERIFY(okButton->isEnabled());
            const QList<QCheckBox*> boxes = dialog.findChildren<QCheckBox*>();
            int disabled = 0;
            for (QCheckBox* box : boxes)
                disabled += box->isEnabled() ? 0 : 1;
            QCOMPARE(disabled, 3); // close to tray, start minimized, click to refresh
            dialog.apply();
        }
        AppSettings reread(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(reread.apiBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(reread.keyStore(), KeyStoreKind::Keychain);
    }

    // Issue 19: the TPM as the default key store, in the settings file the CLI reads too.
    void settingsKeepNewKeysInTheTpm() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
            SettingsDialog dialog(settings, true, false);
            auto* tpm = dialog.findChild<QCheckBox*>(QStringLiteral("keepInTpmCheck"));
            QVERIFY(tpm && tpm->isEnabled() && !tpm->isChecked());
            tpm->setChecked(true);
            dialog.apply();
        }
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("sessions/keyStore")).toString(), QStringLiteral("tpm"));
        AppSettings reread(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(reread.keyStore(), KeyStoreKind::Tpm);
        SettingsDialog again(reread, true, false);
        QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("keepInTpmCheck"))->isChecked());
    }

    // Issue 15: Settings › Advanced holds the Auth Proxy settings; the production defaults stay defaults.
    void advancedHoldsTheAuthProxySettings() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
            SettingsDialog dialog(settings, true, false);
            auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("authProxyUrlEdit"));
            auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("authProxyConfigIdEdit"));
            auto* key = dialog.findChild<QLineEdit*>(QStringLiteral("otpSignerKeyEdit"));
            QVERIFY(url && id && key);
            QCOMPARE(url->text(), QStringLiteral("https://authproxy.turnkey.com"));
            QVERIFY(id->text().isEmpty());
            QVERIFY(!url->accessibleName().isEmpty() && !id->accessibleName().isEmpty() &&
                    !key->accessibleName().isEmpty());
            auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            key->setText(QStringLiteral("04abcd"));
            QVERIFY(!ok->isEnabled()); // not an uncompressed P-256 key
            key->setText(QString::fromLatin1(AppConfig().otpSignerKey));
            url->setText(QStringLiteral("http://proxy.example.com"));
            QVERIFY(!ok->isEnabled()); // plain http only for loopback, as for the API
            url->setText(QStringLiteral("https://authproxy.turnkey.com"));
            id->setText(QStringLiteral("cfg-123"));
            QVERIFY(ok->isEnabled());
            dialog.apply();
        }
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("authProxy/configId")).toString(), QStringLiteral("cfg-123"));
        QVERIFY(!raw.contains(QStringLiteral("authProxy/url"))); // unchanged defaults are not written
        QVERIFY(!raw.contains(QStringLiteral("authProxy/otpSignerKey")));
        AppSettings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
        SettingsDialog locked(settings, true, false);
        locked.setAuthProxyLocked(true);
        QVERIFY(!locked.findChild<QLineEdit*>(QStringLiteral("authProxyConfigIdEdit"))->isEnabled());
    }

    // Issue 18: "Start at login" writes an XDG autostart entry and removes it when turned off.
    void startAtLoginWritesAndRemovesTheAutostartEntry() {
        QTemporaryDir dir;
        AppSettings settings(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        const Autostart autostart(dir.filePath(QStringLiteral("autostart")),
                                  QStringLiteral("/opt/my apps/ws"));
        {
            SettingsDialog dialog(settings, true, false);
            dialog.setAutostart(autostart);
            auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("startAtLoginCheck"));
            QVERIFY(!box->isChecked());
            box->setChecked(true);
            dialog.apply();
        }
        QFile entry(autostart.entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray text = entry.readAll();
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY2(text.contains("Exec=\"/opt/my apps/ws\" --minimized\n"), text.constData());
        entry.close();
        {
            SettingsDialog dialog(settings, true, false);
            dialog.setAutostart(autostart);
            auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("startAtLoginCheck"));
            QVERIFY(box->isChecked());
            box->setChecked(false);
            dialog.apply();
        }
        QVERIFY(!QFile::exists(autostart.entryPath()));
    }

    // Issue 18: durations are minutes/hours, not raw seconds; the unit follows the value.
    void durationsAreEnteredWithUnits() {
        QTemporaryDir dir;
        AppSettings settings(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        settings.setDefaultLifetimeSecs(7200);
        SettingsDialog dialog(settings, true, false);
        auto* lifetime = dialog.findChild<DurationEdit*>(QStringLiteral("lifetimeEdit"));
        QVERIFY(lifetime);
        QCOMPARE(lifetime->amountBox()->value(), 2);
        QCOMPARE(lifetime->unitBox()->currentData().toLongLong(), 3600);
        lifetime->unitBox()->setCurrentIndex(lifetime->unitBox()->findData(60)); // 2 hours -> 120 minutes
        QCOMPARE(lifetime->seconds(), 7200);
        lifetime->amountBox()->setValue(45);
        dialog.apply();
        QCOMPARE(settings.defaultLifetimeSecs(), 45 * 60);
        QVERIFY(!lifetime->amountBox()->accessibleName().isEmpty());
        QVERIFY(!lifetime->unitBox()->accessibleName().isEmpty());
        // No label shows a literal '&' (a form row built from a layout gets no buddy, so no mnemonic).
        for (QLabel* label : dialog.findChildren<QLabel*>())
            if (label->textFormat() != Qt::RichText && label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
    }

    // Issue 18: Refresh is disabled for a session that cannot be refreshed, with the reason as tooltip.
    void refreshIsDisabledWithAReason() {
        QWidget window;
        ActionsController actions(&window);
        ActionsController::State state;
        state.selectedCount = 1;
        state.hasSessions = true;
        actions.update(state);
        QVERIFY(actions.refresh->isEnabled());
        state.cannotRefreshReason = QStringLiteral("'a' was revoked on the server");
        actions.update(state);
        QVERIFY(!actions.refresh->isEnabled());
        QVERIFY(!actions.refreshWithOptions->isEnabled());
        QCOMPARE(actions.refresh->toolTip(), state.cannotRefreshReason);
        QVERIFY(actions.setActive->text().contains(QStringLiteral("default")));
    }

    // Issue 20: an expired session whose organization has a remembered API key can be renewed: Refresh
    // with options stays enabled and says so; without such a key it does not.
    void expiredSessionIsRenewableWithARememberedApiKey() {
        QWidget window;
        ActionsController actions(&window);
        ActionsController::State state;
        state.selectedCount = 1;
        state.hasSessions = true;
        state.cannotRefreshReason = QStringLiteral("'a' has expired");
        actions.update(state);
        QVERIFY(!actions.refreshWithOptions->isEnabled());
        state.renewableWithApiKey = true;
        actions.update(state);
        QVERIFY(!actions.refresh->isEnabled()); // its own key cannot sign
        QVERIFY(actions.refreshWithOptions->isEnabled());
        QVERIFY(actions.refreshWithOptions->toolTip().contains(QStringLiteral("remembered API key")));
    }

    // The dialog for an expired session: its own key is disabled as a signer, the remembered API key
    // is chosen, and the choices come back as the request's stampWith/stampPublicKey.
    void renewDialogSignsWithTheRememberedKey() {
        const QString apiKey = QStringLiteral("02") + QString(64, QLatin1Char('b'));
        RefreshOptionsDialog::Choices choices;
        choices.lifetimeSecs = 900;
        choices.expired = true;
        choices.apiKeys = {
            KeyPairInfo{apiKey, KeyStoreKind::Keychain, QDateTime::currentDateTimeUtc(), QString()}};
        RefreshOptionsDialog dialog(QStringLiteral("old"), choices);
        auto* signer = dialog.findChild<QComboBox*>(QStringLiteral("signerCombo"));
        auto* model = qobject_cast<QStandardItemModel*>(signer->model());
        QVERIFY(!model->item(0)->isEnabled());
        QCOMPARE(signer->currentIndex(), 1);
        QCOMPARE(dialog.stampWith(), StampWith::RememberedApiKey);
        QCOMPARE(dialog.stampPublicKey(), apiKey);
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("refreshOkButton"))->isEnabled());
        QCOMPARE(dialog.publicKey(), QString()); // a new key unless a held one is chosen
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("newKeyCombo"))->isEnabled()); // none held

        // Expired with no remembered key: nothing can sign, so the dialog cannot be accepted.
        choices.apiKeys.clear();
        RefreshOptionsDialog stuck(QStringLiteral("old"), choices);
        QVERIFY(!stuck.findChild<QPushButton*>(QStringLiteral("refreshOkButton"))->isEnabled());
        auto* stuckSigner = stuck.findChild<QComboBox*>(QStringLiteral("signerCombo"));
        auto* stuckModel = qobject_cast<QStandardItemModel*>(stuckSigner->model());
        QVERIFY(!stuckModel->item(stuckSigner->count() - 1)->isEnabled()); // no site for a security key
        QVERIFY(stuckModel->item(stuckSigner->count() - 1)->toolTip().contains(QLatin1String("once")));

        // Expired, but a security key's site is known: the key is chosen, and says which site.
        choices.passkeyRpId = QStringLiteral("wallet.example");
        RefreshOptionsDialog renewable(QStringLiteral("old"), choices);
        auto* keySigner = renewable.findChild<QComboBox*>(QStringLiteral("signerCombo"));
        QCOMPARE(keySigner->currentText(), QStringLiteral("Security key for wallet.example"));
        QCOMPARE(renewable.stampWith(), StampWith::Passkey);
        QCOMPARE(renewable.passkeyRpId(), QStringLiteral("wallet.example"));
        QCOMPARE(renewable.stampPublicKey(), QString());
        QVERIFY(renewable.findChild<QPushButton*>(QStringLiteral("refreshOkButton"))->isEnabled());
    }

    void commandLine() {
        auto parsed = parseCommandLine({QStringLiteral("ws"), QStringLiteral("--demo"),
                                        QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png"),
                                        QStringLiteral("--quit-after"), QStringLiteral("5")});
        QVERIFY(!parsed.exitCode);
        QVERIFY(parsed.options.demo);
        QCOMPARE(parsed.options.screenshotPath, QStringLiteral("/tmp/x.png"));
        QCOMPARE(parsed.options.quitAfterSecs, 5);
        parsed =
            parseCommandLine({QStringLiteral("ws"), QStringLiteral("--quit-after"), QStringLiteral("soon")});
        QCOMPARE(parsed.exitCode, std::optional<int>(2));
        parsed = parseCommandLine({QStringLiteral("ws"), QStringLiteral("--bogus")});
        QCOMPARE(parsed.exitCode, std::optional<int>(2));

        // The desktop's `wallet-sessions %u` with the answer of Turnkey's hosted sign-in page.
        parsed =
            parseCommandLine({QStringLiteral("ws"), QStringLiteral("wallet-sessions://?id_token=a.b.c")});
        QVERIFY(!parsed.exitCode);
        QCOMPARE(parsed.options.callbackUrl.scheme(), QStringLiteral("wallet-sessions"));
        QCOMPARE(QUrlQuery(parsed.options.callbackUrl).queryItemValue(QStringLiteral("id_token")),
                 QStringLiteral("a.b.c"));
        // Anything else, or a second URL, is still a usage error.
        for (const QStringList& bad :
             {QStringList{QStringLiteral("ws"), QStringLiteral("file.txt")},
              QStringList{QStringLiteral("ws"), QStringLiteral("https://example.com/?id_token=x")},
              QStringList{QStringLiteral("ws"), QStringLiteral("wallet-sessions://?id_token=a"),
                          QStringLiteral("wallet-sessions://?id_token=b")}}) {
            parsed = parseCommandLine(bad);
            QCOMPARE(parsed.exitCode, std::optional<int>(2));
            QVERIFY2(parsed.output.contains(QStringLiteral("Unexpected argument")),
                     qPrintable(parsed.output));
        }
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
