<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ws</name>
    <message>
        <source>Manage Turnkey wallet sessions: live expiry countdowns, refresh, clear, with every private key kept in the system keychain.</source>
        <translation>Turnkey-Wallet-Sitzungen verwalten: Ablauf-Countdowns in Echtzeit, Erneuern, Löschen – jeder private Schlüssel bleibt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Start a local demo server and three short demo sessions. Uses a temporary data directory and a separate keychain service; real sessions are untouched.</source>
        <translation>Einen lokalen Demo-Server und drei kurze Demo-Sitzungen starten. Verwendet ein temporäres Datenverzeichnis und einen eigenen Schlüsselbunddienst; echte Sitzungen bleiben unberührt.</translation>
    </message>
    <message>
        <source>Start hidden in the system tray (ignored when there is no tray).</source>
        <translation>Versteckt im Systembereich der Kontrollleiste starten (ohne Kontrollleiste ignoriert).</translation>
    </message>
    <message>
        <source>Show the window even if &apos;start minimized&apos; is set.</source>
        <translation>Das Fenster anzeigen, auch wenn „Minimiert starten“ eingestellt ist.</translation>
    </message>
    <message>
        <source>Keep the session index in DIR.</source>
        <translation>Den Sitzungsindex in VERZ speichern.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Use this Turnkey API base URL for this run.</source>
        <translation>Für diesen Lauf diese Turnkey-API-Basis-URL verwenden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Quit after SECONDS (for smoke tests).</source>
        <translation>Nach SEKUNDEN beenden (für Smoke-Tests).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE once the sessions are loaded, then quit.</source>
        <translation>Ein PNG des Fensters in DATEI speichern, sobald die Sitzungen geladen sind, dann beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Keychain service name (default: wallet-sessions).</source>
        <translation>Name des Schlüsselbunddienstes (Standard: wallet-sessions).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print diagnostic messages (keychain, index, sessions, network; never keys) on stderr.</source>
        <translation>Diagnosemeldungen (Schlüsselbund, Index, Sitzungen, Netzwerk; niemals Schlüssel) auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Unerwartetes Argument: %1
</translation>
    </message>
    <message>
        <source>--quit-after needs a positive number of seconds
</source>
        <translation>--quit-after braucht eine positive Anzahl Sekunden
</translation>
    </message>
    <message>
        <source>--demo runs its own server; it cannot be combined with --api-url
</source>
        <translation>--demo startet einen eigenen Server und kann nicht mit --api-url kombiniert werden
</translation>
    </message>
    <message>
        <source>Cannot create the demo&apos;s temporary directory: %1</source>
        <translation>Das temporäre Verzeichnis der Demo kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird erneuert…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>%1d %2</source>
        <translation>%1 T %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Keep Turnkey wallet sessions fresh</source>
        <translation>Turnkey-Wallet-Sitzungen aktuell halten</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(not known yet: use Verify)</source>
        <translation>(noch unbekannt: „Prüfen“ verwenden)</translation>
    </message>
    <message>
        <source>Known to the server (last check succeeded)</source>
        <translation>Dem Server bekannt (letzte Prüfung erfolgreich)</translation>
    </message>
    <message>
        <source>Revoked: the server no longer knows this key</source>
        <translation>Widerrufen: Der Server kennt diesen Schlüssel nicht mehr</translation>
    </message>
    <message>
        <source>Being cleared and revoked on the server</source>
        <translation>Wird gelöscht und auf dem Server widerrufen</translation>
    </message>
    <message>
        <source>Not checked yet (use Verify)</source>
        <translation>Noch nicht geprüft („Prüfen“ verwenden)</translation>
    </message>
    <message>
        <source>Verified against the notarizer key</source>
        <translation>Mit dem Notarschlüssel verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Sitzungsname</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Sitzungstyp</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Session profile</source>
        <translation>Sitzungsprofil</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Requested lifetime</source>
        <translation>Gewünschte Lebensdauer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Zuletzt erneuert</translation>
    </message>
    <message>
        <source>JWT signature</source>
        <translation>JWT-Signatur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Automatisch erneuern</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Stop after the sessions in progress</source>
        <translation>Nach den laufenden Sitzungen anhalten</translation>
    </message>
    <message>
        <source>Use LANGUAGE (de, fr, en) instead of the system&apos;s language.</source>
        <translation>SPRACHE (de, fr, en) statt der Sprache des Systems verwenden.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (expired or revoked: log in again)</source>
        <translation>
            <numerusform>%n übersprungen (abgelaufen oder widerrufen: erneut anmelden)</numerusform>
            <numerusform>%n übersprungen (abgelaufen oder widerrufen: erneut anmelden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped before %n more</source>
        <translation>
            <numerusform>vor %n weiteren angehalten</numerusform>
            <numerusform>vor %n weiteren angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: </source>
        <translation>
            <numerusform>%n fehlgeschlagen: </numerusform>
            <numerusform>%n fehlgeschlagen: </numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>TPM 2.0 (made inside this computer&apos;s TPM; cannot be copied)</source>
        <translation>TPM 2.0 (im TPM dieses Computers erzeugt; nicht kopierbar)</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>etwa %n Minute übrig</numerusform>
            <numerusform>etwa %n Minuten übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>etwa %n Stunde übrig</numerusform>
            <numerusform>etwa %n Stunden übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>A wallet-sessions:// address that finishes a sign-in in the browser (the desktop passes it; it goes to the running window).</source>
        <translation>Eine wallet-sessions://-Adresse, die eine Anmeldung im Browser abschließt (der Desktop übergibt sie; sie geht an das laufende Fenster).</translation>
    </message>
    <message>
        <source>--data -: cannot read standard input</source>
        <translation>--data -: Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--data -: more than %1 bytes</source>
        <translation>--data -: mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>--data %1: %2</source>
        <translation>--data %1: %2</translation>
    </message>
    <message>
        <source>--data %1: more than %2 bytes</source>
        <translation>--data %1: mehr als %2 Bytes</translation>
    </message>
    <message>
        <source>Send one API request stamped with a session&apos;s key and print the answer.</source>
        <translation>Eine API-Anfrage senden, signiert mit dem Schlüssel einer Sitzung, und die Antwort ausgeben.</translation>
    </message>
    <message>
        <source>POSTs the body to the API URL + PATH (e.g. /public/v1/query/whoami), stamped with the session&apos;s key. A JSON object body without organizationId gets the session&apos;s; no body sends {&quot;organizationId&quot;: …}. A submit/* activity is waited for (--no-wait prints it pending); a failed activity, or one that needs consensus, exits 1 with its status on stderr.</source>
        <translation>Sendet den Body per POST an die API-URL + PATH (z. B. /public/v1/query/whoami), signiert mit dem Schlüssel der Sitzung. Ein JSON-Objekt als Body ohne organizationId erhält die der Sitzung; ohne Body wird {&quot;organizationId&quot;: …} gesendet. Auf eine submit/*-Aktivität wird gewartet (--no-wait gibt sie als ausstehend aus); eine fehlgeschlagene Aktivität oder eine, die Konsens braucht, ergibt Exit-Code 1, mit ihrem Status auf stderr.</translation>
    </message>
    <message>
        <source>The session to stamp with (default: the active one).</source>
        <translation>Die Sitzung, mit der signiert wird (Standard: die aktive).</translation>
    </message>
    <message>
        <source>The HTTP method; only POST (the default) is accepted, as by the Turnkey API.</source>
        <translation>Die HTTP-Methode; nur POST (der Standard) wird akzeptiert, wie von der Turnkey-API.</translation>
    </message>
    <message>
        <source>The JSON body: inline, @FILE, or - for standard input.</source>
        <translation>Der JSON-Body: direkt angegeben, @FILE oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Print a submitted activity as it is, without waiting.</source>
        <translation>Eine übermittelte Aktivität unverändert ausgeben, ohne zu warten.</translation>
    </message>
    <message>
        <source>The API path, e.g. /public/v1/query/whoami.</source>
        <translation>Der API-Pfad, z. B. /public/v1/query/whoami.</translation>
    </message>
    <message>
        <source>-X %1: the Turnkey API accepts POST only</source>
        <translation>-X %1: Die Turnkey-API akzeptiert nur POST</translation>
    </message>
    <message>
        <source>%1 is not an API path (expected /public/v1/query/NAME or /public/v1/submit/NAME)</source>
        <translation>%1 ist kein API-Pfad (erwartet: /public/v1/query/NAME oder /public/v1/submit/NAME)</translation>
    </message>
    <message>
        <source>--data is not JSON: %1 at offset %2</source>
        <translation>--data ist kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source> (refresh it with `wallet-sessions-cli refresh`, or log in again)</source>
        <translation> (erneuern Sie sie mit `wallet-sessions-cli refresh` oder melden Sie sich erneut an)</translation>
    </message>
    <message>
        <source>Remove every session and delete their keys (asks first unless --yes).</source>
        <translation>Jede Sitzung entfernen und ihre Schlüssel löschen (fragt vorher nach, außer mit --yes).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (required when standard input is not a terminal).</source>
        <translation>Nicht nach Bestätigung fragen (erforderlich, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>clear-all refuses to run without confirmation: standard input is not a terminal; pass --yes</source>
        <translation>clear-all läuft nicht ohne Bestätigung: Die Standardeingabe ist kein Terminal; geben Sie --yes an</translation>
    </message>
    <message>
        <source>Remove all %1 sessions and delete their keys?</source>
        <translation>Alle %1 Sitzungen entfernen und ihre Schlüssel löschen?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>No sessions to clear.</source>
        <translation>Keine Sitzungen zum Löschen.</translation>
    </message>
    <message>
        <source>Cleared session &apos;%1&apos;.</source>
        <translation>Sitzung „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Failed to clear &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 of %2 sessions could not be cleared; the first failure: %3</source>
        <translation>%1 von %2 Sitzungen konnten nicht gelöscht werden; erster Fehler: %3</translation>
    </message>
    <message>
        <source>Remove a session and delete its key from the keychain.</source>
        <translation>Eine Sitzung entfernen und ihren Schlüssel aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <source>The session to remove.</source>
        <translation>Die zu entfernende Sitzung.</translation>
    </message>
    <message>
        <source>Cleared session &apos;%1&apos; and revoked its key on the server.</source>
        <translation>Sitzung „%1“ gelöscht und ihren Schlüssel auf dem Server widerrufen.</translation>
    </message>
    <message>
        <source>Where the session index lives (default: the app&apos;s data directory).</source>
        <translation>Wo der Sitzungsindex liegt (Standard: das Datenverzeichnis der App).</translation>
    </message>
    <message>
        <source>Turnkey API base URL (default: $WALLET_SESSIONS_API_URL, else the app&apos;s setting, else https://api.turnkey.com).</source>
        <translation>Basis-URL der Turnkey-API (Standard: $WALLET_SESSIONS_API_URL, sonst die Einstellung der App, sonst https://api.turnkey.com).</translation>
    </message>
    <message>
        <source>The notarizer&apos;s P-256 public key in hex that signs session JWTs (default: $WALLET_SESSIONS_NOTARIZER_KEY, else the app&apos;s setting, else Turnkey&apos;s production key).</source>
        <translation>Der öffentliche P-256-Schlüssel des Notars in Hex, der Sitzungs-JWTs signiert (Standard: $WALLET_SESSIONS_NOTARIZER_KEY, sonst die Einstellung der App, sonst der Produktionsschlüssel von Turnkey).</translation>
    </message>
    <message>
        <source>Turnkey Auth Proxy URL for sign-in with a one-time code (default: $WALLET_SESSIONS_AUTH_PROXY_URL, else the app&apos;s setting, else https://authproxy.turnkey.com).</source>
        <translation>URL des Turnkey-Auth-Proxys für die Anmeldung mit einem Einmalcode (Standard: $WALLET_SESSIONS_AUTH_PROXY_URL, sonst die Einstellung der App, sonst https://authproxy.turnkey.com).</translation>
    </message>
    <message>
        <source>The Auth Proxy configuration id (default: $WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID, else the app&apos;s setting; no default).</source>
        <translation>Die Konfigurations-ID des Auth-Proxys (Standard: $WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID, sonst die Einstellung der App; kein Standardwert).</translation>
    </message>
    <message>
        <source>The public key (hex) that signs the one-time-code enclave&apos;s bundles and tokens (default: $WALLET_SESSIONS_OTP_SIGNER_KEY, else the app&apos;s setting, else Turnkey&apos;s production key).</source>
        <translation>Der öffentliche Schlüssel (Hex), der die Pakete und Token der Einmalcode-Enklave signiert (Standard: $WALLET_SESSIONS_OTP_SIGNER_KEY, sonst die Einstellung der App, sonst der Produktionsschlüssel von Turnkey).</translation>
    </message>
    <message>
        <source>Machine-readable output: JSON on stdout, errors as JSON on stderr.</source>
        <translation>Maschinenlesbare Ausgabe: JSON auf stdout, Fehler als JSON auf stderr.</translation>
    </message>
    <message>
        <source>Print the library&apos;s diagnostic messages on stderr (also enabled by QT_LOGGING_RULES).</source>
        <translation>Die Diagnosemeldungen der Bibliothek auf stderr ausgeben (auch über QT_LOGGING_RULES aktivierbar).</translation>
    </message>
    <message>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Hilfe anzeigen (für einen Befehl: COMMAND --help).</translation>
    </message>
    <message>
        <source>Show the help of every command.</source>
        <translation>Die Hilfe aller Befehle anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [arguments] [options]

Manage the Turnkey wallet sessions stored by Wallet Sessions: the same index and keychain
entries as the desktop app, which shows changes made here within a second.

</source>
        <translation>Aufruf: %1 [globale Optionen] COMMAND [Argumente] [Optionen]

Verwaltet die von Wallet Sessions gespeicherten Turnkey-Wallet-Sitzungen: derselbe Index und dieselben
Schlüsselbundeinträge wie in der Desktop-App, die hier vorgenommene Änderungen innerhalb einer Sekunde anzeigt.

</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Environment:
  WALLET_SESSIONS_API_URL           API base URL when --api-url is not given
  WALLET_SESSIONS_KEYCHAIN_SERVICE  keychain service name (default: wallet-sessions)
  WALLET_SESSIONS_NOTARIZER_KEY     notarizer public key for JWT signature checks
  WALLET_SESSIONS_AUTH_PROXY_URL    Auth Proxy URL when --auth-proxy-url is not given
  WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID  Auth Proxy configuration id
  WALLET_SESSIONS_OTP_SIGNER_KEY    key that signs one-time-code bundles and tokens

</source>
        <translation>Umgebung:
  WALLET_SESSIONS_API_URL           API-Basis-URL, wenn --api-url nicht angegeben ist
  WALLET_SESSIONS_KEYCHAIN_SERVICE  Name des Schlüsselbunddienstes (Standard: wallet-sessions)
  WALLET_SESSIONS_NOTARIZER_KEY     öffentlicher Notarschlüssel für die Prüfung von JWT-Signaturen
  WALLET_SESSIONS_AUTH_PROXY_URL    Auth-Proxy-URL, wenn --auth-proxy-url nicht angegeben ist
  WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID  Konfigurations-ID des Auth-Proxys
  WALLET_SESSIONS_OTP_SIGNER_KEY    Schlüssel, der Einmalcode-Pakete und -Token signiert

</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>&apos;%1 COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] %2 [options]</source>
        <translation>Aufruf: %1 [globale Optionen] %2 [Optionen]</translation>
    </message>
    <message>
        <source> (see %1 --help)</source>
        <translation> (siehe %1 --help)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>&apos;token&apos; needs a subcommand: decode or verify</source>
        <translation>&apos;token&apos; braucht einen Unterbefehl: decode oder verify</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Befehl &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>could not finish interrupted operations: %1</source>
        <translation>unterbrochene Vorgänge konnten nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>recovery: %1</source>
        <translation>Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>opening the session index in &apos;%1&apos;</source>
        <translation>beim Öffnen des Sitzungsindex in „%1“</translation>
    </message>
    <message>
        <source> (see wallet-sessions-cli --help)</source>
        <translation> (siehe wallet-sessions-cli --help)</translation>
    </message>
    <message>
        <source>Lifetime of the new session in seconds (at least %1).</source>
        <translation>Lebensdauer der neuen Sitzung in Sekunden (mindestens %1).</translation>
    </message>
    <message>
        <source>Ask the server to invalidate the user&apos;s other sessions.</source>
        <translation>Den Server bitten, die anderen Sitzungen des Benutzers ungültig zu machen.</translation>
    </message>
    <message>
        <source>Also delete the session&apos;s key on the server.</source>
        <translation>Den Schlüssel der Sitzung auch auf dem Server löschen.</translation>
    </message>
    <message>
        <source>--expiration-seconds must be a whole number of seconds, at least %1 (got &apos;%2&apos;).</source>
        <translation>--expiration-seconds muss eine ganze Zahl von Sekunden sein, mindestens %1 (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>Where the key is made and kept: &apos;keychain&apos; or &apos;tpm&apos; (inside this computer&apos;s TPM 2.0, never exportable; a session&apos;s refreshes stay there). Default for a login: the setting sessions/keyStore (Settings &gt; Keep new session keys in the TPM), else &apos;keychain&apos;.</source>
        <translation>Wo der Schlüssel erzeugt und aufbewahrt wird: &apos;keychain&apos; oder &apos;tpm&apos; (im TPM 2.0 dieses Computers, nie exportierbar; die Erneuerungen einer Sitzung bleiben dort). Standard für eine Anmeldung: die Einstellung sessions/keyStore (Einstellungen &gt; Neue Sitzungsschlüssel im TPM aufbewahren), sonst &apos;keychain&apos;.</translation>
    </message>
    <message>
        <source>--key-store must be &apos;tpm&apos; or &apos;keychain&apos;, not &apos;%1&apos;</source>
        <translation>--key-store muss &apos;tpm&apos; oder &apos;keychain&apos; sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Run a command with a stamping proxy for a session in its environment.</source>
        <translation>Einen Befehl ausführen, in dessen Umgebung ein signierender Proxy für eine Sitzung bereitsteht.</translation>
    </message>
    <message>
        <source>Starts the proxy of `serve` on a random loopback port for the lifetime of COMMAND and sets TURNKEY_API_BASE_URL, WALLET_SESSIONS_PROXY_TOKEN and TURNKEY_ORGANIZATION_ID in its environment; no private key is ever in it. Exits with COMMAND&apos;s status (128+N when a signal N ended it); signals are passed on to it. When the session ends, COMMAND is terminated and the exit code is 4.</source>
        <translation>Startet den Proxy von `serve` für die Laufzeit von COMMAND auf einem zufälligen Loopback-Port und setzt TURNKEY_API_BASE_URL, WALLET_SESSIONS_PROXY_TOKEN und TURNKEY_ORGANIZATION_ID in dessen Umgebung; ein privater Schlüssel ist dort nie enthalten. Beendet sich mit dem Status von COMMAND (128+N, wenn ein Signal N ihn beendet hat); Signale werden an ihn weitergegeben. Endet die Sitzung, wird COMMAND beendet und der Exit-Code ist 4.</translation>
    </message>
    <message>
        <source>The program to run, after &apos;--&apos;.</source>
        <translation>Das auszuführende Programm, nach &apos;--&apos;.</translation>
    </message>
    <message>
        <source>cannot run &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>not found or not executable</source>
        <translation>nicht gefunden oder nicht ausführbar</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  error
  2  usage (bad command line)
  3  session not found; no account for the contact (login --create-account) or for
     the OpenID identity (login --oauth)
  4  session expired or unauthorized; a wrong or expired one-time code; an id_token
     refused (login --oauth)
  5  network error or timeout
  6  key store unavailable (keychain or TPM 2.0)
</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  Fehler
  2  Aufruf (fehlerhafte Befehlszeile)
  3  Sitzung nicht gefunden; kein Konto für den Kontakt (login --create-account) oder für
     die OpenID-Identität (login --oauth)
  4  Sitzung abgelaufen oder nicht autorisiert; falscher oder abgelaufener Einmalcode; id_token
     abgelehnt (login --oauth)
  5  Netzwerkfehler oder Zeitüberschreitung
  6  Schlüsselspeicher nicht verfügbar (Schlüsselbund oder TPM 2.0)
</translation>
    </message>
    <message>
        <source>Delete key pairs that no session uses (clearUnusedKeyPairs).</source>
        <translation>Schlüsselpaare löschen, die keine Sitzung verwendet (clearUnusedKeyPairs).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n unused key(s).</source>
        <translation>
            <numerusform>%n unbenutzter Schlüssel gelöscht.</numerusform>
            <numerusform>%n unbenutzte Schlüssel gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n interrupted refresh(es).</source>
        <translation>
            <numerusform>%n unterbrochene Erneuerung abgeschlossen.</numerusform>
            <numerusform>%n unterbrochene Erneuerungen abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n held key(s) because their session may still exist (see &apos;keys list&apos;).</source>
        <translation>
            <numerusform>%n vorgehaltener Schlüssel behalten, weil seine Sitzung noch existieren könnte (siehe &apos;keys list&apos;).</numerusform>
            <numerusform>%n vorgehaltene Schlüssel behalten, weil ihre Sitzung noch existieren könnte (siehe &apos;keys list&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deleted now and are kept for a later attempt; the first failure: %1</source>
        <translation>
            <numerusform>%n Schlüssel konnte jetzt nicht gelöscht werden und wird für einen späteren Versuch behalten; erster Fehler: %1</numerusform>
            <numerusform>%n Schlüssel konnten jetzt nicht gelöscht werden und werden für einen späteren Versuch behalten; erster Fehler: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete one key pair that no session uses, held keys included.</source>
        <translation>Ein Schlüsselpaar löschen, das keine Sitzung verwendet, auch vorgehaltene Schlüssel.</translation>
    </message>
    <message>
        <source>Removes the key from the keychain and from the index. Held keys (see &apos;keys list&apos;) are kept by
everything automatic because their session may still exist, for example in a damaged index
that was moved aside; delete one only when you know its session is gone. A key a session uses
is refused: clear the session instead.</source>
        <translation>Entfernt den Schlüssel aus dem Schlüsselbund und aus dem Index. Vorgehaltene Schlüssel (siehe &apos;keys list&apos;)
behält alles Automatische, weil ihre Sitzung noch existieren könnte, etwa in einem beschädigten Index,
der beiseitegelegt wurde; löschen Sie einen nur, wenn Sie wissen, dass seine Sitzung nicht mehr existiert.
Ein Schlüssel, den eine Sitzung verwendet, wird abgelehnt: Löschen Sie stattdessen die Sitzung.</translation>
    </message>
    <message>
        <source>Deleted key %1 from the keychain.</source>
        <translation>Schlüssel %1 aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Make a key pair and keep it until you use it (the SDK&apos;s createApiKeyPair).</source>
        <translation>Ein Schlüsselpaar erzeugen und aufbewahren, bis Sie es verwenden (createApiKeyPair des SDK).</translation>
    </message>
    <message>
        <source>Prints the new key&apos;s public key (compressed P-256). Register it with Turnkey as an API key,
or move a session onto it with &apos;refresh --public-key PUBLIC_KEY&apos;. The key is a held key:
&apos;keys list&apos; shows it, and nothing automatic removes it; &apos;keys delete PUBLIC_KEY&apos; does.
With --key-store tpm the key is made inside this computer&apos;s TPM 2.0 and never leaves it.</source>
        <translation>Gibt den öffentlichen Schlüssel des neuen Schlüssels aus (komprimiertes P-256). Registrieren Sie ihn bei Turnkey
als API-Schlüssel oder verschieben Sie eine Sitzung mit &apos;refresh --public-key PUBLIC_KEY&apos; auf ihn. Der Schlüssel
ist ein vorgehaltener Schlüssel: &apos;keys list&apos; zeigt ihn, und nichts Automatisches entfernt ihn; &apos;keys delete PUBLIC_KEY&apos; schon.
Mit --key-store tpm wird der Schlüssel im TPM 2.0 dieses Computers erzeugt und verlässt es nie.</translation>
    </message>
    <message>
        <source>Made in the TPM and kept as a held key (see &apos;keys list&apos;).</source>
        <translation>Im TPM erzeugt und als vorgehaltener Schlüssel aufbewahrt (siehe &apos;keys list&apos;).</translation>
    </message>
    <message>
        <source>Kept in the keychain as a held key (see &apos;keys list&apos;).</source>
        <translation>Im Schlüsselbund als vorgehaltener Schlüssel aufbewahrt (siehe &apos;keys list&apos;).</translation>
    </message>
    <message>
        <source>List the key pairs the app keeps in the keychain and what uses them.</source>
        <translation>Die Schlüsselpaare auflisten, die die App im Schlüsselbund aufbewahrt, und wofür sie verwendet werden.</translation>
    </message>
    <message>
        <source>held</source>
        <translation>vorgehalten</translation>
    </message>
    <message>
        <source>  %1…: %2</source>
        <translation>  %1…: %2</translation>
    </message>
    <message>
        <source>PUBLIC KEY</source>
        <translation>ÖFFENTLICHER SCHLÜSSEL</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>CREATED AT</source>
        <translation>ERSTELLT AM</translation>
    </message>
    <message>
        <source>USED BY</source>
        <translation>VERWENDET VON</translation>
    </message>
    <message>
        <source>No keys recorded.</source>
        <translation>Keine Schlüssel verzeichnet.</translation>
    </message>
    <message>
        <source>Held keys are kept because their session may still exist:</source>
        <translation>Vorgehaltene Schlüssel werden behalten, weil ihre Sitzung noch existieren könnte:</translation>
    </message>
    <message>
        <source>Delete one you no longer need with &apos;wallet-sessions-cli keys delete PUBLIC_KEY&apos;.</source>
        <translation>Löschen Sie einen, den Sie nicht mehr brauchen, mit &apos;wallet-sessions-cli keys delete PUBLIC_KEY&apos;.</translation>
    </message>
    <message>
        <source>List the stored sessions (* marks the default one; users and organizations by name once known).</source>
        <translation>Die gespeicherten Sitzungen auflisten (* markiert die Standardsitzung; Benutzer und Organisationen mit Namen, sobald bekannt).</translation>
    </message>
    <message>
        <source>The organization (sub-organization) ID.</source>
        <translation>Die ID der Organisation (Unterorganisation).</translation>
    </message>
    <message>
        <source>The API key&apos;s public key: compressed P-256, 66 hex digits.</source>
        <translation>Der öffentliche Schlüssel des API-Schlüssels: komprimiertes P-256, 66 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>File holding the API private key as 64 hex digits, or &apos;-&apos; for standard input. Not needed for an API key the app holds (remembered, or in the TPM).</source>
        <translation>Datei mit dem privaten API-Schlüssel als 64 Hexadezimalziffern, oder &apos;-&apos; für die Standardeingabe. Nicht nötig für einen API-Schlüssel, den die App aufbewahrt (gemerkt oder im TPM).</translation>
    </message>
    <message>
        <source>Keep the API key in the keychain (nowhere else), to sign in again and renew this organization&apos;s sessions without the key file.</source>
        <translation>Den API-Schlüssel im Schlüsselbund aufbewahren (sonst nirgends), um sich ohne die Schlüsseldatei erneut anzumelden und Sitzungen dieser Organisation zu erneuern.</translation>
    </message>
    <message>
        <source>Sign in with a one-time code sent to this email address.</source>
        <translation>Mit einem Einmalcode anmelden, der an diese E-Mail-Adresse gesendet wird.</translation>
    </message>
    <message>
        <source>Sign in with a one-time code sent by text message to this phone number.</source>
        <translation>Mit einem Einmalcode anmelden, der per SMS an diese Telefonnummer gesendet wird.</translation>
    </message>
    <message>
        <source>With --email/--sms: sign up (a new sub-organization) when no account has the contact.</source>
        <translation>Mit --email/--sms: registrieren (eine neue Unterorganisation), wenn kein Konto den Kontakt hat.</translation>
    </message>
    <message>
        <source>Store the session under this name (default: &quot;default&quot;).</source>
        <translation>Die Sitzung unter diesem Namen speichern (Standard: &quot;default&quot;).</translation>
    </message>
    <message>
        <source>The API private key is never accepted as an argument (other users can read command lines); use --api-private-key-file PATH, or --api-private-key-file - to read it from standard input</source>
        <translation>Der private API-Schlüssel wird nie als Argument akzeptiert (andere Benutzer können Befehlszeilen lesen); verwenden Sie --api-private-key-file PATH oder --api-private-key-file -, um ihn von der Standardeingabe zu lesen</translation>
    </message>
    <message>
        <source>give --email or --sms, not both</source>
        <translation>geben Sie --email oder --sms an, nicht beides</translation>
    </message>
    <message>
        <source>--%1 is for logging in with an API key, not with --%2</source>
        <translation>--%1 dient der Anmeldung mit einem API-Schlüssel, nicht mit --%2</translation>
    </message>
    <message>
        <source>--email needs an address</source>
        <translation>--email braucht eine Adresse</translation>
    </message>
    <message>
        <source>--sms needs a phone number</source>
        <translation>--sms braucht eine Telefonnummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>give the phone number with its country code, as +15555550100</source>
        <translation>geben Sie die Telefonnummer mit Ländervorwahl an, etwa +15555550100</translation>
    </message>
    <message>
        <source>--create-account goes with --email or --sms</source>
        <translation>--create-account gehört zu --email oder --sms</translation>
    </message>
    <message>
        <source>login needs --%1</source>
        <translation>login braucht --%1</translation>
    </message>
    <message>
        <source>Logged in: session &apos;%1&apos; for user %2, expires at %3 (in %4).</source>
        <translation>Angemeldet: Sitzung „%1“ für Benutzer %2, läuft ab um %3 (in %4).</translation>
    </message>
    <message>
        <source>Log out: remove the active session (or the given one) and delete its key.</source>
        <translation>Abmelden: die aktive Sitzung (oder die angegebene) entfernen und ihren Schlüssel löschen.</translation>
    </message>
    <message>
        <source>The session to log out of; the active one when omitted.</source>
        <translation>Die Sitzung, von der abgemeldet wird; ohne Angabe die aktive.</translation>
    </message>
    <message>
        <source>Logged out of session &apos;%1&apos;.</source>
        <translation>Von Sitzung „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>another wallet-sessions-cli sign-in is waiting for its answer from the browser; finish or cancel it first</source>
        <translation>eine andere Anmeldung von wallet-sessions-cli wartet auf ihre Antwort vom Browser; schließen Sie sie zuerst ab oder brechen Sie sie ab</translation>
    </message>
    <message>
        <source>cannot listen for the browser&apos;s answer on the local socket %1</source>
        <translation>auf dem lokalen Socket %1 kann nicht auf die Antwort des Browsers gewartet werden</translation>
    </message>
    <message>
        <source>Continue in your browser to sign in with %1 (it was opened for you).</source>
        <translation>Fahren Sie in Ihrem Browser fort, um sich mit %1 anzumelden (er wurde für Sie geöffnet).</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>Sign in with an OpenID Connect provider in the system browser: &apos;google&apos;, or &apos;oidc&apos; for the issuer --oidc-issuer names.</source>
        <translation>Bei einem OpenID-Connect-Anbieter im Systembrowser anmelden: &apos;google&apos; oder &apos;oidc&apos; für den Aussteller, den --oidc-issuer nennt.</translation>
    </message>
    <message>
        <source>With --oauth: do not open a browser; print the sign-in URL on stderr as one line beginning &apos;Open: &apos; and wait for the redirect.</source>
        <translation>Mit --oauth: keinen Browser öffnen; die Anmelde-URL auf stderr als eine Zeile ausgeben, die mit &apos;Open: &apos; beginnt, und auf die Weiterleitung warten.</translation>
    </message>
    <message>
        <source>With --oauth: how long to wait for the browser, in seconds (default 300).</source>
        <translation>Mit --oauth: wie lange auf den Browser gewartet wird, in Sekunden (Standard 300).</translation>
    </message>
    <message>
        <source>With --oauth: the provider&apos;s issuer URL instead of its default or the oauth/PROVIDER/issuer setting.</source>
        <translation>Mit --oauth: die Aussteller-URL des Anbieters statt seiner Standard-URL oder der Einstellung oauth/PROVIDER/issuer.</translation>
    </message>
    <message>
        <source>With --oauth: the OAuth client id instead of the Auth Proxy&apos;s oauthClientIds or the oauth/PROVIDER/clientId setting.</source>
        <translation>Mit --oauth: die OAuth-Client-ID statt der oauthClientIds des Auth-Proxys oder der Einstellung oauth/PROVIDER/clientId.</translation>
    </message>
    <message>
        <source>With --oauth: through Turnkey&apos;s hosted sign-in pages, for a provider registered with a web client id only (the oauth/PROVIDER/mode=hosted setting). The browser ends on a wallet-sessions:// link, which the desktop hands to this command through the installed Wallet Sessions app.</source>
        <translation>Mit --oauth: über die gehosteten Anmeldeseiten von Turnkey, für einen Anbieter, der nur mit einer Web-Client-ID registriert ist (die Einstellung oauth/PROVIDER/mode=hosted). Der Browser endet bei einem wallet-sessions://-Link, den der Desktop über die installierte Wallet-Sessions-App an diesen Befehl übergibt.</translation>
    </message>
    <message>
        <source>With --oauth-hosted: the hosted sign-in page instead of https://oauth-origin.turnkey.com.</source>
        <translation>Mit --oauth-hosted: die gehostete Anmeldeseite statt https://oauth-origin.turnkey.com.</translation>
    </message>
    <message>
        <source>With --oauth-hosted: the hosted redirect page instead of https://oauth-redirect.turnkey.com.</source>
        <translation>Mit --oauth-hosted: die gehostete Weiterleitungsseite statt https://oauth-redirect.turnkey.com.</translation>
    </message>
    <message>
        <source>With --oauth: the loopback port the browser is sent back to (the redirect URI http://127.0.0.1:PORT/callback), for a client registered with that exact URI; default: a free port, or the oauth/PROVIDER/redirectPort setting.</source>
        <translation>Mit --oauth: der Loopback-Port, zu dem der Browser zurückgeschickt wird (die Weiterleitungs-URI http://127.0.0.1:PORT/callback), für einen Client, der mit genau dieser URI registriert ist; Standard: ein freier Port oder die Einstellung oauth/PROVIDER/redirectPort.</translation>
    </message>
    <message>
        <source>--%1 goes with --oauth</source>
        <translation>--%1 gehört zu --oauth</translation>
    </message>
    <message>
        <source>--oauth must be one of %1, not &apos;%2&apos;</source>
        <translation>--oauth muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--%1 does not go with --oauth</source>
        <translation>--%1 passt nicht zu --oauth</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to %1</source>
        <translation>--timeout muss eine Anzahl Sekunden von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>--oidc-issuer must be a URL such as https://accounts.google.com</source>
        <translation>--oidc-issuer muss eine URL sein, etwa https://accounts.google.com</translation>
    </message>
    <message>
        <source>--oidc-redirect-port must be a port from 1 to 65535</source>
        <translation>--oidc-redirect-port muss ein Port von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>--%1 goes with --oauth-hosted</source>
        <translation>--%1 gehört zu --oauth-hosted</translation>
    </message>
    <message>
        <source>--%1 must be a URL such as https://%1.turnkey.com</source>
        <translation>--%1 muss eine URL sein, etwa https://%1.turnkey.com</translation>
    </message>
    <message>
        <source>--oidc-redirect-port does not go with --oauth-hosted (no loopback redirect)</source>
        <translation>--oidc-redirect-port passt nicht zu --oauth-hosted (keine Loopback-Weiterleitung)</translation>
    </message>
    <message>
        <source>--oidc-client-id needs a value</source>
        <translation>--oidc-client-id braucht einen Wert</translation>
    </message>
    <message>
        <source>The Auth Proxy client was not created.</source>
        <translation>Der Auth-Proxy-Client wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>reading the Auth Proxy&apos;s configuration</source>
        <translation>beim Lesen der Konfiguration des Auth-Proxys</translation>
    </message>
    <message>
        <source>A one-time code was sent to %1.</source>
        <translation>Ein Einmalcode wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Code: </translation>
    </message>
    <message>
        <source>No code was read from standard input; nothing was stored.</source>
        <translation>Von der Standardeingabe wurde kein Code gelesen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>No account uses %1; run login again with --create-account to sign up.</source>
        <translation>Kein Konto verwendet %1; führen Sie login erneut mit --create-account aus, um sich zu registrieren.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The session to stamp with (default: the active one, resolved once at start).</source>
        <translation>Die Sitzung, mit der signiert wird (Standard: die aktive, einmal beim Start bestimmt).</translation>
    </message>
    <message>
        <source>Forward only paths matching PATTERN (&apos;*&apos; within one segment), e.g. /public/v1/query/*. Repeatable.</source>
        <translation>Nur Pfade weiterleiten, die auf PATTERN passen (&apos;*&apos; innerhalb eines Segments), z. B. /public/v1/query/*. Wiederholbar.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was refreshed by another process; it expires at %2 (in %3).</source>
        <translation>Sitzung „%1“ wurde von einem anderen Prozess erneuert; sie läuft ab um %2 (in %3).</translation>
    </message>
    <message>
        <source>Refreshed &apos;%1&apos;: expires at %2 (in %3).</source>
        <translation>„%1“ erneuert: läuft ab um %2 (in %3).</translation>
    </message>
    <message>
        <source>--stamp-with api-key:PUBLIC_KEY wants a compressed P-256 public key (66 hex), got &apos;%1&apos;</source>
        <translation>--stamp-with api-key:PUBLIC_KEY erwartet einen komprimierten öffentlichen P-256-Schlüssel (66 Hex), erhalten: „%1“</translation>
    </message>
    <message>
        <source>--stamp-with wallet is not supported: a wallet stamper has no meaning here; use session, api-key[:PUBLIC_KEY] or passkey</source>
        <translation>--stamp-with wallet wird nicht unterstützt: Ein Wallet-Signierer ergibt hier keinen Sinn; verwenden Sie session, api-key[:PUBLIC_KEY] oder passkey</translation>
    </message>
    <message>
        <source>unknown --stamp-with value &apos;%1&apos;: use session, api-key[:PUBLIC_KEY] or passkey</source>
        <translation>unbekannter Wert für --stamp-with „%1“: verwenden Sie session, api-key[:PUBLIC_KEY] oder passkey</translation>
    </message>
    <message>
        <source>Refresh a session (default: the active one) or all sessions.</source>
        <translation>Eine Sitzung (Standard: die aktive) oder alle Sitzungen erneuern.</translation>
    </message>
    <message>
        <source>The session to refresh; the active one when omitted.</source>
        <translation>Die zu erneuernde Sitzung; ohne Angabe die aktive.</translation>
    </message>
    <message>
        <source>Refresh every stored session; expired and revoked ones are skipped.</source>
        <translation>Jede gespeicherte Sitzung erneuern; abgelaufene und widerrufene werden übersprungen.</translation>
    </message>
    <message>
        <source>Lifetime of the refreshed session in seconds (default: its own lifetime).</source>
        <translation>Lebensdauer der erneuerten Sitzung in Sekunden (Standard: ihre eigene Lebensdauer).</translation>
    </message>
    <message>
        <source>Refresh onto this held key (compressed hex, from `keys generate`; see `keys list`) instead of a new one. Exit 3, nothing sent, when the app does not hold it.</source>
        <translation>Auf diesen vorgehaltenen Schlüssel erneuern (komprimiertes Hex, aus `keys generate`; siehe `keys list`) statt auf einen neuen. Exit-Code 3, nichts gesendet, wenn die App ihn nicht vorhält.</translation>
    </message>
    <message>
        <source>Who signs the refresh: session (the session&apos;s own key; default), api-key[:PUBLIC_KEY] (an API key remembered at login for the session&apos;s organization; also renews an expired session) or passkey (a security key). &apos;wallet&apos; and other values are usage errors; a stamper that cannot be used is exit 1 and nothing is sent.</source>
        <translation>Wer die Erneuerung signiert: session (der eigene Schlüssel der Sitzung; Standard), api-key[:PUBLIC_KEY] (ein bei der Anmeldung gemerkter API-Schlüssel für die Organisation der Sitzung; erneuert auch eine abgelaufene Sitzung) oder passkey (ein Sicherheitsschlüssel). &apos;wallet&apos; und andere Werte sind Aufruffehler; ein Signierer, der nicht verwendet werden kann, ergibt Exit-Code 1, und nichts wird gesendet.</translation>
    </message>
    <message>
        <source>give either a SESSION_KEY or --all, not both</source>
        <translation>geben Sie entweder einen SESSION_KEY oder --all an, nicht beides</translation>
    </message>
    <message>
        <source>--invalidate-existing cannot be combined with --all</source>
        <translation>--invalidate-existing kann nicht mit --all kombiniert werden</translation>
    </message>
    <message>
        <source>--public-key cannot be combined with --all</source>
        <translation>--public-key kann nicht mit --all kombiniert werden</translation>
    </message>
    <message>
        <source>--public-key wants a compressed P-256 public key (66 hex, 02/03 prefix), got &apos;%1&apos;</source>
        <translation>--public-key erwartet einen komprimierten öffentlichen P-256-Schlüssel (66 Hex, Präfix 02/03), erhalten: „%1“</translation>
    </message>
    <message>
        <source>--stamp-with cannot be combined with --all</source>
        <translation>--stamp-with kann nicht mit --all kombiniert werden</translation>
    </message>
    <message>
        <source>Skipped &apos;%1&apos;: %2</source>
        <translation>„%1“ übersprungen: %2</translation>
    </message>
    <message>
        <source>Failed to refresh &apos;%1&apos;: %2</source>
        <translation>„%1“ konnte nicht erneuert werden: %2</translation>
    </message>
    <message>
        <source>No sessions to refresh.</source>
        <translation>Keine Sitzungen zum Erneuern.</translation>
    </message>
    <message>
        <source>%1 of %2 sessions could not be refreshed; the first failure: %3</source>
        <translation>%1 von %2 Sitzungen konnten nicht erneuert werden; erster Fehler: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <source>%1 is empty; it must contain the API private key as 64 hex digits.</source>
        <translation>%1 ist leer; sie muss den privaten API-Schlüssel als 64 Hexadezimalziffern enthalten.</translation>
    </message>
    <message>
        <source>%1 does not hold an API private key: expected 64 hex digits, found %2 characters.</source>
        <translation>%1 enthält keinen privaten API-Schlüssel: erwartet 64 Hexadezimalziffern, gefunden %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 does not hold an API private key: it contains a character that is not a hex digit.</source>
        <translation>%1 enthält keinen privaten API-Schlüssel: sie enthält ein Zeichen, das keine Hexadezimalziffer ist.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Die Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot read the API private key from standard input.</source>
        <translation>Der private API-Schlüssel kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>The API private key file &apos;%1&apos;</source>
        <translation>Die Datei des privaten API-Schlüssels „%1“</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>The API public key must be a compressed P-256 key: 66 hex digits starting with 02 or 03.</source>
        <translation>Der öffentliche API-Schlüssel muss ein komprimierter P-256-Schlüssel sein: 66 Hexadezimalziffern, beginnend mit 02 oder 03.</translation>
    </message>
    <message>
        <source>The argument is larger than %1 bytes.</source>
        <translation>Das Argument ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: expected 127.0.0.1:PORT or [::1]:PORT</source>
        <translation>--listen „%1“: erwartet 127.0.0.1:PORT oder [::1]:PORT</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: the proxy listens on loopback only (127.0.0.1 or ::1)</source>
        <translation>--listen „%1“: Der Proxy lauscht nur auf Loopback (127.0.0.1 oder ::1)</translation>
    </message>
    <message>
        <source>--token-file %1: %2</source>
        <translation>--token-file %1: %2</translation>
    </message>
    <message>
        <source>Run a local proxy that stamps requests with a session&apos;s key (for scripts and tools).</source>
        <translation>Einen lokalen Proxy ausführen, der Anfragen mit dem Schlüssel einer Sitzung signiert (für Skripte und Werkzeuge).</translation>
    </message>
    <message>
        <source>Forwards POST /public/v1/query/* and /public/v1/submit/* to the API URL with an X-Stamp made by the session&apos;s key, and returns the answer unchanged. On TCP every request needs the printed token (Authorization: Bearer TOKEN). Keeps the session refreshed; exits 4 when the session is cleared, revoked or expires.</source>
        <translation>Leitet POST /public/v1/query/* und /public/v1/submit/* mit einem X-Stamp, erstellt mit dem Schlüssel der Sitzung, an die API-URL weiter und gibt die Antwort unverändert zurück. Über TCP braucht jede Anfrage das ausgegebene Token (Authorization: Bearer TOKEN). Hält die Sitzung erneuert; endet mit Exit-Code 4, wenn die Sitzung gelöscht oder widerrufen wird oder abläuft.</translation>
    </message>
    <message>
        <source>Listen on this loopback address and port (default 127.0.0.1 and a free port).</source>
        <translation>Auf dieser Loopback-Adresse und diesem Port lauschen (Standard: 127.0.0.1 und ein freier Port).</translation>
    </message>
    <message>
        <source>Listen on a Unix socket (mode 0600, in a private 0700 directory) instead of TCP.</source>
        <translation>Auf einem Unix-Socket (Modus 0600, in einem privaten Verzeichnis mit 0700) statt über TCP lauschen.</translation>
    </message>
    <message>
        <source>Write the token (43 characters and a newline) to FILE, mode 0600, instead of printing it.</source>
        <translation>Das Token (43 Zeichen und ein Zeilenumbruch) in FILE schreiben, Modus 0600, statt es auszugeben.</translation>
    </message>
    <message>
        <source>--listen and --socket exclude each other</source>
        <translation>--listen und --socket schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--socket needs a path</source>
        <translation>--socket braucht einen Pfad</translation>
    </message>
    <message>
        <source>auto-refresh gave up: %1</source>
        <translation>automatisches Erneuern aufgegeben: %1</translation>
    </message>
    <message>
        <source>auto-refresh failed, will retry: %1</source>
        <translation>automatisches Erneuern fehlgeschlagen, neuer Versuch folgt: %1</translation>
    </message>
    <message>
        <source>Serving session &apos;%1&apos; on %2</source>
        <translation>Sitzung „%1“ wird auf %2 bereitgestellt</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Token written to %1</source>
        <translation>Token in %1 geschrieben</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Drücken Sie Strg+C zum Beenden.</translation>
    </message>
    <message>
        <source>Show every claim and stored field of a session (default: the active one) and its wallets.</source>
        <translation>Jeden Claim und jedes gespeicherte Feld einer Sitzung (Standard: die aktive) und ihre Wallets anzeigen.</translation>
    </message>
    <message>
        <source>The session to show; the active one when omitted.</source>
        <translation>Die anzuzeigende Sitzung; ohne Angabe die aktive.</translation>
    </message>
    <message>
        <source>Do not load the session&apos;s wallets (no network request).</source>
        <translation>Die Wallets der Sitzung nicht laden (keine Netzwerkanfrage).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TPM 2.0</source>
        <translation>TPM 2.0</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <translation>Angemeldet mit</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Läuft ab um</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Refreshed at</source>
        <translation>Erneuert am</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signatur verifiziert</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Wallets:</source>
        <translation>Wallets:</translation>
    </message>
    <message>
        <source>Wallets: could not be loaded: %1</source>
        <translation>Wallets: konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Decode a session JWT and print its claims (no signature check).</source>
        <translation>Ein Sitzungs-JWT dekodieren und seine Claims ausgeben (ohne Signaturprüfung).</translation>
    </message>
    <message>
        <source>The session JWT, or &apos;-&apos; to read it from standard input.</source>
        <translation>Das Sitzungs-JWT oder &apos;-&apos;, um es von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>not a valid session JWT</source>
        <translation>kein gültiges Sitzungs-JWT</translation>
    </message>
    <message>
        <source>Decode a session JWT and check its signature against the notarizer key.</source>
        <translation>Ein Sitzungs-JWT dekodieren und seine Signatur mit dem Notarschlüssel prüfen.</translation>
    </message>
    <message>
        <source>Checks the notarizer signature of a session JWT (Turnkey&apos;s scheme: ECDSA P-256 over the double
SHA-256 of header.payload). The key is --notarizer-key, else $WALLET_SESSIONS_NOTARIZER_KEY, else
the setting api/notarizerPublicKey, else Turnkey&apos;s production notarizer key.
Exit code 0: valid and not expired; 4: valid signature but expired; 1: bad signature or token.</source>
        <translation>Prüft die Notarsignatur eines Sitzungs-JWT (Verfahren von Turnkey: ECDSA P-256 über den doppelten
SHA-256 von header.payload). Der Schlüssel ist --notarizer-key, sonst $WALLET_SESSIONS_NOTARIZER_KEY, sonst
die Einstellung api/notarizerPublicKey, sonst der Produktions-Notarschlüssel von Turnkey.
Exit-Code 0: gültig und nicht abgelaufen; 4: gültige Signatur, aber abgelaufen; 1: ungültige Signatur oder ungültiges Token.</translation>
    </message>
    <message>
        <source>the token&apos;s signature does not verify with the %1 notarizer key</source>
        <translation>die Signatur des Tokens lässt sich mit dem %1 Notarschlüssel nicht verifizieren</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produktiven</translation>
    </message>
    <message>
        <source>given</source>
        <translation>angegebenen</translation>
    </message>
    <message>
        <source>Signature: valid (notarizer key %1)</source>
        <translation>Signatur: gültig (Notarschlüssel %1)</translation>
    </message>
    <message>
        <source>The signature is valid but the token expired at %1.</source>
        <translation>Die Signatur ist gültig, aber das Token ist um %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Make a session the active one.</source>
        <translation>Eine Sitzung zur aktiven machen.</translation>
    </message>
    <message>
        <source>The session to make active.</source>
        <translation>Die Sitzung, die aktiv werden soll.</translation>
    </message>
    <message>
        <source>Active session: %1</source>
        <translation>Aktive Sitzung: %1</translation>
    </message>
    <message>
        <source>Ask the server (whoami) whether a session (default: the active one) is alive.</source>
        <translation>Den Server fragen (whoami), ob eine Sitzung (Standard: die aktive) noch gültig ist.</translation>
    </message>
    <message>
        <source>The session to check; the active one when omitted.</source>
        <translation>Die zu prüfende Sitzung; ohne Angabe die aktive.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; is alive: user %2 (%3) in organization %4 (%5).</source>
        <translation>Sitzung „%1“ ist gültig: Benutzer %2 (%3) in Organisation %4 (%5).</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source>    no accounts</source>
        <translation>    keine Konten</translation>
    </message>
    <message>
        <source>%1: activity %2 has the unknown status &apos;%3&apos;</source>
        <translation>%1: Aktivität %2 hat den unbekannten Status „%3“</translation>
    </message>
    <message>
        <source>%1: activity %2 needs approval by other users (%3); it was not carried out</source>
        <translation>%1: Aktivität %2 braucht die Zustimmung anderer Benutzer (%3); sie wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1: activity %2 needs additional authenticators (%3); it was not carried out</source>
        <translation>%1: Aktivität %2 braucht zusätzliche Authentifikatoren (%3); sie wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1: activity %2 was rejected (%3)</source>
        <translation>%1: Aktivität %2 wurde abgelehnt (%3)</translation>
    </message>
    <message>
        <source>%1: activity %2 failed (%3)</source>
        <translation>%1: Aktivität %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1: activity %2 is still %3 after %4 polls; check it later</source>
        <translation>%1: Aktivität %2 ist nach %4 Abfragen noch %3; prüfen Sie sie später</translation>
    </message>
    <message>
        <source>%1: the Auth Proxy&apos;s reply is not what the protocol says: %2</source>
        <translation>%1: Die Antwort des Auth-Proxys entspricht nicht dem Protokoll: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing or not a string</source>
        <translation>„%1“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>Too many codes were requested for this contact; wait a few minutes before requesting another (%1)</source>
        <translation>Für diesen Kontakt wurden zu viele Codes angefordert; warten Sie einige Minuten, bevor Sie einen weiteren anfordern (%1)</translation>
    </message>
    <message>
        <source>The code has expired; request a new one (%1)</source>
        <translation>Der Code ist abgelaufen; fordern Sie einen neuen an (%1)</translation>
    </message>
    <message>
        <source>The code is wrong and no attempts are left; request a new code</source>
        <translation>Der Code ist falsch und es sind keine Versuche mehr übrig; fordern Sie einen neuen Code an</translation>
    </message>
    <message>
        <source>The code is wrong (attempts left: %1)</source>
        <translation>Der Code ist falsch (verbleibende Versuche: %1)</translation>
    </message>
    <message>
        <source>The code is wrong</source>
        <translation>Der Code ist falsch</translation>
    </message>
    <message>
        <source>Too many wrong codes; request a new code (%1)</source>
        <translation>Zu viele falsche Codes; fordern Sie einen neuen Code an (%1)</translation>
    </message>
    <message>
        <source>the Auth Proxy URL</source>
        <translation>die Auth-Proxy-URL</translation>
    </message>
    <message>
        <source>no Auth Proxy configuration id is set: give --auth-proxy-config-id, set $WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID, or enter it in Settings (Advanced)</source>
        <translation>keine Konfigurations-ID des Auth-Proxys festgelegt: geben Sie --auth-proxy-config-id an, setzen Sie $WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID oder tragen Sie sie in den Einstellungen (Erweitert) ein</translation>
    </message>
    <message>
        <source>&apos;enabledProviders&apos; is not an array</source>
        <translation>„enabledProviders“ ist kein Array</translation>
    </message>
    <message>
        <source>&apos;otpLength&apos; %1 is not between 4 and 12</source>
        <translation>„otpLength“ %1 liegt nicht zwischen 4 und 12</translation>
    </message>
    <message>
        <source>&apos;organizationId&apos; is not a string</source>
        <translation>„organizationId“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>non-JSON body: %1</source>
        <translation>Body ist kein JSON: %1</translation>
    </message>
    <message>
        <source>%1: the server no longer accepts this session&apos;s key (HTTP %2: %3); log in again</source>
        <translation>%1: Der Server akzeptiert den Schlüssel dieser Sitzung nicht mehr (HTTP %2: %3); melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>%1: the server refused the request&apos;s credentials (HTTP %2: %3)</source>
        <translation>%1: Der Server hat die Anmeldedaten der Anfrage abgelehnt (HTTP %2: %3)</translation>
    </message>
    <message>
        <source>%1: the server is rate limiting this client (HTTP 429: %2); wait a while and try again</source>
        <translation>%1: Der Server drosselt die Anfragen dieses Clients (HTTP 429: %2); warten Sie eine Weile und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: the server has no such endpoint (HTTP 404: %2); check the API base URL</source>
        <translation>%1: Der Server hat keinen solchen Endpunkt (HTTP 404: %2); prüfen Sie die API-Basis-URL</translation>
    </message>
    <message>
        <source>%1: the server did not find what was asked for (HTTP 404: %2)</source>
        <translation>%1: Der Server hat das Angefragte nicht gefunden (HTTP 404: %2)</translation>
    </message>
    <message>
        <source>%1: the server rejected the request (HTTP %2: %3)</source>
        <translation>%1: Der Server hat die Anfrage abgelehnt (HTTP %2: %3)</translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation> nach %1 Versuchen</translation>
    </message>
    <message>
        <source>%1: the server failed (HTTP %2: %3)%4; try again later</source>
        <translation>%1: Serverfehler (HTTP %2: %3)%4; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>%1: unexpected HTTP status %2 (%3)</source>
        <translation>%1: unerwarteter HTTP-Status %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the TLS connection to the API could not be verified (%2); the request was not sent</source>
        <translation>%1: Die TLS-Verbindung zur API konnte nicht verifiziert werden (%2); die Anfrage wurde nicht gesendet</translation>
    </message>
    <message>
        <source>%1: the connection to the API timed out (%2)</source>
        <translation>%1: Zeitüberschreitung bei der Verbindung zur API (%2)</translation>
    </message>
    <message>
        <source>%1: the server&apos;s reply was not valid HTTP (%2)</source>
        <translation>%1: Die Antwort des Servers war kein gültiges HTTP (%2)</translation>
    </message>
    <message>
        <source>%1: could not reach the API (%2); check the network connection</source>
        <translation>%1: Die API war nicht erreichbar (%2); prüfen Sie die Netzwerkverbindung</translation>
    </message>
    <message>
        <source>%1: the request failed (%2)</source>
        <translation>%1: Die Anfrage ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: the server&apos;s reply is not what the protocol says: %2</source>
        <translation>%1: Die Antwort des Servers entspricht nicht dem Protokoll: %2</translation>
    </message>
    <message>
        <source>%1 is missing or not %2</source>
        <translation>%1 fehlt oder hat den falschen Typ (erwartet: %2)</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no signing key was given</source>
        <translation>es wurde kein Signaturschlüssel angegeben</translation>
    </message>
    <message>
        <source>the organization ID is empty</source>
        <translation>die Organisations-ID ist leer</translation>
    </message>
    <message>
        <source>the API base URL &apos;%1&apos; is not a valid absolute URL</source>
        <translation>die API-Basis-URL „%1“ ist keine gültige absolute URL</translation>
    </message>
    <message>
        <source>the API base URL &apos;%1&apos; has no host</source>
        <translation>die API-Basis-URL „%1“ hat keinen Host</translation>
    </message>
    <message>
        <source>the API base URL &apos;%1&apos; must not contain a user name or password</source>
        <translation>die API-Basis-URL „%1“ darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>the API base URL &apos;%1&apos; must not contain a query or fragment</source>
        <translation>die API-Basis-URL „%1“ darf keine Query und kein Fragment enthalten</translation>
    </message>
    <message>
        <source>refusing the API base URL &apos;%1&apos;: plain http:// is only allowed to this computer (127.0.0.0/8, ::1, localhost); use https://</source>
        <translation>API-Basis-URL „%1“ abgelehnt: Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (127.0.0.0/8, ::1, localhost); verwenden Sie https://</translation>
    </message>
    <message>
        <source>refusing the API base URL &apos;%1&apos;: only https:// (or http:// to this computer) is supported</source>
        <translation>API-Basis-URL „%1“ abgelehnt: Nur https:// (oder http:// zu diesem Computer) wird unterstützt</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; from %3 is not a valid URL.</source>
        <translation>Die %1 „%2“ aus %3 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; from %3 is not allowed: %4</source>
        <translation>Die %1 „%2“ aus %3 ist nicht erlaubt: %4</translation>
    </message>
    <message>
        <source>The number of seconds &apos;%1&apos; from %2 is not a whole number of seconds.</source>
        <translation>Die Sekundenangabe „%1“ aus %2 ist keine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; from %2 is not true or false.</source>
        <translation>Der Wert „%1“ aus %2 ist weder true noch false.</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; from %2 is not a key store: use &apos;keychain&apos; or &apos;tpm&apos;.</source>
        <translation>Der Wert „%1“ aus %2 ist kein Schlüsselspeicher: verwenden Sie &apos;keychain&apos; oder &apos;tpm&apos;.</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>der Einstellung %1</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>dem Standardwert</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Auth Proxy URL</source>
        <translation>Auth-Proxy-URL</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1T</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Could not move the settings from %1 to %2.</source>
        <translation>Die Einstellungen konnten nicht von %1 nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>malformed X-Stamp-Attested: %1</source>
        <translation>fehlerhafter X-Stamp-Attested: %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>it is %1 bytes, more than the 16 KiB allowed</source>
        <translation>er ist %1 Bytes groß, mehr als die erlaubten 16 KiB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing or not a string</source>
        <translation>das Feld „%1“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&apos;publicKey&apos; must be a compressed P-256 key of 66 hex characters</source>
        <translation>„publicKey“ muss ein komprimierter P-256-Schlüssel aus 66 Hexadezimalzeichen sein</translation>
    </message>
    <message>
        <source>&apos;signature&apos; must be hex</source>
        <translation>„signature“ muss Hex sein</translation>
    </message>
    <message>
        <source>could not verify the attested stamp&apos;s signature</source>
        <translation>die Signatur des attestierten Stamps konnte nicht verifiziert werden</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>Signatur lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>DER signature: expected an INTEGER for %1</source>
        <translation>DER-Signatur: INTEGER für %1 erwartet</translation>
    </message>
    <message>
        <source>DER signature: bad length for %1</source>
        <translation>DER-Signatur: falsche Länge für %1</translation>
    </message>
    <message>
        <source>DER signature: %1 is negative</source>
        <translation>DER-Signatur: %1 ist negativ</translation>
    </message>
    <message>
        <source>DER signature: %1 has a superfluous leading zero</source>
        <translation>DER-Signatur: %1 hat eine überflüssige führende Null</translation>
    </message>
    <message>
        <source>DER signature: %1 is longer than 32 bytes</source>
        <translation>DER-Signatur: %1 ist länger als 32 Bytes</translation>
    </message>
    <message>
        <source>DER signature: %1 is zero</source>
        <translation>DER-Signatur: %1 ist null</translation>
    </message>
    <message>
        <source>DER signature: not an ECDSA SEQUENCE</source>
        <translation>DER-Signatur: keine ECDSA-SEQUENCE</translation>
    </message>
    <message>
        <source>DER signature: the SEQUENCE length does not match the %1 bytes given</source>
        <translation>DER-Signatur: Die Länge der SEQUENCE passt nicht zu den angegebenen %1 Bytes</translation>
    </message>
    <message>
        <source>DER signature: trailing bytes after s</source>
        <translation>DER-Signatur: überzählige Bytes nach s</translation>
    </message>
    <message>
        <source>a raw P-256 signature must be 64 bytes (r||s), got %1</source>
        <translation>eine rohe P-256-Signatur muss 64 Bytes lang sein (r||s), erhalten: %1</translation>
    </message>
    <message>
        <source>raw signature has a zero r or s</source>
        <translation>rohe Signatur hat ein r oder s gleich null</translation>
    </message>
    <message>
        <source>OpenSSL could not start a signature check</source>
        <translation>OpenSSL konnte keine Signaturprüfung starten</translation>
    </message>
    <message>
        <source>a digest must be 32 bytes, got %1</source>
        <translation>ein Digest muss 32 Bytes lang sein, erhalten: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not encode a public key</source>
        <translation>OpenSSL konnte einen öffentlichen Schlüssel nicht kodieren</translation>
    </message>
    <message>
        <source>a P-256 public key must be 66 (compressed) or 130 (uncompressed) hex characters, got %1</source>
        <translation>ein öffentlicher P-256-Schlüssel muss 66 (komprimiert) oder 130 (unkomprimiert) Hexadezimalzeichen lang sein, erhalten: %1</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>public key has an invalid SEC1 prefix %1</source>
        <translation>öffentlicher Schlüssel hat ein ungültiges SEC1-Präfix %1</translation>
    </message>
    <message>
        <source>OpenSSL has no P-256 group</source>
        <translation>OpenSSL hat keine P-256-Gruppe</translation>
    </message>
    <message>
        <source>OpenSSL is out of memory</source>
        <translation>OpenSSL hat keinen Speicher mehr</translation>
    </message>
    <message>
        <source>public key is not a point on the P-256 curve</source>
        <translation>öffentlicher Schlüssel ist kein Punkt auf der P-256-Kurve</translation>
    </message>
    <message>
        <source>OpenSSL could not load a public key</source>
        <translation>OpenSSL konnte einen öffentlichen Schlüssel nicht laden</translation>
    </message>
    <message>
        <source>hex text has an invalid character %1 at position %2</source>
        <translation>Hex-Text enthält ein ungültiges Zeichen %1 an Position %2</translation>
    </message>
    <message>
        <source>text is standard base64 (%1 at position %2), not base64url</source>
        <translation>Text ist Standard-Base64 (%1 an Position %2), nicht base64url</translation>
    </message>
    <message>
        <source>base64url text has an invalid character %1 at position %2</source>
        <translation>base64url-Text enthält ein ungültiges Zeichen %1 an Position %2</translation>
    </message>
    <message>
        <source>the HPKE ciphertext is shorter than its tag</source>
        <translation>der HPKE-Geheimtext ist kürzer als sein Tag</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt with AES-256-GCM</source>
        <translation>OpenSSL konnte nicht mit AES-256-GCM verschlüsseln</translation>
    </message>
    <message>
        <source>the HPKE ciphertext does not decrypt with this key</source>
        <translation>der HPKE-Geheimtext lässt sich mit diesem Schlüssel nicht entschlüsseln</translation>
    </message>
    <message>
        <source>a public key is not hex</source>
        <translation>ein öffentlicher Schlüssel ist kein Hex</translation>
    </message>
    <message>
        <source>the encapsulated key is not an uncompressed P-256 point</source>
        <translation>der gekapselte Schlüssel ist kein unkomprimierter P-256-Punkt</translation>
    </message>
    <message>
        <source>the OTP target bundle is malformed: %1</source>
        <translation>das OTP-Zielpaket ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>das Paket</translation>
    </message>
    <message>
        <source>the OTP target bundle is signed by &apos;%1&apos;, not by the configured OTP signer key &apos;%2&apos;</source>
        <translation>das OTP-Zielpaket ist von „%1“ signiert, nicht vom konfigurierten OTP-Signiererschlüssel „%2“</translation>
    </message>
    <message>
        <source>&apos;data&apos; and &apos;dataSignature&apos; must be hex</source>
        <translation>„data“ und „dataSignature“ müssen Hex sein</translation>
    </message>
    <message>
        <source>the OTP target bundle&apos;s signature does not verify with the OTP signer key</source>
        <translation>die Signatur des OTP-Zielpakets lässt sich mit dem OTP-Signiererschlüssel nicht verifizieren</translation>
    </message>
    <message>
        <source>its data</source>
        <translation>sein Datenfeld</translation>
    </message>
    <message>
        <source>&apos;targetPublic&apos; is not an uncompressed P-256 key</source>
        <translation>„targetPublic“ ist kein unkomprimierter P-256-Schlüssel</translation>
    </message>
    <message>
        <source>the encrypted bundle</source>
        <translation>das verschlüsselte Paket</translation>
    </message>
    <message>
        <source>&apos;encappedPublic&apos; and &apos;ciphertext&apos; must be hex</source>
        <translation>„encappedPublic“ und „ciphertext“ müssen Hex sein</translation>
    </message>
    <message>
        <source>the decrypted bundle</source>
        <translation>das entschlüsselte Paket</translation>
    </message>
    <message>
        <source>OpenSSL did not return an uncompressed P-256 public key</source>
        <translation>OpenSSL hat keinen unkomprimierten öffentlichen P-256-Schlüssel zurückgegeben</translation>
    </message>
    <message>
        <source>OpenSSL could not generate a P-256 key</source>
        <translation>OpenSSL konnte keinen P-256-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>the private key is empty</source>
        <translation>der private Schlüssel ist leer</translation>
    </message>
    <message>
        <source>a P-256 private key is at most 64 hex characters, got %1</source>
        <translation>ein privater P-256-Schlüssel hat höchstens 64 Hexadezimalzeichen, erhalten: %1</translation>
    </message>
    <message>
        <source>the private key is not hex</source>
        <translation>der private Schlüssel ist kein Hex</translation>
    </message>
    <message>
        <source>OpenSSL could not read the private key</source>
        <translation>OpenSSL konnte den privaten Schlüssel nicht lesen</translation>
    </message>
    <message>
        <source>the private key is not a valid P-256 scalar (zero or not below the curve order)</source>
        <translation>der private Schlüssel ist kein gültiger P-256-Skalar (null oder nicht kleiner als die Kurvenordnung)</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the public key</source>
        <translation>OpenSSL konnte den öffentlichen Schlüssel nicht ableiten</translation>
    </message>
    <message>
        <source>OpenSSL could not load the private key</source>
        <translation>OpenSSL konnte den privaten Schlüssel nicht laden</translation>
    </message>
    <message>
        <source>the private key does not match the public key %1</source>
        <translation>der private Schlüssel passt nicht zum öffentlichen Schlüssel %1</translation>
    </message>
    <message>
        <source>signing with a moved-from key</source>
        <translation>Signieren mit einem verschobenen (moved-from) Schlüssel</translation>
    </message>
    <message>
        <source>OpenSSL could not start signing</source>
        <translation>OpenSSL konnte das Signieren nicht starten</translation>
    </message>
    <message>
        <source>OpenSSL could not sign</source>
        <translation>OpenSSL konnte nicht signieren</translation>
    </message>
    <message>
        <source>a key held in a TPM signs whole messages only</source>
        <translation>ein im TPM gehaltener Schlüssel signiert nur ganze Nachrichten</translation>
    </message>
    <message>
        <source>OpenSSL produced a malformed signature: %1</source>
        <translation>OpenSSL hat eine fehlerhafte Signatur erzeugt: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not derive an ECDH secret</source>
        <translation>OpenSSL konnte kein ECDH-Geheimnis ableiten</translation>
    </message>
    <message>
        <source>the session token is %1 bytes, more than the %2 allowed</source>
        <translation>das Sitzungstoken ist %1 Bytes groß, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>the session token must have three non-empty dot-separated segments</source>
        <translation>das Sitzungstoken muss drei nicht leere, durch Punkte getrennte Segmente haben</translation>
    </message>
    <message>
        <source>session token signature</source>
        <translation>Signatur des Sitzungstokens</translation>
    </message>
    <message>
        <source>the session token signature must be 64 bytes (raw r||s), got %1</source>
        <translation>die Signatur des Sitzungstokens muss 64 Bytes lang sein (rohes r||s), erhalten: %1</translation>
    </message>
    <message>
        <source>the session token was not signed by the notarizer key</source>
        <translation>das Sitzungstoken wurde nicht mit dem Notarschlüssel signiert</translation>
    </message>
    <message>
        <source>malformed X-Stamp: %1</source>
        <translation>fehlerhafter X-Stamp: %1</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing</source>
        <translation>das Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; must be a string</source>
        <translation>das Feld &apos;%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>it is %1 bytes, more than the 4 KiB allowed</source>
        <translation>er ist %1 Bytes groß, mehr als die erlaubten 4 KiB</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>kein JSON (%1)</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos;, only %2 is supported</source>
        <translation>nicht unterstütztes Schema &apos;%1&apos;, nur %2 wird unterstützt</translation>
    </message>
    <message>
        <source>could not verify api key signature</source>
        <translation>die Signatur des API-Schlüssels konnte nicht verifiziert werden</translation>
    </message>
    <message>
        <source>TPM 2.0 (%1): %2; %3.</source>
        <translation>TPM 2.0 (%1): %2; %3.</translation>
    </message>
    <message>
        <source>the TPM is in dictionary-attack lockout while %1</source>
        <translation>das TPM ist beim %1 durch den Schutz vor Wörterbuchangriffen gesperrt (Lockout)</translation>
    </message>
    <message>
        <source>wait for the lockout to end or clear it with tpm2_dictionarylockout, then retry</source>
        <translation>warten Sie, bis die Sperre endet, oder heben Sie sie mit tpm2_dictionarylockout auf, und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>this key was made by another TPM (or this TPM was cleared) and cannot be loaded</source>
        <translation>dieser Schlüssel wurde von einem anderen TPM erzeugt (oder dieses TPM wurde zurückgesetzt) und kann nicht geladen werden</translation>
    </message>
    <message>
        <source>log in again to make a new key in this computer&apos;s TPM</source>
        <translation>melden Sie sich erneut an, um einen neuen Schlüssel im TPM dieses Computers zu erzeugen</translation>
    </message>
    <message>
        <source>the TPM failed while %1 (%2)</source>
        <translation>das TPM ist beim %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>check the TPM with tpm2_getcap properties-fixed, or use the keychain (--key-store keychain)</source>
        <translation>prüfen Sie das TPM mit tpm2_getcap properties-fixed oder verwenden Sie den Schlüsselbund (--key-store keychain)</translation>
    </message>
    <message>
        <source>no TPM was found (there is no %1)</source>
        <translation>es wurde kein TPM gefunden (%1 existiert nicht)</translation>
    </message>
    <message>
        <source>enable the TPM in the firmware settings, or keep keys in the keychain (--key-store keychain)</source>
        <translation>aktivieren Sie das TPM in den Firmware-Einstellungen oder bewahren Sie Schlüssel im Schlüsselbund auf (--key-store keychain)</translation>
    </message>
    <message>
        <source>no access to %1</source>
        <translation>kein Zugriff auf %1</translation>
    </message>
    <message>
        <source>add your user to the &apos;tss&apos; group and log in to the desktop again</source>
        <translation>fügen Sie Ihren Benutzer der Gruppe &apos;tss&apos; hinzu und melden Sie sich erneut am Desktop an</translation>
    </message>
    <message>
        <source>close other programs and retry</source>
        <translation>schließen Sie andere Programme und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the OpenSSL tpm2 provider is not installed</source>
        <translation>der tpm2-Provider von OpenSSL ist nicht installiert</translation>
    </message>
    <message>
        <source>install the tpm2-openssl package</source>
        <translation>installieren Sie das Paket tpm2-openssl</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>cannot connect to the TPM</source>
        <translation>keine Verbindung zum TPM möglich</translation>
    </message>
    <message>
        <source>check that the TPM (or the simulator TPM2OPENSSL_TCTI names) is running and that you may use it</source>
        <translation>prüfen Sie, ob das TPM (oder der in TPM2OPENSSL_TCTI genannte Simulator) läuft und ob Sie es verwenden dürfen</translation>
    </message>
    <message>
        <source>reading the public key</source>
        <translation>Lesen des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>generating a key</source>
        <translation>Erzeugen eines Schlüssels</translation>
    </message>
    <message>
        <source>saving the key blob</source>
        <translation>Speichern des Schlüssel-Blobs</translation>
    </message>
    <message>
        <source>the keychain entry does not hold a TPM key</source>
        <translation>der Schlüsselbundeintrag enthält keinen TPM-Schlüssel</translation>
    </message>
    <message>
        <source>loading the key</source>
        <translation>Laden des Schlüssels</translation>
    </message>
    <message>
        <source>the TPM key blob is for key %1, not %2</source>
        <translation>der TPM-Schlüssel-Blob gehört zu Schlüssel %1, nicht zu %2</translation>
    </message>
    <message>
        <source>starting a signature</source>
        <translation>Starten einer Signatur</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>malformed verification token: %1</source>
        <translation>fehlerhaftes Verifizierungstoken: %1</translation>
    </message>
    <message>
        <source>it is longer than 8 KiB</source>
        <translation>es ist länger als 8 KiB</translation>
    </message>
    <message>
        <source>it does not have three dot-separated parts</source>
        <translation>es hat keine drei durch Punkte getrennten Teile</translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation>der Payload ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&apos;exp&apos; must be epoch milliseconds as a string</source>
        <translation>&apos;exp&apos; muss eine Zeichenkette mit Millisekunden seit der Epoche sein</translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing</source>
        <translation>&apos;id&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;public_key&apos; is not a compressed P-256 key</source>
        <translation>&apos;public_key&apos; ist kein komprimierter P-256-Schlüssel</translation>
    </message>
    <message>
        <source>the signature is not 64 bytes of base64url</source>
        <translation>die Signatur besteht nicht aus 64 Bytes in base64url</translation>
    </message>
    <message>
        <source>the verification token&apos;s signature does not verify with the OTP signer key</source>
        <translation>die Signatur des Verifizierungstokens lässt sich mit dem OTP-Signiererschlüssel nicht verifizieren</translation>
    </message>
    <message>
        <source>the verification token has expired</source>
        <translation>das Verifizierungstoken ist abgelaufen</translation>
    </message>
    <message>
        <source>reading keychain entry &apos;%1&apos;</source>
        <translation>Lesen des Schlüsselbundeintrags „%1“</translation>
    </message>
    <message>
        <source>saving keychain entry &apos;%1&apos;</source>
        <translation>Speichern des Schlüsselbundeintrags „%1“</translation>
    </message>
    <message>
        <source>deleting keychain entry &apos;%1&apos;</source>
        <translation>Löschen des Schlüsselbundeintrags „%1“</translation>
    </message>
    <message>
        <source>checking the keychain</source>
        <translation>Prüfen des Schlüsselbunds</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <source>%1: the keychain has no such entry.</source>
        <translation>%1: Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>%1: the keychain unlock prompt was cancelled. Unlock the keychain and try again.</source>
        <translation>%1: Die Aufforderung zum Entsperren des Schlüsselbunds wurde abgebrochen. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the keychain denied access (%2).</source>
        <translation>%1: Der Schlüsselbund hat den Zugriff verweigert (%2).</translation>
    </message>
    <message>
        <source>%1: the keychain reported an error: %2</source>
        <translation>%1: Der Schlüsselbund meldete einen Fehler: %2</translation>
    </message>
    <message>
        <source>%1: no usable system keychain (%2). Install and unlock a Secret Service provider such as gnome-keyring or KWallet, then try again.</source>
        <translation>%1: Kein nutzbarer Schlüsselbund des Systems (%2). Installieren und entsperren Sie einen Secret-Service-Anbieter wie gnome-keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the id_token is refused: %1</source>
        <translation>das id_token wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>it is not a JWT</source>
        <translation>es ist kein JWT</translation>
    </message>
    <message>
        <source>its signature is not base64url</source>
        <translation>seine Signatur ist nicht base64url-kodiert</translation>
    </message>
    <message>
        <source>algorithm &quot;%1&quot; is not RS256 or ES256</source>
        <translation>Algorithmus &quot;%1&quot; ist weder RS256 noch ES256</translation>
    </message>
    <message>
        <source>the provider publishes no key &quot;%1&quot; for %2</source>
        <translation>der Anbieter veröffentlicht keinen Schlüssel &quot;%1&quot; für %2</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>seine Signatur lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>it was issued by &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>es wurde von &quot;%1&quot; ausgestellt, nicht von &quot;%2&quot;</translation>
    </message>
    <message>
        <source>it is for client &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>es ist für Client &quot;%1&quot; bestimmt, nicht für &quot;%2&quot;</translation>
    </message>
    <message>
        <source>it was issued to client &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>es wurde für Client &quot;%1&quot; ausgestellt, nicht für &quot;%2&quot;</translation>
    </message>
    <message>
        <source>it has no expiry</source>
        <translation>es hat kein Ablaufdatum</translation>
    </message>
    <message>
        <source>it expired at %1</source>
        <translation>es ist um %1 abgelaufen</translation>
    </message>
    <message>
        <source>it was issued in the future</source>
        <translation>es wurde in der Zukunft ausgestellt</translation>
    </message>
    <message>
        <source>its nonce is not bound to this session key</source>
        <translation>seine Nonce ist nicht an diesen Sitzungsschlüssel gebunden</translation>
    </message>
    <message>
        <source>it names no subject</source>
        <translation>es nennt kein Subjekt</translation>
    </message>
    <message>
        <source>the provider&apos;s key set is malformed: %1</source>
        <translation>der Schlüsselsatz des Anbieters ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>the id_token&apos;s signature does not verify</source>
        <translation>die Signatur des id_token lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>RSA key %1 is shorter than 2048 bits</source>
        <translation>RSA-Schlüssel %1 ist kürzer als 2048 Bit</translation>
    </message>
    <message>
        <source>RSA key %1 is not usable</source>
        <translation>RSA-Schlüssel %1 ist nicht verwendbar</translation>
    </message>
    <message>
        <source>EC key %1 is not a P-256 point</source>
        <translation>EC-Schlüssel %1 ist kein P-256-Punkt</translation>
    </message>
    <message>
        <source>no &quot;keys&quot; array</source>
        <translation>kein &quot;keys&quot;-Array</translation>
    </message>
    <message>
        <source>RSA key %1 has no valid n/e</source>
        <translation>RSA-Schlüssel %1 hat kein gültiges n/e</translation>
    </message>
    <message>
        <source>EC key %1 has no valid x/y</source>
        <translation>EC-Schlüssel %1 hat kein gültiges x/y</translation>
    </message>
    <message>
        <source>no port on 127.0.0.1 is available for the sign-in redirect</source>
        <translation>auf 127.0.0.1 ist kein Port für die Weiterleitung nach der Anmeldung frei</translation>
    </message>
    <message>
        <source>port %1 on 127.0.0.1 is in use, so the browser cannot be sent back to this app; close the program using it or choose another redirect port</source>
        <translation>Port %1 auf 127.0.0.1 ist belegt, daher kann der Browser nicht zu dieser App zurückgeleitet werden; schließen Sie das Programm, das ihn verwendet, oder wählen Sie einen anderen Weiterleitungsport</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Sign-in already finished</source>
        <translation>Anmeldung bereits abgeschlossen</translation>
    </message>
    <message>
        <source>You can close this window.</source>
        <translation>Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Sign-in stopped</source>
        <translation>Anmeldung gestoppt</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in that Wallet Sessions started, so it was refused. You can close this window.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die Wallet Sessions gestartet hat, und wurde daher abgelehnt. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>the sign-in answer&apos;s state does not match; nothing was signed in</source>
        <translation>der state der Anmeldeantwort stimmt nicht überein; es wurde nichts angemeldet</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>You can close this window and return to Wallet Sessions.</source>
        <translation>Sie können dieses Fenster schließen und zu Wallet Sessions zurückkehren.</translation>
    </message>
    <message>
        <source>consent was denied at the provider</source>
        <translation>die Zustimmung wurde beim Anbieter verweigert</translation>
    </message>
    <message>
        <source>the provider refused the sign-in: %1</source>
        <translation>der Anbieter hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>the sign-in provider answered HTTP %1 to the %2 request</source>
        <translation>der Anmeldeanbieter hat auf die Anfrage %2 mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>no answer from the browser within %1 seconds; nothing was signed in</source>
        <translation>keine Antwort vom Browser innerhalb von %1 Sekunden; es wurde nichts angemeldet</translation>
    </message>
    <message>
        <source>no OAuth client id is configured for %1</source>
        <translation>für %1 ist keine OAuth-Client-ID konfiguriert</translation>
    </message>
    <message>
        <source>this front end cannot receive an answer from Turnkey&apos;s hosted sign-in pages</source>
        <translation>diese Oberfläche kann keine Antwort von den gehosteten Anmeldeseiten von Turnkey empfangen</translation>
    </message>
    <message>
        <source>another sign-in is already waiting for an answer from the browser; finish or cancel it first</source>
        <translation>eine andere Anmeldung wartet bereits auf eine Antwort vom Browser; schließen Sie sie zuerst ab oder brechen Sie sie ab</translation>
    </message>
    <message>
        <source>the browser&apos;s answer from Turnkey&apos;s sign-in page has no id_token</source>
        <translation>die Antwort des Browsers von der Anmeldeseite von Turnkey enthält kein id_token</translation>
    </message>
    <message>
        <source>the sign-in provider refused the authorization code: %1</source>
        <translation>der Anmeldeanbieter hat den Autorisierungscode abgelehnt: %1</translation>
    </message>
    <message>
        <source>the sign-in provider&apos;s token answer has no id_token</source>
        <translation>die Token-Antwort des Anmeldeanbieters enthält kein id_token</translation>
    </message>
    <message>
        <source>sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>the provider&apos;s discovery document is unusable: %1</source>
        <translation>das Discovery-Dokument des Anbieters ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it names issuer &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>es nennt den Aussteller &quot;%1&quot;, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no valid %1</source>
        <translation>kein gültiges %1</translation>
    </message>
    <message>
        <source>the sign-in provider at %1 did not answer in time</source>
        <translation>der Anmeldeanbieter unter %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the sign-in provider at %1 is unreachable: %2</source>
        <translation>der Anmeldeanbieter unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sign-in provider this app supports (%2)</source>
        <translation>&apos;%1&apos; ist kein Anmeldeanbieter, den diese App unterstützt (%2)</translation>
    </message>
    <message>
        <source>the &apos;oidc&apos; provider needs an issuer: give --oidc-issuer URL or set oauth/oidc/issuer in the settings</source>
        <translation>der Anbieter &apos;oidc&apos; braucht einen Aussteller: Geben Sie --oidc-issuer URL an oder setzen Sie oauth/oidc/issuer in den Einstellungen</translation>
    </message>
    <message>
        <source>no OAuth client id for &apos;%1&apos;: the Auth Proxy&apos;s configuration has none; give --oidc-client-id ID or set oauth/%1/clientId in the settings</source>
        <translation>keine OAuth-Client-ID für &apos;%1&apos;: Die Konfiguration des Auth-Proxys enthält keine; geben Sie --oidc-client-id ID an oder setzen Sie oauth/%1/clientId in den Einstellungen</translation>
    </message>
    <message>
        <source>the issuer of &apos;%1&apos; is not a URL: %2</source>
        <translation>der Aussteller von &apos;%1&apos; ist keine URL: %2</translation>
    </message>
    <message>
        <source>Turnkey&apos;s hosted sign-in page</source>
        <translation>gehostete Anmeldeseite von Turnkey</translation>
    </message>
    <message>
        <source>Turnkey&apos;s hosted sign-in pages do not offer the generic &apos;oidc&apos; provider; give its hosted page (--oauth-origin URL or oauth/oidc/hostedOrigin) or sign in without them</source>
        <translation>die gehosteten Anmeldeseiten von Turnkey bieten den generischen Anbieter &apos;oidc&apos; nicht an; geben Sie seine gehostete Seite an (--oauth-origin URL oder oauth/oidc/hostedOrigin) oder melden Sie sich ohne sie an</translation>
    </message>
    <message>
        <source>the request&apos;s headers are larger than %1 bytes</source>
        <translation>die Header der Anfrage sind größer als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are spoken here</source>
        <translation>hier werden nur HTTP/1.0 und HTTP/1.1 unterstützt</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <source>malformed header value</source>
        <translation>fehlerhafter Header-Wert</translation>
    </message>
    <message>
        <source>the request has more than %1 headers</source>
        <translation>die Anfrage hat mehr als %1 Header</translation>
    </message>
    <message>
        <source>a chunked request body is not accepted; send Content-Length</source>
        <translation>ein Anfragetext mit Chunked-Kodierung wird nicht akzeptiert; senden Sie Content-Length</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>fehlerhafte Content-Length</translation>
    </message>
    <message>
        <source>the request body (%1 bytes) is larger than %2 bytes</source>
        <translation>der Anfragetext (%1 Bytes) ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>refused path: %1</source>
        <translation>abgelehnter Pfad: %1</translation>
    </message>
    <message>
        <source>it must start with &apos;/&apos;</source>
        <translation>er muss mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <source>a query or fragment is not accepted</source>
        <translation>Abfrageparameter oder Fragmente werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>empty segment</source>
        <translation>leeres Segment</translation>
    </message>
    <message>
        <source>&apos;.&apos; and &apos;..&apos; segments are not accepted</source>
        <translation>Segmente &apos;.&apos; und &apos;..&apos; werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>an encoded slash, backslash or control character</source>
        <translation>ein kodierter Schrägstrich, Backslash oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>--allow &apos;%1&apos;: %2</source>
        <translation>--allow &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>must start with /public/v1/query/ or /public/v1/submit/</source>
        <translation>muss mit /public/v1/query/ oder /public/v1/submit/ beginnen</translation>
    </message>
    <message>
        <source>must name one endpoint or &apos;*&apos; after the prefix</source>
        <translation>muss nach dem Präfix einen Endpunkt oder &apos;*&apos; nennen</translation>
    </message>
    <message>
        <source>only letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; and &apos;*&apos; may follow the prefix</source>
        <translation>nach dem Präfix dürfen nur Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; und &apos;*&apos; folgen</translation>
    </message>
    <message>
        <source>the proxy&apos;s bearer token does not match</source>
        <translation>das Bearer-Token des Proxys stimmt nicht</translation>
    </message>
    <message>
        <source>a request needs the proxy&apos;s token: Authorization: Bearer &lt;token&gt;</source>
        <translation>eine Anfrage braucht das Token des Proxys: Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <source>only POST is forwarded (the Turnkey API is POST only), not %1</source>
        <translation>nur POST wird weitergeleitet (die Turnkey-API nutzt nur POST), nicht %1</translation>
    </message>
    <message>
        <source>%1 is not forwarded by this proxy (allowed: %2)</source>
        <translation>%1 wird von diesem Proxy nicht weitergeleitet (erlaubt: %2)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; is being cleared by another process.</source>
        <translation>Die Sitzung „%1“ wird gerade von einem anderen Prozess gelöscht.</translation>
    </message>
    <message>
        <source>another process removed session &apos;%1&apos; meanwhile</source>
        <translation>ein anderer Prozess hat die Sitzung „%1“ inzwischen entfernt</translation>
    </message>
    <message>
        <source>another process changed session &apos;%1&apos; meanwhile</source>
        <translation>ein anderer Prozess hat die Sitzung „%1“ inzwischen geändert</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was changed elsewhere; try again.</source>
        <translation>Die Sitzung „%1“ wurde an anderer Stelle geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key could not be revoked on the server and the session could not be restored: %1; the key is still valid on the server (%2)</source>
        <translation>Der Schlüssel konnte auf dem Server nicht widerrufen und die Sitzung nicht wiederhergestellt werden: %1; der Schlüssel ist auf dem Server weiterhin gültig (%2)</translation>
    </message>
    <message>
        <source>the session was kept on this computer</source>
        <translation>die Sitzung wurde auf diesem Computer behalten</translation>
    </message>
    <message>
        <source>the session was cleared on this computer only</source>
        <translation>die Sitzung wurde nur auf diesem Computer gelöscht</translation>
    </message>
    <message>
        <source>session &apos;%1&apos; was removed, but its key</source>
        <translation>Sitzung „%1“ wurde entfernt, ihr Schlüssel jedoch nicht</translation>
    </message>
    <message>
        <source>There are no sessions to clear.</source>
        <translation>Es gibt keine Sitzungen zum Löschen.</translation>
    </message>
    <message>
        <source>storing a new session key in the keychain</source>
        <translation>Speichern eines neuen Sitzungsschlüssels im Schlüsselbund</translation>
    </message>
    <message>
        <source>remembering the API key in the keychain</source>
        <translation>Merken des API-Schlüssels im Schlüsselbund</translation>
    </message>
    <message>
        <source>deleting key %1 from the keychain (it will be retried at the next start)</source>
        <translation>Löschen von Schlüssel %1 aus dem Schlüsselbund (wird beim nächsten Start erneut versucht)</translation>
    </message>
    <message>
        <source>The private key %1 is missing from the keychain; log in again.</source>
        <translation>Der private Schlüssel %1 fehlt im Schlüsselbund; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>the keychain entry for key %1 is unusable</source>
        <translation>der Schlüsselbundeintrag für Schlüssel %1 ist unbrauchbar</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The organization ID is empty.</source>
        <translation>Die Organisations-ID ist leer.</translation>
    </message>
    <message>
        <source>The API public key is needed.</source>
        <translation>Der öffentliche API-Schlüssel wird benötigt.</translation>
    </message>
    <message>
        <source>No private key was given for the API key %1, and the app holds no key with that public key.</source>
        <translation>Für den API-Schlüssel %1 wurde kein privater Schlüssel angegeben, und die App hat keinen Schlüssel mit diesem öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>This API key does not belong to organization %1. Check the organization ID and the API key.</source>
        <translation>Dieser API-Schlüssel gehört nicht zur Organisation %1. Prüfen Sie die Organisations-ID und den API-Schlüssel.</translation>
    </message>
    <message>
        <source>logging in as &apos;%1&apos;</source>
        <translation>Anmelden als „%1“</translation>
    </message>
    <message>
        <source>looking up the account</source>
        <translation>Suchen des Kontos</translation>
    </message>
    <message>
        <source>no account is registered for %1 at %2; nothing was signed in</source>
        <translation>für %1 ist bei %2 kein Konto registriert; es wurde nichts angemeldet</translation>
    </message>
    <message>
        <source>%1 did not verify: %2</source>
        <translation>%1 ließ sich nicht verifizieren: %2</translation>
    </message>
    <message>
        <source>live key of a session no longer in the index</source>
        <translation>aktiver Schlüssel einer Sitzung, die nicht mehr im Index steht</translation>
    </message>
    <message>
        <source>The server returned a session token that does not fit: %1.</source>
        <translation>Der Server hat ein unpassendes Sitzungstoken zurückgegeben: %1.</translation>
    </message>
    <message>
        <source>it is for key %1, not the new key %2</source>
        <translation>es gehört zu Schlüssel %1, nicht zum neuen Schlüssel %2</translation>
    </message>
    <message>
        <source>it is for user %1 in organization %2, not %3 in %4</source>
        <translation>es gehört zu Benutzer %1 in Organisation %2, nicht zu %3 in %4</translation>
    </message>
    <message>
        <source>No remembered API key %1 for organization %2 (see `keys list`); nothing was sent.</source>
        <translation>Kein gemerkter API-Schlüssel %1 für Organisation %2 (siehe `keys list`); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No remembered API key for organization %1 (log in with --remember-api-key first); nothing was sent.</source>
        <translation>Kein gemerkter API-Schlüssel für Organisation %1 (melden Sie sich zuerst mit --remember-api-key an); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 API keys are remembered for organization %2; name one with --stamp-with api-key:PUBLIC_KEY. Nothing was sent.</source>
        <translation>Für Organisation %2 sind %1 API-Schlüssel gemerkt; wählen Sie einen mit --stamp-with api-key:PUBLIC_KEY. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Key %1 is not held by this app (see `keys list`); nothing was sent.</source>
        <translation>Schlüssel %1 wird nicht von dieser App gehalten (siehe `keys list`); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Key %1 is not an unused held key; nothing was sent.</source>
        <translation>Schlüssel %1 ist kein unbenutzter vorgehaltener Schlüssel; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was removed while it was being refreshed.</source>
        <translation>Die Sitzung „%1“ wurde entfernt, während sie erneuert wurde.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was changed elsewhere while it was being refreshed.</source>
        <translation>Die Sitzung „%1“ wurde an anderer Stelle geändert, während sie erneuert wurde.</translation>
    </message>
    <message>
        <source>refreshing &apos;%1&apos;</source>
        <translation>Erneuern von „%1“</translation>
    </message>
    <message>
        <source>revoking session &apos;%1&apos; on the server</source>
        <translation>Widerrufen der Sitzung „%1“ auf dem Server</translation>
    </message>
    <message>
        <source>The session key is not valid text (a broken UTF-16 surrogate).</source>
        <translation>Der Sitzungsname ist kein gültiger Text (ein defektes UTF-16-Surrogat).</translation>
    </message>
    <message>
        <source>The session key must not be empty.</source>
        <translation>Der Sitzungsname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The session key is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Sitzungsname ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The session key contains a non-printable character (U+%1); use visible characters only.</source>
        <translation>Der Sitzungsname enthält ein nicht druckbares Zeichen (U+%1); verwenden Sie nur sichtbare Zeichen.</translation>
    </message>
    <message>
        <source>The session key must contain at least one visible character.</source>
        <translation>Der Sitzungsname muss mindestens ein sichtbares Zeichen enthalten.</translation>
    </message>
    <message>
        <source>No session is active; choose a session or log in first.</source>
        <translation>Keine Sitzung ist aktiv; wählen Sie eine Sitzung aus oder melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>There is no session named &apos;%1&apos;.</source>
        <translation>Es gibt keine Sitzung namens „%1“.</translation>
    </message>
    <message>
        <source>No Turnkey API is configured, so online operations are unavailable.</source>
        <translation>Es ist keine Turnkey-API konfiguriert, daher sind Online-Vorgänge nicht verfügbar.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; expired at %2; log in again.</source>
        <translation>Die Sitzung „%1“ ist um %2 abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server no longer knows the key of session &apos;%1&apos;; log in again.</source>
        <translation>Der Server kennt den Schlüssel der Sitzung „%1“ nicht mehr; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was left untouched: the batch was stopped.</source>
        <translation>Die Sitzung „%1“ blieb unverändert: Der Sammelvorgang wurde angehalten.</translation>
    </message>
    <message>
        <source>A session lifetime of %1 s is too short; the minimum is %2 s.</source>
        <translation>Eine Sitzungslebensdauer von %1 s ist zu kurz; das Minimum ist %2 s.</translation>
    </message>
    <message>
        <source>A session named &apos;%1&apos; already exists; sign in again to replace it (login --replace), or choose another name.</source>
        <translation>Eine Sitzung namens „%1“ existiert bereits; melden Sie sich erneut an, um sie zu ersetzen (login --replace), oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>No way to sign in was given.</source>
        <translation>Es wurde keine Anmeldemethode angegeben.</translation>
    </message>
    <message>
        <source>The sign-in method gave no attestation or no organization.</source>
        <translation>Die Anmeldemethode lieferte keine Attestierung oder keine Organisation.</translation>
    </message>
    <message>
        <source>signing in as &apos;%1&apos;</source>
        <translation>Anmeldung als „%1“</translation>
    </message>
    <message>
        <source>API key %1…</source>
        <translation>API-Schlüssel %1…</translation>
    </message>
    <message>
        <source>Code by email to %1</source>
        <translation>Code per E-Mail an %1</translation>
    </message>
    <message>
        <source>Code by text message to %1</source>
        <translation>Code per SMS an %1</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>OpenID provider %1</source>
        <translation>OpenID-Anbieter %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>A session named &apos;%1&apos; already exists; choose another name or replace it.</source>
        <translation>Eine Sitzung namens „%1“ existiert bereits; wählen Sie einen anderen Namen oder ersetzen Sie sie.</translation>
    </message>
    <message>
        <source>This token&apos;s key is already used by session &apos;%1&apos;.</source>
        <translation>Der Schlüssel dieses Tokens wird bereits von der Sitzung „%1“ verwendet.</translation>
    </message>
    <message>
        <source>The private key for this session (public key %1) is not in the keychain; create it with createApiKeyPair() first.</source>
        <translation>Der private Schlüssel für diese Sitzung (öffentlicher Schlüssel %1) ist nicht im Schlüsselbund; erstellen Sie ihn zuerst mit createApiKeyPair().</translation>
    </message>
    <message>
        <source>the keychain entry for this session&apos;s key is unusable</source>
        <translation>der Schlüsselbundeintrag für den Schlüssel dieser Sitzung ist unbrauchbar</translation>
    </message>
    <message>
        <source>checking session &apos;%1&apos;</source>
        <translation>Prüfen der Sitzung „%1“</translation>
    </message>
    <message>
        <source>loading the wallets of session &apos;%1&apos;</source>
        <translation>Laden der Wallets der Sitzung „%1“</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;sessions&apos; has an invalid session key &quot;%1&quot;</source>
        <translation>sessions.json: Feld &apos;sessions&apos; enthält einen ungültigen Sitzungsnamen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;keys&apos; has an entry whose public key &quot;%1&quot; is not hex</source>
        <translation>sessions.json: Feld &apos;keys&apos; enthält einen Eintrag, dessen öffentlicher Schlüssel &quot;%1&quot; nicht hexadezimal ist</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;activeSessionKey&apos; names &quot;%1&quot;, which is not among the sessions</source>
        <translation>sessions.json: Feld &apos;activeSessionKey&apos; nennt &quot;%1&quot;, das nicht unter den Sitzungen ist</translation>
    </message>
    <message>
        <source>sessions.json is not valid JSON (%1 at byte %2)</source>
        <translation>sessions.json ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>sessions.json: the top level must be a JSON object</source>
        <translation>sessions.json: Die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;version&apos; must be a positive whole number</source>
        <translation>sessions.json: Feld &apos;version&apos; muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>sessions.json was written by a newer version of Wallet Sessions (format version %1; this version reads format %2). Update Wallet Sessions; the file was left untouched.</source>
        <translation>sessions.json wurde von einer neueren Version von Wallet Sessions geschrieben (Formatversion %1; diese Version liest Format %2). Aktualisieren Sie Wallet Sessions; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;activeSessionKey&apos; must be a string or null</source>
        <translation>sessions.json: Feld &apos;activeSessionKey&apos; muss eine Zeichenkette oder null sein</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;sessions&apos; must be an object</source>
        <translation>sessions.json: Feld &apos;sessions&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;keys&apos; must be an object</source>
        <translation>sessions.json: Feld &apos;keys&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;%1&apos; %2</source>
        <translation>sessions.json: Feld &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>muss %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>an ISO 8601 UTC time string</source>
        <translation>eine ISO-8601-Zeitangabe in UTC</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time: &apos;%1&apos;</source>
        <translation>ist keine ISO-8601-Zeitangabe: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a non-negative whole number of seconds</source>
        <translation>eine nicht negative ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>must be &quot;unknown&quot;, &quot;alive&quot;, &quot;revoked&quot; or &quot;revoking&quot;, got &quot;%1&quot;</source>
        <translation>muss &quot;unknown&quot;, &quot;alive&quot;, &quot;revoked&quot; oder &quot;revoking&quot; sein, ist aber &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a process id</source>
        <translation>eine Prozess-ID</translation>
    </message>
    <message>
        <source>is not a valid session token: %1</source>
        <translation>ist kein gültiges Sitzungstoken: %1</translation>
    </message>
    <message>
        <source>has an invalid session key &quot;%1&quot;</source>
        <translation>enthält einen ungültigen Sitzungsnamen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has an entry whose public key &quot;%1&quot; is not hex</source>
        <translation>enthält einen Eintrag, dessen öffentlicher Schlüssel &quot;%1&quot; nicht hexadezimal ist</translation>
    </message>
    <message>
        <source>must be &quot;pending&quot;, &quot;live&quot; or &quot;doomed&quot;, got &quot;%1&quot;</source>
        <translation>muss &quot;pending&quot;, &quot;live&quot; oder &quot;doomed&quot; sein, ist aber &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;session&quot; or &quot;api&quot;, got &quot;%1&quot;</source>
        <translation>muss &quot;session&quot; oder &quot;api&quot; sein, ist aber &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;tpm&quot; or &quot;keychain&quot;</source>
        <translation>&quot;tpm&quot; oder &quot;keychain&quot;</translation>
    </message>
    <message>
        <source>invalid session token: %1</source>
        <translation>ungültiges Sitzungstoken: %1</translation>
    </message>
    <message>
        <source>the %1 is not base64url: %2</source>
        <translation>der %1 ist nicht base64url-kodiert: %2</translation>
    </message>
    <message>
        <source>the %1 is not JSON (%2)</source>
        <translation>der %1 ist kein JSON (%2)</translation>
    </message>
    <message>
        <source>the %1 is not a JSON object</source>
        <translation>der %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>payload claim &apos;%1&apos; is missing</source>
        <translation>Payload-Claim &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>payload claim &apos;%1&apos; must be a string, got %2</source>
        <translation>Payload-Claim &apos;%1&apos; muss eine Zeichenkette sein, ist aber %2</translation>
    </message>
    <message>
        <source>payload claim &apos;%1&apos; is empty</source>
        <translation>Payload-Claim &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>payload claim &apos;exp&apos; is missing</source>
        <translation>Payload-Claim &apos;exp&apos; fehlt</translation>
    </message>
    <message>
        <source>payload claim &apos;exp&apos; must be an integer number of seconds, got %1</source>
        <translation>Payload-Claim &apos;exp&apos; muss eine ganze Zahl von Sekunden sein, ist aber %1</translation>
    </message>
    <message>
        <source>payload claim &apos;exp&apos; must be an integer number of seconds, got a fraction</source>
        <translation>Payload-Claim &apos;exp&apos; muss eine ganze Zahl von Sekunden sein, hat aber Nachkommastellen</translation>
    </message>
    <message>
        <source>payload claim &apos;exp&apos; must be positive</source>
        <translation>Payload-Claim &apos;exp&apos; muss positiv sein</translation>
    </message>
    <message>
        <source>payload claim &apos;exp&apos; is too large to be seconds since the epoch (milliseconds?)</source>
        <translation>Payload-Claim &apos;exp&apos; ist zu groß für Sekunden seit der Epoche (Millisekunden?)</translation>
    </message>
    <message>
        <source>it is %1 bytes, more than the %2 allowed</source>
        <translation>es ist %1 Bytes groß, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>expected three dot-separated segments (header.payload.signature), got %1</source>
        <translation>drei durch Punkte getrennte Segmente erwartet (header.payload.signature), erhalten: %1</translation>
    </message>
    <message>
        <source>the %1 segment is empty</source>
        <translation>das %1-Segment ist leer</translation>
    </message>
    <message>
        <source>the signature is not base64url: %1</source>
        <translation>die Signatur ist nicht base64url-kodiert: %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>the header has no &apos;alg&apos; string</source>
        <translation>der Header enthält keine Zeichenkette &apos;alg&apos;</translation>
    </message>
    <message>
        <source>the header &apos;alg&apos; is &apos;%1&apos;, expected &apos;ES256&apos;</source>
        <translation>&apos;alg&apos; im Header ist &apos;%1&apos;, erwartet wurde &apos;ES256&apos;</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>payload claim &apos;public_key&apos; must be a compressed P-256 key (66 hex characters, 02/03)</source>
        <translation>Payload-Claim &apos;public_key&apos; muss ein komprimierter P-256-Schlüssel sein (66 Hexadezimalzeichen, 02/03)</translation>
    </message>
    <message>
        <source>SESSION KEY</source>
        <translation>SITZUNGSNAME</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>EXPIRES AT</source>
        <translation>LÄUFT AB UM</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>RESTZEIT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>No sessions stored. Log in with: wallet-sessions-cli login --help</source>
        <translation>Keine Sitzungen gespeichert. Anmelden mit: wallet-sessions-cli login --help</translation>
    </message>
    <message>
        <source>OpenSSL could not build an RSA key</source>
        <translation>OpenSSL konnte keinen RSA-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>OpenSSL could not start an RS256 check</source>
        <translation>OpenSSL konnte keine RS256-Prüfung starten</translation>
    </message>
    <message>
        <source>Sign in again: replace the session already stored under that name. It stays as it is until the new one is stored; then its key is deleted, as by clear. With no other way of signing in given, the stored session&apos;s is used again (its organization and API key, email address, phone number or provider, and its lifetime).</source>
        <translation>Erneut anmelden: die bereits unter diesem Namen gespeicherte Sitzung ersetzen. Sie bleibt unverändert, bis die neue gespeichert ist; dann wird ihr Schlüssel gelöscht, wie bei clear. Ist keine andere Anmeldeart angegeben, wird die der gespeicherten Sitzung erneut verwendet (ihre Organisation und ihr API-Schlüssel, E-Mail-Adresse, Telefonnummer oder Anbieter sowie ihre Laufzeit).</translation>
    </message>
    <message>
        <source>--remember-api-key is for a session made with an API key; &apos;%1&apos; was made with: %2</source>
        <translation>--remember-api-key gilt für eine mit einem API-Schlüssel erstellte Sitzung; &apos;%1&apos; wurde so erstellt: %2</translation>
    </message>
    <message>
        <source>reading the API key of session &apos;%1&apos;</source>
        <translation>Lesen des API-Schlüssels der Sitzung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Server meldete: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Turnkey error codes: %1</source>
        <translation>Turnkey-Fehlercodes: %1</translation>
    </message>
    <message>
        <source>The passkey stamp was refused: %1</source>
        <translation>Der Passkey-Stempel wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Malformed X-Stamp-WebAuthn: %1</source>
        <translation>Fehlerhafter X-Stamp-WebAuthn: %1</translation>
    </message>
    <message>
        <source>the header is over 16 KiB</source>
        <translation>der Header ist größer als 16 KiB</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>der Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is missing or not a string</source>
        <translation>%1 fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not base64url</source>
        <translation>%1 ist kein base64url</translation>
    </message>
    <message>
        <source>clientDataJSON is not a JSON object</source>
        <translation>clientDataJSON ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>clientDataJSON is not a webauthn.get</source>
        <translation>clientDataJSON ist kein webauthn.get</translation>
    </message>
    <message>
        <source>the challenge is not the one for this request body</source>
        <translation>die Challenge gehört nicht zu diesem Anfrageinhalt</translation>
    </message>
    <message>
        <source>the authenticator data is too short</source>
        <translation>die Authentifikatordaten sind zu kurz</translation>
    </message>
    <message>
        <source>the authenticator data is not for relying party %1</source>
        <translation>die Authentifikatordaten gelten nicht für die vertrauende Partei %1</translation>
    </message>
    <message>
        <source>the user was not present (the key was not touched)</source>
        <translation>der Benutzer war nicht anwesend (der Schlüssel wurde nicht berührt)</translation>
    </message>
    <message>
        <source>the user was not verified (no PIN)</source>
        <translation>der Benutzer wurde nicht verifiziert (keine PIN)</translation>
    </message>
    <message>
        <source>the signature does not verify with the credential&apos;s key</source>
        <translation>die Signatur lässt sich mit dem Schlüssel der Anmeldedaten nicht bestätigen</translation>
    </message>
    <message>
        <source>The security key needs its PIN</source>
        <translation>Der Sicherheitsschlüssel benötigt seine PIN</translation>
    </message>
    <message>
        <source>The security key&apos;s PIN is not right</source>
        <translation>Die PIN des Sicherheitsschlüssels ist falsch</translation>
    </message>
    <message>
        <source>The security key blocked PIN entry until it is unplugged and plugged in again</source>
        <translation>Der Sicherheitsschlüssel sperrt die PIN-Eingabe, bis er abgezogen und wieder eingesteckt wird</translation>
    </message>
    <message>
        <source>The security key&apos;s PIN is blocked; reset the key with its maker&apos;s tool</source>
        <translation>Die PIN des Sicherheitsschlüssels ist gesperrt; setzen Sie den Schlüssel mit dem Werkzeug des Herstellers zurück</translation>
    </message>
    <message>
        <source>This security key holds no passkey for this site; use the key you registered there</source>
        <translation>Dieser Sicherheitsschlüssel enthält keinen Passkey für diese Website; verwenden Sie den Schlüssel, den Sie dort registriert haben</translation>
    </message>
    <message>
        <source>The security key was not touched in time</source>
        <translation>Der Sicherheitsschlüssel wurde nicht rechtzeitig berührt</translation>
    </message>
    <message>
        <source>Signing with the security key was cancelled</source>
        <translation>Das Signieren mit dem Sicherheitsschlüssel wurde abgebrochen</translation>
    </message>
    <message>
        <source>The security key failed while %1 (%2)</source>
        <translation>Der Sicherheitsschlüssel ist beim %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>No security key is plugged in; insert it and try again</source>
        <translation>Es ist kein Sicherheitsschlüssel eingesteckt; stecken Sie ihn ein und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the authenticator data is not a CBOR byte string</source>
        <translation>die Authentifikatordaten sind keine CBOR-Bytefolge</translation>
    </message>
    <message>
        <source>the authenticator data is cut short</source>
        <translation>die Authentifikatordaten sind abgeschnitten</translation>
    </message>
    <message>
        <source>libfido2 is out of memory</source>
        <translation>libfido2 hat keinen Speicher mehr</translation>
    </message>
    <message>
        <source>libfido2 refused the device&apos;s I/O functions</source>
        <translation>libfido2 hat die E/A-Funktionen des Geräts abgelehnt</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>libfido2 refused the assertion&apos;s parameters</source>
        <translation>libfido2 hat die Parameter der Assertion abgelehnt</translation>
    </message>
    <message>
        <source>The security key answered without a credential or signature</source>
        <translation>Der Sicherheitsschlüssel hat ohne Anmeldedaten oder Signatur geantwortet</translation>
    </message>
    <message>
        <source>Log in with an API key, or sign in with a one-time code by email or text message, with Google / OpenID Connect, or with a security key.</source>
        <translation>Mit einem API-Schlüssel anmelden, mit einem Einmalcode per E-Mail oder SMS, mit Google / OpenID Connect oder mit einem Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>Creates a session key pair, registers it with Turnkey (stamp_login, stamped with the given API key)
and stores the session. The API private key is read from a file or from standard input (&apos;-&apos;),
never from an argument, and is not stored.

With --email ADDRESS or --sms PHONE it signs in with a one-time code instead, through Turnkey&apos;s
Auth Proxy (global options --auth-proxy-url, --auth-proxy-config-id, --otp-signer-key): one line
on stderr names where the code went, then the code is read from the terminal, or as one line
from standard input when that is not a terminal. A contact with no account is signed up only
with --create-account.

With --oauth PROVIDER (&apos;google&apos;, or &apos;oidc&apos; with --oidc-issuer) it signs in with an OpenID Connect
provider in the system browser (--no-browser prints the URL on stderr as &apos;Open: URL&apos;); the
browser returns to a listener on 127.0.0.1 within --timeout seconds (default 300).

With --passkey it signs in with a passkey on a FIDO2 security key: --rp-id names the site the
passkey was registered in (default: the setting signIn/passkeyRpId) and --organization-id the
organization of its user. Touch the key when asked; its PIN, when it wants one, is read from the
terminal (or one line of standard input), never from an argument.</source>
        <translation>Erzeugt ein Sitzungsschlüsselpaar, registriert es bei Turnkey (stamp_login, signiert mit dem angegebenen
API-Schlüssel) und speichert die Sitzung. Der private API-Schlüssel wird aus einer Datei oder von der
Standardeingabe (&apos;-&apos;) gelesen, nie aus einem Argument, und wird nicht gespeichert.

Mit --email ADDRESS oder --sms PHONE erfolgt die Anmeldung stattdessen mit einem Einmalcode über den
Auth-Proxy von Turnkey (globale Optionen --auth-proxy-url, --auth-proxy-config-id, --otp-signer-key): Eine
Zeile auf stderr nennt, wohin der Code ging, dann wird der Code vom Terminal gelesen, oder als eine Zeile
von der Standardeingabe, wenn diese kein Terminal ist. Ein Kontakt ohne Konto wird nur mit
--create-account registriert.

Mit --oauth PROVIDER (&apos;google&apos; oder &apos;oidc&apos; mit --oidc-issuer) erfolgt die Anmeldung bei einem OpenID-Connect-
Anbieter im Systembrowser (--no-browser gibt die URL auf stderr als &apos;Open: URL&apos; aus); der Browser kehrt
innerhalb von --timeout Sekunden (Standard 300) zu einem Listener auf 127.0.0.1 zurück.

Mit --passkey erfolgt die Anmeldung mit einem Passkey auf einem FIDO2-Sicherheitsschlüssel: --rp-id nennt die
Website, bei der der Passkey registriert wurde (Standard: die Einstellung signIn/passkeyRpId), und
--organization-id die Organisation seines Benutzers. Berühren Sie den Schlüssel, wenn Sie dazu aufgefordert
werden; seine PIN wird, wenn er eine verlangt, vom Terminal gelesen (oder als eine Zeile von der
Standardeingabe), nie aus einem Argument.</translation>
    </message>
    <message>
        <source>Sign in with a passkey on a FIDO2 security key (USB or NFC).</source>
        <translation>Mit einem Passkey auf einem FIDO2-Sicherheitsschlüssel anmelden (USB oder NFC).</translation>
    </message>
    <message>
        <source>With --passkey: the site the passkey was registered in (its WebAuthn relying party id, as app.example.com).</source>
        <translation>Mit --passkey: die Website, bei der der Passkey registriert wurde (ihre WebAuthn-Relying-Party-ID, etwa app.example.com).</translation>
    </message>
    <message>
        <source>--rp-id goes with --passkey</source>
        <translation>--rp-id gehört zu --passkey</translation>
    </message>
    <message>
        <source>--%1 is not for signing in with a security key (--passkey)</source>
        <translation>--%1 ist nicht für die Anmeldung mit einem Sicherheitsschlüssel (--passkey)</translation>
    </message>
    <message>
        <source>--rp-id needs the site&apos;s domain, as app.example.com</source>
        <translation>--rp-id braucht die Domain der Website, etwa app.example.com</translation>
    </message>
    <message>
        <source>--passkey needs the site the passkey was registered in: --rp-id DOMAIN (or the setting signIn/passkeyRpId)</source>
        <translation>--passkey braucht die Website, bei der der Passkey registriert wurde: --rp-id DOMAIN (oder die Einstellung signIn/passkeyRpId)</translation>
    </message>
    <message>
        <source>--passkey needs --organization-id: the organization whose user registered the passkey</source>
        <translation>--passkey braucht --organization-id: die Organisation, deren Benutzer den Passkey registriert hat</translation>
    </message>
    <message>
        <source>sign in to %1</source>
        <translation>sich bei %1 anzumelden</translation>
    </message>
    <message>
        <source>With --stamp-with passkey: the site the passkey was registered in (default: the one the session was signed in with).</source>
        <translation>Mit --stamp-with passkey: die Website, bei der der Passkey registriert wurde (Standard: die, mit der die Sitzung angemeldet wurde).</translation>
    </message>
    <message>
        <source>--rp-id goes with --stamp-with passkey</source>
        <translation>--rp-id gehört zu --stamp-with passkey</translation>
    </message>
    <message>
        <source>the active session</source>
        <translation>die aktive Sitzung</translation>
    </message>
    <message>
        <source>refresh %1</source>
        <translation>%1 zu erneuern</translation>
    </message>
    <message>
        <source>Touch your security key to %1 (Ctrl-C cancels).</source>
        <translation>Berühren Sie Ihren Sicherheitsschlüssel, um %1 (Strg-C bricht ab).</translation>
    </message>
    <message>
        <source>Security key PIN: </source>
        <translation>PIN des Sicherheitsschlüssels: </translation>
    </message>
    <message>
        <source>The security key needs its PIN and none was typed; nothing was stored.</source>
        <translation>Der Sicherheitsschlüssel braucht seine PIN, und es wurde keine eingegeben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>There is no session &apos;%1&apos; to sign in again; log in with --organization-id and --api-public-key, --email, --sms, --oauth or --passkey</source>
        <translation>Es gibt keine Sitzung &apos;%1&apos; zum erneuten Anmelden; melden Sie sich mit --organization-id und --api-public-key, --email, --sms, --oauth oder --passkey an</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; does not say how it was made; sign in again with --organization-id and --api-public-key, --email, --sms, --oauth or --passkey</source>
        <translation>Sitzung &apos;%1&apos; gibt nicht an, wie sie erstellt wurde; melden Sie sich erneut mit --organization-id und --api-public-key, --email, --sms, --oauth oder --passkey an</translation>
    </message>
    <message>
        <source>Name the site the passkey was registered for (its rp id).</source>
        <translation>Nennen Sie die Website, für die der Passkey registriert wurde (ihre RP-ID).</translation>
    </message>
    <message>
        <source>No security key was given to stamp with; nothing was sent.</source>
        <translation>Es wurde kein Sicherheitsschlüssel zum Signieren angegeben; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was not signed in with a security key: name the site its passkey is for (--rp-id). Nothing was sent.</source>
        <translation>Sitzung &apos;%1&apos; wurde nicht mit einem Sicherheitsschlüssel angemeldet: Nennen Sie die Website, für die sein Passkey gilt (--rp-id). Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Wallet stamping (a browser wallet) has no meaning on the desktop; stamp with the session, a remembered API key or a security key.</source>
        <translation>Signieren mit einer Wallet (einer Browser-Wallet) hat auf dem Desktop keine Bedeutung; signieren Sie mit der Sitzung, einem gemerkten API-Schlüssel oder einem Sicherheitsschlüssel.</translation>
    </message>
    <message>
        <source>Security key for %1</source>
        <translation>Sicherheitsschlüssel für %1</translation>
    </message>
    <message>
        <source>&apos;keys&apos; needs a subcommand: list, clean, delete, generate or import</source>
        <translation>&apos;keys&apos; braucht einen Unterbefehl: list, clean, delete, generate oder import</translation>
    </message>
    <message>
        <source>Keep an existing API key, in the keychain or moved into this computer&apos;s TPM.</source>
        <translation>Einen vorhandenen API-Schlüssel behalten, im Schlüsselbund oder in das TPM dieses Computers verschoben.</translation>
    </message>
    <message>
        <source>Reads the private key (64 hex digits) from --api-private-key-file PATH, or from standard
input with &apos;-&apos;, never from an argument, and prints its public key. The key is a held key:
&apos;keys list&apos; shows it, nothing automatic removes it, &apos;keys delete PUBLIC_KEY&apos; does. With
--key-store tpm it is imported into the TPM 2.0 and signs only there; delete your file
copy afterwards if the TPM is to be its only home. &apos;login --api-public-key PUBLIC_KEY&apos;
then uses it with no key file.</source>
        <translation>Liest den privaten Schlüssel (64 Hex-Ziffern) aus --api-private-key-file PATH oder mit &apos;-&apos; von der
Standardeingabe, nie aus einem Argument, und gibt seinen öffentlichen Schlüssel aus. Der Schlüssel ist ein
vorgehaltener Schlüssel: &apos;keys list&apos; zeigt ihn, nichts Automatisches entfernt ihn, &apos;keys delete PUBLIC_KEY&apos; schon.
Mit --key-store tpm wird er in das TPM 2.0 importiert und signiert nur noch dort; löschen Sie danach Ihre
Dateikopie, wenn das TPM sein einziger Ort sein soll. &apos;login --api-public-key PUBLIC_KEY&apos; verwendet ihn
dann ohne Schlüsseldatei.</translation>
    </message>
    <message>
        <source>File holding the private key as 64 hex digits, or &apos;-&apos; for standard input.</source>
        <translation>Datei mit dem privaten Schlüssel als 64 Hex-Ziffern, oder &apos;-&apos; für die Standardeingabe.</translation>
    </message>
    <message>
        <source>keys import needs --api-private-key-file PATH (or - for standard input)</source>
        <translation>keys import braucht --api-private-key-file PATH (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>Imported into the TPM and kept as a held key (see &apos;keys list&apos;).</source>
        <translation>In das TPM importiert und als vorgehaltener Schlüssel aufbewahrt (siehe &apos;keys list&apos;).</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>making the storage key</source>
        <translation>das Erzeugen des Speicherschlüssels</translation>
    </message>
    <message>
        <source>the key is not a P-256 private key</source>
        <translation>der Schlüssel ist kein privater P-256-Schlüssel</translation>
    </message>
    <message>
        <source>no random bytes for the key&apos;s TPM seed</source>
        <translation>keine Zufallsbytes für den TPM-Seed des Schlüssels</translation>
    </message>
    <message>
        <source>the key could not be prepared for the TPM</source>
        <translation>der Schlüssel konnte nicht für das TPM vorbereitet werden</translation>
    </message>
    <message>
        <source>importing the key</source>
        <translation>das Importieren des Schlüssels</translation>
    </message>
    <message>
        <source>the TPM&apos;s key blob could not be written</source>
        <translation>der Schlüsselblob des TPM konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>This computer already has key %1 (see `keys list`); nothing was imported.</source>
        <translation>Dieser Computer hat den Schlüssel %1 bereits (siehe `keys list`); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>With --passkey: the account to sign in as when the security key holds passkeys of several for the site (its user name); asked for when not given.</source>
        <translation>Mit --passkey: das Konto, als das Sie sich anmelden, wenn der Sicherheitsschlüssel Passkeys mehrerer Konten für die Website hält (sein Benutzername); wird erfragt, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>--passkey-account goes with --passkey</source>
        <translation>--passkey-account gehört zu --passkey</translation>
    </message>
    <message>
        <source>With --stamp-with passkey: the account whose passkey signs, when the security key holds several for the site; asked for when not given.</source>
        <translation>Mit --stamp-with passkey: das Konto, dessen Passkey signiert, wenn der Sicherheitsschlüssel mehrere für die Website hält; wird erfragt, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>--passkey-account goes with --stamp-with passkey</source>
        <translation>--passkey-account gehört zu --stamp-with passkey</translation>
    </message>
    <message>
        <source>The security key needs its PIN and none was read; nothing was stored.</source>
        <translation>Der Sicherheitsschlüssel braucht seine PIN, und es wurde keine gelesen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>This security key holds passkeys of several accounts for %1: %2.</source>
        <translation>Dieser Sicherheitsschlüssel hält Passkeys mehrerer Konten für %1: %2.</translation>
    </message>
    <message>
        <source>Account: </source>
        <translation>Konto: </translation>
    </message>
    <message>
        <source>No account was chosen; nothing was stored. Name one with --passkey-account.</source>
        <translation>Es wurde kein Konto gewählt; nichts wurde gespeichert. Nennen Sie eines mit --passkey-account.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2; nothing was stored.</source>
        <translation>&apos;%1&apos; ist keines von %2; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>This security key holds passkeys of several accounts for this site (%1): choose one</source>
        <translation>Dieser Sicherheitsschlüssel hält Passkeys mehrerer Konten für diese Website (%1): Wählen Sie eines</translation>
    </message>
    <message>
        <source>This security key holds no passkey of account %1 for this site (it has: %2)</source>
        <translation>Dieser Sicherheitsschlüssel hält keinen Passkey des Kontos %1 für diese Website (er hat: %2)</translation>
    </message>
    <message>
        <source>only http and https URLs can be requested, not &apos;%1&apos;</source>
        <translation>nur http- und https-URLs können angefragt werden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>die URL hat keinen Host</translation>
    </message>
    <message>
        <source>invalid request method</source>
        <translation>ungültige Anfragemethode</translation>
    </message>
    <message>
        <source>invalid request header &apos;%1&apos;</source>
        <translation>ungültiger Anfrage-Header &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the %1 header is the client&apos;s to set</source>
        <translation>den Header %1 setzt der Client selbst</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection closed before a response</source>
        <translation>die Verbindung wurde vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <source>a line of the response is longer than %1 bytes</source>
        <translation>eine Zeile der Antwort ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the status line is not HTTP/1.x: &apos;%1&apos;</source>
        <translation>die Statuszeile ist nicht HTTP/1.x: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the status line has no valid status code: &apos;%1&apos;</source>
        <translation>die Statuszeile hat keinen gültigen Statuscode: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the response&apos;s headers are larger than %1 bytes</source>
        <translation>die Header der Antwort sind größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the response has a folded header line</source>
        <translation>die Antwort hat eine umbrochene Header-Zeile</translation>
    </message>
    <message>
        <source>the response has a malformed header line</source>
        <translation>die Antwort hat eine fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>der Server hat das Protokoll gewechselt</translation>
    </message>
    <message>
        <source>the response&apos;s Content-Length is invalid or conflicting</source>
        <translation>die Content-Length der Antwort ist ungültig oder widersprüchlich</translation>
    </message>
    <message>
        <source>the response&apos;s Content-Length is empty</source>
        <translation>die Content-Length der Antwort ist leer</translation>
    </message>
    <message>
        <source>the response has a malformed chunk size</source>
        <translation>die Antwort hat eine fehlerhafte Chunk-Größe</translation>
    </message>
    <message>
        <source>a chunk of the response is not followed by CR LF</source>
        <translation>auf einen Chunk der Antwort folgt kein CR LF</translation>
    </message>
</context>
<context>
    <name>ws::KeychainStore</name>
    <message>
        <source>checking the keychain</source>
        <translation>Prüfen des Schlüsselbunds</translation>
    </message>
    <message>
        <source>keychain entry &apos;%1&apos;</source>
        <translation>Schlüsselbundeintrag „%1“</translation>
    </message>
    <message>
        <source>%1: the keychain did not answer within %2 s. It may be locked or waiting for an unlock prompt; unlock it (or restart gnome-keyring / KWallet) and try again.</source>
        <translation>%1: Der Schlüsselbund hat nicht innerhalb von %2 s geantwortet. Er ist möglicherweise gesperrt oder wartet auf eine Entsperraufforderung; entsperren Sie ihn (oder starten Sie gnome-keyring / KWallet neu) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>keychain entry &apos;%1&apos;: the keychain is not available (it did not answer or no Secret Service is running). Unlock or start gnome-keyring / KWallet; it is checked again automatically.</source>
        <translation>Schlüsselbundeintrag „%1“: Der Schlüsselbund ist nicht verfügbar (er hat nicht geantwortet oder kein Secret Service läuft). Entsperren oder starten Sie gnome-keyring / KWallet; er wird automatisch erneut geprüft.</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>system keychain (Secret Service / KWallet)</source>
        <translation>Schlüsselbund des Systems (Secret Service / KWallet)</translation>
    </message>
    <message>
        <source>%1, service &apos;%2&apos;: available</source>
        <translation>%1, Dienst „%2“: verfügbar</translation>
    </message>
    <message>
        <source>%1, service &apos;%2&apos;: not available; sessions cannot be saved or used until it answers</source>
        <translation>%1, Dienst „%2“: nicht verfügbar; Sitzungen können erst gespeichert oder verwendet werden, wenn er antwortet</translation>
    </message>
    <message>
        <source>%1, service &apos;%2&apos;: not checked yet</source>
        <translation>%1, Dienst „%2“: noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ws::Notifier</name>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Wallet Sessions</source>
        <translation>Wallet Sessions</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Erneuern fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ws::OtpAttestation</name>
    <message>
        <source>The email address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>The Auth Proxy&apos;s target bundle</source>
        <translation>Das Zielpaket des Auth-Proxys</translation>
    </message>
    <message>
        <source>The verification token</source>
        <translation>Das Verifizierungstoken</translation>
    </message>
    <message>
        <source>The verification token is bound to another key than this sign-in&apos;s.</source>
        <translation>Das Verifizierungstoken ist an einen anderen Schlüssel gebunden als den dieser Anmeldung.</translation>
    </message>
    <message>
        <source>No account uses %1.</source>
        <translation>Kein Konto verwendet %1.</translation>
    </message>
</context>
<context>
    <name>ws::RefreshScheduler</name>
    <message>
        <source>auto-refresh gave up: the server no longer accepts this session (%1); log in again</source>
        <translation>automatisches Erneuern aufgegeben: Der Server akzeptiert diese Sitzung nicht mehr (%1); melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>auto-refresh gave up: the session expires at %1 (last error: %2); refresh it by hand or log in again</source>
        <translation>automatisches Erneuern aufgegeben: Die Sitzung läuft um %1 ab (letzter Fehler: %2); erneuern Sie sie manuell oder melden Sie sich erneut an</translation>
    </message>
</context>
<context>
    <name>ws::SessionIndex</name>
    <message>
        <source>field &apos;sessions&apos; has an invalid session key &quot;%1&quot;</source>
        <translation>Feld &apos;sessions&apos; enthält einen ungültigen Sitzungsnamen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &apos;keys&apos; has an entry whose public key &quot;%1&quot; is not hex</source>
        <translation>Feld &apos;keys&apos; enthält einen Eintrag, dessen öffentlicher Schlüssel &quot;%1&quot; nicht hexadezimal ist</translation>
    </message>
    <message>
        <source>field &apos;activeSessionKey&apos; names &quot;%1&quot;, which is not among the sessions</source>
        <translation>Feld &apos;activeSessionKey&apos; nennt &quot;%1&quot;, das nicht unter den Sitzungen ist</translation>
    </message>
    <message>
        <source>Another Wallet Sessions process kept the session index %1 busy for more than %2 s (%3). Close it or wait for it to finish, then try again.</source>
        <translation>Ein anderer Wallet-Sessions-Prozess hat den Sitzungsindex %1 länger als %2 s belegt (%3). Schließen Sie ihn oder warten Sie, bis er fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the session index %1 is damaged (%2: %3)</source>
        <translation>der Sitzungsindex %1 ist beschädigt (%2: %3)</translation>
    </message>
    <message>
        <source>Cannot save the session index %1: the disk is full (%2). Nothing was changed.</source>
        <translation>Der Sitzungsindex %1 kann nicht gespeichert werden: Der Datenträger ist voll (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot use the session index %1 (%2: %3): check that %4 is writable and has free space. Nothing was changed.</source>
        <translation>Der Sitzungsindex %1 kann nicht verwendet werden (%2: %3): Prüfen Sie, ob %4 beschreibbar ist und freien Speicherplatz hat. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed: cannot open the session index.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert: Der Sitzungsindex kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>taking the write lock</source>
        <translation>Setzen der Schreibsperre</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Cannot create the session index %1: check that %2 is writable.</source>
        <translation>Der Sitzungsindex %1 kann nicht angelegt werden: Prüfen Sie, ob %2 beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot create the session index %1.</source>
        <translation>Der Sitzungsindex %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>The session index %1 was written by a newer version of Wallet Sessions (schema version %2; this version reads %3). Update Wallet Sessions; the file was left untouched.</source>
        <translation>Der Sitzungsindex %1 wurde von einer neueren Version von Wallet Sessions geschrieben (Schemaversion %2; diese Version liest %3). Aktualisieren Sie Wallet Sessions; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>creating the tables</source>
        <translation>Anlegen der Tabellen</translation>
    </message>
    <message>
        <source>upgrading the tables</source>
        <translation>Aktualisieren der Tabellen</translation>
    </message>
    <message>
        <source>The session index %1 has an unknown schema version %2.</source>
        <translation>Der Sitzungsindex %1 hat eine unbekannte Schemaversion %2.</translation>
    </message>
    <message>
        <source>setting the schema version</source>
        <translation>Setzen der Schemaversion</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the old session index %1: %2</source>
        <translation>Der alte Sitzungsindex %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The old session index %1 is too large to read and could not be moved aside to %2. Move it by hand.</source>
        <translation>Der alte Sitzungsindex %1 ist zu groß zum Lesen und konnte nicht nach %2 verschoben werden. Verschieben Sie ihn manuell.</translation>
    </message>
    <message>
        <source>The old session index %1 was not read (%2 MiB, more than the %3 MiB a session index can plausibly be) and has been moved to %4; no keychain entry was deleted.</source>
        <translation>Der alte Sitzungsindex %1 wurde nicht gelesen (%2 MiB, mehr als die %3 MiB, die für einen Sitzungsindex plausibel sind) und wurde nach %4 verschoben; es wurde kein Schlüsselbundeintrag gelöscht.</translation>
    </message>
    <message>
        <source>from a damaged index (moved to %1)</source>
        <translation>aus einem beschädigten Index (verschoben nach %1)</translation>
    </message>
    <message>
        <source>The old session index sessions.json was damaged (%1) and has been moved to %2. Kept: %3 (restored from its text: %4). Dropped, as they could not be read: %5. Keychain entries that no remaining session uses: %6; nothing deletes them until you do (keys list shows them).</source>
        <translation>Der alte Sitzungsindex sessions.json war beschädigt (%1) und wurde nach %2 verschoben. Behalten: %3 (aus seinem Text wiederhergestellt: %4). Verworfen, da nicht lesbar: %5. Schlüsselbundeinträge, die keine verbleibende Sitzung verwendet: %6; sie werden erst gelöscht, wenn Sie es tun (keys list zeigt sie an).</translation>
    </message>
    <message>
        <source>from an old sessions.json merged into the index (moved to %1)</source>
        <translation>aus einer alten sessions.json in den Index übernommen (verschoben nach %1)</translation>
    </message>
    <message>
        <source>An old session index %1 was found beside %2 (an older version of Wallet Sessions was run again). It was not imported over the database. Merged, as the database did not have them: %3. Kept as they are, as the database already had them: %4. Keychain entries that no session uses, held (keys list shows them): %5. The file has been moved to %6.</source>
        <translation>Ein alter Sitzungsindex %1 wurde neben %2 gefunden (eine ältere Version von Wallet Sessions wurde erneut ausgeführt). Er wurde nicht über die Datenbank importiert. Übernommen, da die Datenbank sie nicht hatte: %3. Unverändert belassen, da die Datenbank sie bereits hatte: %4. Schlüsselbundeinträge, die keine Sitzung verwendet, vorgehalten (keys list zeigt sie an): %5. Die Datei wurde nach %6 verschoben.</translation>
    </message>
    <message>
        <source>importing %1 (it was left as it is and will be imported at the next start)</source>
        <translation>Importieren von %1 (die Datei blieb unverändert und wird beim nächsten Start importiert)</translation>
    </message>
    <message>
        <source>The session index %1 is damaged (%2) and could not be moved aside to %3. Move or repair it by hand.</source>
        <translation>Der Sitzungsindex %1 ist beschädigt (%2) und konnte nicht nach %3 verschoben werden. Verschieben oder reparieren Sie ihn manuell.</translation>
    </message>
    <message>
        <source>The session index was damaged (%1) and has been moved to %2. Kept what could still be read: %3 and %4. Keychain entries that no remaining session uses: %5; nothing deletes them until you do (keys list shows them).</source>
        <translation>Der Sitzungsindex war beschädigt (%1) und wurde nach %2 verschoben. Behalten wurde, was noch lesbar war: %3 und %4. Schlüsselbundeinträge, die keine verbleibende Sitzung verwendet: %5; sie werden erst gelöscht, wenn Sie es tun (keys list zeigt sie an).</translation>
    </message>
    <message numerus="yes">
        <source>%n key record(s)</source>
        <translation>
            <numerusform>%n Schlüsseleintrag</numerusform>
            <numerusform>%n Schlüsseleinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1 to its owner.</source>
        <translation>Die Berechtigungen von %1 können nicht auf den Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <source>A change to the session index was refused because it would break it: %1</source>
        <translation>Eine Änderung am Sitzungsindex wurde abgelehnt, weil sie ihn beschädigen würde: %1</translation>
    </message>
</context>
<context>
    <name>ws::SessionManager</name>
    <message>
        <source>made by &apos;keys generate&apos; on %1</source>
        <translation>erzeugt mit &apos;keys generate&apos; am %1</translation>
    </message>
    <message>
        <source>The new key pair&apos;s record is missing.</source>
        <translation>Der Eintrag des neuen Schlüsselpaars fehlt.</translation>
    </message>
    <message>
        <source>There is no key pair %1 on this computer.</source>
        <translation>Auf diesem Computer gibt es kein Schlüsselpaar %1.</translation>
    </message>
    <message>
        <source>Key pair %1 belongs to session &apos;%2&apos;; clear the session instead.</source>
        <translation>Das Schlüsselpaar %1 gehört zur Sitzung „%2“; löschen Sie stattdessen die Sitzung.</translation>
    </message>
    <message>
        <source>imported by &apos;keys import&apos; on %1</source>
        <translation>am %1 von &apos;keys import&apos; importiert</translation>
    </message>
</context>
<context>
    <name>ws::TrayIntegration</name>
    <message>
        <source>Wallet Sessions: no default session</source>
        <translation>Wallet Sessions: keine Standardsitzung</translation>
    </message>
    <message>
        <source>Wallet Sessions: &apos;%1&apos;, %2</source>
        <translation>Wallet Sessions: „%1“, %2</translation>
    </message>
    <message>
        <source>refreshing...</source>
        <translation>wird erneuert...</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>Refresh &apos;%1&apos; (%2)</source>
        <translation>„%1“ erneuern (%2)</translation>
    </message>
    <message>
        <source>Refresh the default session</source>
        <translation>Die Standardsitzung erneuern</translation>
    </message>
    <message numerus="yes">
        <source>Refresh all (%n expiring)</source>
        <translation>
            <numerusform>Alle erneuern (%n läuft bald ab)</numerusform>
            <numerusform>Alle erneuern (%n laufen bald ab)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Alle erneuern</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the window…</source>
        <translation>
            <numerusform>%n weitere im Fenster…</numerusform>
            <numerusform>%n weitere im Fenster…</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Fenster verbergen</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Alle löschen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>There is no active session to refresh.</source>
        <translation>Es gibt keine aktive Sitzung zum Erneuern.</translation>
    </message>
    <message>
        <source>Refreshed &apos;%1&apos;; it now expires at %2.</source>
        <translation>„%1“ erneuert; sie läuft jetzt um %2 ab.</translation>
    </message>
    <message>
        <source>Refreshing &apos;%1&apos; failed: %2</source>
        <translation>Erneuern von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Refreshing all sessions failed: %1</source>
        <translation>Erneuern aller Sitzungen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n session(s)</source>
        <translation>
            <numerusform>%n Sitzung erneuert</numerusform>
            <numerusform>%n Sitzungen erneuert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::TurnkeyClient</name>
    <message>
        <source>the new session&apos;s public key is empty</source>
        <translation>der öffentliche Schlüssel der neuen Sitzung ist leer</translation>
    </message>
    <message>
        <source>the session lifetime must be positive</source>
        <translation>die Lebensdauer der Sitzung muss positiv sein</translation>
    </message>
    <message>
        <source>the attested stamp needs a scheme and an attestation</source>
        <translation>die attestierte Signatur (Stamp) braucht ein Schema und eine Attestierung</translation>
    </message>
    <message>
        <source>the user ID is empty</source>
        <translation>die Benutzer-ID ist leer</translation>
    </message>
    <message>
        <source>no API key IDs were given</source>
        <translation>es wurden keine API-Schlüssel-IDs angegeben</translation>
    </message>
    <message>
        <source>the wallet ID is empty</source>
        <translation>die Wallet-ID ist leer</translation>
    </message>
    <message>
        <source>no signing key was given</source>
        <translation>es wurde kein Signaturschlüssel angegeben</translation>
    </message>
    <message>
        <source>nothing was given to authenticate it</source>
        <translation>nichts zum Authentifizieren wurde angegeben</translation>
    </message>
</context>
<context>
    <name>ws::api::ApiCallImpl</name>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 was cancelled: the API client was shut down</source>
        <translation>%1 wurde abgebrochen: Der API-Client wurde beendet</translation>
    </message>
    <message>
        <source>stamping %1</source>
        <translation>Signieren von %1</translation>
    </message>
    <message>
        <source>%1: the server&apos;s reply is larger than %2 bytes (at least %3); refused</source>
        <translation>%1: Die Antwort des Servers ist größer als %2 Bytes (mindestens %3); abgelehnt</translation>
    </message>
    <message>
        <source>%1: the API sent nothing for %2 s; gave up</source>
        <translation>%1: Die API hat %2 s lang nichts gesendet; abgebrochen</translation>
    </message>
    <message>
        <source>%1: the API answered with a redirect (HTTP %2) to &apos;%3&apos;; refusing to follow it</source>
        <translation>%1: Die API antwortete mit einer Weiterleitung (HTTP %2) nach &apos;%3&apos;; ihr wird nicht gefolgt</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>kein Ziel angegeben</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>ungültiges JSON bei Offset %1 (%2)</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: the server&apos;s reply (HTTP %2) is not what the protocol says: %3</source>
        <translation>%1: Die Antwort des Servers (HTTP %2) entspricht nicht dem Protokoll: %3</translation>
    </message>
    <message>
        <source>%1 (polling get_activity)</source>
        <translation>%1 (Abfrage über get_activity)</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (nach %1 Versuchen)</translation>
    </message>
    <message>
        <source> (no time left to retry before the %1 s deadline)</source>
        <translation> (keine Zeit mehr für einen neuen Versuch vor der Frist von %1 s)</translation>
    </message>
    <message>
        <source>%1: no complete answer from the API within %2 s; gave up</source>
        <translation>%1: keine vollständige Antwort von der API innerhalb von %2 s; abgebrochen</translation>
    </message>
</context>
<context>
    <name>ws::net::HttpConnection</name>
    <message>
        <source>the server closed the kept-alive connection</source>
        <translation>der Server hat die offen gehaltene Verbindung geschlossen</translation>
    </message>
    <message>
        <source>nothing was sent or received for %1 ms</source>
        <translation>%1 ms lang wurde nichts gesendet oder empfangen</translation>
    </message>
</context>
<context>
    <name>ws::proxy::SessionBinding</name>
    <message>
        <source>session &apos;%1&apos; was cleared; this proxy no longer stamps requests</source>
        <translation>Sitzung „%1“ wurde gelöscht; dieser Proxy signiert keine Anfragen mehr</translation>
    </message>
    <message>
        <source>session &apos;%1&apos; was revoked; this proxy no longer stamps requests</source>
        <translation>Sitzung „%1“ wurde widerrufen; dieser Proxy signiert keine Anfragen mehr</translation>
    </message>
    <message>
        <source>session &apos;%1&apos; expired; this proxy no longer stamps requests</source>
        <translation>Sitzung „%1“ ist abgelaufen; dieser Proxy signiert keine Anfragen mehr</translation>
    </message>
    <message>
        <source>the server no longer accepts session &apos;%1&apos; (%2); this proxy no longer stamps requests</source>
        <translation>der Server akzeptiert die Sitzung „%1“ nicht mehr (%2); dieser Proxy signiert keine Anfragen mehr</translation>
    </message>
</context>
<context>
    <name>ws::proxy::StampingProxy</name>
    <message>
        <source>the proxy listens on a loopback address only (127.0.0.1 or ::1), not %1</source>
        <translation>der Proxy lauscht nur auf einer Loopback-Adresse (127.0.0.1 oder ::1), nicht auf %1</translation>
    </message>
    <message>
        <source>a proxy on TCP needs a bearer token</source>
        <translation>ein Proxy über TCP braucht ein Bearer-Token</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>its directory %1 must be yours and private (mode 0700)</source>
        <translation>sein Verzeichnis %1 muss Ihnen gehören und privat sein (Modus 0700)</translation>
    </message>
    <message>
        <source>a file that is not a socket is in the way</source>
        <translation>eine Datei, die kein Socket ist, steht im Weg</translation>
    </message>
    <message>
        <source>another process is listening there</source>
        <translation>ein anderer Prozess lauscht dort</translation>
    </message>
    <message>
        <source>the proxy has too many open connections</source>
        <translation>der Proxy hat zu viele offene Verbindungen</translation>
    </message>
    <message>
        <source>could not stamp the request: %1</source>
        <translation>die Anfrage konnte nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>the API&apos;s answer is larger than %1 bytes</source>
        <translation>die Antwort der API ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the Turnkey API at %1 sent nothing for %2 s</source>
        <translation>die Turnkey-API unter %1 hat %2 s lang nichts gesendet</translation>
    </message>
    <message>
        <source>the Turnkey API at %1 could not be reached: %2</source>
        <translation>die Turnkey-API unter %1 war nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>ws::ui::ActionsController</name>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>Refresh the selected sessions (F5)</source>
        <translation>Die ausgewählten Sitzungen erneuern (F5)</translation>
    </message>
    <message>
        <source>Refresh &amp;all</source>
        <translation>Alle er&amp;neuern</translation>
    </message>
    <message>
        <source>Refresh every session that has not expired</source>
        <translation>Jede noch nicht abgelaufene Sitzung erneuern</translation>
    </message>
    <message>
        <source>Refresh with &amp;options…</source>
        <translation>Erneuern mit &amp;Optionen…</translation>
    </message>
    <message>
        <source>Refresh with a chosen lifetime, optionally invalidating other sessions</source>
        <translation>Mit gewählter Lebensdauer erneuern, optional andere Sitzungen ungültig machen</translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <source>Make the selected session the default one, used when no session is named (double-click)</source>
        <translation>Die ausgewählte Sitzung zur Standardsitzung machen, die verwendet wird, wenn keine Sitzung genannt ist (Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask the server whether the session is still valid (whoami)</source>
        <translation>Den Server fragen, ob die Sitzung noch gültig ist (whoami)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected session and its key (Delete)</source>
        <translation>Die ausgewählte Sitzung und ihren Schlüssel löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete every session and its key</source>
        <translation>Jede Sitzung und ihren Schlüssel löschen</translation>
    </message>
    <message>
        <source>Copy &amp;public key</source>
        <translation>Öffentlichen Schl&amp;üssel kopieren</translation>
    </message>
    <message>
        <source>Copy the session&apos;s public key to the clipboard</source>
        <translation>Den öffentlichen Schlüssel der Sitzung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy session &amp;details</source>
        <translation>Sitzungs&amp;details kopieren</translation>
    </message>
    <message>
        <source>Copy every detail of the session as text</source>
        <translation>Alle Details der Sitzung als Text kopieren</translation>
    </message>
    <message>
        <source>Delete the sessions that have expired</source>
        <translation>Die abgelaufenen Sitzungen löschen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>API URL, lifetimes, auto-refresh, warnings, tray</source>
        <translation>API-URL, Lebensdauern, automatisches Erneuern, Warnungen, Kontrollleiste</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation>Die Sitzungen filtern</translation>
    </message>
    <message>
        <source>Show &amp;details pane</source>
        <translation>&amp;Detailbereich anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the session details</source>
        <translation>Die Sitzungsdetails anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Das Benutzerhandbuch öffnen</translation>
    </message>
    <message>
        <source>&amp;About Wallet Sessions</source>
        <translation>&amp;Über Wallet Sessions</translation>
    </message>
    <message>
        <source>Version and components</source>
        <translation>Version und Komponenten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Been&amp;den</translation>
    </message>
    <message>
        <source>Quit Wallet Sessions</source>
        <translation>Wallet Sessions beenden</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cl&amp;ear all…</source>
        <translation>Alle lösc&amp;hen…</translation>
    </message>
    <message>
        <source>Re&amp;move expired</source>
        <translation>A&amp;bgelaufene entfernen</translation>
    </message>
    <message>
        <source>Serve to local &amp;tools…</source>
        <translation>Für lokale &amp;Werkzeuge bereitstellen…</translation>
    </message>
    <message>
        <source>Let scripts and tools on this computer use the session through a local proxy</source>
        <translation>Skripte und Werkzeuge auf diesem Computer die Sitzung über einen lokalen Proxy nutzen lassen</translation>
    </message>
    <message>
        <source>Refresh with a chosen lifetime, key or signer, optionally invalidating other sessions</source>
        <translation>Mit gewählter Lebensdauer, gewähltem Schlüssel oder Unterzeichner erneuern, optional andere Sitzungen ungültig machen</translation>
    </message>
    <message>
        <source>Renew this expired session, signed by your remembered API key</source>
        <translation>Diese abgelaufene Sitzung erneuern, signiert mit Ihrem gemerkten API-Schlüssel</translation>
    </message>
    <message>
        <source>Create a session: email, text message or API key</source>
        <translation>Eine Sitzung erstellen: E-Mail, SMS oder API-Schlüssel</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>E&amp;rneut anmelden…</translation>
    </message>
    <message>
        <source>Replace an expired or revoked session with a new one under the same name</source>
        <translation>Eine abgelaufene oder widerrufene Sitzung durch eine neue unter demselben Namen ersetzen</translation>
    </message>
    <message>
        <source>Replace &apos;%1&apos; with a new session under the same name, signed in the way it was created</source>
        <translation>„%1“ durch eine neue Sitzung unter demselben Namen ersetzen, angemeldet auf dieselbe Weise wie sie</translation>
    </message>
    <message>
        <source>Only a session that has expired or was revoked needs signing in again</source>
        <translation>Nur eine abgelaufene oder widerrufene Sitzung muss erneut angemeldet werden</translation>
    </message>
</context>
<context>
    <name>ws::ui::AppContext</name>
    <message>
        <source>Wallet Sessions — Demo</source>
        <translation>Wallet Sessions — Demo</translation>
    </message>
    <message>
        <source>Session expiring soon</source>
        <translation>Sitzung läuft bald ab</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; expires in %2.</source>
        <translation>Sitzung „%1“ läuft in %2 ab.</translation>
    </message>
    <message>
        <source>Could not refresh &apos;%1&apos; before it expires: %2</source>
        <translation>„%1“ konnte vor dem Ablauf nicht erneuert werden: %2</translation>
    </message>
    <message>
        <source>Refreshing &apos;%1&apos; failed, will retry: %2</source>
        <translation>Erneuern von „%1“ fehlgeschlagen, neuer Versuch folgt: %2</translation>
    </message>
    <message>
        <source>Automatic refresh failed</source>
        <translation>Automatisches Erneuern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refreshed &apos;%1&apos; automatically</source>
        <translation>„%1“ automatisch erneuert</translation>
    </message>
    <message>
        <source>Session revoked</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>Keychain check failed: %1</source>
        <translation>Prüfung des Schlüsselbunds fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Start-up clean-up failed: %1</source>
        <translation>Aufräumen beim Start fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Start-up clean-up: %n key(s) could not be deleted yet</source>
        <translation>
            <numerusform>Aufräumen beim Start: %n Schlüssel konnte noch nicht gelöscht werden</numerusform>
            <numerusform>Aufräumen beim Start: %n Schlüssel konnten noch nicht gelöscht werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: logging in three demo sessions…</source>
        <translation>Demo: drei Demo-Sitzungen werden angemeldet…</translation>
    </message>
    <message>
        <source>Demo ready: three sessions expiring in 2, 5 and 15 minutes</source>
        <translation>Demo bereit: drei Sitzungen, die in 2, 5 und 15 Minuten ablaufen</translation>
    </message>
    <message>
        <source>The demo could not create its sessions: %1</source>
        <translation>Die Demo konnte ihre Sitzungen nicht anlegen: %1</translation>
    </message>
    <message>
        <source>Started the demo in a separate window</source>
        <translation>Die Demo wurde in einem eigenen Fenster gestartet</translation>
    </message>
    <message>
        <source>Could not start the demo</source>
        <translation>Die Demo konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Demo ID</source>
        <translation>Demo-ID</translation>
    </message>
    <message>
        <source>The server no longer knows session &apos;%1&apos;. Use Sign in again to replace it.</source>
        <translation>Der Server kennt die Sitzung „%1“ nicht mehr. Ersetzen Sie sie mit „Erneut anmelden“.</translation>
    </message>
    <message>
        <source>Demo: no demo sessions, because the system keychain is not available (see the message above)</source>
        <translation>Demo: keine Demo-Sitzungen, weil der Systemschlüsselbund nicht verfügbar ist (siehe die Meldung oben)</translation>
    </message>
    <message>
        <source>The browser finished a sign-in that is no longer waiting here (it was cancelled, timed out or already done). Start the sign-in again.</source>
        <translation>Der Browser hat eine Anmeldung abgeschlossen, die hier nicht mehr wartet (sie wurde abgebrochen, ist abgelaufen oder schon erledigt). Starten Sie die Anmeldung erneut.</translation>
    </message>
</context>
<context>
    <name>ws::ui::ConfirmClearAllDialog</name>
    <message numerus="yes">
        <source>Clear all %n session(s)?</source>
        <translation>
            <numerusform>Die %n Sitzung löschen?</numerusform>
            <numerusform>Alle %n Sitzungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all sessions</source>
        <translation>Alle Sitzungen löschen</translation>
    </message>
    <message>
        <source>Their keys are deleted from the keychain. This cannot be undone.</source>
        <translation>Ihre Schlüssel werden aus dem Schlüsselbund gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Also &amp;revoke the sessions on the server</source>
        <translation>Die Sitzungen auch auf dem Server &amp;widerrufen</translation>
    </message>
    <message>
        <source>Deletes each session&apos;s key at Turnkey too, so a copy elsewhere stops working</source>
        <translation>Löscht den Schlüssel jeder Sitzung auch bei Turnkey, sodass eine Kopie an anderer Stelle nicht mehr funktioniert</translation>
    </message>
    <message>
        <source>&amp;Clear all</source>
        <translation>Alle &amp;löschen</translation>
    </message>
</context>
<context>
    <name>ws::ui::DemoInbox</name>
    <message>
        <source>Demo inbox</source>
        <translation>Demo-Posteingang</translation>
    </message>
    <message>
        <source>The demo server&apos;s emails and text messages appear here. Choose &lt;b&gt;Sign in with email&lt;/b&gt;, enter any address, and the code arrives in this inbox.</source>
        <translation>Hier erscheinen die E-Mails und SMS des Demo-Servers. Wählen Sie &lt;b&gt;Mit E-Mail anmelden&lt;/b&gt;, geben Sie eine beliebige Adresse ein, und der Code kommt in diesem Posteingang an.</translation>
    </message>
    <message>
        <source>Messages with one-time codes</source>
        <translation>Nachrichten mit Einmalcodes</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected message&apos;s code</source>
        <translation>Den Code der ausgewählten Nachricht kopieren</translation>
    </message>
    <message>
        <source>%1 · Text to %2
Your code is %3</source>
        <translation>%1 · SMS an %2
Ihr Code lautet %3</translation>
    </message>
    <message>
        <source>%1 · Email to %2
Your code is %3</source>
        <translation>%1 · E-Mail an %2
Ihr Code lautet %3</translation>
    </message>
    <message>
        <source>Code %1 for %2</source>
        <translation>Code %1 für %2</translation>
    </message>
    <message>
        <source>The demo server&apos;s emails and text messages would appear here. Signing in needs the system keychain, which is not available.</source>
        <translation>Hier würden die E-Mails und Textnachrichten des Demo-Servers erscheinen. Die Anmeldung braucht den Systemschlüsselbund, der nicht verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>ws::ui::DurationEdit</name>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1, amount</source>
        <translation>%1, Menge</translation>
    </message>
    <message>
        <source>%1, unit</source>
        <translation>%1, Einheit</translation>
    </message>
</context>
<context>
    <name>ws::ui::EmptyStateWidget</name>
    <message>
        <source>&lt;h2&gt;No sessions yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch keine Sitzungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Log in with an API key…</source>
        <translation>Mit einem API-Schlüssel &amp;anmelden…</translation>
    </message>
    <message>
        <source>Opens the log-in dialog</source>
        <translation>Öffnet den Anmeldedialog</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>Die &amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Starts a separate demo window with a local test server and three short sessions</source>
        <translation>Startet ein eigenes Demo-Fenster mit einem lokalen Testserver und drei kurzen Sitzungen</translation>
    </message>
    <message>
        <source>A session is a short-lived key that lets you act on your Turnkey organization without using your long-lived API key each time.&lt;br&gt;&lt;b&gt;Sign in with email&lt;/b&gt; to create one (a one-time code is sent to you), log in with an API key if you are a developer, or &lt;b&gt;try the demo&lt;/b&gt; to see how sessions, countdowns and refreshes work against a local test server.</source>
        <translation>Eine Sitzung ist ein kurzlebiger Schlüssel, mit dem Sie in Ihrer Turnkey-Organisation handeln können, ohne jedes Mal Ihren langlebigen API-Schlüssel zu verwenden.&lt;br&gt;&lt;b&gt;Melden Sie sich mit E-Mail an&lt;/b&gt;, um eine zu erstellen (Sie erhalten einen Einmalcode), melden Sie sich als Entwickler mit einem API-Schlüssel an, oder &lt;b&gt;probieren Sie die Demo aus&lt;/b&gt;, um zu sehen, wie Sitzungen, Countdowns und Erneuerungen mit einem lokalen Testserver funktionieren.</translation>
    </message>
    <message>
        <source>Sign in with &amp;email…</source>
        <translation>Mit &amp;E-Mail anmelden…</translation>
    </message>
    <message>
        <source>Sends a one-time code to your email address</source>
        <translation>Sendet einen Einmalcode an Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Restore demo sessions</source>
        <translation>&amp;Demo-Sitzungen wiederherstellen</translation>
    </message>
    <message>
        <source>Logs in the demo&apos;s three short sessions again</source>
        <translation>Meldet die drei kurzen Sitzungen der Demo erneut an</translation>
    </message>
    <message>
        <source>A session is a short-lived key that lets you act on your Turnkey organization without using your long-lived API key each time.&lt;br&gt;This is the demo, against a local test server: &lt;b&gt;restore the demo sessions&lt;/b&gt;, sign in with email (the code arrives in the demo inbox), or log in with the demo&apos;s API key, which is filled in for you.</source>
        <translation>Eine Sitzung ist ein kurzlebiger Schlüssel, mit dem Sie in Ihrer Turnkey-Organisation handeln, ohne jedes Mal Ihren langlebigen API-Schlüssel zu verwenden.&lt;br&gt;Dies ist die Demo mit einem lokalen Testserver: &lt;b&gt;Stellen Sie die Demo-Sitzungen wieder her&lt;/b&gt;, melden Sie sich per E-Mail an (der Code erscheint im Demo-Posteingang) oder mit dem API-Schlüssel der Demo, der für Sie ausgefüllt ist.</translation>
    </message>
    <message>
        <source>A session is a short-lived key that lets you act on your Turnkey organization without using your long-lived API key each time.&lt;br&gt;Sessions keep their keys in the system keychain, which is not available: the message above says what to do.</source>
        <translation>Eine Sitzung ist ein kurzlebiger Schlüssel, mit dem Sie in Ihrer Turnkey-Organisation handeln, ohne jedes Mal Ihren langlebigen API-Schlüssel zu verwenden.&lt;br&gt;Sitzungen bewahren ihre Schlüssel im Systemschlüsselbund auf, der nicht verfügbar ist: Die Meldung oben sagt, was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>ws::ui::LoginDialog</name>
    <message>
        <source>Log in with an API key</source>
        <translation>Mit einem API-Schlüssel anmelden</translation>
    </message>
    <message>
        <source>Creates a new session: a fresh key pair registered with Turnkey for a limited time, signed with your API key. The session&apos;s private key is stored only in the system keychain.</source>
        <translation>Erstellt eine neue Sitzung: ein neues Schlüsselpaar, das für begrenzte Zeit bei Turnkey registriert und mit Ihrem API-Schlüssel signiert wird. Der private Schlüssel der Sitzung wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>e.g. 5d9b8a3c-…</source>
        <translation>z. B. 5d9b8a3c-…</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <source>66 hex characters starting with 02 or 03</source>
        <translation>66 Hexadezimalzeichen, beginnend mit 02 oder 03</translation>
    </message>
    <message>
        <source>API public key</source>
        <translation>Öffentlicher API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;public key:</source>
        <translation>Öffentlicher API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API private key</source>
        <translation>Privater API-Schlüssel</translation>
    </message>
    <message>
        <source>Hidden while you type; never written to disk</source>
        <translation>Beim Tippen verborgen; wird nie auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <source>Load from &amp;file…</source>
        <translation>Aus &amp;Datei laden…</translation>
    </message>
    <message>
        <source>Reads the private key from a Turnkey CLI key file</source>
        <translation>Liest den privaten Schlüssel aus einer Schlüsseldatei der Turnkey-CLI</translation>
    </message>
    <message>
        <source>API pri&amp;vate key:</source>
        <translation>&amp;Privater API-Schlüssel:</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Sitzungsname</translation>
    </message>
    <message>
        <source>The label this session is stored under</source>
        <translation>Der Name, unter dem diese Sitzung gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Session key:</source>
        <translation>Sitzungs&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>&amp;Remember this API key in the keychain</source>
        <translation>API-Schlüssel im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Lets you refresh sessions of this organization later without typing the key</source>
        <translation>Damit können Sie Sitzungen dieser Organisation später erneuern, ohne den Schlüssel einzugeben</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter the organization ID.</source>
        <translation>Geben Sie die Organisations-ID ein.</translation>
    </message>
    <message>
        <source>The organization ID cannot contain spaces.</source>
        <translation>Die Organisations-ID darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the API public key.</source>
        <translation>Geben Sie den öffentlichen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The API public key must be 66 hex characters starting with 02 or 03 (compressed P-256).</source>
        <translation>Der öffentliche API-Schlüssel muss aus 66 Hexadezimalzeichen bestehen und mit 02 oder 03 beginnen (komprimiertes P-256).</translation>
    </message>
    <message>
        <source>Enter the API private key, or load it from a file.</source>
        <translation>Geben Sie den privaten API-Schlüssel ein oder laden Sie ihn aus einer Datei.</translation>
    </message>
    <message>
        <source>The API private key must be up to 64 hex characters.</source>
        <translation>Der private API-Schlüssel darf höchstens 64 Hexadezimalzeichen lang sein.</translation>
    </message>
    <message>
        <source>The API private key does not belong to this public key.</source>
        <translation>Der private API-Schlüssel gehört nicht zu diesem öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Load API private key</source>
        <translation>Privaten API-Schlüssel laden</translation>
    </message>
    <message>
        <source>Key files (*.private *.key *.txt);;All files (*)</source>
        <translation>Schlüsseldateien (*.private *.key *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This API key is remembered in the keychain: leave the private key empty to sign with it.</source>
        <translation>Dieser API-Schlüssel ist im Schlüsselbund gemerkt: Lassen Sie den privaten Schlüssel leer, um damit zu signieren.</translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation>Lebensdauer der Sitzung</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; can no longer be refreshed. Signing in again creates a new session under the same name and replaces the old one, whose key is then deleted.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kann nicht mehr erneuert werden. Eine erneute Anmeldung erstellt eine neue Sitzung unter demselben Namen und ersetzt die alte, deren Schlüssel dann gelöscht wird.</translation>
    </message>
    <message>
        <source>The session being replaced</source>
        <translation>Die Sitzung, die ersetzt wird</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>E&amp;rneut anmelden</translation>
    </message>
    <message>
        <source>Keep keys in this computer&apos;s &amp;TPM</source>
        <translation>Schlüssel im &amp;TPM dieses Computers aufbewahren</translation>
    </message>
    <message>
        <source>The session key is made inside the TPM 2.0 chip and never leaves it; its refreshes stay there. Needs a TPM this account can use (/dev/tpmrm0).</source>
        <translation>Der Sitzungsschlüssel wird im TPM-2.0-Chip erzeugt und verlässt ihn nie; seine Erneuerungen bleiben dort. Dafür braucht dieses Konto Zugriff auf ein TPM (/dev/tpmrm0).</translation>
    </message>
</context>
<context>
    <name>ws::ui::MainWindow</name>
    <message>
        <source>Wallet Sessions — Demo</source>
        <translation>Wallet Sessions — Demo</translation>
    </message>
    <message>
        <source>Wallet Sessions</source>
        <translation>Wallet Sessions</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Filter by session key, user, organization or type (Ctrl+F)</source>
        <translation>Nach Sitzungsname, Benutzer, Organisation oder Typ filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Stored sessions with their time left. Enter or double-click makes a session active.</source>
        <translation>Gespeicherte Sitzungen mit ihrer Restzeit. Eingabetaste oder Doppelklick macht eine Sitzung aktiv.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>No session matches “%1”.</source>
        <translation>Keine Sitzung passt zu „%1“.</translation>
    </message>
    <message>
        <source>No usable system keychain: sessions cannot be stored safely. See the banner above.</source>
        <translation>Kein nutzbarer Schlüsselbund: Sitzungen können nicht sicher gespeichert werden. Siehe Hinweis oben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No usable system keychain.&lt;/b&gt; Wallet Sessions keeps private keys only in the system keychain, so it will not create or refresh sessions until one is available.&lt;br&gt;Install and unlock a Secret Service provider (GNOME Keyring: &lt;tt&gt;gnome-keyring&lt;/tt&gt;, or KeePassXC with Secret Service integration, or KWallet), make sure a D-Bus session is running, then restart the application.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>&lt;b&gt;Kein nutzbarer Schlüsselbund.&lt;/b&gt; Wallet Sessions bewahrt private Schlüssel nur im Schlüsselbund des Systems auf und erstellt oder erneuert daher keine Sitzungen, bis einer verfügbar ist.&lt;br&gt;Installieren und entsperren Sie einen Secret-Service-Anbieter (GNOME Keyring: &lt;tt&gt;gnome-keyring&lt;/tt&gt;, KeePassXC mit Secret-Service-Integration oder KWallet), stellen Sie sicher, dass eine D-Bus-Sitzung läuft, und starten Sie die Anwendung neu.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>About Wallet Sessions</source>
        <translation>Über Wallet Sessions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wallet Sessions %1&lt;/b&gt;&lt;br&gt;Manages Turnkey wallet sessions on the desktop: live countdowns, refresh, clear, and private keys kept in the system keychain.&lt;br&gt;&lt;br&gt;Qt %2&lt;br&gt;Keychain: %3</source>
        <translation>&lt;b&gt;Wallet Sessions %1&lt;/b&gt;&lt;br&gt;Verwaltet Turnkey-Wallet-Sitzungen auf dem Desktop: Countdowns in Echtzeit, Erneuern, Löschen, und private Schlüssel bleiben im Schlüsselbund des Systems.&lt;br&gt;&lt;br&gt;Qt %2&lt;br&gt;Schlüsselbund: %3</translation>
    </message>
    <message>
        <source>Still running in the system tray</source>
        <translation>Läuft weiter im Systembereich der Kontrollleiste</translation>
    </message>
    <message>
        <source>Stopped serving &apos;%1&apos;: %2</source>
        <translation>Bereitstellung von „%1“ beendet: %2</translation>
    </message>
    <message>
        <source>Cannot serve &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht bereitgestellt werden: %2</translation>
    </message>
    <message>
        <source>Serving &apos;%1&apos; to local tools</source>
        <translation>„%1“ wird für lokale Werkzeuge bereitgestellt</translation>
    </message>
    <message>
        <source>Stopped serving &apos;%1&apos;</source>
        <translation>Bereitstellung von „%1“ beendet</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has expired: renew it with Refresh with options, signed by your remembered API key, or use Sign in again.</source>
        <translation>„%1“ ist abgelaufen: Erneuern Sie sie mit „Erneuern mit Optionen“, signiert mit Ihrem gemerkten API-Schlüssel, oder verwenden Sie „Erneut anmelden“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has expired: a refresh needs a session that is still valid. Use Sign in again.</source>
        <translation>„%1“ ist abgelaufen: Eine Erneuerung braucht eine noch gültige Sitzung. Verwenden Sie „Erneut anmelden“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was revoked on the server: it cannot be refreshed. Use Sign in again.</source>
        <translation>„%1“ wurde auf dem Server widerrufen und kann nicht erneuert werden. Verwenden Sie „Erneut anmelden“.</translation>
    </message>
    <message>
        <source>Forgetting the API key failed: %1</source>
        <translation>Das Vergessen des API-Schlüssels ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ws::ui::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ws::ui::OidcProviderButtons</name>
    <message>
        <source>Continue with %1</source>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser; you come back here when you have signed in</source>
        <translation>Öffnet %1 in Ihrem Webbrowser; nach der Anmeldung kehren Sie hierher zurück</translation>
    </message>
</context>
<context>
    <name>ws::ui::OidcSignIn</name>
    <message>
        <source>You declined at %1, so nothing was signed in.</source>
        <translation>Sie haben bei %1 abgelehnt, daher wurde nichts angemeldet.</translation>
    </message>
    <message>
        <source>The answer that reached Wallet Sessions did not belong to this sign-in, so it was refused. Please try again. (%1)</source>
        <translation>Die Antwort, die Wallet Sessions erreicht hat, gehörte nicht zu dieser Anmeldung und wurde abgelehnt. Bitte versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>%1&apos;s answer could not be trusted, so nothing was signed in. (%2)</source>
        <translation>Der Antwort von %1 konnte nicht vertraut werden, daher wurde nichts angemeldet. (%2)</translation>
    </message>
    <message>
        <source>There is no wallet account for this %1 identity yet. (%2)</source>
        <translation>Für diese %1-Identität gibt es noch kein Wallet-Konto. (%2)</translation>
    </message>
    <message>
        <source>No answer came back from your browser in time. Please try again.</source>
        <translation>Ihr Browser hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 or Turnkey could not be reached. Check your connection and try again. (%2)</source>
        <translation>%1 oder Turnkey war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut. (%2)</translation>
    </message>
    <message>
        <source>The system keychain could not store the new session key. (%1)</source>
        <translation>Der Schlüsselbund des Systems konnte den neuen Sitzungsschlüssel nicht speichern. (%1)</translation>
    </message>
</context>
<context>
    <name>ws::ui::OidcWaitingPage</name>
    <message>
        <source>Sign-in page address</source>
        <translation>Adresse der Anmeldeseite</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in page address</source>
        <translation>Die Adresse der Anmeldeseite kopieren</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sign-in</source>
        <translation>Anmeldung ab&amp;brechen</translation>
    </message>
    <message>
        <source>Stops this sign-in; nothing is stored</source>
        <translation>Beendet diese Anmeldung; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation>Seite erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab</translation>
    </message>
    <message>
        <source>Opening %1&apos;s sign-in page in your web browser…</source>
        <translation>Die Anmeldeseite von %1 wird in Ihrem Webbrowser geöffnet…</translation>
    </message>
    <message>
        <source>Your browser shows %1&apos;s sign-in page. When you have approved there, come back here: the new session appears in the list.</source>
        <translation>Ihr Browser zeigt die Anmeldeseite von %1. Wenn Sie dort zugestimmt haben, kehren Sie hierher zurück: Die neue Sitzung erscheint in der Liste.</translation>
    </message>
    <message>
        <source>Your web browser could not be opened. Open this address in it to sign in with %1:</source>
        <translation>Ihr Webbrowser konnte nicht geöffnet werden. Öffnen Sie diese Adresse darin, um sich mit %1 anzumelden:</translation>
    </message>
    <message>
        <source>Checking the answer from %1…</source>
        <translation>Die Antwort von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Your browser can be closed. Wallet Sessions checks the answer and registers the new session with Turnkey.</source>
        <translation>Sie können Ihren Browser schließen. Wallet Sessions prüft die Antwort und registriert die neue Sitzung bei Turnkey.</translation>
    </message>
    <message>
        <source>Signing in with %1 did not work</source>
        <translation>Die Anmeldung mit %1 hat nicht funktioniert</translation>
    </message>
</context>
<context>
    <name>ws::ui::OtpCodePage</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Verifying the code</source>
        <translation>Der Code wird überprüft</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Einen neuen Code senden</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Den Code bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>%n letters or digits</source>
        <translation>
            <numerusform>%n Buchstabe oder Ziffer</numerusform>
            <numerusform>%n Buchstaben oder Ziffern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digits</source>
        <translation>
            <numerusform>%n Ziffer</numerusform>
            <numerusform>%n Ziffern</numerusform>
        </translation>
    </message>
    <message>
        <source>We sent a code to &lt;b&gt;%1&lt;/b&gt;. Enter it below; it works for a few minutes.</source>
        <translation>Wir haben einen Code an &lt;b&gt;%1&lt;/b&gt; gesendet. Geben Sie ihn unten ein; er ist einige Minuten lang gültig.</translation>
    </message>
    <message>
        <source>&amp;Resend code (%1 s)</source>
        <translation>Code erneut &amp;senden (%1 s)</translation>
    </message>
    <message>
        <source>This code has expired or was used up. Send a new code to continue.</source>
        <translation>Dieser Code ist abgelaufen oder wurde bereits verwendet. Senden Sie einen neuen Code, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>Code erneut &amp;senden</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. You can try %n more time(s).</source>
        <translation>
            <numerusform>Dieser Code stimmt nicht. Sie können es noch %n Mal versuchen.</numerusform>
            <numerusform>Dieser Code stimmt nicht. Sie können es noch %n Mal versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code is not right. Check it and try again.</source>
        <translation>Dieser Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ws::ui::OtpContactPage</name>
    <message>
        <source>Session name</source>
        <translation>Sitzungsname</translation>
    </message>
    <message>
        <source>The label this session is stored under</source>
        <translation>Der Name, unter dem diese Sitzung gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Session name:</source>
        <translation>Sitzungs&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>Sending the code</source>
        <translation>Der Code wird gesendet</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the ways to sign in</source>
        <translation>Zurück zu den Anmeldemöglichkeiten</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>&amp;Code senden</translation>
    </message>
    <message>
        <source>Send the one-time code</source>
        <translation>Den Einmalcode senden</translation>
    </message>
    <message>
        <source>We will email you a one-time code. If no account uses this address yet, one is created for you.</source>
        <translation>Wir senden Ihnen einen Einmalcode per E-Mail. Wenn noch kein Konto diese Adresse verwendet, wird eines für Sie erstellt.</translation>
    </message>
    <message>
        <source>We will text you a one-time code. If no account uses this number yet, one is created for you.</source>
        <translation>Wir senden Ihnen einen Einmalcode per SMS. Wenn noch kein Konto diese Nummer verwendet, wird eines für Sie erstellt.</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>+15555550100</source>
        <translation>+15555550100</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Enter your phone number.</source>
        <translation>Geben Sie Ihre Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code, as +15555550100.</source>
        <translation>Geben Sie die Telefonnummer mit Ländervorwahl ein, etwa +15555550100.</translation>
    </message>
    <message>
        <source>A session named &apos;%1&apos; exists already; choose another name.</source>
        <translation>Eine Sitzung namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation>Lebensdauer der Sitzung</translation>
    </message>
    <message>
        <source>Sign in again to replace &lt;b&gt;%1&lt;/b&gt;: we will email you a one-time code, and the new session takes its place under the same name.</source>
        <translation>Erneut anmelden, um &lt;b&gt;%1&lt;/b&gt; zu ersetzen: Wir senden Ihnen einen Einmalcode per E-Mail, und die neue Sitzung tritt unter demselben Namen an ihre Stelle.</translation>
    </message>
    <message>
        <source>Sign in again to replace &lt;b&gt;%1&lt;/b&gt;: we will text you a one-time code, and the new session takes its place under the same name.</source>
        <translation>Erneut anmelden, um &lt;b&gt;%1&lt;/b&gt; zu ersetzen: Wir senden Ihnen einen Einmalcode per SMS, und die neue Sitzung tritt unter demselben Namen an ihre Stelle.</translation>
    </message>
    <message>
        <source>The session being replaced</source>
        <translation>Die Sitzung, die ersetzt wird</translation>
    </message>
</context>
<context>
    <name>ws::ui::RefreshOptionsDialog</name>
    <message>
        <source>Refresh with options</source>
        <translation>Mit Optionen erneuern</translation>
    </message>
    <message>
        <source>Refresh &lt;b&gt;%1&lt;/b&gt;: a new session key replaces the current one.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; erneuern: Ein neuer Sitzungsschlüssel ersetzt den aktuellen.</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>&amp;Expiration:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <source>&amp;Invalidate the user&apos;s other sessions</source>
        <translation>Die anderen Sitzungen des Benutzers &amp;ungültig machen</translation>
    </message>
    <message>
        <source>Asks Turnkey to delete every other session key of this user (invalidateExisting). Sessions on other devices stop working.</source>
        <translation>Bittet Turnkey, jeden anderen Sitzungsschlüssel dieses Benutzers zu löschen (invalidateExisting). Sitzungen auf anderen Geräten funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>made %1, in the TPM</source>
        <translation>erstellt %1, im TPM</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>Renew session</source>
        <translation>Sitzung erneuern</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has expired. Your remembered API key can sign its renewal: a new session key replaces the old one, with no new log-in.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist abgelaufen. Ihr gemerkter API-Schlüssel kann die Erneuerung signieren: Ein neuer Sitzungsschlüssel ersetzt den alten, ohne neue Anmeldung.</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Neuer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Signiert &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>Er&amp;neuern</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Make a new key pair (recommended)</source>
        <translation>Ein neues Schlüsselpaar erzeugen (empfohlen)</translation>
    </message>
    <message>
        <source>Held key %1 (%2)</source>
        <translation>Vorgehaltener Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>No held keys. Make one ahead with &apos;wallet-sessions-cli keys generate&apos; to refresh onto a key you registered or noted beforehand.</source>
        <translation>Keine vorgehaltenen Schlüssel. Erzeugen Sie einen vorab mit „wallet-sessions-cli keys generate“, um auf einen zuvor registrierten oder notierten Schlüssel zu erneuern.</translation>
    </message>
    <message>
        <source>A held key made beforehand (&apos;keys generate&apos;) becomes the session&apos;s key; it is then no longer held.</source>
        <translation>Ein vorab erzeugter Schlüssel („keys generate“) wird zum Schlüssel der Sitzung und ist danach nicht mehr vorgehalten.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>This session&apos;s key</source>
        <translation>Der Schlüssel dieser Sitzung</translation>
    </message>
    <message>
        <source>The session has expired: its key can no longer sign.</source>
        <translation>Die Sitzung ist abgelaufen: Ihr Schlüssel kann nicht mehr signieren.</translation>
    </message>
    <message>
        <source>Remembered API key %1</source>
        <translation>Gemerkter API-Schlüssel %1</translation>
    </message>
    <message>
        <source>Who signs the refresh request (stampWith). An API key remembered at log-in, or your security key, keeps working after the session expires.</source>
        <translation>Wer die Erneuerungsanfrage signiert (stampWith). Ein bei der Anmeldung gemerkter API-Schlüssel oder Ihr Sicherheitsschlüssel funktioniert auch nach Ablauf der Sitzung.</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Sign in with your security key once, so the app knows the site its passkey is for.</source>
        <translation>Melden Sie sich einmal mit Ihrem Sicherheitsschlüssel an, damit die App die Website seines Passkeys kennt.</translation>
    </message>
    <message>
        <source>Security key for %1</source>
        <translation>Sicherheitsschlüssel für %1</translation>
    </message>
</context>
<context>
    <name>ws::ui::RememberedKeysSection</name>
    <message>
        <source>Remembered API keys</source>
        <translation>Gemerkte API-Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Aufbewahrt in</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>No API key is remembered. Check “Remember this API key” when you log in with one to sign in again with one click.</source>
        <translation>Kein API-Schlüssel ist gemerkt. Aktivieren Sie „API-Schlüssel im Schlüsselbund merken“ bei der Anmeldung mit einem, um sich mit einem Klick erneut anzumelden.</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergessen…</translation>
    </message>
    <message>
        <source>Forget the selected API key</source>
        <translation>Den ausgewählten API-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Delete the selected API key from this computer (it stays valid at Turnkey)</source>
        <translation>Den ausgewählten API-Schlüssel von diesem Computer löschen (bei Turnkey bleibt er gültig)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>API-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Forget the API key %1 of organization %2?</source>
        <translation>Den API-Schlüssel %1 der Organisation %2 vergessen?</translation>
    </message>
    <message>
        <source>It is deleted from this computer&apos;s TPM and cannot be used from here again. It stays registered at Turnkey; remove it there too if it should stop working.</source>
        <translation>Er wird aus dem TPM dieses Computers gelöscht und kann von hier aus nicht mehr verwendet werden. Bei Turnkey bleibt er registriert; entfernen Sie ihn auch dort, wenn er nicht mehr funktionieren soll.</translation>
    </message>
    <message>
        <source>It is deleted from the keychain. It stays valid at Turnkey: you can remember it again at your next log-in with it.</source>
        <translation>Er wird aus dem Schlüsselbund gelöscht. Bei Turnkey bleibt er gültig: Sie können ihn bei Ihrer nächsten Anmeldung damit wieder merken.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
</context>
<context>
    <name>ws::ui::SecurityKeyPage</name>
    <message>
        <source>Sign in with a passkey you registered on a security key (a FIDO2 key such as a YubiKey). Plug the key in; you will be asked to touch it.</source>
        <translation>Melden Sie sich mit einem Passkey an, den Sie auf einem Sicherheitsschlüssel registriert haben (einem FIDO2-Schlüssel wie einem YubiKey). Stecken Sie den Schlüssel ein; Sie werden gebeten, ihn zu berühren.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>app.example.com</source>
        <translation>app.example.com</translation>
    </message>
    <message>
        <source>The web app&apos;s domain you registered the passkey in (its relying party id)</source>
        <translation>Die Domain der Web-App, in der Sie den Passkey registriert haben (ihre Relying-Party-ID)</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>The Turnkey organization (or sub-organization) of the passkey&apos;s user</source>
        <translation>Die Turnkey-Organisation (oder Unterorganisation) des Benutzers des Passkeys</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Sitzungsname</translation>
    </message>
    <message>
        <source>The label this session is stored under</source>
        <translation>Der Name, unter dem diese Sitzung gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Session name:</source>
        <translation>Sitzungs&amp;name:</translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation>Lebensdauer der Sitzung</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>Security key PIN</source>
        <translation>PIN des Sicherheitsschlüssels</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Touch your security key.&lt;/b&gt; It blinks while it waits; this stops after a minute.</source>
        <translation>&lt;b&gt;Berühren Sie Ihren Sicherheitsschlüssel.&lt;/b&gt; Er blinkt, während er wartet; nach einer Minute wird abgebrochen.</translation>
    </message>
    <message>
        <source>Waiting for the security key</source>
        <translation>Warten auf den Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the ways to sign in</source>
        <translation>Zurück zu den Anmeldewegen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop waiting for the security key</source>
        <translation>Nicht mehr auf den Sicherheitsschlüssel warten</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in with the security key</source>
        <translation>Mit dem Sicherheitsschlüssel anmelden</translation>
    </message>
    <message>
        <source>The session being replaced</source>
        <translation>Die Sitzung, die ersetzt wird</translation>
    </message>
    <message>
        <source>Sign in again to replace &lt;b&gt;%1&lt;/b&gt; with your security key: the new session takes its place under the same name.</source>
        <translation>Melden Sie sich erneut mit Ihrem Sicherheitsschlüssel an, um &lt;b&gt;%1&lt;/b&gt; zu ersetzen: Die neue Sitzung tritt unter demselben Namen an ihre Stelle.</translation>
    </message>
    <message>
        <source>Enter the site you registered the passkey in, as app.example.com.</source>
        <translation>Geben Sie die Website ein, bei der Sie den Passkey registriert haben, etwa app.example.com.</translation>
    </message>
    <message>
        <source>Enter the site as a domain name only, as app.example.com (no https://, no path).</source>
        <translation>Geben Sie die Website nur als Domainnamen ein, etwa app.example.com (ohne https://, ohne Pfad).</translation>
    </message>
    <message>
        <source>Enter the organization ID of the passkey&apos;s user.</source>
        <translation>Geben Sie die Organisations-ID des Benutzers des Passkeys ein.</translation>
    </message>
    <message>
        <source>A session named &apos;%1&apos; exists already; choose another name.</source>
        <translation>Eine Sitzung namens &apos;%1&apos; gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Your security key holds passkeys of several accounts for this site</source>
        <translation>Ihr Sicherheitsschlüssel hält Passkeys mehrerer Konten für diese Website</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
</context>
<context>
    <name>ws::ui::SecurityKeyRefresh</name>
    <message>
        <source>Touch your security key to refresh &apos;%1&apos;.</source>
        <translation>Berühren Sie Ihren Sicherheitsschlüssel, um &apos;%1&apos; zu erneuern.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Security key PIN</source>
        <translation>PIN des Sicherheitsschlüssels</translation>
    </message>
    <message>
        <source>Your security key asks for its PIN:</source>
        <translation>Ihr Sicherheitsschlüssel verlangt seine PIN:</translation>
    </message>
    <message>
        <source>The refresh was cancelled: no PIN was given.</source>
        <translation>Die Erneuerung wurde abgebrochen: Es wurde keine PIN angegeben.</translation>
    </message>
    <message>
        <source>Choose the account</source>
        <translation>Konto wählen</translation>
    </message>
    <message>
        <source>Your security key holds passkeys of several accounts for this site. Which one signs the refresh?</source>
        <translation>Ihr Sicherheitsschlüssel hält Passkeys mehrerer Konten für diese Website. Welches signiert die Erneuerung?</translation>
    </message>
    <message>
        <source>The refresh was cancelled: no account was chosen.</source>
        <translation>Die Erneuerung wurde abgebrochen: Es wurde kein Konto gewählt.</translation>
    </message>
</context>
<context>
    <name>ws::ui::ServeController</name>
    <message>
        <source>There is no Turnkey API to serve to: set the API URL in Settings.</source>
        <translation>Es gibt keine Turnkey-API, an die weitergeleitet werden kann: Legen Sie die API-URL in den Einstellungen fest.</translation>
    </message>
</context>
<context>
    <name>ws::ui::ServeDialog</name>
    <message>
        <source>Serve to local tools</source>
        <translation>Für lokale Werkzeuge bereitstellen</translation>
    </message>
    <message>
        <source>Lets scripts and tools on this computer use session &lt;b&gt;%1&lt;/b&gt; through a proxy on 127.0.0.1. The proxy stamps each request with the session&apos;s key, which never leaves Wallet Sessions; a program needs the proxy&apos;s URL and token, given by the export line below. It stops when you stop it, quit, or the session ends.</source>
        <translation>Lässt Skripte und Werkzeuge auf diesem Computer die Sitzung &lt;b&gt;%1&lt;/b&gt; über einen Proxy auf 127.0.0.1 nutzen. Der Proxy signiert jede Anfrage mit dem Schlüssel der Sitzung, der Wallet Sessions nie verlässt; ein Programm braucht die URL und das Token des Proxys aus der Exportzeile unten. Er endet, wenn Sie ihn beenden, die Anwendung schließen oder die Sitzung endet.</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>Proxy-&amp;URL:</translation>
    </message>
    <message>
        <source>Export line for a shell</source>
        <translation>Exportzeile für eine Shell</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the export line</source>
        <translation>Die Exportzeile kopieren</translation>
    </message>
    <message>
        <source>&amp;Export line:</source>
        <translation>&amp;Exportzeile:</translation>
    </message>
    <message>
        <source>The same from a terminal</source>
        <translation>Dasselbe aus einem Terminal</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Die Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>From a &amp;terminal:</source>
        <translation>Aus einem &amp;Terminal:</translation>
    </message>
    <message>
        <source>&amp;Start serving</source>
        <translation>&amp;Bereitstellen starten</translation>
    </message>
    <message>
        <source>Copied the export line</source>
        <translation>Exportzeile kopiert</translation>
    </message>
    <message>
        <source>Copied the command line</source>
        <translation>Befehlszeile kopiert</translation>
    </message>
    <message>
        <source>Serving &lt;b&gt;%1&lt;/b&gt; at %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird unter %2 bereitgestellt.</translation>
    </message>
    <message>
        <source>Not served.</source>
        <translation>Nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>St&amp;op serving</source>
        <translation>Bereitstellen &amp;stoppen</translation>
    </message>
</context>
<context>
    <name>ws::ui::SessionCommands</name>
    <message>
        <source>Wallet Sessions</source>
        <translation>Wallet Sessions</translation>
    </message>
    <message>
        <source>Logging in as &apos;%1&apos;…</source>
        <translation>Anmeldung als „%1“…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Logged in: session &apos;%1&apos; created</source>
        <translation>Angemeldet: Sitzung „%1“ erstellt</translation>
    </message>
    <message>
        <source>Refreshing sessions</source>
        <translation>Sitzungen werden erneuert</translation>
    </message>
    <message>
        <source>Refreshing &apos;%1&apos; failed</source>
        <translation>Erneuern von „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refreshed &apos;%1&apos;: valid until %2</source>
        <translation>„%1“ erneuert: gültig bis %2</translation>
    </message>
    <message>
        <source>Refreshing all sessions</source>
        <translation>Alle Sitzungen werden erneuert</translation>
    </message>
    <message>
        <source>Cannot refresh &apos;%1&apos;</source>
        <translation>„%1“ kann nicht erneuert werden</translation>
    </message>
    <message>
        <source>Cannot make &apos;%1&apos; active</source>
        <translation>„%1“ kann nicht aktiv gesetzt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the default session</source>
        <translation>„%1“ ist jetzt die Standardsitzung</translation>
    </message>
    <message>
        <source>Verifying &apos;%1&apos; failed</source>
        <translation>Prüfen von „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is valid: user %2 in organization %3</source>
        <translation>„%1“ ist gültig: Benutzer %2 in Organisation %3</translation>
    </message>
    <message>
        <source>Clear session &apos;%1&apos;? Its key is deleted from the keychain.</source>
        <translation>Sitzung „%1“ löschen? Ihr Schlüssel wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n session(s)? Their keys are deleted from the keychain.</source>
        <translation>
            <numerusform>%n Sitzung löschen? Ihr Schlüssel wird aus dem Schlüsselbund gelöscht.</numerusform>
            <numerusform>%n Sitzungen löschen? Ihre Schlüssel werden aus dem Schlüsselbund gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Also revoke on the server</source>
        <translation>Auch auf dem Server widerrufen</translation>
    </message>
    <message>
        <source>Clearing sessions</source>
        <translation>Sitzungen werden gelöscht</translation>
    </message>
    <message>
        <source>Clearing all sessions</source>
        <translation>Alle Sitzungen werden gelöscht</translation>
    </message>
    <message>
        <source>No expired sessions</source>
        <translation>Keine abgelaufenen Sitzungen</translation>
    </message>
    <message>
        <source>Removing expired sessions</source>
        <translation>Abgelaufene Sitzungen werden entfernt</translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation>Kopieren nicht möglich</translation>
    </message>
    <message>
        <source>Copied the public key of &apos;%1&apos;</source>
        <translation>Öffentlicher Schlüssel von „%1“ kopiert</translation>
    </message>
    <message>
        <source>Copied the details of &apos;%1&apos;</source>
        <translation>Details von „%1“ kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n session(s)</source>
        <translation>
            <numerusform>%n Sitzung erneuert</numerusform>
            <numerusform>%n Sitzungen erneuert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n session(s)</source>
        <translation>
            <numerusform>%n Sitzung gelöscht</numerusform>
            <numerusform>%n Sitzungen gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired session(s)</source>
        <translation>
            <numerusform>%n abgelaufene Sitzung entfernt</numerusform>
            <numerusform>%n abgelaufene Sitzungen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed &apos;%1&apos; for %2: valid until %3</source>
        <translation>„%1“ für %2 erneuert: gültig bis %3</translation>
    </message>
    <message>
        <source>Signed in: session &apos;%1&apos; created</source>
        <translation>Angemeldet: Sitzung „%1“ erstellt</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in again: session &apos;%1&apos; replaced</source>
        <translation>Erneut angemeldet: Sitzung „%1“ ersetzt</translation>
    </message>
    <message>
        <source>Signing in again as &apos;%1&apos; failed</source>
        <translation>Erneute Anmeldung als „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signing in again as &apos;%1&apos;…</source>
        <translation>Erneute Anmeldung als „%1“…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Signing in again failed</source>
        <translation>Erneute Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refreshing &apos;%1&apos; was cancelled</source>
        <translation>Erneuern von &apos;%1&apos; wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ws::ui::SessionDetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sitzungsdetails&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>ws::ui::SessionTableModel</name>
    <message>
        <source>Default session</source>
        <translation>Standardsitzung</translation>
    </message>
    <message>
        <source>The default session: commands that name no session use it</source>
        <translation>Die Standardsitzung: Befehle, die keine Sitzung nennen, verwenden sie</translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation>Läuft ab %1 (%2)</translation>
    </message>
    <message>
        <source>The server no longer knows this session&apos;s key. Use Sign in again to replace it.</source>
        <translation>Der Server kennt den Schlüssel dieser Sitzung nicht mehr. Verwenden Sie „Erneut anmelden“, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>User ID: %1 (the name appears after Verify)</source>
        <translation>Benutzer-ID: %1 (der Name erscheint nach „Prüfen“)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Organization ID: %1 (the name appears after Verify)</source>
        <translation>Organisations-ID: %1 (der Name erscheint nach „Prüfen“)</translation>
    </message>
    <message>
        <source>Organization ID: %1</source>
        <translation>Organisations-ID: %1</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Sitzungsname</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Läuft ab um</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expiry in local time; hover a cell for UTC</source>
        <translation>Ablauf in Ortszeit; für UTC mit der Maus über die Zelle fahren</translation>
    </message>
    <message>
        <source>Time left before the session expires</source>
        <translation>Restzeit bis zum Ablauf der Sitzung</translation>
    </message>
    <message>
        <source>%1 — served to local tools at %2</source>
        <translation>%1 – für lokale Werkzeuge bereitgestellt unter %2</translation>
    </message>
    <message>
        <source>%1, served to local tools</source>
        <translation>%1, für lokale Werkzeuge bereitgestellt</translation>
    </message>
</context>
<context>
    <name>ws::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Turnkey API</source>
        <translation>Turnkey-API</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Set on the command line (or by demo mode) for this run</source>
        <translation>Für diesen Lauf auf der Befehlszeile (oder vom Demo-Modus) festgelegt</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Default session lifetime</source>
        <translation>Standard-Lebensdauer einer Sitzung</translation>
    </message>
    <message>
        <source>Default &amp;lifetime:</source>
        <translation>Standard-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>&amp;Refresh sessions automatically before they expire</source>
        <translation>Sitzungen vor dem Ablauf automatisch &amp;erneuern</translation>
    </message>
    <message>
        <source>Refresh this long before expiry</source>
        <translation>So lange vor dem Ablauf erneuern</translation>
    </message>
    <message>
        <source>Warn this long before expiry</source>
        <translation>So lange vor dem Ablauf warnen</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>&amp;Warnen vor Ablauf:</translation>
    </message>
    <message>
        <source>Re&amp;voke on the server when clearing (default)</source>
        <translation>Beim Löschen auf dem Server wi&amp;derrufen (Standard)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>&amp;Close to the system tray</source>
        <translation>In die Kontrollleiste s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Start minimized to the tray</source>
        <translation>&amp;Minimiert in der Kontrollleiste starten</translation>
    </message>
    <message>
        <source>No system tray was found, so the window cannot be hidden in it. Closing the window quits the application.</source>
        <translation>Es wurde kein Systembereich der Kontrollleiste gefunden, daher kann das Fenster nicht dorthin verborgen werden. Das Schließen des Fensters beendet die Anwendung.</translation>
    </message>
    <message>
        <source>Show &amp;notifications (expiry warnings, failed refreshes)</source>
        <translation>Be&amp;nachrichtigungen anzeigen (Ablaufwarnungen, fehlgeschlagene Erneuerungen)</translation>
    </message>
    <message>
        <source>A click on the tray icon re&amp;freshes the default session</source>
        <translation>Ein Klick auf das Kontrollleisten-Symbol erneuert die Standard&amp;sitzung</translation>
    </message>
    <message>
        <source>Otherwise a click shows or hides the window; the middle click always refreshes.</source>
        <translation>Andernfalls zeigt oder verbirgt ein Klick das Fenster; der Mittelklick erneuert immer.</translation>
    </message>
    <message>
        <source>Start at lo&amp;gin (minimized to the tray)</source>
        <translation>Beim Anmelden s&amp;tarten (minimiert in der Kontrollleiste)</translation>
    </message>
    <message>
        <source>Adds Wallet Sessions to your desktop&apos;s autostart programs (%1).</source>
        <translation>Fügt Wallet Sessions den Autostart-Programmen Ihres Desktops hinzu (%1).</translation>
    </message>
    <message>
        <source>Refresh before e&amp;xpiry:</source>
        <translation>Erneuern &amp;vor Ablauf:</translation>
    </message>
    <message>
        <source>Advanced: email and text-message sign-in</source>
        <translation>Erweitert: Anmeldung per E-Mail und SMS</translation>
    </message>
    <message>
        <source>Auth Proxy URL</source>
        <translation>Auth-Proxy-URL</translation>
    </message>
    <message>
        <source>Auth &amp;Proxy URL:</source>
        <translation>Auth-&amp;Proxy-URL:</translation>
    </message>
    <message>
        <source>Auth Proxy configuration ID</source>
        <translation>Konfigurations-ID des Auth-Proxys</translation>
    </message>
    <message>
        <source>From the Turnkey dashboard (Wallet Kit)</source>
        <translation>Aus dem Turnkey-Dashboard (Wallet Kit)</translation>
    </message>
    <message>
        <source>Configuration &amp;ID:</source>
        <translation>&amp;Konfigurations-ID:</translation>
    </message>
    <message>
        <source>OTP signer public key</source>
        <translation>Öffentlicher Schlüssel des OTP-Signierers</translation>
    </message>
    <message>
        <source>The key that signs the one-time-code bundles and verification tokens (uncompressed P-256, 130 hex digits). Change it only for a test server.</source>
        <translation>Der Schlüssel, der die Einmalcode-Pakete und Verifizierungstoken signiert (unkomprimiertes P-256, 130 Hexadezimalziffern). Ändern Sie ihn nur für einen Testserver.</translation>
    </message>
    <message>
        <source>OTP signer &amp;key:</source>
        <translation>&amp;OTP-Signiererschlüssel:</translation>
    </message>
    <message>
        <source>Auth Proxy URL: %1</source>
        <translation>Auth-Proxy-URL: %1</translation>
    </message>
    <message>
        <source>The Auth Proxy configuration ID cannot contain spaces.</source>
        <translation>Die Konfigurations-ID des Auth-Proxys darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The OTP signer key must be 130 hex digits starting with 04 (uncompressed P-256).</source>
        <translation>Der OTP-Signiererschlüssel muss aus 130 Hexadezimalziffern bestehen und mit 04 beginnen (unkomprimiertes P-256).</translation>
    </message>
    <message>
        <source>Set on the command line, in the environment or by demo mode for this run</source>
        <translation>Für diesen Lauf auf der Befehlszeile, in der Umgebung oder vom Demo-Modus festgelegt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Keep new session keys in this computer&apos;s &amp;TPM</source>
        <translation>Neue Sitzungsschlüssel im &amp;TPM dieses Computers aufbewahren</translation>
    </message>
    <message>
        <source>A key made inside the TPM 2.0 chip can sign but can never be copied off this computer. The log-in dialog can still choose for each session.</source>
        <translation>Ein im TPM-2.0-Chip erzeugter Schlüssel kann signieren, aber nie von diesem Computer kopiert werden. Im Anmeldedialog lässt sich weiterhin für jede Sitzung wählen.</translation>
    </message>
</context>
<context>
    <name>ws::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Email and text-message sign-in need a connection to Turnkey&apos;s Auth Proxy; only the API key works offline.</source>
        <translation>Die Anmeldung per E-Mail und SMS benötigt eine Verbindung zum Auth-Proxy von Turnkey; nur der API-Schlüssel funktioniert offline.</translation>
    </message>
    <message>
        <source>Email and text-message sign-in are not set up: %1.</source>
        <translation>Die Anmeldung per E-Mail und SMS ist nicht eingerichtet: %1.</translation>
    </message>
    <message>
        <source>Email and text-message sign-in are unavailable: %1</source>
        <translation>Die Anmeldung per E-Mail und SMS ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in again to replace &lt;b&gt;%1&lt;/b&gt;: a new session is created under the same name and the old one&apos;s key is deleted.</source>
        <translation>Erneut anmelden, um &lt;b&gt;%1&lt;/b&gt; zu ersetzen: Eine neue Sitzung wird unter demselben Namen erstellt und der Schlüssel der alten gelöscht.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was signed in.</source>
        <translation>Gestoppt. Es wurde nichts angemeldet.</translation>
    </message>
    <message>
        <source>Your security key asks for its PIN. Enter it, then choose Sign in and touch the key again.</source>
        <translation>Ihr Sicherheitsschlüssel verlangt seine PIN. Geben Sie sie ein, wählen Sie dann Anmelden und berühren Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>Your security key holds passkeys of several accounts for this site. Choose yours, then choose Sign in and touch the key again.</source>
        <translation>Ihr Sicherheitsschlüssel hält Passkeys mehrerer Konten für diese Website. Wählen Sie Ihres, wählen Sie dann Anmelden und berühren Sie den Schlüssel erneut.</translation>
    </message>
</context>
<context>
    <name>ws::ui::SignInMethodPage</name>
    <message>
        <source>Choose how to sign in. A new session is a fresh key registered with Turnkey for a limited time; its private key stays in the system keychain.</source>
        <translation>Wählen Sie, wie Sie sich anmelden möchten. Eine neue Sitzung ist ein neuer Schlüssel, der für begrenzte Zeit bei Turnkey registriert wird; sein privater Schlüssel bleibt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Continue with &amp;email</source>
        <translation>Weiter mit &amp;E-Mail</translation>
    </message>
    <message>
        <source>Sign in with email</source>
        <translation>Mit E-Mail anmelden</translation>
    </message>
    <message>
        <source>A one-time code is sent to your email address</source>
        <translation>Ein Einmalcode wird an Ihre E-Mail-Adresse gesendet</translation>
    </message>
    <message>
        <source>Continue with &amp;text message</source>
        <translation>Weiter mit &amp;SMS</translation>
    </message>
    <message>
        <source>Sign in with a text message</source>
        <translation>Mit einer SMS anmelden</translation>
    </message>
    <message>
        <source>A one-time code is sent to your phone by text message</source>
        <translation>Ein Einmalcode wird per SMS an Ihr Telefon gesendet</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Log in with an &amp;API key…</source>
        <translation>Mit einem &amp;API-Schlüssel anmelden…</translation>
    </message>
    <message>
        <source>Log in with an API key</source>
        <translation>Mit einem API-Schlüssel anmelden</translation>
    </message>
    <message>
        <source>For developers who hold a Turnkey API key pair</source>
        <translation>Für Entwickler mit einem Turnkey-API-Schlüsselpaar</translation>
    </message>
    <message>
        <source>Asking the Auth Proxy which ways to sign in are enabled…</source>
        <translation>Der Auth-Proxy wird nach den aktivierten Anmeldemöglichkeiten gefragt…</translation>
    </message>
    <message>
        <source>Use a security &amp;key…</source>
        <translation>Sicherheitsschlüssel &amp;verwenden…</translation>
    </message>
    <message>
        <source>Sign in with a security key</source>
        <translation>Mit einem Sicherheitsschlüssel anmelden</translation>
    </message>
    <message>
        <source>A passkey on a FIDO2 security key, registered in your wallet&apos;s web app</source>
        <translation>Ein Passkey auf einem FIDO2-Sicherheitsschlüssel, registriert in der Web-App Ihrer Wallet</translation>
    </message>
</context>
<context>
    <name>ws::ui::StatusPanel</name>
    <message>
        <source>Last operation</source>
        <translation>Letzter Vorgang</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API-Endpunkt</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>API: %1 (demo server)</source>
        <translation>API: %1 (Demo-Server)</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Turnkey API base URL (change it in Settings)</source>
        <translation>Turnkey-API-Basis-URL (in den Einstellungen änderbar)</translation>
    </message>
    <message>
        <source>Keychain: OK</source>
        <translation>Schlüsselbund: OK</translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation>Schlüsselbund: nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>ws::ui::WalletsSection</name>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wallets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wallets&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Ask the server again for this session&apos;s wallets</source>
        <translation>Den Server erneut nach den Wallets dieser Sitzung fragen</translation>
    </message>
    <message>
        <source>Reload wallets</source>
        <translation>Wallets neu laden</translation>
    </message>
    <message>
        <source>Loading wallets…</source>
        <translation>Wallets werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the wallets: %1</source>
        <translation>Die Wallets konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This user has no wallets yet.</source>
        <translation>Dieser Benutzer hat noch keine Wallets.</translation>
    </message>
    <message>
        <source>Wallet ID %1</source>
        <translation>Wallet-ID %1</translation>
    </message>
    <message>
        <source>Wallet %1</source>
        <translation>Wallet %1</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Keine Konten</translation>
    </message>
    <message>
        <source>Address %1 (%2)</source>
        <translation>Adresse %1 (%2)</translation>
    </message>
    <message>
        <source>Copy address %1</source>
        <translation>Adresse %1 kopieren</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
</TS>
