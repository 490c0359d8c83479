<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ws</name>
    <message>
        <source>Manage Turnkey wallet sessions: live expiry countdowns, refresh, clear, with every private key kept in the system keychain.</source>
        <translation>Gérer les sessions de portefeuille Turnkey : comptes à rebours d&apos;expiration en direct, actualisation, effacement, chaque clé privée restant dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Start a local demo server and three short demo sessions. Uses a temporary data directory and a separate keychain service; real sessions are untouched.</source>
        <translation>Démarrer un serveur de démonstration local et trois courtes sessions de démonstration. Utilise un dossier de données temporaire et un service de trousseau distinct ; les vraies sessions ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Start hidden in the system tray (ignored when there is no tray).</source>
        <translation>Démarrer caché dans la zone de notification (ignoré s&apos;il n&apos;y en a pas).</translation>
    </message>
    <message>
        <source>Show the window even if &apos;start minimized&apos; is set.</source>
        <translation>Afficher la fenêtre même si « Démarrer réduit » est activé.</translation>
    </message>
    <message>
        <source>Keep the session index in DIR.</source>
        <translation>Conserver l&apos;index des sessions dans DOSSIER.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Use this Turnkey API base URL for this run.</source>
        <translation>Utiliser cette URL de base de l&apos;API Turnkey pour cette exécution.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Quit after SECONDS (for smoke tests).</source>
        <translation>Quitter après SECONDES (pour les tests rapides).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE once the sessions are loaded, then quit.</source>
        <translation>Enregistrer une image PNG de la fenêtre dans FICHIER une fois les sessions chargées, puis quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Keychain service name (default: wallet-sessions).</source>
        <translation>Nom du service de trousseau (par défaut : wallet-sessions).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Print diagnostic messages (keychain, index, sessions, network; never keys) on stderr.</source>
        <translation>Afficher des messages de diagnostic (trousseau, index, sessions, réseau ; jamais de clés) sur stderr.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argument inattendu : %1
</translation>
    </message>
    <message>
        <source>--quit-after needs a positive number of seconds
</source>
        <translation>--quit-after attend un nombre de secondes positif
</translation>
    </message>
    <message>
        <source>--demo runs its own server; it cannot be combined with --api-url
</source>
        <translation>--demo lance son propre serveur ; il ne peut pas être combiné avec --api-url
</translation>
    </message>
    <message>
        <source>Cannot create the demo&apos;s temporary directory: %1</source>
        <translation>Impossible de créer le dossier temporaire de la démo : %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>%1d %2</source>
        <translation>%1 j %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message>
        <source>Read-write</source>
        <translation>Lecture-écriture</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Keep Turnkey wallet sessions fresh</source>
        <translation>Garder les sessions de portefeuille Turnkey à jour</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(not known yet: use Verify)</source>
        <translation>(pas encore connu : utilisez Vérifier)</translation>
    </message>
    <message>
        <source>Known to the server (last check succeeded)</source>
        <translation>Connue du serveur (dernière vérification réussie)</translation>
    </message>
    <message>
        <source>Revoked: the server no longer knows this key</source>
        <translation>Révoquée : le serveur ne connaît plus cette clé</translation>
    </message>
    <message>
        <source>Being cleared and revoked on the server</source>
        <translation>En cours d&apos;effacement et de révocation sur le serveur</translation>
    </message>
    <message>
        <source>Not checked yet (use Verify)</source>
        <translation>Pas encore vérifiée (utilisez Vérifier)</translation>
    </message>
    <message>
        <source>Verified against the notarizer key</source>
        <translation>Vérifiée avec la clé du notaire</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Nom de session</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d&apos;organisation</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Type de session</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Session profile</source>
        <translation>Profil de session</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Requested lifetime</source>
        <translation>Durée de vie demandée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>JWT signature</source>
        <translation>Signature JWT</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Actualisation automatique</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Stop after the sessions in progress</source>
        <translation>Arrêter après les sessions en cours</translation>
    </message>
    <message>
        <source>Use LANGUAGE (de, fr, en) instead of the system&apos;s language.</source>
        <translation>Utiliser LANGUE (de, fr, en) au lieu de la langue du système.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (expired or revoked: log in again)</source>
        <translation>
            <numerusform>%n ignorée (expirée ou révoquée : reconnectez-vous)</numerusform>
            <numerusform>%n ignorées (expirées ou révoquées : reconnectez-vous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped before %n more</source>
        <translation>
            <numerusform>arrêté avant %n autre</numerusform>
            <numerusform>arrêté avant %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: </source>
        <translation>
            <numerusform>%n en échec : </numerusform>
            <numerusform>%n en échec : </numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>TPM 2.0 (made inside this computer&apos;s TPM; cannot be copied)</source>
        <translation>TPM 2.0 (créée dans le TPM de cet ordinateur ; impossible à copier)</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>environ %n heure restante</numerusform>
            <numerusform>environ %n heures restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>A wallet-sessions:// address that finishes a sign-in in the browser (the desktop passes it; it goes to the running window).</source>
        <translation>Une adresse wallet-sessions:// qui termine une connexion dans le navigateur (le bureau la transmet ; elle va à la fenêtre en cours).</translation>
    </message>
    <message>
        <source>--data -: cannot read standard input</source>
        <translation>--data - : impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>--data -: more than %1 bytes</source>
        <translation>--data - : plus de %1 octets</translation>
    </message>
    <message>
        <source>--data %1: %2</source>
        <translation>--data %1 : %2</translation>
    </message>
    <message>
        <source>--data %1: more than %2 bytes</source>
        <translation>--data %1 : plus de %2 octets</translation>
    </message>
    <message>
        <source>Send one API request stamped with a session&apos;s key and print the answer.</source>
        <translation>Envoyer une requête d&apos;API signée avec la clé d&apos;une session et afficher la réponse.</translation>
    </message>
    <message>
        <source>POSTs the body to the API URL + PATH (e.g. /public/v1/query/whoami), stamped with the session&apos;s key. A JSON object body without organizationId gets the session&apos;s; no body sends {&quot;organizationId&quot;: …}. A submit/* activity is waited for (--no-wait prints it pending); a failed activity, or one that needs consensus, exits 1 with its status on stderr.</source>
        <translation>Envoie le corps en POST à l&apos;URL de l&apos;API + PATH (p. ex. /public/v1/query/whoami), signé avec la clé de la session. Un corps objet JSON sans organizationId reçoit celui de la session ; sans corps, {&quot;organizationId&quot;: …} est envoyé. Pour une activité submit/*, la commande attend son résultat (--no-wait l&apos;affiche en attente) ; une activité en échec, ou qui demande un consensus, termine avec le code 1 et son statut sur stderr.</translation>
    </message>
    <message>
        <source>The session to stamp with (default: the active one).</source>
        <translation>La session avec laquelle signer (par défaut : la session active).</translation>
    </message>
    <message>
        <source>The HTTP method; only POST (the default) is accepted, as by the Turnkey API.</source>
        <translation>La méthode HTTP ; seule POST (par défaut) est acceptée, comme par l&apos;API Turnkey.</translation>
    </message>
    <message>
        <source>The JSON body: inline, @FILE, or - for standard input.</source>
        <translation>Le corps JSON : en ligne, @FILE, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Print a submitted activity as it is, without waiting.</source>
        <translation>Afficher une activité soumise telle quelle, sans attendre.</translation>
    </message>
    <message>
        <source>The API path, e.g. /public/v1/query/whoami.</source>
        <translation>Le chemin de l&apos;API, p. ex. /public/v1/query/whoami.</translation>
    </message>
    <message>
        <source>-X %1: the Turnkey API accepts POST only</source>
        <translation>-X %1 : l&apos;API Turnkey n&apos;accepte que POST</translation>
    </message>
    <message>
        <source>%1 is not an API path (expected /public/v1/query/NAME or /public/v1/submit/NAME)</source>
        <translation>%1 n&apos;est pas un chemin d&apos;API (attendu : /public/v1/query/NAME ou /public/v1/submit/NAME)</translation>
    </message>
    <message>
        <source>--data is not JSON: %1 at offset %2</source>
        <translation>--data n&apos;est pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source> (refresh it with `wallet-sessions-cli refresh`, or log in again)</source>
        <translation> (actualisez-la avec `wallet-sessions-cli refresh`, ou reconnectez-vous)</translation>
    </message>
    <message>
        <source>Remove every session and delete their keys (asks first unless --yes).</source>
        <translation>Supprimer toutes les sessions et leurs clés (demande confirmation, sauf avec --yes).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (required when standard input is not a terminal).</source>
        <translation>Ne pas demander de confirmation (obligatoire quand l&apos;entrée standard n&apos;est pas un terminal).</translation>
    </message>
    <message>
        <source>clear-all refuses to run without confirmation: standard input is not a terminal; pass --yes</source>
        <translation>clear-all refuse de s&apos;exécuter sans confirmation : l&apos;entrée standard n&apos;est pas un terminal ; ajoutez --yes</translation>
    </message>
    <message>
        <source>Remove all %1 sessions and delete their keys?</source>
        <translation>Supprimer les %1 sessions et leurs clés ?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>No sessions to clear.</source>
        <translation>Aucune session à effacer.</translation>
    </message>
    <message>
        <source>Cleared session &apos;%1&apos;.</source>
        <translation>Session « %1 » effacée.</translation>
    </message>
    <message>
        <source>Failed to clear &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;effacer « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 of %2 sessions could not be cleared; the first failure: %3</source>
        <translation>%1 sessions sur %2 n&apos;ont pas pu être effacées ; premier échec : %3</translation>
    </message>
    <message>
        <source>Remove a session and delete its key from the keychain.</source>
        <translation>Supprimer une session et sa clé du trousseau.</translation>
    </message>
    <message>
        <source>The session to remove.</source>
        <translation>La session à supprimer.</translation>
    </message>
    <message>
        <source>Cleared session &apos;%1&apos; and revoked its key on the server.</source>
        <translation>Session « %1 » effacée et sa clé révoquée sur le serveur.</translation>
    </message>
    <message>
        <source>Where the session index lives (default: the app&apos;s data directory).</source>
        <translation>Emplacement de l&apos;index des sessions (par défaut : le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Turnkey API base URL (default: $WALLET_SESSIONS_API_URL, else the app&apos;s setting, else https://api.turnkey.com).</source>
        <translation>URL de base de l&apos;API Turnkey (par défaut : $WALLET_SESSIONS_API_URL, sinon le paramètre de l&apos;application, sinon https://api.turnkey.com).</translation>
    </message>
    <message>
        <source>The notarizer&apos;s P-256 public key in hex that signs session JWTs (default: $WALLET_SESSIONS_NOTARIZER_KEY, else the app&apos;s setting, else Turnkey&apos;s production key).</source>
        <translation>La clé publique P-256 du notaire, en hexadécimal, qui signe les JWT de session (par défaut : $WALLET_SESSIONS_NOTARIZER_KEY, sinon le paramètre de l&apos;application, sinon la clé de production de Turnkey).</translation>
    </message>
    <message>
        <source>Turnkey Auth Proxy URL for sign-in with a one-time code (default: $WALLET_SESSIONS_AUTH_PROXY_URL, else the app&apos;s setting, else https://authproxy.turnkey.com).</source>
        <translation>URL du proxy d&apos;authentification Turnkey pour la connexion par code à usage unique (par défaut : $WALLET_SESSIONS_AUTH_PROXY_URL, sinon le paramètre de l&apos;application, sinon https://authproxy.turnkey.com).</translation>
    </message>
    <message>
        <source>The Auth Proxy configuration id (default: $WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID, else the app&apos;s setting; no default).</source>
        <translation>L&apos;ID de configuration du proxy d&apos;authentification (par défaut : $WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID, sinon le paramètre de l&apos;application ; aucune valeur par défaut).</translation>
    </message>
    <message>
        <source>The public key (hex) that signs the one-time-code enclave&apos;s bundles and tokens (default: $WALLET_SESSIONS_OTP_SIGNER_KEY, else the app&apos;s setting, else Turnkey&apos;s production key).</source>
        <translation>La clé publique (hex) qui signe les paquets et les jetons de l&apos;enclave des codes à usage unique (par défaut : $WALLET_SESSIONS_OTP_SIGNER_KEY, sinon le paramètre de l&apos;application, sinon la clé de production de Turnkey).</translation>
    </message>
    <message>
        <source>Machine-readable output: JSON on stdout, errors as JSON on stderr.</source>
        <translation>Sortie lisible par machine : JSON sur stdout, erreurs en JSON sur stderr.</translation>
    </message>
    <message>
        <source>Print the library&apos;s diagnostic messages on stderr (also enabled by QT_LOGGING_RULES).</source>
        <translation>Afficher les messages de diagnostic de la bibliothèque sur stderr (aussi activés par QT_LOGGING_RULES).</translation>
    </message>
    <message>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Afficher l&apos;aide (pour une commande : COMMAND --help).</translation>
    </message>
    <message>
        <source>Show the help of every command.</source>
        <translation>Afficher l&apos;aide de chaque commande.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] COMMAND [arguments] [options]

Manage the Turnkey wallet sessions stored by Wallet Sessions: the same index and keychain
entries as the desktop app, which shows changes made here within a second.

</source>
        <translation>Utilisation : %1 [options globales] COMMAND [arguments] [options]

Gère les sessions de portefeuille Turnkey enregistrées par Wallet Sessions : le même index et les mêmes entrées
du trousseau que l&apos;application de bureau, qui affiche en moins d&apos;une seconde les modifications faites ici.

</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
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
        <translation>Environnement :
  WALLET_SESSIONS_API_URL           URL de base de l&apos;API si --api-url n&apos;est pas donné
  WALLET_SESSIONS_KEYCHAIN_SERVICE  nom du service de trousseau (par défaut : wallet-sessions)
  WALLET_SESSIONS_NOTARIZER_KEY     clé publique du notaire pour vérifier les signatures JWT
  WALLET_SESSIONS_AUTH_PROXY_URL    URL du proxy d&apos;authentification si --auth-proxy-url n&apos;est pas donné
  WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID  ID de configuration du proxy d&apos;authentification
  WALLET_SESSIONS_OTP_SIGNER_KEY    clé qui signe les paquets et jetons de codes à usage unique

</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Lancez « %1 COMMAND --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] %2 [options]</source>
        <translation>Utilisation : %1 [options globales] %2 [options]</translation>
    </message>
    <message>
        <source> (see %1 --help)</source>
        <translation> (voir %1 --help)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>&apos;token&apos; needs a subcommand: decode or verify</source>
        <translation>« token » attend une sous-commande : decode ou verify</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>commande inconnue « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 attend %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1 : argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>could not finish interrupted operations: %1</source>
        <translation>impossible de terminer les opérations interrompues : %1</translation>
    </message>
    <message>
        <source>recovery: %1</source>
        <translation>récupération : %1</translation>
    </message>
    <message>
        <source>opening the session index in &apos;%1&apos;</source>
        <translation>ouverture de l&apos;index des sessions dans « %1 »</translation>
    </message>
    <message>
        <source> (see wallet-sessions-cli --help)</source>
        <translation> (voir wallet-sessions-cli --help)</translation>
    </message>
    <message>
        <source>Lifetime of the new session in seconds (at least %1).</source>
        <translation>Durée de vie de la nouvelle session en secondes (au moins %1).</translation>
    </message>
    <message>
        <source>Ask the server to invalidate the user&apos;s other sessions.</source>
        <translation>Demander au serveur d&apos;invalider les autres sessions de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Also delete the session&apos;s key on the server.</source>
        <translation>Supprimer aussi la clé de la session sur le serveur.</translation>
    </message>
    <message>
        <source>--expiration-seconds must be a whole number of seconds, at least %1 (got &apos;%2&apos;).</source>
        <translation>--expiration-seconds doit être un nombre entier de secondes, au moins %1 (reçu : « %2 »).</translation>
    </message>
    <message>
        <source>Where the key is made and kept: &apos;keychain&apos; or &apos;tpm&apos; (inside this computer&apos;s TPM 2.0, never exportable; a session&apos;s refreshes stay there). Default for a login: the setting sessions/keyStore (Settings &gt; Keep new session keys in the TPM), else &apos;keychain&apos;.</source>
        <translation>Où la clé est créée et conservée : « keychain » ou « tpm » (dans le TPM 2.0 de cet ordinateur, jamais exportable ; les actualisations de la session y restent). Par défaut pour une connexion : le paramètre sessions/keyStore (Paramètres &gt; Garder les nouvelles clés de session dans le TPM de cet ordinateur), sinon « keychain ».</translation>
    </message>
    <message>
        <source>--key-store must be &apos;tpm&apos; or &apos;keychain&apos;, not &apos;%1&apos;</source>
        <translation>--key-store doit valoir « tpm » ou « keychain », pas « %1 »</translation>
    </message>
    <message>
        <source>Run a command with a stamping proxy for a session in its environment.</source>
        <translation>Exécuter une commande avec, dans son environnement, un proxy de signature pour une session.</translation>
    </message>
    <message>
        <source>Starts the proxy of `serve` on a random loopback port for the lifetime of COMMAND and sets TURNKEY_API_BASE_URL, WALLET_SESSIONS_PROXY_TOKEN and TURNKEY_ORGANIZATION_ID in its environment; no private key is ever in it. Exits with COMMAND&apos;s status (128+N when a signal N ended it); signals are passed on to it. When the session ends, COMMAND is terminated and the exit code is 4.</source>
        <translation>Démarre le proxy de `serve` sur un port de bouclage aléatoire pendant toute la durée de COMMAND et définit TURNKEY_API_BASE_URL, WALLET_SESSIONS_PROXY_TOKEN et TURNKEY_ORGANIZATION_ID dans son environnement ; aucune clé privée ne s&apos;y trouve jamais. Termine avec le statut de COMMAND (128+N quand un signal N l&apos;a arrêté) ; les signaux lui sont transmis. Quand la session prend fin, COMMAND est arrêté et le code de sortie est 4.</translation>
    </message>
    <message>
        <source>The program to run, after &apos;--&apos;.</source>
        <translation>Le programme à exécuter, après « -- ».</translation>
    </message>
    <message>
        <source>cannot run &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;exécuter « %1 » : %2</translation>
    </message>
    <message>
        <source>not found or not executable</source>
        <translation>introuvable ou non exécutable</translation>
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
        <translation>Codes de sortie :
  0  succès
  1  erreur
  2  utilisation (ligne de commande incorrecte)
  3  session introuvable ; aucun compte pour le contact (login --create-account) ou pour
     l&apos;identité OpenID (login --oauth)
  4  session expirée ou non autorisée ; code à usage unique erroné ou expiré ; id_token
     refusé (login --oauth)
  5  erreur réseau ou délai dépassé
  6  stockage des clés indisponible (trousseau ou TPM 2.0)
</translation>
    </message>
    <message>
        <source>Delete key pairs that no session uses (clearUnusedKeyPairs).</source>
        <translation>Supprimer les paires de clés qu&apos;aucune session n&apos;utilise (clearUnusedKeyPairs).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n unused key(s).</source>
        <translation>
            <numerusform>%n clé inutilisée supprimée.</numerusform>
            <numerusform>%n clés inutilisées supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n interrupted refresh(es).</source>
        <translation>
            <numerusform>%n actualisation interrompue terminée.</numerusform>
            <numerusform>%n actualisations interrompues terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n held key(s) because their session may still exist (see &apos;keys list&apos;).</source>
        <translation>
            <numerusform>%n clé réservée conservée, car sa session existe peut-être encore (voir « keys list »).</numerusform>
            <numerusform>%n clés réservées conservées, car leur session existe peut-être encore (voir « keys list »).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deleted now and are kept for a later attempt; the first failure: %1</source>
        <translation>
            <numerusform>%n clé n&apos;a pas pu être supprimée pour l&apos;instant et est conservée pour une tentative ultérieure ; premier échec : %1</numerusform>
            <numerusform>%n clés n&apos;ont pas pu être supprimées pour l&apos;instant et sont conservées pour une tentative ultérieure ; premier échec : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete one key pair that no session uses, held keys included.</source>
        <translation>Supprimer une paire de clés qu&apos;aucune session n&apos;utilise, y compris les clés réservées.</translation>
    </message>
    <message>
        <source>Removes the key from the keychain and from the index. Held keys (see &apos;keys list&apos;) are kept by
everything automatic because their session may still exist, for example in a damaged index
that was moved aside; delete one only when you know its session is gone. A key a session uses
is refused: clear the session instead.</source>
        <translation>Supprime la clé du trousseau et de l&apos;index. Les clés réservées (voir « keys list ») ne sont jamais
supprimées automatiquement, car leur session existe peut-être encore, par exemple dans un index
endommagé mis de côté ; n&apos;en supprimez une que si vous savez que sa session n&apos;existe plus. Une clé
utilisée par une session est refusée : effacez plutôt la session.</translation>
    </message>
    <message>
        <source>Deleted key %1 from the keychain.</source>
        <translation>Clé %1 supprimée du trousseau.</translation>
    </message>
    <message>
        <source>Make a key pair and keep it until you use it (the SDK&apos;s createApiKeyPair).</source>
        <translation>Créer une paire de clés et la conserver jusqu&apos;à son utilisation (createApiKeyPair du SDK).</translation>
    </message>
    <message>
        <source>Prints the new key&apos;s public key (compressed P-256). Register it with Turnkey as an API key,
or move a session onto it with &apos;refresh --public-key PUBLIC_KEY&apos;. The key is a held key:
&apos;keys list&apos; shows it, and nothing automatic removes it; &apos;keys delete PUBLIC_KEY&apos; does.
With --key-store tpm the key is made inside this computer&apos;s TPM 2.0 and never leaves it.</source>
        <translation>Affiche la clé publique de la nouvelle clé (P-256 compressé). Enregistrez-la auprès de Turnkey comme clé d&apos;API,
ou faites passer une session sur elle avec « refresh --public-key PUBLIC_KEY ». C&apos;est une clé réservée :
« keys list » l&apos;affiche, et rien d&apos;automatique ne la supprime ; « keys delete PUBLIC_KEY » le fait.
Avec --key-store tpm, la clé est créée dans le TPM 2.0 de cet ordinateur et ne le quitte jamais.</translation>
    </message>
    <message>
        <source>Made in the TPM and kept as a held key (see &apos;keys list&apos;).</source>
        <translation>Créée dans le TPM et conservée comme clé réservée (voir « keys list »).</translation>
    </message>
    <message>
        <source>Kept in the keychain as a held key (see &apos;keys list&apos;).</source>
        <translation>Conservée dans le trousseau comme clé réservée (voir « keys list »).</translation>
    </message>
    <message>
        <source>List the key pairs the app keeps in the keychain and what uses them.</source>
        <translation>Lister les paires de clés que l&apos;application conserve dans le trousseau et ce qui les utilise.</translation>
    </message>
    <message>
        <source>held</source>
        <translation>réservée</translation>
    </message>
    <message>
        <source>  %1…: %2</source>
        <translation>  %1… : %2</translation>
    </message>
    <message>
        <source>PUBLIC KEY</source>
        <translation>CLÉ PUBLIQUE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>CREATED AT</source>
        <translation>CRÉÉE LE</translation>
    </message>
    <message>
        <source>USED BY</source>
        <translation>UTILISÉE PAR</translation>
    </message>
    <message>
        <source>No keys recorded.</source>
        <translation>Aucune clé enregistrée.</translation>
    </message>
    <message>
        <source>Held keys are kept because their session may still exist:</source>
        <translation>Les clés réservées sont conservées car leur session existe peut-être encore :</translation>
    </message>
    <message>
        <source>Delete one you no longer need with &apos;wallet-sessions-cli keys delete PUBLIC_KEY&apos;.</source>
        <translation>Supprimez celles dont vous n&apos;avez plus besoin avec « wallet-sessions-cli keys delete PUBLIC_KEY ».</translation>
    </message>
    <message>
        <source>List the stored sessions (* marks the default one; users and organizations by name once known).</source>
        <translation>Lister les sessions enregistrées (* marque celle par défaut ; utilisateurs et organisations par leur nom une fois connus).</translation>
    </message>
    <message>
        <source>The organization (sub-organization) ID.</source>
        <translation>L&apos;ID de l&apos;organisation (sous-organisation).</translation>
    </message>
    <message>
        <source>The API key&apos;s public key: compressed P-256, 66 hex digits.</source>
        <translation>La clé publique de la clé d&apos;API : P-256 compressé, 66 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>File holding the API private key as 64 hex digits, or &apos;-&apos; for standard input. Not needed for an API key the app holds (remembered, or in the TPM).</source>
        <translation>Fichier contenant la clé privée d&apos;API en 64 chiffres hexadécimaux, ou « - » pour l&apos;entrée standard. Inutile pour une clé d&apos;API que l&apos;application détient (mémorisée, ou dans le TPM).</translation>
    </message>
    <message>
        <source>Keep the API key in the keychain (nowhere else), to sign in again and renew this organization&apos;s sessions without the key file.</source>
        <translation>Conserver la clé d&apos;API dans le trousseau (et nulle part ailleurs), pour se reconnecter et renouveler les sessions de cette organisation sans le fichier de clé.</translation>
    </message>
    <message>
        <source>Sign in with a one-time code sent to this email address.</source>
        <translation>Se connecter avec un code à usage unique envoyé à cette adresse e-mail.</translation>
    </message>
    <message>
        <source>Sign in with a one-time code sent by text message to this phone number.</source>
        <translation>Se connecter avec un code à usage unique envoyé par SMS à ce numéro de téléphone.</translation>
    </message>
    <message>
        <source>With --email/--sms: sign up (a new sub-organization) when no account has the contact.</source>
        <translation>Avec --email/--sms : s&apos;inscrire (nouvelle sous-organisation) quand aucun compte n&apos;a ce contact.</translation>
    </message>
    <message>
        <source>Store the session under this name (default: &quot;default&quot;).</source>
        <translation>Enregistrer la session sous ce nom (par défaut : « default »).</translation>
    </message>
    <message>
        <source>The API private key is never accepted as an argument (other users can read command lines); use --api-private-key-file PATH, or --api-private-key-file - to read it from standard input</source>
        <translation>La clé privée d&apos;API n&apos;est jamais acceptée comme argument (les autres utilisateurs peuvent lire les lignes de commande) ; utilisez --api-private-key-file PATH, ou --api-private-key-file - pour la lire depuis l&apos;entrée standard</translation>
    </message>
    <message>
        <source>give --email or --sms, not both</source>
        <translation>donnez --email ou --sms, pas les deux</translation>
    </message>
    <message>
        <source>--%1 is for logging in with an API key, not with --%2</source>
        <translation>--%1 sert à la connexion avec une clé d&apos;API, pas avec --%2</translation>
    </message>
    <message>
        <source>--email needs an address</source>
        <translation>--email attend une adresse</translation>
    </message>
    <message>
        <source>--sms needs a phone number</source>
        <translation>--sms attend un numéro de téléphone</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>give the phone number with its country code, as +15555550100</source>
        <translation>donnez le numéro de téléphone avec son indicatif de pays, par exemple +15555550100</translation>
    </message>
    <message>
        <source>--create-account goes with --email or --sms</source>
        <translation>--create-account s&apos;utilise avec --email ou --sms</translation>
    </message>
    <message>
        <source>login needs --%1</source>
        <translation>login attend --%1</translation>
    </message>
    <message>
        <source>Logged in: session &apos;%1&apos; for user %2, expires at %3 (in %4).</source>
        <translation>Connecté : session « %1 » pour l&apos;utilisateur %2, expire à %3 (dans %4).</translation>
    </message>
    <message>
        <source>Log out: remove the active session (or the given one) and delete its key.</source>
        <translation>Se déconnecter : supprimer la session active (ou celle indiquée) et sa clé.</translation>
    </message>
    <message>
        <source>The session to log out of; the active one when omitted.</source>
        <translation>La session à déconnecter ; la session active si omise.</translation>
    </message>
    <message>
        <source>Logged out of session &apos;%1&apos;.</source>
        <translation>Déconnecté de la session « %1 ».</translation>
    </message>
    <message>
        <source>another wallet-sessions-cli sign-in is waiting for its answer from the browser; finish or cancel it first</source>
        <translation>une autre connexion de wallet-sessions-cli attend la réponse du navigateur ; terminez-la ou annulez-la d&apos;abord</translation>
    </message>
    <message>
        <source>cannot listen for the browser&apos;s answer on the local socket %1</source>
        <translation>impossible d&apos;écouter la réponse du navigateur sur le socket local %1</translation>
    </message>
    <message>
        <source>Continue in your browser to sign in with %1 (it was opened for you).</source>
        <translation>Continuez dans votre navigateur pour vous connecter avec %1 (il a été ouvert pour vous).</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>Sign in with an OpenID Connect provider in the system browser: &apos;google&apos;, or &apos;oidc&apos; for the issuer --oidc-issuer names.</source>
        <translation>Se connecter auprès d&apos;un fournisseur OpenID Connect dans le navigateur du système : « google », ou « oidc » pour l&apos;émetteur indiqué par --oidc-issuer.</translation>
    </message>
    <message>
        <source>With --oauth: do not open a browser; print the sign-in URL on stderr as one line beginning &apos;Open: &apos; and wait for the redirect.</source>
        <translation>Avec --oauth : ne pas ouvrir de navigateur ; afficher l&apos;URL de connexion sur stderr, sur une ligne commençant par « Open: », et attendre la redirection.</translation>
    </message>
    <message>
        <source>With --oauth: how long to wait for the browser, in seconds (default 300).</source>
        <translation>Avec --oauth : durée d&apos;attente du navigateur, en secondes (300 par défaut).</translation>
    </message>
    <message>
        <source>With --oauth: the provider&apos;s issuer URL instead of its default or the oauth/PROVIDER/issuer setting.</source>
        <translation>Avec --oauth : l&apos;URL de l&apos;émetteur du fournisseur, au lieu de sa valeur par défaut ou du paramètre oauth/PROVIDER/issuer.</translation>
    </message>
    <message>
        <source>With --oauth: the OAuth client id instead of the Auth Proxy&apos;s oauthClientIds or the oauth/PROVIDER/clientId setting.</source>
        <translation>Avec --oauth : l&apos;ID client OAuth, au lieu des oauthClientIds du proxy d&apos;authentification ou du paramètre oauth/PROVIDER/clientId.</translation>
    </message>
    <message>
        <source>With --oauth: through Turnkey&apos;s hosted sign-in pages, for a provider registered with a web client id only (the oauth/PROVIDER/mode=hosted setting). The browser ends on a wallet-sessions:// link, which the desktop hands to this command through the installed Wallet Sessions app.</source>
        <translation>Avec --oauth : via les pages de connexion hébergées par Turnkey, pour un fournisseur enregistré uniquement avec un ID client web (le paramètre oauth/PROVIDER/mode=hosted). Le navigateur aboutit sur un lien wallet-sessions://, que le bureau transmet à cette commande via l&apos;application Wallet Sessions installée.</translation>
    </message>
    <message>
        <source>With --oauth-hosted: the hosted sign-in page instead of https://oauth-origin.turnkey.com.</source>
        <translation>Avec --oauth-hosted : la page de connexion hébergée au lieu de https://oauth-origin.turnkey.com.</translation>
    </message>
    <message>
        <source>With --oauth-hosted: the hosted redirect page instead of https://oauth-redirect.turnkey.com.</source>
        <translation>Avec --oauth-hosted : la page de redirection hébergée au lieu de https://oauth-redirect.turnkey.com.</translation>
    </message>
    <message>
        <source>With --oauth: the loopback port the browser is sent back to (the redirect URI http://127.0.0.1:PORT/callback), for a client registered with that exact URI; default: a free port, or the oauth/PROVIDER/redirectPort setting.</source>
        <translation>Avec --oauth : le port de bouclage vers lequel le navigateur est renvoyé (l&apos;URI de redirection http://127.0.0.1:PORT/callback), pour un client enregistré avec exactement cette URI ; par défaut : un port libre, ou le paramètre oauth/PROVIDER/redirectPort.</translation>
    </message>
    <message>
        <source>--%1 goes with --oauth</source>
        <translation>--%1 s&apos;utilise avec --oauth</translation>
    </message>
    <message>
        <source>--oauth must be one of %1, not &apos;%2&apos;</source>
        <translation>--oauth doit être l&apos;un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>--%1 does not go with --oauth</source>
        <translation>--%1 ne s&apos;utilise pas avec --oauth</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to %1</source>
        <translation>--timeout doit être un nombre de secondes entre 1 et %1</translation>
    </message>
    <message>
        <source>--oidc-issuer must be a URL such as https://accounts.google.com</source>
        <translation>--oidc-issuer doit être une URL comme https://accounts.google.com</translation>
    </message>
    <message>
        <source>--oidc-redirect-port must be a port from 1 to 65535</source>
        <translation>--oidc-redirect-port doit être un port entre 1 et 65535</translation>
    </message>
    <message>
        <source>--%1 goes with --oauth-hosted</source>
        <translation>--%1 s&apos;utilise avec --oauth-hosted</translation>
    </message>
    <message>
        <source>--%1 must be a URL such as https://%1.turnkey.com</source>
        <translation>--%1 doit être une URL comme https://%1.turnkey.com</translation>
    </message>
    <message>
        <source>--oidc-redirect-port does not go with --oauth-hosted (no loopback redirect)</source>
        <translation>--oidc-redirect-port ne s&apos;utilise pas avec --oauth-hosted (pas de redirection de bouclage)</translation>
    </message>
    <message>
        <source>--oidc-client-id needs a value</source>
        <translation>--oidc-client-id attend une valeur</translation>
    </message>
    <message>
        <source>The Auth Proxy client was not created.</source>
        <translation>Le client du proxy d&apos;authentification n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>reading the Auth Proxy&apos;s configuration</source>
        <translation>lecture de la configuration du proxy d&apos;authentification</translation>
    </message>
    <message>
        <source>A one-time code was sent to %1.</source>
        <translation>Un code à usage unique a été envoyé à %1.</translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Code : </translation>
    </message>
    <message>
        <source>No code was read from standard input; nothing was stored.</source>
        <translation>Aucun code n&apos;a été lu depuis l&apos;entrée standard ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No account uses %1; run login again with --create-account to sign up.</source>
        <translation>Aucun compte n&apos;utilise %1 ; relancez login avec --create-account pour vous inscrire.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>The session to stamp with (default: the active one, resolved once at start).</source>
        <translation>La session avec laquelle signer (par défaut : la session active, déterminée une seule fois au démarrage).</translation>
    </message>
    <message>
        <source>Forward only paths matching PATTERN (&apos;*&apos; within one segment), e.g. /public/v1/query/*. Repeatable.</source>
        <translation>Ne transmettre que les chemins correspondant à PATTERN (« * » dans un seul segment), p. ex. /public/v1/query/*. Répétable.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was refreshed by another process; it expires at %2 (in %3).</source>
        <translation>La session « %1 » a été actualisée par un autre processus ; elle expire à %2 (dans %3).</translation>
    </message>
    <message>
        <source>Refreshed &apos;%1&apos;: expires at %2 (in %3).</source>
        <translation>« %1 » actualisée : expire à %2 (dans %3).</translation>
    </message>
    <message>
        <source>--stamp-with api-key:PUBLIC_KEY wants a compressed P-256 public key (66 hex), got &apos;%1&apos;</source>
        <translation>--stamp-with api-key:PUBLIC_KEY attend une clé publique P-256 compressée (66 hex), reçu « %1 »</translation>
    </message>
    <message>
        <source>--stamp-with wallet is not supported: a wallet stamper has no meaning here; use session, api-key[:PUBLIC_KEY] or passkey</source>
        <translation>--stamp-with wallet n&apos;est pas pris en charge : un signataire de portefeuille n&apos;a pas de sens ici ; utilisez session, api-key[:PUBLIC_KEY] ou passkey</translation>
    </message>
    <message>
        <source>unknown --stamp-with value &apos;%1&apos;: use session, api-key[:PUBLIC_KEY] or passkey</source>
        <translation>valeur --stamp-with inconnue « %1 » : utilisez session, api-key[:PUBLIC_KEY] ou passkey</translation>
    </message>
    <message>
        <source>Refresh a session (default: the active one) or all sessions.</source>
        <translation>Actualiser une session (par défaut : la session active) ou toutes les sessions.</translation>
    </message>
    <message>
        <source>The session to refresh; the active one when omitted.</source>
        <translation>La session à actualiser ; la session active si omise.</translation>
    </message>
    <message>
        <source>Refresh every stored session; expired and revoked ones are skipped.</source>
        <translation>Actualiser chaque session enregistrée ; les sessions expirées et révoquées sont ignorées.</translation>
    </message>
    <message>
        <source>Lifetime of the refreshed session in seconds (default: its own lifetime).</source>
        <translation>Durée de vie de la session actualisée en secondes (par défaut : sa propre durée de vie).</translation>
    </message>
    <message>
        <source>Refresh onto this held key (compressed hex, from `keys generate`; see `keys list`) instead of a new one. Exit 3, nothing sent, when the app does not hold it.</source>
        <translation>Actualiser vers cette clé réservée (hex compressé, issue de `keys generate` ; voir `keys list`) au lieu d&apos;une nouvelle. Code de sortie 3, sans rien envoyer, si l&apos;application ne la détient pas.</translation>
    </message>
    <message>
        <source>Who signs the refresh: session (the session&apos;s own key; default), api-key[:PUBLIC_KEY] (an API key remembered at login for the session&apos;s organization; also renews an expired session) or passkey (a security key). &apos;wallet&apos; and other values are usage errors; a stamper that cannot be used is exit 1 and nothing is sent.</source>
        <translation>Qui signe l&apos;actualisation : session (la propre clé de la session ; par défaut), api-key[:PUBLIC_KEY] (une clé d&apos;API mémorisée à la connexion pour l&apos;organisation de la session ; renouvelle aussi une session expirée) ou passkey (une clé de sécurité). « wallet » et les autres valeurs sont des erreurs d&apos;utilisation ; un signataire inutilisable donne le code de sortie 1 et rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>give either a SESSION_KEY or --all, not both</source>
        <translation>donnez soit un SESSION_KEY, soit --all, pas les deux</translation>
    </message>
    <message>
        <source>--invalidate-existing cannot be combined with --all</source>
        <translation>--invalidate-existing ne peut pas être combiné avec --all</translation>
    </message>
    <message>
        <source>--public-key cannot be combined with --all</source>
        <translation>--public-key ne peut pas être combiné avec --all</translation>
    </message>
    <message>
        <source>--public-key wants a compressed P-256 public key (66 hex, 02/03 prefix), got &apos;%1&apos;</source>
        <translation>--public-key attend une clé publique P-256 compressée (66 hex, préfixe 02/03), reçu « %1 »</translation>
    </message>
    <message>
        <source>--stamp-with cannot be combined with --all</source>
        <translation>--stamp-with ne peut pas être combiné avec --all</translation>
    </message>
    <message>
        <source>Skipped &apos;%1&apos;: %2</source>
        <translation>« %1 » ignorée : %2</translation>
    </message>
    <message>
        <source>Failed to refresh &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;actualiser « %1 » : %2</translation>
    </message>
    <message>
        <source>No sessions to refresh.</source>
        <translation>Aucune session à actualiser.</translation>
    </message>
    <message>
        <source>%1 of %2 sessions could not be refreshed; the first failure: %3</source>
        <translation>%1 sessions sur %2 n&apos;ont pas pu être actualisées ; premier échec : %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 : lecture impossible (%2).</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>%1 is empty; it must contain the API private key as 64 hex digits.</source>
        <translation>%1 est vide ; la clé privée d&apos;API doit y figurer en 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>%1 does not hold an API private key: expected 64 hex digits, found %2 characters.</source>
        <translation>%1 ne contient pas de clé privée d&apos;API : 64 chiffres hexadécimaux attendus, %2 caractères trouvés.</translation>
    </message>
    <message>
        <source>%1 does not hold an API private key: it contains a character that is not a hex digit.</source>
        <translation>%1 ne contient pas de clé privée d&apos;API : un caractère n&apos;est pas un chiffre hexadécimal.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>L&apos;entrée standard</translation>
    </message>
    <message>
        <source>Cannot read the API private key from standard input.</source>
        <translation>Impossible de lire la clé privée d&apos;API depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The API private key file &apos;%1&apos;</source>
        <translation>Le fichier de clé privée d&apos;API « %1 »</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>The API public key must be a compressed P-256 key: 66 hex digits starting with 02 or 03.</source>
        <translation>La clé publique d&apos;API doit être une clé P-256 compressée : 66 chiffres hexadécimaux commençant par 02 ou 03.</translation>
    </message>
    <message>
        <source>The argument is larger than %1 bytes.</source>
        <translation>L&apos;argument dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: expected 127.0.0.1:PORT or [::1]:PORT</source>
        <translation>--listen « %1 » : attendu 127.0.0.1:PORT ou [::1]:PORT</translation>
    </message>
    <message>
        <source>--listen &apos;%1&apos;: the proxy listens on loopback only (127.0.0.1 or ::1)</source>
        <translation>--listen « %1 » : le proxy n&apos;écoute que sur l&apos;interface de bouclage (127.0.0.1 ou ::1)</translation>
    </message>
    <message>
        <source>--token-file %1: %2</source>
        <translation>--token-file %1 : %2</translation>
    </message>
    <message>
        <source>Run a local proxy that stamps requests with a session&apos;s key (for scripts and tools).</source>
        <translation>Lancer un proxy local qui signe les requêtes avec la clé d&apos;une session (pour les scripts et les outils).</translation>
    </message>
    <message>
        <source>Forwards POST /public/v1/query/* and /public/v1/submit/* to the API URL with an X-Stamp made by the session&apos;s key, and returns the answer unchanged. On TCP every request needs the printed token (Authorization: Bearer TOKEN). Keeps the session refreshed; exits 4 when the session is cleared, revoked or expires.</source>
        <translation>Transmet POST /public/v1/query/* et /public/v1/submit/* à l&apos;URL de l&apos;API avec un X-Stamp créé par la clé de la session, et renvoie la réponse inchangée. En TCP, chaque requête doit fournir le jeton affiché (Authorization: Bearer TOKEN). Garde la session actualisée ; termine avec le code 4 quand la session est effacée, révoquée ou expire.</translation>
    </message>
    <message>
        <source>Listen on this loopback address and port (default 127.0.0.1 and a free port).</source>
        <translation>Écouter sur cette adresse et ce port de bouclage (par défaut 127.0.0.1 et un port libre).</translation>
    </message>
    <message>
        <source>Listen on a Unix socket (mode 0600, in a private 0700 directory) instead of TCP.</source>
        <translation>Écouter sur un socket Unix (mode 0600, dans un dossier privé 0700) au lieu de TCP.</translation>
    </message>
    <message>
        <source>Write the token (43 characters and a newline) to FILE, mode 0600, instead of printing it.</source>
        <translation>Écrire le jeton (43 caractères et un saut de ligne) dans FILE, mode 0600, au lieu de l&apos;afficher.</translation>
    </message>
    <message>
        <source>--listen and --socket exclude each other</source>
        <translation>--listen et --socket s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--socket needs a path</source>
        <translation>--socket attend un chemin</translation>
    </message>
    <message>
        <source>auto-refresh gave up: %1</source>
        <translation>l&apos;actualisation automatique a abandonné : %1</translation>
    </message>
    <message>
        <source>auto-refresh failed, will retry: %1</source>
        <translation>échec de l&apos;actualisation automatique, nouvel essai prévu : %1</translation>
    </message>
    <message>
        <source>Serving session &apos;%1&apos; on %2</source>
        <translation>Session « %1 » servie sur %2</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Jeton : %1</translation>
    </message>
    <message>
        <source>Token written to %1</source>
        <translation>Jeton écrit dans %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Show every claim and stored field of a session (default: the active one) and its wallets.</source>
        <translation>Afficher chaque revendication et chaque champ enregistré d&apos;une session (par défaut : la session active) ainsi que ses portefeuilles.</translation>
    </message>
    <message>
        <source>The session to show; the active one when omitted.</source>
        <translation>La session à afficher ; la session active si omise.</translation>
    </message>
    <message>
        <source>Do not load the session&apos;s wallets (no network request).</source>
        <translation>Ne pas charger les portefeuilles de la session (aucune requête réseau).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>TPM 2.0</source>
        <translation>TPM 2.0</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <translation>Connectée avec</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expire à</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Refreshed at</source>
        <translation>Actualisée le</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>État sur le serveur</translation>
    </message>
    <message>
        <source>Signature verified</source>
        <translation>Signature vérifiée</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Wallets:</source>
        <translation>Portefeuilles :</translation>
    </message>
    <message>
        <source>Wallets: could not be loaded: %1</source>
        <translation>Portefeuilles : impossible de les charger : %1</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [y/N] </translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Decode a session JWT and print its claims (no signature check).</source>
        <translation>Décoder un JWT de session et afficher ses revendications (sans vérifier la signature).</translation>
    </message>
    <message>
        <source>The session JWT, or &apos;-&apos; to read it from standard input.</source>
        <translation>Le JWT de session, ou « - » pour le lire depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>not a valid session JWT</source>
        <translation>JWT de session non valide</translation>
    </message>
    <message>
        <source>Decode a session JWT and check its signature against the notarizer key.</source>
        <translation>Décoder un JWT de session et vérifier sa signature avec la clé du notaire.</translation>
    </message>
    <message>
        <source>Checks the notarizer signature of a session JWT (Turnkey&apos;s scheme: ECDSA P-256 over the double
SHA-256 of header.payload). The key is --notarizer-key, else $WALLET_SESSIONS_NOTARIZER_KEY, else
the setting api/notarizerPublicKey, else Turnkey&apos;s production notarizer key.
Exit code 0: valid and not expired; 4: valid signature but expired; 1: bad signature or token.</source>
        <translation>Vérifie la signature du notaire d&apos;un JWT de session (schéma de Turnkey : ECDSA P-256 sur le double
SHA-256 de header.payload). La clé est --notarizer-key, sinon $WALLET_SESSIONS_NOTARIZER_KEY, sinon
le paramètre api/notarizerPublicKey, sinon la clé de production du notaire de Turnkey.
Code de sortie 0 : valide et non expiré ; 4 : signature valide mais expiré ; 1 : signature ou jeton incorrect.</translation>
    </message>
    <message>
        <source>the token&apos;s signature does not verify with the %1 notarizer key</source>
        <translation>la signature du jeton ne se vérifie pas avec la clé %1 du notaire</translation>
    </message>
    <message>
        <source>production</source>
        <translation>de production</translation>
    </message>
    <message>
        <source>given</source>
        <translation>fournie</translation>
    </message>
    <message>
        <source>Signature: valid (notarizer key %1)</source>
        <translation>Signature : valide (clé du notaire %1)</translation>
    </message>
    <message>
        <source>The signature is valid but the token expired at %1.</source>
        <translation>La signature est valide, mais le jeton a expiré à %1.</translation>
    </message>
    <message>
        <source>Make a session the active one.</source>
        <translation>Rendre une session active.</translation>
    </message>
    <message>
        <source>The session to make active.</source>
        <translation>La session à rendre active.</translation>
    </message>
    <message>
        <source>Active session: %1</source>
        <translation>Session active : %1</translation>
    </message>
    <message>
        <source>Ask the server (whoami) whether a session (default: the active one) is alive.</source>
        <translation>Demander au serveur (whoami) si une session (par défaut : la session active) est toujours valide.</translation>
    </message>
    <message>
        <source>The session to check; the active one when omitted.</source>
        <translation>La session à vérifier ; la session active si omise.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; is alive: user %2 (%3) in organization %4 (%5).</source>
        <translation>La session « %1 » est valide : utilisateur %2 (%3) dans l&apos;organisation %4 (%5).</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (aucun)</translation>
    </message>
    <message>
        <source>    no accounts</source>
        <translation>    aucun compte</translation>
    </message>
    <message>
        <source>%1: activity %2 has the unknown status &apos;%3&apos;</source>
        <translation>%1 : l&apos;activité %2 a le statut inconnu « %3 »</translation>
    </message>
    <message>
        <source>%1: activity %2 needs approval by other users (%3); it was not carried out</source>
        <translation>%1 : l&apos;activité %2 doit être approuvée par d&apos;autres utilisateurs (%3) ; elle n&apos;a pas été exécutée</translation>
    </message>
    <message>
        <source>%1: activity %2 needs additional authenticators (%3); it was not carried out</source>
        <translation>%1 : l&apos;activité %2 nécessite des authentificateurs supplémentaires (%3) ; elle n&apos;a pas été exécutée</translation>
    </message>
    <message>
        <source>%1: activity %2 was rejected (%3)</source>
        <translation>%1 : l&apos;activité %2 a été rejetée (%3)</translation>
    </message>
    <message>
        <source>%1: activity %2 failed (%3)</source>
        <translation>%1 : l&apos;activité %2 a échoué (%3)</translation>
    </message>
    <message>
        <source>%1: activity %2 is still %3 after %4 polls; check it later</source>
        <translation>%1 : l&apos;activité %2 est toujours à l&apos;état %3 après %4 interrogations ; vérifiez-la plus tard</translation>
    </message>
    <message>
        <source>%1: the Auth Proxy&apos;s reply is not what the protocol says: %2</source>
        <translation>%1 : la réponse du proxy d&apos;authentification ne correspond pas au protocole : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing or not a string</source>
        <translation>« %1 » est absent ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>Too many codes were requested for this contact; wait a few minutes before requesting another (%1)</source>
        <translation>Trop de codes ont été demandés pour ce contact ; attendez quelques minutes avant d&apos;en demander un autre (%1)</translation>
    </message>
    <message>
        <source>The code has expired; request a new one (%1)</source>
        <translation>Le code a expiré ; demandez-en un nouveau (%1)</translation>
    </message>
    <message>
        <source>The code is wrong and no attempts are left; request a new code</source>
        <translation>Le code est erroné et il ne reste aucune tentative ; demandez un nouveau code</translation>
    </message>
    <message>
        <source>The code is wrong (attempts left: %1)</source>
        <translation>Le code est erroné (tentatives restantes : %1)</translation>
    </message>
    <message>
        <source>The code is wrong</source>
        <translation>Le code est erroné</translation>
    </message>
    <message>
        <source>Too many wrong codes; request a new code (%1)</source>
        <translation>Trop de codes erronés ; demandez un nouveau code (%1)</translation>
    </message>
    <message>
        <source>the Auth Proxy URL</source>
        <translation>l&apos;URL du proxy d&apos;authentification</translation>
    </message>
    <message>
        <source>no Auth Proxy configuration id is set: give --auth-proxy-config-id, set $WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID, or enter it in Settings (Advanced)</source>
        <translation>aucun ID de configuration du proxy d&apos;authentification n&apos;est défini : donnez --auth-proxy-config-id, définissez $WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID, ou saisissez-le dans les paramètres (Avancé)</translation>
    </message>
    <message>
        <source>&apos;enabledProviders&apos; is not an array</source>
        <translation>« enabledProviders » n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>&apos;otpLength&apos; %1 is not between 4 and 12</source>
        <translation>« otpLength » %1 n&apos;est pas compris entre 4 et 12</translation>
    </message>
    <message>
        <source>&apos;organizationId&apos; is not a string</source>
        <translation>« organizationId » n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>non-JSON body: %1</source>
        <translation>corps non JSON : %1</translation>
    </message>
    <message>
        <source>%1: the server no longer accepts this session&apos;s key (HTTP %2: %3); log in again</source>
        <translation>%1 : le serveur n&apos;accepte plus la clé de cette session (HTTP %2 : %3) ; reconnectez-vous</translation>
    </message>
    <message>
        <source>%1: the server refused the request&apos;s credentials (HTTP %2: %3)</source>
        <translation>%1 : le serveur a refusé les identifiants de la requête (HTTP %2 : %3)</translation>
    </message>
    <message>
        <source>%1: the server is rate limiting this client (HTTP 429: %2); wait a while and try again</source>
        <translation>%1 : le serveur limite le débit de ce client (HTTP 429 : %2) ; patientez un moment puis réessayez</translation>
    </message>
    <message>
        <source>%1: the server has no such endpoint (HTTP 404: %2); check the API base URL</source>
        <translation>%1 : ce point d&apos;accès n&apos;existe pas sur le serveur (HTTP 404 : %2) ; vérifiez l&apos;URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>%1: the server did not find what was asked for (HTTP 404: %2)</source>
        <translation>%1 : le serveur n&apos;a pas trouvé ce qui était demandé (HTTP 404 : %2)</translation>
    </message>
    <message>
        <source>%1: the server rejected the request (HTTP %2: %3)</source>
        <translation>%1 : le serveur a rejeté la requête (HTTP %2 : %3)</translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation> après %1 tentatives</translation>
    </message>
    <message>
        <source>%1: the server failed (HTTP %2: %3)%4; try again later</source>
        <translation>%1 : erreur du serveur (HTTP %2 : %3)%4 ; réessayez plus tard</translation>
    </message>
    <message>
        <source>%1: unexpected HTTP status %2 (%3)</source>
        <translation>%1 : statut HTTP inattendu %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the TLS connection to the API could not be verified (%2); the request was not sent</source>
        <translation>%1 : la connexion TLS à l&apos;API n&apos;a pas pu être vérifiée (%2) ; la requête n&apos;a pas été envoyée</translation>
    </message>
    <message>
        <source>%1: the connection to the API timed out (%2)</source>
        <translation>%1 : délai de connexion à l&apos;API dépassé (%2)</translation>
    </message>
    <message>
        <source>%1: the server&apos;s reply was not valid HTTP (%2)</source>
        <translation>%1 : la réponse du serveur n&apos;était pas du HTTP valide (%2)</translation>
    </message>
    <message>
        <source>%1: could not reach the API (%2); check the network connection</source>
        <translation>%1 : impossible de joindre l&apos;API (%2) ; vérifiez la connexion réseau</translation>
    </message>
    <message>
        <source>%1: the request failed (%2)</source>
        <translation>%1 : la requête a échoué (%2)</translation>
    </message>
    <message>
        <source>%1: the server&apos;s reply is not what the protocol says: %2</source>
        <translation>%1 : la réponse du serveur ne correspond pas au protocole : %2</translation>
    </message>
    <message>
        <source>%1 is missing or not %2</source>
        <translation>%1 est absent ou n&apos;est pas %2</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>une chaîne non vide</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no signing key was given</source>
        <translation>aucune clé de signature n&apos;a été fournie</translation>
    </message>
    <message>
        <source>the organization ID is empty</source>
        <translation>l&apos;ID d&apos;organisation est vide</translation>
    </message>
    <message>
        <source>the API base URL &apos;%1&apos; is not a valid absolute URL</source>
        <translation>l&apos;URL de base de l&apos;API « %1 » n&apos;est pas une URL absolue valide</translation>
    </message>
    <message>
        <source>the API base URL &apos;%1&apos; has no host</source>
        <translation>l&apos;URL de base de l&apos;API « %1 » n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>the API base URL &apos;%1&apos; must not contain a user name or password</source>
        <translation>l&apos;URL de base de l&apos;API « %1 » ne doit contenir ni nom d&apos;utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>the API base URL &apos;%1&apos; must not contain a query or fragment</source>
        <translation>l&apos;URL de base de l&apos;API « %1 » ne doit contenir ni chaîne de requête ni fragment</translation>
    </message>
    <message>
        <source>refusing the API base URL &apos;%1&apos;: plain http:// is only allowed to this computer (127.0.0.0/8, ::1, localhost); use https://</source>
        <translation>URL de base de l&apos;API « %1 » refusée : le simple http:// n&apos;est autorisé que vers cet ordinateur (127.0.0.0/8, ::1, localhost) ; utilisez https://</translation>
    </message>
    <message>
        <source>refusing the API base URL &apos;%1&apos;: only https:// (or http:// to this computer) is supported</source>
        <translation>URL de base de l&apos;API « %1 » refusée : seul https:// (ou http:// vers cet ordinateur) est pris en charge</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; from %3 is not a valid URL.</source>
        <translation>L&apos;%1 « %2 » (source : %3) n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; from %3 is not allowed: %4</source>
        <translation>L&apos;%1 « %2 » (source : %3) n&apos;est pas autorisée : %4</translation>
    </message>
    <message>
        <source>The number of seconds &apos;%1&apos; from %2 is not a whole number of seconds.</source>
        <translation>Le nombre de secondes « %1 » (source : %2) n&apos;est pas un nombre entier de secondes.</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; from %2 is not true or false.</source>
        <translation>La valeur « %1 » (source : %2) n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; from %2 is not a key store: use &apos;keychain&apos; or &apos;tpm&apos;.</source>
        <translation>La valeur « %1 » (source : %2) n&apos;est pas un stockage de clés : utilisez « keychain » ou « tpm ».</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>le paramètre %1</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l&apos;API</translation>
    </message>
    <message>
        <source>Auth Proxy URL</source>
        <translation>URL du proxy d&apos;authentification</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1j</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expirée depuis %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>Could not move the settings from %1 to %2.</source>
        <translation>Impossible de déplacer les paramètres de %1 vers %2.</translation>
    </message>
    <message>
        <source>malformed X-Stamp-Attested: %1</source>
        <translation>X-Stamp-Attested malformé : %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it is %1 bytes, more than the 16 KiB allowed</source>
        <translation>il fait %1 octets, plus que les 16 Kio autorisés</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing or not a string</source>
        <translation>le champ « %1 » est absent ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>&apos;publicKey&apos; must be a compressed P-256 key of 66 hex characters</source>
        <translation>« publicKey » doit être une clé P-256 compressée de 66 caractères hexadécimaux</translation>
    </message>
    <message>
        <source>&apos;signature&apos; must be hex</source>
        <translation>« signature » doit être en hexadécimal</translation>
    </message>
    <message>
        <source>could not verify the attested stamp&apos;s signature</source>
        <translation>impossible de vérifier la signature du stamp attesté</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>la signature n&apos;est pas valide</translation>
    </message>
    <message>
        <source>DER signature: expected an INTEGER for %1</source>
        <translation>signature DER : INTEGER attendu pour %1</translation>
    </message>
    <message>
        <source>DER signature: bad length for %1</source>
        <translation>signature DER : longueur incorrecte pour %1</translation>
    </message>
    <message>
        <source>DER signature: %1 is negative</source>
        <translation>signature DER : %1 est négatif</translation>
    </message>
    <message>
        <source>DER signature: %1 has a superfluous leading zero</source>
        <translation>signature DER : %1 a un zéro initial superflu</translation>
    </message>
    <message>
        <source>DER signature: %1 is longer than 32 bytes</source>
        <translation>signature DER : %1 dépasse 32 octets</translation>
    </message>
    <message>
        <source>DER signature: %1 is zero</source>
        <translation>signature DER : %1 vaut zéro</translation>
    </message>
    <message>
        <source>DER signature: not an ECDSA SEQUENCE</source>
        <translation>signature DER : pas une SEQUENCE ECDSA</translation>
    </message>
    <message>
        <source>DER signature: the SEQUENCE length does not match the %1 bytes given</source>
        <translation>signature DER : la longueur de la SEQUENCE ne correspond pas aux %1 octets fournis</translation>
    </message>
    <message>
        <source>DER signature: trailing bytes after s</source>
        <translation>signature DER : octets superflus après s</translation>
    </message>
    <message>
        <source>a raw P-256 signature must be 64 bytes (r||s), got %1</source>
        <translation>une signature P-256 brute doit faire 64 octets (r||s), reçu %1</translation>
    </message>
    <message>
        <source>raw signature has a zero r or s</source>
        <translation>la signature brute a un r ou un s nul</translation>
    </message>
    <message>
        <source>OpenSSL could not start a signature check</source>
        <translation>OpenSSL n&apos;a pas pu démarrer une vérification de signature</translation>
    </message>
    <message>
        <source>a digest must be 32 bytes, got %1</source>
        <translation>un condensé doit faire 32 octets, reçu %1</translation>
    </message>
    <message>
        <source>OpenSSL could not encode a public key</source>
        <translation>OpenSSL n&apos;a pas pu encoder une clé publique</translation>
    </message>
    <message>
        <source>a P-256 public key must be 66 (compressed) or 130 (uncompressed) hex characters, got %1</source>
        <translation>une clé publique P-256 doit compter 66 (compressée) ou 130 (non compressée) caractères hexadécimaux, reçu %1</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clé publique</translation>
    </message>
    <message>
        <source>public key has an invalid SEC1 prefix %1</source>
        <translation>la clé publique a un préfixe SEC1 non valide %1</translation>
    </message>
    <message>
        <source>OpenSSL has no P-256 group</source>
        <translation>OpenSSL n&apos;a pas de groupe P-256</translation>
    </message>
    <message>
        <source>OpenSSL is out of memory</source>
        <translation>OpenSSL manque de mémoire</translation>
    </message>
    <message>
        <source>public key is not a point on the P-256 curve</source>
        <translation>la clé publique n&apos;est pas un point de la courbe P-256</translation>
    </message>
    <message>
        <source>OpenSSL could not load a public key</source>
        <translation>OpenSSL n&apos;a pas pu charger une clé publique</translation>
    </message>
    <message>
        <source>hex text has an invalid character %1 at position %2</source>
        <translation>le texte hexadécimal contient un caractère non valide %1 à la position %2</translation>
    </message>
    <message>
        <source>text is standard base64 (%1 at position %2), not base64url</source>
        <translation>le texte est en base64 standard (%1 à la position %2), pas en base64url</translation>
    </message>
    <message>
        <source>base64url text has an invalid character %1 at position %2</source>
        <translation>le texte base64url contient un caractère non valide %1 à la position %2</translation>
    </message>
    <message>
        <source>the HPKE ciphertext is shorter than its tag</source>
        <translation>le texte chiffré HPKE est plus court que son tag</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt with AES-256-GCM</source>
        <translation>OpenSSL n&apos;a pas pu chiffrer avec AES-256-GCM</translation>
    </message>
    <message>
        <source>the HPKE ciphertext does not decrypt with this key</source>
        <translation>le texte chiffré HPKE ne se déchiffre pas avec cette clé</translation>
    </message>
    <message>
        <source>a public key is not hex</source>
        <translation>une clé publique n&apos;est pas en hexadécimal</translation>
    </message>
    <message>
        <source>the encapsulated key is not an uncompressed P-256 point</source>
        <translation>la clé encapsulée n&apos;est pas un point P-256 non compressé</translation>
    </message>
    <message>
        <source>the OTP target bundle is malformed: %1</source>
        <translation>le paquet cible OTP est malformé : %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>le paquet</translation>
    </message>
    <message>
        <source>the OTP target bundle is signed by &apos;%1&apos;, not by the configured OTP signer key &apos;%2&apos;</source>
        <translation>le paquet cible OTP est signé par « %1 », et non par la clé du signataire OTP configurée « %2 »</translation>
    </message>
    <message>
        <source>&apos;data&apos; and &apos;dataSignature&apos; must be hex</source>
        <translation>« data » et « dataSignature » doivent être en hexadécimal</translation>
    </message>
    <message>
        <source>the OTP target bundle&apos;s signature does not verify with the OTP signer key</source>
        <translation>la signature du paquet cible OTP ne se vérifie pas avec la clé du signataire OTP</translation>
    </message>
    <message>
        <source>its data</source>
        <translation>son contenu</translation>
    </message>
    <message>
        <source>&apos;targetPublic&apos; is not an uncompressed P-256 key</source>
        <translation>« targetPublic » n&apos;est pas une clé P-256 non compressée</translation>
    </message>
    <message>
        <source>the encrypted bundle</source>
        <translation>le paquet chiffré</translation>
    </message>
    <message>
        <source>&apos;encappedPublic&apos; and &apos;ciphertext&apos; must be hex</source>
        <translation>« encappedPublic » et « ciphertext » doivent être en hexadécimal</translation>
    </message>
    <message>
        <source>the decrypted bundle</source>
        <translation>le paquet déchiffré</translation>
    </message>
    <message>
        <source>OpenSSL did not return an uncompressed P-256 public key</source>
        <translation>OpenSSL n&apos;a pas renvoyé de clé publique P-256 non compressée</translation>
    </message>
    <message>
        <source>OpenSSL could not generate a P-256 key</source>
        <translation>OpenSSL n&apos;a pas pu générer de clé P-256</translation>
    </message>
    <message>
        <source>the private key is empty</source>
        <translation>la clé privée est vide</translation>
    </message>
    <message>
        <source>a P-256 private key is at most 64 hex characters, got %1</source>
        <translation>une clé privée P-256 compte au plus 64 caractères hexadécimaux, reçu %1</translation>
    </message>
    <message>
        <source>the private key is not hex</source>
        <translation>la clé privée n&apos;est pas en hexadécimal</translation>
    </message>
    <message>
        <source>OpenSSL could not read the private key</source>
        <translation>OpenSSL n&apos;a pas pu lire la clé privée</translation>
    </message>
    <message>
        <source>the private key is not a valid P-256 scalar (zero or not below the curve order)</source>
        <translation>la clé privée n&apos;est pas un scalaire P-256 valide (nul ou non inférieur à l&apos;ordre de la courbe)</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the public key</source>
        <translation>OpenSSL n&apos;a pas pu dériver la clé publique</translation>
    </message>
    <message>
        <source>OpenSSL could not load the private key</source>
        <translation>OpenSSL n&apos;a pas pu charger la clé privée</translation>
    </message>
    <message>
        <source>the private key does not match the public key %1</source>
        <translation>la clé privée ne correspond pas à la clé publique %1</translation>
    </message>
    <message>
        <source>signing with a moved-from key</source>
        <translation>signature avec une clé déplacée (moved-from)</translation>
    </message>
    <message>
        <source>OpenSSL could not start signing</source>
        <translation>OpenSSL n&apos;a pas pu démarrer la signature</translation>
    </message>
    <message>
        <source>OpenSSL could not sign</source>
        <translation>OpenSSL n&apos;a pas pu signer</translation>
    </message>
    <message>
        <source>a key held in a TPM signs whole messages only</source>
        <translation>une clé conservée dans un TPM ne signe que des messages entiers</translation>
    </message>
    <message>
        <source>OpenSSL produced a malformed signature: %1</source>
        <translation>OpenSSL a produit une signature mal formée : %1</translation>
    </message>
    <message>
        <source>OpenSSL could not derive an ECDH secret</source>
        <translation>OpenSSL n&apos;a pas pu dériver un secret ECDH</translation>
    </message>
    <message>
        <source>the session token is %1 bytes, more than the %2 allowed</source>
        <translation>le jeton de session fait %1 octets, plus que les %2 autorisés</translation>
    </message>
    <message>
        <source>the session token must have three non-empty dot-separated segments</source>
        <translation>le jeton de session doit comporter trois segments non vides séparés par des points</translation>
    </message>
    <message>
        <source>session token signature</source>
        <translation>signature du jeton de session</translation>
    </message>
    <message>
        <source>the session token signature must be 64 bytes (raw r||s), got %1</source>
        <translation>la signature du jeton de session doit faire 64 octets (r||s bruts), reçu : %1</translation>
    </message>
    <message>
        <source>the session token was not signed by the notarizer key</source>
        <translation>le jeton de session n&apos;a pas été signé par la clé du notaire</translation>
    </message>
    <message>
        <source>malformed X-Stamp: %1</source>
        <translation>X-Stamp mal formé : %1</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing</source>
        <translation>le champ « %1 » est manquant</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; must be a string</source>
        <translation>le champ « %1 » doit être une chaîne</translation>
    </message>
    <message>
        <source>it is %1 bytes, more than the 4 KiB allowed</source>
        <translation>il fait %1 octets, plus que les 4 Kio autorisés</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>pas du JSON (%1)</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos;, only %2 is supported</source>
        <translation>schéma « %1 » non pris en charge, seul %2 est pris en charge</translation>
    </message>
    <message>
        <source>could not verify api key signature</source>
        <translation>impossible de vérifier la signature de la clé d&apos;API</translation>
    </message>
    <message>
        <source>TPM 2.0 (%1): %2; %3.</source>
        <translation>TPM 2.0 (%1) : %2 ; %3.</translation>
    </message>
    <message>
        <source>the TPM is in dictionary-attack lockout while %1</source>
        <translation>le TPM est verrouillé (protection contre les attaques par dictionnaire) pendant %1</translation>
    </message>
    <message>
        <source>wait for the lockout to end or clear it with tpm2_dictionarylockout, then retry</source>
        <translation>attendez la fin du verrouillage ou levez-le avec tpm2_dictionarylockout, puis réessayez</translation>
    </message>
    <message>
        <source>this key was made by another TPM (or this TPM was cleared) and cannot be loaded</source>
        <translation>cette clé a été créée par un autre TPM (ou ce TPM a été réinitialisé) et ne peut pas être chargée</translation>
    </message>
    <message>
        <source>log in again to make a new key in this computer&apos;s TPM</source>
        <translation>reconnectez-vous pour créer une nouvelle clé dans le TPM de cet ordinateur</translation>
    </message>
    <message>
        <source>the TPM failed while %1 (%2)</source>
        <translation>le TPM a échoué pendant %1 (%2)</translation>
    </message>
    <message>
        <source>check the TPM with tpm2_getcap properties-fixed, or use the keychain (--key-store keychain)</source>
        <translation>vérifiez le TPM avec tpm2_getcap properties-fixed, ou utilisez le trousseau (--key-store keychain)</translation>
    </message>
    <message>
        <source>no TPM was found (there is no %1)</source>
        <translation>aucun TPM n&apos;a été trouvé (%1 n&apos;existe pas)</translation>
    </message>
    <message>
        <source>enable the TPM in the firmware settings, or keep keys in the keychain (--key-store keychain)</source>
        <translation>activez le TPM dans les paramètres du micrologiciel, ou gardez les clés dans le trousseau (--key-store keychain)</translation>
    </message>
    <message>
        <source>no access to %1</source>
        <translation>pas d&apos;accès à %1</translation>
    </message>
    <message>
        <source>add your user to the &apos;tss&apos; group and log in to the desktop again</source>
        <translation>ajoutez votre utilisateur au groupe « tss » et reconnectez-vous au bureau</translation>
    </message>
    <message>
        <source>close other programs and retry</source>
        <translation>fermez les autres programmes et réessayez</translation>
    </message>
    <message>
        <source>the OpenSSL tpm2 provider is not installed</source>
        <translation>le fournisseur tpm2 d&apos;OpenSSL n&apos;est pas installé</translation>
    </message>
    <message>
        <source>install the tpm2-openssl package</source>
        <translation>installez le paquet tpm2-openssl</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>cannot connect to the TPM</source>
        <translation>impossible de se connecter au TPM</translation>
    </message>
    <message>
        <source>check that the TPM (or the simulator TPM2OPENSSL_TCTI names) is running and that you may use it</source>
        <translation>vérifiez que le TPM (ou le simulateur désigné par TPM2OPENSSL_TCTI) fonctionne et que vous avez le droit de l&apos;utiliser</translation>
    </message>
    <message>
        <source>reading the public key</source>
        <translation>la lecture de la clé publique</translation>
    </message>
    <message>
        <source>generating a key</source>
        <translation>la génération d&apos;une clé</translation>
    </message>
    <message>
        <source>saving the key blob</source>
        <translation>l&apos;enregistrement du blob de clé</translation>
    </message>
    <message>
        <source>the keychain entry does not hold a TPM key</source>
        <translation>l&apos;entrée du trousseau ne contient pas de clé TPM</translation>
    </message>
    <message>
        <source>loading the key</source>
        <translation>le chargement de la clé</translation>
    </message>
    <message>
        <source>the TPM key blob is for key %1, not %2</source>
        <translation>le blob de clé TPM est celui de la clé %1, pas de %2</translation>
    </message>
    <message>
        <source>starting a signature</source>
        <translation>le démarrage d&apos;une signature</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>la signature</translation>
    </message>
    <message>
        <source>malformed verification token: %1</source>
        <translation>jeton de vérification mal formé : %1</translation>
    </message>
    <message>
        <source>it is longer than 8 KiB</source>
        <translation>il dépasse 8 Kio</translation>
    </message>
    <message>
        <source>it does not have three dot-separated parts</source>
        <translation>il n&apos;a pas trois parties séparées par des points</translation>
    </message>
    <message>
        <source>the payload is not a JSON object</source>
        <translation>la charge utile n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&apos;exp&apos; must be epoch milliseconds as a string</source>
        <translation>« exp » doit être une date epoch en millisecondes, sous forme de chaîne</translation>
    </message>
    <message>
        <source>&apos;id&apos; is missing</source>
        <translation>« id » est manquant</translation>
    </message>
    <message>
        <source>&apos;public_key&apos; is not a compressed P-256 key</source>
        <translation>« public_key » n&apos;est pas une clé P-256 compressée</translation>
    </message>
    <message>
        <source>the signature is not 64 bytes of base64url</source>
        <translation>la signature n&apos;est pas constituée de 64 octets en base64url</translation>
    </message>
    <message>
        <source>the verification token&apos;s signature does not verify with the OTP signer key</source>
        <translation>la signature du jeton de vérification ne se vérifie pas avec la clé du signataire OTP</translation>
    </message>
    <message>
        <source>the verification token has expired</source>
        <translation>le jeton de vérification a expiré</translation>
    </message>
    <message>
        <source>reading keychain entry &apos;%1&apos;</source>
        <translation>lecture de l&apos;entrée « %1 » du trousseau</translation>
    </message>
    <message>
        <source>saving keychain entry &apos;%1&apos;</source>
        <translation>enregistrement de l&apos;entrée « %1 » du trousseau</translation>
    </message>
    <message>
        <source>deleting keychain entry &apos;%1&apos;</source>
        <translation>suppression de l&apos;entrée « %1 » du trousseau</translation>
    </message>
    <message>
        <source>checking the keychain</source>
        <translation>vérification du trousseau</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <source>%1: the keychain has no such entry.</source>
        <translation>%1 : le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>%1: the keychain unlock prompt was cancelled. Unlock the keychain and try again.</source>
        <translation>%1 : la demande de déverrouillage du trousseau a été annulée. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>%1: the keychain denied access (%2).</source>
        <translation>%1 : le trousseau a refusé l&apos;accès (%2).</translation>
    </message>
    <message>
        <source>%1: the keychain reported an error: %2</source>
        <translation>%1 : le trousseau a signalé une erreur : %2</translation>
    </message>
    <message>
        <source>%1: no usable system keychain (%2). Install and unlock a Secret Service provider such as gnome-keyring or KWallet, then try again.</source>
        <translation>%1 : aucun trousseau système utilisable (%2). Installez et déverrouillez un fournisseur Secret Service tel que gnome-keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>the id_token is refused: %1</source>
        <translation>l&apos;id_token est refusé : %1</translation>
    </message>
    <message>
        <source>it is not a JWT</source>
        <translation>ce n&apos;est pas un JWT</translation>
    </message>
    <message>
        <source>its signature is not base64url</source>
        <translation>sa signature n&apos;est pas en base64url</translation>
    </message>
    <message>
        <source>algorithm &quot;%1&quot; is not RS256 or ES256</source>
        <translation>l&apos;algorithme « %1 » n&apos;est ni RS256 ni ES256</translation>
    </message>
    <message>
        <source>the provider publishes no key &quot;%1&quot; for %2</source>
        <translation>le fournisseur ne publie aucune clé « %1 » pour %2</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>sa signature ne se vérifie pas</translation>
    </message>
    <message>
        <source>it was issued by &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>il a été émis par « %1 », pas par « %2 »</translation>
    </message>
    <message>
        <source>it is for client &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>il est destiné au client « %1 », pas à « %2 »</translation>
    </message>
    <message>
        <source>it was issued to client &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>il a été délivré au client « %1 », pas à « %2 »</translation>
    </message>
    <message>
        <source>it has no expiry</source>
        <translation>il n&apos;a pas de date d&apos;expiration</translation>
    </message>
    <message>
        <source>it expired at %1</source>
        <translation>il a expiré à %1</translation>
    </message>
    <message>
        <source>it was issued in the future</source>
        <translation>il a été émis dans le futur</translation>
    </message>
    <message>
        <source>its nonce is not bound to this session key</source>
        <translation>son nonce n&apos;est pas lié à cette clé de session</translation>
    </message>
    <message>
        <source>it names no subject</source>
        <translation>il ne nomme aucun sujet</translation>
    </message>
    <message>
        <source>the provider&apos;s key set is malformed: %1</source>
        <translation>le jeu de clés du fournisseur est mal formé : %1</translation>
    </message>
    <message>
        <source>the id_token&apos;s signature does not verify</source>
        <translation>la signature de l&apos;id_token ne se vérifie pas</translation>
    </message>
    <message>
        <source>RSA key %1 is shorter than 2048 bits</source>
        <translation>la clé RSA %1 fait moins de 2048 bits</translation>
    </message>
    <message>
        <source>RSA key %1 is not usable</source>
        <translation>la clé RSA %1 est inutilisable</translation>
    </message>
    <message>
        <source>EC key %1 is not a P-256 point</source>
        <translation>la clé EC %1 n&apos;est pas un point P-256</translation>
    </message>
    <message>
        <source>no &quot;keys&quot; array</source>
        <translation>pas de tableau « keys »</translation>
    </message>
    <message>
        <source>RSA key %1 has no valid n/e</source>
        <translation>la clé RSA %1 n&apos;a pas de n/e valides</translation>
    </message>
    <message>
        <source>EC key %1 has no valid x/y</source>
        <translation>la clé EC %1 n&apos;a pas de x/y valides</translation>
    </message>
    <message>
        <source>no port on 127.0.0.1 is available for the sign-in redirect</source>
        <translation>aucun port n&apos;est disponible sur 127.0.0.1 pour la redirection de connexion</translation>
    </message>
    <message>
        <source>port %1 on 127.0.0.1 is in use, so the browser cannot be sent back to this app; close the program using it or choose another redirect port</source>
        <translation>le port %1 sur 127.0.0.1 est occupé : le navigateur ne peut donc pas être renvoyé vers cette application ; fermez le programme qui l&apos;utilise ou choisissez un autre port de redirection</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Sign-in already finished</source>
        <translation>Connexion déjà terminée</translation>
    </message>
    <message>
        <source>You can close this window.</source>
        <translation>Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Sign-in stopped</source>
        <translation>Connexion arrêtée</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in that Wallet Sessions started, so it was refused. You can close this window.</source>
        <translation>Cette réponse n&apos;appartient pas à la connexion lancée par Wallet Sessions : elle a donc été refusée. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>the sign-in answer&apos;s state does not match; nothing was signed in</source>
        <translation>l&apos;état de la réponse de connexion ne correspond pas ; aucune connexion n&apos;a été faite</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>You can close this window and return to Wallet Sessions.</source>
        <translation>Vous pouvez fermer cette fenêtre et revenir à Wallet Sessions.</translation>
    </message>
    <message>
        <source>consent was denied at the provider</source>
        <translation>le consentement a été refusé chez le fournisseur</translation>
    </message>
    <message>
        <source>the provider refused the sign-in: %1</source>
        <translation>le fournisseur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>the sign-in provider answered HTTP %1 to the %2 request</source>
        <translation>le fournisseur de connexion a répondu HTTP %1 à la requête %2</translation>
    </message>
    <message>
        <source>no answer from the browser within %1 seconds; nothing was signed in</source>
        <translation>aucune réponse du navigateur en %1 secondes ; aucune connexion n&apos;a été faite</translation>
    </message>
    <message>
        <source>no OAuth client id is configured for %1</source>
        <translation>aucun ID client OAuth n&apos;est configuré pour %1</translation>
    </message>
    <message>
        <source>this front end cannot receive an answer from Turnkey&apos;s hosted sign-in pages</source>
        <translation>cette interface ne peut pas recevoir de réponse des pages de connexion hébergées par Turnkey</translation>
    </message>
    <message>
        <source>another sign-in is already waiting for an answer from the browser; finish or cancel it first</source>
        <translation>une autre connexion attend déjà une réponse du navigateur ; terminez-la ou annulez-la d&apos;abord</translation>
    </message>
    <message>
        <source>the browser&apos;s answer from Turnkey&apos;s sign-in page has no id_token</source>
        <translation>la réponse du navigateur issue de la page de connexion de Turnkey ne contient pas d&apos;id_token</translation>
    </message>
    <message>
        <source>the sign-in provider refused the authorization code: %1</source>
        <translation>le fournisseur de connexion a refusé le code d&apos;autorisation : %1</translation>
    </message>
    <message>
        <source>the sign-in provider&apos;s token answer has no id_token</source>
        <translation>la réponse de jeton du fournisseur de connexion ne contient pas d&apos;id_token</translation>
    </message>
    <message>
        <source>sign-in cancelled</source>
        <translation>connexion annulée</translation>
    </message>
    <message>
        <source>the provider&apos;s discovery document is unusable: %1</source>
        <translation>le document de découverte du fournisseur est inutilisable : %1</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>it names issuer &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>il indique l&apos;émetteur « %1 », pas « %2 »</translation>
    </message>
    <message>
        <source>no valid %1</source>
        <translation>pas de %1 valide</translation>
    </message>
    <message>
        <source>the sign-in provider at %1 did not answer in time</source>
        <translation>le fournisseur de connexion à %1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the sign-in provider at %1 is unreachable: %2</source>
        <translation>le fournisseur de connexion à %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sign-in provider this app supports (%2)</source>
        <translation>« %1 » n&apos;est pas un fournisseur de connexion pris en charge par cette application (%2)</translation>
    </message>
    <message>
        <source>the &apos;oidc&apos; provider needs an issuer: give --oidc-issuer URL or set oauth/oidc/issuer in the settings</source>
        <translation>le fournisseur « oidc » a besoin d&apos;un émetteur : indiquez --oidc-issuer URL ou définissez oauth/oidc/issuer dans les paramètres</translation>
    </message>
    <message>
        <source>no OAuth client id for &apos;%1&apos;: the Auth Proxy&apos;s configuration has none; give --oidc-client-id ID or set oauth/%1/clientId in the settings</source>
        <translation>aucun ID client OAuth pour « %1 » : la configuration du proxy d&apos;authentification n&apos;en contient pas ; indiquez --oidc-client-id ID ou définissez oauth/%1/clientId dans les paramètres</translation>
    </message>
    <message>
        <source>the issuer of &apos;%1&apos; is not a URL: %2</source>
        <translation>l&apos;émetteur de « %1 » n&apos;est pas une URL : %2</translation>
    </message>
    <message>
        <source>Turnkey&apos;s hosted sign-in page</source>
        <translation>page de connexion hébergée par Turnkey</translation>
    </message>
    <message>
        <source>Turnkey&apos;s hosted sign-in pages do not offer the generic &apos;oidc&apos; provider; give its hosted page (--oauth-origin URL or oauth/oidc/hostedOrigin) or sign in without them</source>
        <translation>Les pages de connexion hébergées par Turnkey ne proposent pas le fournisseur générique « oidc » ; indiquez sa page hébergée (--oauth-origin URL ou oauth/oidc/hostedOrigin) ou connectez-vous sans elles</translation>
    </message>
    <message>
        <source>the request&apos;s headers are larger than %1 bytes</source>
        <translation>les en-têtes de la requête dépassent %1 octets</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>ligne de requête mal formée</translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are spoken here</source>
        <translation>seuls HTTP/1.0 et HTTP/1.1 sont pris en charge ici</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>ligne d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <source>malformed header value</source>
        <translation>valeur d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <source>the request has more than %1 headers</source>
        <translation>la requête a plus de %1 en-têtes</translation>
    </message>
    <message>
        <source>a chunked request body is not accepted; send Content-Length</source>
        <translation>un corps de requête découpé (chunked) n&apos;est pas accepté ; envoyez Content-Length</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>Content-Length mal formé</translation>
    </message>
    <message>
        <source>the request body (%1 bytes) is larger than %2 bytes</source>
        <translation>le corps de la requête (%1 octets) dépasse %2 octets</translation>
    </message>
    <message>
        <source>refused path: %1</source>
        <translation>chemin refusé : %1</translation>
    </message>
    <message>
        <source>it must start with &apos;/&apos;</source>
        <translation>il doit commencer par « / »</translation>
    </message>
    <message>
        <source>a query or fragment is not accepted</source>
        <translation>les paramètres de requête (query) et les fragments ne sont pas acceptés</translation>
    </message>
    <message>
        <source>empty segment</source>
        <translation>segment vide</translation>
    </message>
    <message>
        <source>&apos;.&apos; and &apos;..&apos; segments are not accepted</source>
        <translation>les segments « . » et « .. » ne sont pas acceptés</translation>
    </message>
    <message>
        <source>an encoded slash, backslash or control character</source>
        <translation>une barre oblique encodée, une barre oblique inverse ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>--allow &apos;%1&apos;: %2</source>
        <translation>--allow « %1 » : %2</translation>
    </message>
    <message>
        <source>must start with /public/v1/query/ or /public/v1/submit/</source>
        <translation>doit commencer par /public/v1/query/ ou /public/v1/submit/</translation>
    </message>
    <message>
        <source>must name one endpoint or &apos;*&apos; after the prefix</source>
        <translation>doit nommer un seul point d&apos;accès ou « * » après le préfixe</translation>
    </message>
    <message>
        <source>only letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; and &apos;*&apos; may follow the prefix</source>
        <translation>seuls des lettres, des chiffres, « _ », « - », « . » et « * » peuvent suivre le préfixe</translation>
    </message>
    <message>
        <source>the proxy&apos;s bearer token does not match</source>
        <translation>le jeton Bearer du proxy ne correspond pas</translation>
    </message>
    <message>
        <source>a request needs the proxy&apos;s token: Authorization: Bearer &lt;token&gt;</source>
        <translation>une requête a besoin du jeton du proxy : Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <source>only POST is forwarded (the Turnkey API is POST only), not %1</source>
        <translation>seul POST est transmis (l&apos;API Turnkey n&apos;utilise que POST), pas %1</translation>
    </message>
    <message>
        <source>%1 is not forwarded by this proxy (allowed: %2)</source>
        <translation>%1 n&apos;est pas transmis par ce proxy (autorisés : %2)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; is being cleared by another process.</source>
        <translation>La session « %1 » est en cours d&apos;effacement par un autre processus.</translation>
    </message>
    <message>
        <source>another process removed session &apos;%1&apos; meanwhile</source>
        <translation>un autre processus a supprimé la session « %1 » entre-temps</translation>
    </message>
    <message>
        <source>another process changed session &apos;%1&apos; meanwhile</source>
        <translation>un autre processus a modifié la session « %1 » entre-temps</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was changed elsewhere; try again.</source>
        <translation>La session « %1 » a été modifiée ailleurs ; réessayez.</translation>
    </message>
    <message>
        <source>The key could not be revoked on the server and the session could not be restored: %1; the key is still valid on the server (%2)</source>
        <translation>La clé n&apos;a pas pu être révoquée sur le serveur et la session n&apos;a pas pu être restaurée : %1 ; la clé est toujours valide sur le serveur (%2)</translation>
    </message>
    <message>
        <source>the session was kept on this computer</source>
        <translation>la session a été conservée sur cet ordinateur</translation>
    </message>
    <message>
        <source>the session was cleared on this computer only</source>
        <translation>la session a été effacée sur cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>session &apos;%1&apos; was removed, but its key</source>
        <translation>la session « %1 » a été supprimée, mais sa clé</translation>
    </message>
    <message>
        <source>There are no sessions to clear.</source>
        <translation>Il n&apos;y a aucune session à effacer.</translation>
    </message>
    <message>
        <source>storing a new session key in the keychain</source>
        <translation>enregistrement d&apos;une nouvelle clé de session dans le trousseau</translation>
    </message>
    <message>
        <source>remembering the API key in the keychain</source>
        <translation>mémorisation de la clé d&apos;API dans le trousseau</translation>
    </message>
    <message>
        <source>deleting key %1 from the keychain (it will be retried at the next start)</source>
        <translation>suppression de la clé %1 du trousseau (nouvel essai au prochain démarrage)</translation>
    </message>
    <message>
        <source>The private key %1 is missing from the keychain; log in again.</source>
        <translation>La clé privée %1 est absente du trousseau ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>the keychain entry for key %1 is unusable</source>
        <translation>l&apos;entrée du trousseau pour la clé %1 est inutilisable</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>The organization ID is empty.</source>
        <translation>L&apos;ID d&apos;organisation est vide.</translation>
    </message>
    <message>
        <source>The API public key is needed.</source>
        <translation>La clé publique d&apos;API est requise.</translation>
    </message>
    <message>
        <source>No private key was given for the API key %1, and the app holds no key with that public key.</source>
        <translation>Aucune clé privée n&apos;a été fournie pour la clé d&apos;API %1, et l&apos;application ne détient aucune clé ayant cette clé publique.</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>la clé d&apos;API</translation>
    </message>
    <message>
        <source>This API key does not belong to organization %1. Check the organization ID and the API key.</source>
        <translation>Cette clé d&apos;API n&apos;appartient pas à l&apos;organisation %1. Vérifiez l&apos;ID d&apos;organisation et la clé d&apos;API.</translation>
    </message>
    <message>
        <source>logging in as &apos;%1&apos;</source>
        <translation>connexion en tant que « %1 »</translation>
    </message>
    <message>
        <source>looking up the account</source>
        <translation>recherche du compte</translation>
    </message>
    <message>
        <source>no account is registered for %1 at %2; nothing was signed in</source>
        <translation>aucun compte n&apos;est enregistré pour %1 sur %2 ; aucune connexion n&apos;a été faite</translation>
    </message>
    <message>
        <source>%1 did not verify: %2</source>
        <translation>%1 : la vérification a échoué : %2</translation>
    </message>
    <message>
        <source>live key of a session no longer in the index</source>
        <translation>clé active d&apos;une session qui n&apos;est plus dans l&apos;index</translation>
    </message>
    <message>
        <source>The server returned a session token that does not fit: %1.</source>
        <translation>Le serveur a renvoyé un jeton de session qui ne convient pas : %1.</translation>
    </message>
    <message>
        <source>it is for key %1, not the new key %2</source>
        <translation>il concerne la clé %1, pas la nouvelle clé %2</translation>
    </message>
    <message>
        <source>it is for user %1 in organization %2, not %3 in %4</source>
        <translation>il concerne l&apos;utilisateur %1 de l&apos;organisation %2, pas %3 de %4</translation>
    </message>
    <message>
        <source>No remembered API key %1 for organization %2 (see `keys list`); nothing was sent.</source>
        <translation>Aucune clé d&apos;API %1 mémorisée pour l&apos;organisation %2 (voir `keys list`) ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>No remembered API key for organization %1 (log in with --remember-api-key first); nothing was sent.</source>
        <translation>Aucune clé d&apos;API mémorisée pour l&apos;organisation %1 (connectez-vous d&apos;abord avec --remember-api-key) ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 API keys are remembered for organization %2; name one with --stamp-with api-key:PUBLIC_KEY. Nothing was sent.</source>
        <translation>%1 clés d&apos;API sont mémorisées pour l&apos;organisation %2 ; désignez-en une avec --stamp-with api-key:PUBLIC_KEY. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Key %1 is not held by this app (see `keys list`); nothing was sent.</source>
        <translation>La clé %1 n&apos;est pas détenue par cette application (voir `keys list`) ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Key %1 is not an unused held key; nothing was sent.</source>
        <translation>La clé %1 n&apos;est pas une clé réservée inutilisée ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was removed while it was being refreshed.</source>
        <translation>La session « %1 » a été supprimée pendant son actualisation.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was changed elsewhere while it was being refreshed.</source>
        <translation>La session « %1 » a été modifiée ailleurs pendant son actualisation.</translation>
    </message>
    <message>
        <source>refreshing &apos;%1&apos;</source>
        <translation>actualisation de « %1 »</translation>
    </message>
    <message>
        <source>revoking session &apos;%1&apos; on the server</source>
        <translation>révocation de la session « %1 » sur le serveur</translation>
    </message>
    <message>
        <source>The session key is not valid text (a broken UTF-16 surrogate).</source>
        <translation>Le nom de session n&apos;est pas un texte valide (substitut UTF-16 invalide).</translation>
    </message>
    <message>
        <source>The session key must not be empty.</source>
        <translation>Le nom de session ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The session key is %1 characters long; at most %2 are allowed.</source>
        <translation>Le nom de session fait %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The session key contains a non-printable character (U+%1); use visible characters only.</source>
        <translation>Le nom de session contient un caractère non imprimable (U+%1) ; utilisez uniquement des caractères visibles.</translation>
    </message>
    <message>
        <source>The session key must contain at least one visible character.</source>
        <translation>Le nom de session doit contenir au moins un caractère visible.</translation>
    </message>
    <message>
        <source>No session is active; choose a session or log in first.</source>
        <translation>Aucune session n&apos;est active ; choisissez une session ou connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no session named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucune session nommée « %1 ».</translation>
    </message>
    <message>
        <source>No Turnkey API is configured, so online operations are unavailable.</source>
        <translation>Aucune API Turnkey n&apos;est configurée : les opérations en ligne ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; expired at %2; log in again.</source>
        <translation>La session « %1 » a expiré à %2 ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server no longer knows the key of session &apos;%1&apos;; log in again.</source>
        <translation>Le serveur ne connaît plus la clé de la session « %1 » ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was left untouched: the batch was stopped.</source>
        <translation>La session « %1 » n&apos;a pas été modifiée : le lot a été arrêté.</translation>
    </message>
    <message>
        <source>A session lifetime of %1 s is too short; the minimum is %2 s.</source>
        <translation>Une durée de vie de session de %1 s est trop courte ; le minimum est de %2 s.</translation>
    </message>
    <message>
        <source>A session named &apos;%1&apos; already exists; sign in again to replace it (login --replace), or choose another name.</source>
        <translation>Une session nommée « %1 » existe déjà ; reconnectez-vous pour la remplacer (login --replace) ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>No way to sign in was given.</source>
        <translation>Aucun moyen de connexion n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The sign-in method gave no attestation or no organization.</source>
        <translation>La méthode de connexion n&apos;a fourni aucune attestation ou aucune organisation.</translation>
    </message>
    <message>
        <source>signing in as &apos;%1&apos;</source>
        <translation>connexion en tant que « %1 »</translation>
    </message>
    <message>
        <source>API key %1…</source>
        <translation>Clé d&apos;API %1…</translation>
    </message>
    <message>
        <source>Code by email to %1</source>
        <translation>Code par e-mail à %1</translation>
    </message>
    <message>
        <source>Code by text message to %1</source>
        <translation>Code par SMS au %1</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>OpenID provider %1</source>
        <translation>Fournisseur OpenID %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>A session named &apos;%1&apos; already exists; choose another name or replace it.</source>
        <translation>Une session nommée « %1 » existe déjà ; choisissez un autre nom ou remplacez-la.</translation>
    </message>
    <message>
        <source>This token&apos;s key is already used by session &apos;%1&apos;.</source>
        <translation>La clé de ce jeton est déjà utilisée par la session « %1 ».</translation>
    </message>
    <message>
        <source>The private key for this session (public key %1) is not in the keychain; create it with createApiKeyPair() first.</source>
        <translation>La clé privée de cette session (clé publique %1) n&apos;est pas dans le trousseau ; créez-la d&apos;abord avec createApiKeyPair().</translation>
    </message>
    <message>
        <source>the keychain entry for this session&apos;s key is unusable</source>
        <translation>l&apos;entrée du trousseau pour la clé de cette session est inutilisable</translation>
    </message>
    <message>
        <source>checking session &apos;%1&apos;</source>
        <translation>vérification de la session « %1 »</translation>
    </message>
    <message>
        <source>loading the wallets of session &apos;%1&apos;</source>
        <translation>chargement des portefeuilles de la session « %1 »</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;sessions&apos; has an invalid session key &quot;%1&quot;</source>
        <translation>sessions.json : le champ « sessions » contient un nom de session invalide « %1 »</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;keys&apos; has an entry whose public key &quot;%1&quot; is not hex</source>
        <translation>sessions.json : le champ « keys » contient une entrée dont la clé publique « %1 » n&apos;est pas en hexadécimal</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;activeSessionKey&apos; names &quot;%1&quot;, which is not among the sessions</source>
        <translation>sessions.json : le champ « activeSessionKey » désigne « %1 », qui ne fait pas partie des sessions</translation>
    </message>
    <message>
        <source>sessions.json is not valid JSON (%1 at byte %2)</source>
        <translation>sessions.json n&apos;est pas un JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>sessions.json: the top level must be a JSON object</source>
        <translation>sessions.json : le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;version&apos; must be a positive whole number</source>
        <translation>sessions.json : le champ « version » doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>sessions.json was written by a newer version of Wallet Sessions (format version %1; this version reads format %2). Update Wallet Sessions; the file was left untouched.</source>
        <translation>sessions.json a été écrit par une version plus récente de Wallet Sessions (version de format %1 ; cette version lit le format %2). Mettez à jour Wallet Sessions ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;activeSessionKey&apos; must be a string or null</source>
        <translation>sessions.json : le champ « activeSessionKey » doit être une chaîne ou null</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;sessions&apos; must be an object</source>
        <translation>sessions.json : le champ « sessions » doit être un objet</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;keys&apos; must be an object</source>
        <translation>sessions.json : le champ « keys » doit être un objet</translation>
    </message>
    <message>
        <source>sessions.json: field &apos;%1&apos; %2</source>
        <translation>sessions.json : le champ « %1 » %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>doit être %1, reçu : %2</translation>
    </message>
    <message>
        <source>an ISO 8601 UTC time string</source>
        <translation>une chaîne d&apos;heure UTC ISO 8601</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time: &apos;%1&apos;</source>
        <translation>n&apos;est pas une heure ISO 8601 : « %1 »</translation>
    </message>
    <message>
        <source>a non-negative whole number of seconds</source>
        <translation>un nombre entier de secondes non négatif</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>must be &quot;unknown&quot;, &quot;alive&quot;, &quot;revoked&quot; or &quot;revoking&quot;, got &quot;%1&quot;</source>
        <translation>doit être &quot;unknown&quot;, &quot;alive&quot;, &quot;revoked&quot; ou &quot;revoking&quot;, reçu : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a process id</source>
        <translation>un identifiant de processus</translation>
    </message>
    <message>
        <source>is not a valid session token: %1</source>
        <translation>n&apos;est pas un jeton de session valide : %1</translation>
    </message>
    <message>
        <source>has an invalid session key &quot;%1&quot;</source>
        <translation>contient un nom de session invalide « %1 »</translation>
    </message>
    <message>
        <source>has an entry whose public key &quot;%1&quot; is not hex</source>
        <translation>contient une entrée dont la clé publique « %1 » n&apos;est pas en hexadécimal</translation>
    </message>
    <message>
        <source>must be &quot;pending&quot;, &quot;live&quot; or &quot;doomed&quot;, got &quot;%1&quot;</source>
        <translation>doit être &quot;pending&quot;, &quot;live&quot; ou &quot;doomed&quot;, reçu : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;session&quot; or &quot;api&quot;, got &quot;%1&quot;</source>
        <translation>doit être &quot;session&quot; ou &quot;api&quot;, reçu : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;tpm&quot; or &quot;keychain&quot;</source>
        <translation>&quot;tpm&quot; ou &quot;keychain&quot;</translation>
    </message>
    <message>
        <source>invalid session token: %1</source>
        <translation>jeton de session invalide : %1</translation>
    </message>
    <message>
        <source>the %1 is not base64url: %2</source>
        <translation>%1 n&apos;est pas en base64url : %2</translation>
    </message>
    <message>
        <source>the %1 is not JSON (%2)</source>
        <translation>%1 n&apos;est pas du JSON (%2)</translation>
    </message>
    <message>
        <source>the %1 is not a JSON object</source>
        <translation>%1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>payload claim &apos;%1&apos; is missing</source>
        <translation>la revendication « %1 » de la charge utile est manquante</translation>
    </message>
    <message>
        <source>payload claim &apos;%1&apos; must be a string, got %2</source>
        <translation>la revendication « %1 » de la charge utile doit être une chaîne, reçu : %2</translation>
    </message>
    <message>
        <source>payload claim &apos;%1&apos; is empty</source>
        <translation>la revendication « %1 » de la charge utile est vide</translation>
    </message>
    <message>
        <source>payload claim &apos;exp&apos; is missing</source>
        <translation>la revendication « exp » de la charge utile est manquante</translation>
    </message>
    <message>
        <source>payload claim &apos;exp&apos; must be an integer number of seconds, got %1</source>
        <translation>la revendication « exp » de la charge utile doit être un nombre entier de secondes, reçu : %1</translation>
    </message>
    <message>
        <source>payload claim &apos;exp&apos; must be an integer number of seconds, got a fraction</source>
        <translation>la revendication « exp » de la charge utile doit être un nombre entier de secondes, reçu : une fraction</translation>
    </message>
    <message>
        <source>payload claim &apos;exp&apos; must be positive</source>
        <translation>la revendication « exp » de la charge utile doit être positive</translation>
    </message>
    <message>
        <source>payload claim &apos;exp&apos; is too large to be seconds since the epoch (milliseconds?)</source>
        <translation>la revendication « exp » de la charge utile est trop grande pour être des secondes depuis l&apos;epoch (des millisecondes ?)</translation>
    </message>
    <message>
        <source>it is %1 bytes, more than the %2 allowed</source>
        <translation>il fait %1 octets, plus que les %2 autorisés</translation>
    </message>
    <message>
        <source>expected three dot-separated segments (header.payload.signature), got %1</source>
        <translation>trois segments séparés par des points attendus (header.payload.signature), reçu : %1</translation>
    </message>
    <message>
        <source>the %1 segment is empty</source>
        <translation>le segment %1 est vide</translation>
    </message>
    <message>
        <source>the signature is not base64url: %1</source>
        <translation>la signature n&apos;est pas en base64url : %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>l&apos;en-tête</translation>
    </message>
    <message>
        <source>the header has no &apos;alg&apos; string</source>
        <translation>l&apos;en-tête n&apos;a pas de chaîne « alg »</translation>
    </message>
    <message>
        <source>the header &apos;alg&apos; is &apos;%1&apos;, expected &apos;ES256&apos;</source>
        <translation>le champ « alg » de l&apos;en-tête vaut « %1 », « ES256 » attendu</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>la charge utile</translation>
    </message>
    <message>
        <source>payload claim &apos;public_key&apos; must be a compressed P-256 key (66 hex characters, 02/03)</source>
        <translation>la revendication « public_key » de la charge utile doit être une clé P-256 compressée (66 caractères hexadécimaux, 02/03)</translation>
    </message>
    <message>
        <source>SESSION KEY</source>
        <translation>NOM DE SESSION</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>EXPIRES AT</source>
        <translation>EXPIRE À</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>TEMPS RESTANT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>No sessions stored. Log in with: wallet-sessions-cli login --help</source>
        <translation>Aucune session enregistrée. Connectez-vous avec : wallet-sessions-cli login --help</translation>
    </message>
    <message>
        <source>OpenSSL could not build an RSA key</source>
        <translation>OpenSSL n&apos;a pas pu construire de clé RSA</translation>
    </message>
    <message>
        <source>OpenSSL could not start an RS256 check</source>
        <translation>OpenSSL n&apos;a pas pu lancer de vérification RS256</translation>
    </message>
    <message>
        <source>Sign in again: replace the session already stored under that name. It stays as it is until the new one is stored; then its key is deleted, as by clear. With no other way of signing in given, the stored session&apos;s is used again (its organization and API key, email address, phone number or provider, and its lifetime).</source>
        <translation>Se reconnecter : remplacer la session déjà enregistrée sous ce nom. Elle reste inchangée jusqu&apos;à l&apos;enregistrement de la nouvelle ; sa clé est alors supprimée, comme avec clear. Si aucune autre manière de se connecter n&apos;est indiquée, celle de la session enregistrée est réutilisée (son organisation et sa clé API, son adresse e-mail, son numéro de téléphone ou son fournisseur, et sa durée de vie).</translation>
    </message>
    <message>
        <source>--remember-api-key is for a session made with an API key; &apos;%1&apos; was made with: %2</source>
        <translation>--remember-api-key concerne une session créée avec une clé API ; &apos;%1&apos; a été créée avec : %2</translation>
    </message>
    <message>
        <source>reading the API key of session &apos;%1&apos;</source>
        <translation>lecture de la clé API de la session &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Réponse du serveur : %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>Turnkey error codes: %1</source>
        <translation>Codes d’erreur Turnkey : %1</translation>
    </message>
    <message>
        <source>The passkey stamp was refused: %1</source>
        <translation>Le tampon de la clé d’accès a été refusé : %1</translation>
    </message>
    <message>
        <source>Malformed X-Stamp-WebAuthn: %1</source>
        <translation>X-Stamp-WebAuthn mal formé : %1</translation>
    </message>
    <message>
        <source>the header is over 16 KiB</source>
        <translation>l’en-tête dépasse 16 Kio</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>l’en-tête n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 is missing or not a string</source>
        <translation>%1 est absent ou n’est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 is not base64url</source>
        <translation>%1 n’est pas en base64url</translation>
    </message>
    <message>
        <source>clientDataJSON is not a JSON object</source>
        <translation>clientDataJSON n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>clientDataJSON is not a webauthn.get</source>
        <translation>clientDataJSON n’est pas un webauthn.get</translation>
    </message>
    <message>
        <source>the challenge is not the one for this request body</source>
        <translation>le défi ne correspond pas au corps de cette requête</translation>
    </message>
    <message>
        <source>the authenticator data is too short</source>
        <translation>les données de l’authentificateur sont trop courtes</translation>
    </message>
    <message>
        <source>the authenticator data is not for relying party %1</source>
        <translation>les données de l’authentificateur ne sont pas pour la partie de confiance %1</translation>
    </message>
    <message>
        <source>the user was not present (the key was not touched)</source>
        <translation>l’utilisateur n’était pas présent (la clé n’a pas été touchée)</translation>
    </message>
    <message>
        <source>the user was not verified (no PIN)</source>
        <translation>l’utilisateur n’a pas été vérifié (pas de code PIN)</translation>
    </message>
    <message>
        <source>the signature does not verify with the credential&apos;s key</source>
        <translation>la signature ne se vérifie pas avec la clé de l’identifiant</translation>
    </message>
    <message>
        <source>The security key needs its PIN</source>
        <translation>La clé de sécurité demande son code PIN</translation>
    </message>
    <message>
        <source>The security key&apos;s PIN is not right</source>
        <translation>Le code PIN de la clé de sécurité est incorrect</translation>
    </message>
    <message>
        <source>The security key blocked PIN entry until it is unplugged and plugged in again</source>
        <translation>La clé de sécurité bloque la saisie du code PIN jusqu’à ce qu’elle soit débranchée puis rebranchée</translation>
    </message>
    <message>
        <source>The security key&apos;s PIN is blocked; reset the key with its maker&apos;s tool</source>
        <translation>Le code PIN de la clé de sécurité est bloqué ; réinitialisez la clé avec l’outil de son fabricant</translation>
    </message>
    <message>
        <source>This security key holds no passkey for this site; use the key you registered there</source>
        <translation>Cette clé de sécurité ne contient aucune clé d’accès pour ce site ; utilisez la clé que vous y avez enregistrée</translation>
    </message>
    <message>
        <source>The security key was not touched in time</source>
        <translation>La clé de sécurité n’a pas été touchée à temps</translation>
    </message>
    <message>
        <source>Signing with the security key was cancelled</source>
        <translation>La signature avec la clé de sécurité a été annulée</translation>
    </message>
    <message>
        <source>The security key failed while %1 (%2)</source>
        <translation>La clé de sécurité a échoué lors de l’étape : %1 (%2)</translation>
    </message>
    <message>
        <source>No security key is plugged in; insert it and try again</source>
        <translation>Aucune clé de sécurité n’est branchée ; insérez-la et réessayez</translation>
    </message>
    <message>
        <source>the authenticator data is not a CBOR byte string</source>
        <translation>les données de l’authentificateur ne sont pas une chaîne d’octets CBOR</translation>
    </message>
    <message>
        <source>the authenticator data is cut short</source>
        <translation>les données de l’authentificateur sont tronquées</translation>
    </message>
    <message>
        <source>libfido2 is out of memory</source>
        <translation>libfido2 manque de mémoire</translation>
    </message>
    <message>
        <source>libfido2 refused the device&apos;s I/O functions</source>
        <translation>libfido2 a refusé les fonctions d’E/S du périphérique</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>libfido2 refused the assertion&apos;s parameters</source>
        <translation>libfido2 a refusé les paramètres de l’assertion</translation>
    </message>
    <message>
        <source>The security key answered without a credential or signature</source>
        <translation>La clé de sécurité a répondu sans identifiant ni signature</translation>
    </message>
    <message>
        <source>Log in with an API key, or sign in with a one-time code by email or text message, with Google / OpenID Connect, or with a security key.</source>
        <translation>Se connecter avec une clé d&apos;API, avec un code à usage unique par e-mail ou SMS, avec Google / OpenID Connect, ou avec une clé de sécurité.</translation>
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
        <translation>Crée une paire de clés de session, l&apos;enregistre auprès de Turnkey (stamp_login, signé avec la clé d&apos;API donnée)
et enregistre la session. La clé privée d&apos;API est lue depuis un fichier ou depuis l&apos;entrée standard (« - »),
jamais depuis un argument, et n&apos;est pas conservée.

Avec --email ADDRESS ou --sms PHONE, la connexion se fait plutôt par code à usage unique, via le proxy
d&apos;authentification de Turnkey (options globales --auth-proxy-url, --auth-proxy-config-id, --otp-signer-key) :
une ligne sur stderr indique où le code a été envoyé, puis le code est lu depuis le terminal, ou comme une ligne
de l&apos;entrée standard si celle-ci n&apos;est pas un terminal. Un contact sans compte n&apos;est inscrit
qu&apos;avec --create-account.

Avec --oauth PROVIDER (« google », ou « oidc » avec --oidc-issuer), la connexion se fait auprès d&apos;un fournisseur
OpenID Connect dans le navigateur du système (--no-browser affiche l&apos;URL sur stderr sous la forme « Open: URL ») ;
le navigateur revient vers un écouteur sur 127.0.0.1 en moins de --timeout secondes (300 par défaut).

Avec --passkey, la connexion se fait avec une clé d&apos;accès sur une clé de sécurité FIDO2 : --rp-id nomme le site
auprès duquel la clé d&apos;accès a été enregistrée (par défaut : le réglage signIn/passkeyRpId) et --organization-id
l&apos;organisation de son utilisateur. Touchez la clé quand cela vous est demandé ; son code PIN, si elle en demande
un, est lu depuis le terminal (ou comme une ligne de l&apos;entrée standard), jamais depuis un argument.</translation>
    </message>
    <message>
        <source>Sign in with a passkey on a FIDO2 security key (USB or NFC).</source>
        <translation>Se connecter avec une clé d&apos;accès sur une clé de sécurité FIDO2 (USB ou NFC).</translation>
    </message>
    <message>
        <source>With --passkey: the site the passkey was registered in (its WebAuthn relying party id, as app.example.com).</source>
        <translation>Avec --passkey : le site auprès duquel la clé d&apos;accès a été enregistrée (son identifiant de partie de confiance WebAuthn, comme app.example.com).</translation>
    </message>
    <message>
        <source>--rp-id goes with --passkey</source>
        <translation>--rp-id va avec --passkey</translation>
    </message>
    <message>
        <source>--%1 is not for signing in with a security key (--passkey)</source>
        <translation>--%1 ne sert pas à la connexion avec une clé de sécurité (--passkey)</translation>
    </message>
    <message>
        <source>--rp-id needs the site&apos;s domain, as app.example.com</source>
        <translation>--rp-id demande le domaine du site, comme app.example.com</translation>
    </message>
    <message>
        <source>--passkey needs the site the passkey was registered in: --rp-id DOMAIN (or the setting signIn/passkeyRpId)</source>
        <translation>--passkey demande le site auprès duquel la clé d&apos;accès a été enregistrée : --rp-id DOMAIN (ou le réglage signIn/passkeyRpId)</translation>
    </message>
    <message>
        <source>--passkey needs --organization-id: the organization whose user registered the passkey</source>
        <translation>--passkey demande --organization-id : l&apos;organisation dont l&apos;utilisateur a enregistré la clé d&apos;accès</translation>
    </message>
    <message>
        <source>sign in to %1</source>
        <translation>vous connecter à %1</translation>
    </message>
    <message>
        <source>With --stamp-with passkey: the site the passkey was registered in (default: the one the session was signed in with).</source>
        <translation>Avec --stamp-with passkey : le site auprès duquel la clé d&apos;accès a été enregistrée (par défaut : celui de la connexion de la session).</translation>
    </message>
    <message>
        <source>--rp-id goes with --stamp-with passkey</source>
        <translation>--rp-id va avec --stamp-with passkey</translation>
    </message>
    <message>
        <source>the active session</source>
        <translation>la session active</translation>
    </message>
    <message>
        <source>refresh %1</source>
        <translation>actualiser %1</translation>
    </message>
    <message>
        <source>Touch your security key to %1 (Ctrl-C cancels).</source>
        <translation>Touchez votre clé de sécurité pour %1 (Ctrl-C annule).</translation>
    </message>
    <message>
        <source>Security key PIN: </source>
        <translation>Code PIN de la clé de sécurité : </translation>
    </message>
    <message>
        <source>The security key needs its PIN and none was typed; nothing was stored.</source>
        <translation>La clé de sécurité demande son code PIN et aucun n&apos;a été saisi ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>There is no session &apos;%1&apos; to sign in again; log in with --organization-id and --api-public-key, --email, --sms, --oauth or --passkey</source>
        <translation>Il n&apos;y a pas de session &apos;%1&apos; à reconnecter ; connectez-vous avec --organization-id et --api-public-key, --email, --sms, --oauth ou --passkey</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; does not say how it was made; sign in again with --organization-id and --api-public-key, --email, --sms, --oauth or --passkey</source>
        <translation>La session &apos;%1&apos; n&apos;indique pas comment elle a été créée ; reconnectez-vous avec --organization-id et --api-public-key, --email, --sms, --oauth ou --passkey</translation>
    </message>
    <message>
        <source>Name the site the passkey was registered for (its rp id).</source>
        <translation>Indiquez le site pour lequel la clé d&apos;accès a été enregistrée (son identifiant RP).</translation>
    </message>
    <message>
        <source>No security key was given to stamp with; nothing was sent.</source>
        <translation>Aucune clé de sécurité n&apos;a été donnée pour signer ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; was not signed in with a security key: name the site its passkey is for (--rp-id). Nothing was sent.</source>
        <translation>La session &apos;%1&apos; n&apos;a pas été ouverte avec une clé de sécurité : indiquez le site de sa clé d&apos;accès (--rp-id). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Wallet stamping (a browser wallet) has no meaning on the desktop; stamp with the session, a remembered API key or a security key.</source>
        <translation>La signature par portefeuille (un portefeuille de navigateur) n&apos;a pas de sens sur le bureau ; signez avec la session, une clé d&apos;API mémorisée ou une clé de sécurité.</translation>
    </message>
    <message>
        <source>Security key for %1</source>
        <translation>Clé de sécurité pour %1</translation>
    </message>
    <message>
        <source>&apos;keys&apos; needs a subcommand: list, clean, delete, generate or import</source>
        <translation>&apos;keys&apos; demande une sous-commande : list, clean, delete, generate ou import</translation>
    </message>
    <message>
        <source>Keep an existing API key, in the keychain or moved into this computer&apos;s TPM.</source>
        <translation>Conserver une clé d&apos;API existante, dans le trousseau ou déplacée dans le TPM de cet ordinateur.</translation>
    </message>
    <message>
        <source>Reads the private key (64 hex digits) from --api-private-key-file PATH, or from standard
input with &apos;-&apos;, never from an argument, and prints its public key. The key is a held key:
&apos;keys list&apos; shows it, nothing automatic removes it, &apos;keys delete PUBLIC_KEY&apos; does. With
--key-store tpm it is imported into the TPM 2.0 and signs only there; delete your file
copy afterwards if the TPM is to be its only home. &apos;login --api-public-key PUBLIC_KEY&apos;
then uses it with no key file.</source>
        <translation>Lit la clé privée (64 chiffres hexadécimaux) depuis --api-private-key-file PATH, ou depuis l&apos;entrée standard
avec « - », jamais depuis un argument, et affiche sa clé publique. La clé est une clé réservée : &apos;keys list&apos;
l&apos;affiche, rien d&apos;automatique ne la supprime, &apos;keys delete PUBLIC_KEY&apos; le fait. Avec --key-store tpm elle est
importée dans le TPM 2.0 et ne signe plus que là ; supprimez ensuite votre copie en fichier si le TPM doit être
son seul emplacement. &apos;login --api-public-key PUBLIC_KEY&apos; l&apos;utilise alors sans fichier de clé.</translation>
    </message>
    <message>
        <source>File holding the private key as 64 hex digits, or &apos;-&apos; for standard input.</source>
        <translation>Fichier contenant la clé privée en 64 chiffres hexadécimaux, ou « - » pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>keys import needs --api-private-key-file PATH (or - for standard input)</source>
        <translation>keys import demande --api-private-key-file PATH (ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>Imported into the TPM and kept as a held key (see &apos;keys list&apos;).</source>
        <translation>Importée dans le TPM et conservée comme clé réservée (voir &apos;keys list&apos;).</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 a échoué (%2)</translation>
    </message>
    <message>
        <source>making the storage key</source>
        <translation>la création de la clé de stockage</translation>
    </message>
    <message>
        <source>the key is not a P-256 private key</source>
        <translation>la clé n&apos;est pas une clé privée P-256</translation>
    </message>
    <message>
        <source>no random bytes for the key&apos;s TPM seed</source>
        <translation>aucun octet aléatoire pour la graine TPM de la clé</translation>
    </message>
    <message>
        <source>the key could not be prepared for the TPM</source>
        <translation>la clé n&apos;a pas pu être préparée pour le TPM</translation>
    </message>
    <message>
        <source>importing the key</source>
        <translation>l&apos;importation de la clé</translation>
    </message>
    <message>
        <source>the TPM&apos;s key blob could not be written</source>
        <translation>le blob de clé du TPM n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>This computer already has key %1 (see `keys list`); nothing was imported.</source>
        <translation>Cet ordinateur a déjà la clé %1 (voir `keys list`) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>With --passkey: the account to sign in as when the security key holds passkeys of several for the site (its user name); asked for when not given.</source>
        <translation>Avec --passkey : le compte sous lequel se connecter quand la clé de sécurité contient des clés d&apos;accès de plusieurs comptes pour le site (son nom d&apos;utilisateur) ; demandé s&apos;il n&apos;est pas donné.</translation>
    </message>
    <message>
        <source>--passkey-account goes with --passkey</source>
        <translation>--passkey-account va avec --passkey</translation>
    </message>
    <message>
        <source>With --stamp-with passkey: the account whose passkey signs, when the security key holds several for the site; asked for when not given.</source>
        <translation>Avec --stamp-with passkey : le compte dont la clé d&apos;accès signe, quand la clé de sécurité en contient plusieurs pour le site ; demandé s&apos;il n&apos;est pas donné.</translation>
    </message>
    <message>
        <source>--passkey-account goes with --stamp-with passkey</source>
        <translation>--passkey-account va avec --stamp-with passkey</translation>
    </message>
    <message>
        <source>The security key needs its PIN and none was read; nothing was stored.</source>
        <translation>La clé de sécurité demande son code PIN et aucun n&apos;a été lu ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This security key holds passkeys of several accounts for %1: %2.</source>
        <translation>Cette clé de sécurité contient des clés d&apos;accès de plusieurs comptes pour %1 : %2.</translation>
    </message>
    <message>
        <source>Account: </source>
        <translation>Compte : </translation>
    </message>
    <message>
        <source>No account was chosen; nothing was stored. Name one with --passkey-account.</source>
        <translation>Aucun compte n&apos;a été choisi ; rien n&apos;a été enregistré. Indiquez-en un avec --passkey-account.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2; nothing was stored.</source>
        <translation>&apos;%1&apos; ne fait pas partie de %2 ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This security key holds passkeys of several accounts for this site (%1): choose one</source>
        <translation>Cette clé de sécurité contient des clés d&apos;accès de plusieurs comptes pour ce site (%1) : choisissez-en un</translation>
    </message>
    <message>
        <source>This security key holds no passkey of account %1 for this site (it has: %2)</source>
        <translation>Cette clé de sécurité ne contient pas de clé d&apos;accès du compte %1 pour ce site (elle a : %2)</translation>
    </message>
    <message>
        <source>only http and https URLs can be requested, not &apos;%1&apos;</source>
        <translation>seules les URL http et https peuvent être demandées, pas « %1 »</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>l&apos;URL n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>invalid request method</source>
        <translation>méthode de requête invalide</translation>
    </message>
    <message>
        <source>invalid request header &apos;%1&apos;</source>
        <translation>en-tête de requête invalide « %1 »</translation>
    </message>
    <message>
        <source>the %1 header is the client&apos;s to set</source>
        <translation>l&apos;en-tête %1 est fixé par le client lui-même</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response</source>
        <translation>la connexion s&apos;est fermée au milieu de la réponse</translation>
    </message>
    <message>
        <source>the connection closed before a response</source>
        <translation>la connexion s&apos;est fermée avant toute réponse</translation>
    </message>
    <message>
        <source>a line of the response is longer than %1 bytes</source>
        <translation>une ligne de la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>the status line is not HTTP/1.x: &apos;%1&apos;</source>
        <translation>la ligne d&apos;état n&apos;est pas du HTTP/1.x : « %1 »</translation>
    </message>
    <message>
        <source>the status line has no valid status code: &apos;%1&apos;</source>
        <translation>la ligne d&apos;état n&apos;a pas de code d&apos;état valide : « %1 »</translation>
    </message>
    <message>
        <source>the response&apos;s headers are larger than %1 bytes</source>
        <translation>les en-têtes de la réponse dépassent %1 octets</translation>
    </message>
    <message>
        <source>the response has a folded header line</source>
        <translation>la réponse contient une ligne d&apos;en-tête repliée</translation>
    </message>
    <message>
        <source>the response has a malformed header line</source>
        <translation>la réponse contient une ligne d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>le serveur a changé de protocole</translation>
    </message>
    <message>
        <source>the response&apos;s Content-Length is invalid or conflicting</source>
        <translation>le Content-Length de la réponse est invalide ou contradictoire</translation>
    </message>
    <message>
        <source>the response&apos;s Content-Length is empty</source>
        <translation>le Content-Length de la réponse est vide</translation>
    </message>
    <message>
        <source>the response has a malformed chunk size</source>
        <translation>la réponse contient une taille de bloc mal formée</translation>
    </message>
    <message>
        <source>a chunk of the response is not followed by CR LF</source>
        <translation>un bloc de la réponse n&apos;est pas suivi de CR LF</translation>
    </message>
</context>
<context>
    <name>ws::KeychainStore</name>
    <message>
        <source>checking the keychain</source>
        <translation>vérification du trousseau</translation>
    </message>
    <message>
        <source>keychain entry &apos;%1&apos;</source>
        <translation>entrée « %1 » du trousseau</translation>
    </message>
    <message>
        <source>%1: the keychain did not answer within %2 s. It may be locked or waiting for an unlock prompt; unlock it (or restart gnome-keyring / KWallet) and try again.</source>
        <translation>%1 : le trousseau n&apos;a pas répondu en %2 s. Il est peut-être verrouillé ou en attente d&apos;une demande de déverrouillage ; déverrouillez-le (ou redémarrez gnome-keyring / KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>keychain entry &apos;%1&apos;: the keychain is not available (it did not answer or no Secret Service is running). Unlock or start gnome-keyring / KWallet; it is checked again automatically.</source>
        <translation>entrée « %1 » du trousseau : le trousseau n&apos;est pas disponible (il n&apos;a pas répondu ou aucun Secret Service n&apos;est actif). Déverrouillez ou démarrez gnome-keyring / KWallet ; une nouvelle vérification est faite automatiquement.</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>system keychain (Secret Service / KWallet)</source>
        <translation>trousseau du système (Secret Service / KWallet)</translation>
    </message>
    <message>
        <source>%1, service &apos;%2&apos;: available</source>
        <translation>%1, service « %2 » : disponible</translation>
    </message>
    <message>
        <source>%1, service &apos;%2&apos;: not available; sessions cannot be saved or used until it answers</source>
        <translation>%1, service « %2 » : indisponible ; les sessions ne peuvent être ni enregistrées ni utilisées tant qu&apos;il ne répond pas</translation>
    </message>
    <message>
        <source>%1, service &apos;%2&apos;: not checked yet</source>
        <translation>%1, service « %2 » : pas encore vérifié</translation>
    </message>
</context>
<context>
    <name>ws::Notifier</name>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Wallet Sessions</source>
        <translation>Wallet Sessions</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Échec de l&apos;actualisation</translation>
    </message>
</context>
<context>
    <name>ws::OtpAttestation</name>
    <message>
        <source>The email address is empty.</source>
        <translation>L&apos;adresse e-mail est vide.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>The Auth Proxy&apos;s target bundle</source>
        <translation>Le paquet cible du proxy d&apos;authentification</translation>
    </message>
    <message>
        <source>The verification token</source>
        <translation>Le jeton de vérification</translation>
    </message>
    <message>
        <source>The verification token is bound to another key than this sign-in&apos;s.</source>
        <translation>Le jeton de vérification est lié à une autre clé que celle de cette connexion.</translation>
    </message>
    <message>
        <source>No account uses %1.</source>
        <translation>Aucun compte n&apos;utilise %1.</translation>
    </message>
</context>
<context>
    <name>ws::RefreshScheduler</name>
    <message>
        <source>auto-refresh gave up: the server no longer accepts this session (%1); log in again</source>
        <translation>l&apos;actualisation automatique a abandonné : le serveur n&apos;accepte plus cette session (%1) ; reconnectez-vous</translation>
    </message>
    <message>
        <source>auto-refresh gave up: the session expires at %1 (last error: %2); refresh it by hand or log in again</source>
        <translation>l&apos;actualisation automatique a abandonné : la session expire à %1 (dernière erreur : %2) ; actualisez-la manuellement ou reconnectez-vous</translation>
    </message>
</context>
<context>
    <name>ws::SessionIndex</name>
    <message>
        <source>field &apos;sessions&apos; has an invalid session key &quot;%1&quot;</source>
        <translation>le champ « sessions » contient un nom de session invalide « %1 »</translation>
    </message>
    <message>
        <source>field &apos;keys&apos; has an entry whose public key &quot;%1&quot; is not hex</source>
        <translation>le champ « keys » contient une entrée dont la clé publique « %1 » n&apos;est pas en hexadécimal</translation>
    </message>
    <message>
        <source>field &apos;activeSessionKey&apos; names &quot;%1&quot;, which is not among the sessions</source>
        <translation>le champ « activeSessionKey » désigne « %1 », qui ne fait pas partie des sessions</translation>
    </message>
    <message>
        <source>Another Wallet Sessions process kept the session index %1 busy for more than %2 s (%3). Close it or wait for it to finish, then try again.</source>
        <translation>Un autre processus Wallet Sessions a occupé l&apos;index des sessions %1 pendant plus de %2 s (%3). Fermez-le ou attendez qu&apos;il se termine, puis réessayez.</translation>
    </message>
    <message>
        <source>the session index %1 is damaged (%2: %3)</source>
        <translation>l&apos;index des sessions %1 est endommagé (%2 : %3)</translation>
    </message>
    <message>
        <source>Cannot save the session index %1: the disk is full (%2). Nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer l&apos;index des sessions %1 : le disque est plein (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot use the session index %1 (%2: %3): check that %4 is writable and has free space. Nothing was changed.</source>
        <translation>Impossible d&apos;utiliser l&apos;index des sessions %1 (%2 : %3) : vérifiez que %4 est accessible en écriture et dispose d&apos;espace libre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed: cannot open the session index.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé : impossible d&apos;ouvrir l&apos;index des sessions.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>taking the write lock</source>
        <translation>prise du verrou d&apos;écriture</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>Cannot create the session index %1: check that %2 is writable.</source>
        <translation>Impossible de créer l&apos;index des sessions %1 : vérifiez que %2 est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot create the session index %1.</source>
        <translation>Impossible de créer l&apos;index des sessions %1.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>The session index %1 was written by a newer version of Wallet Sessions (schema version %2; this version reads %3). Update Wallet Sessions; the file was left untouched.</source>
        <translation>L&apos;index des sessions %1 a été écrit par une version plus récente de Wallet Sessions (version de schéma %2 ; cette version lit la %3). Mettez à jour Wallet Sessions ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>creating the tables</source>
        <translation>création des tables</translation>
    </message>
    <message>
        <source>upgrading the tables</source>
        <translation>mise à niveau des tables</translation>
    </message>
    <message>
        <source>The session index %1 has an unknown schema version %2.</source>
        <translation>L&apos;index des sessions %1 a une version de schéma inconnue : %2.</translation>
    </message>
    <message>
        <source>setting the schema version</source>
        <translation>définition de la version du schéma</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the old session index %1: %2</source>
        <translation>Impossible de lire l&apos;ancien index des sessions %1 : %2</translation>
    </message>
    <message>
        <source>The old session index %1 is too large to read and could not be moved aside to %2. Move it by hand.</source>
        <translation>L&apos;ancien index des sessions %1 est trop volumineux pour être lu et n&apos;a pas pu être mis de côté dans %2. Déplacez-le manuellement.</translation>
    </message>
    <message>
        <source>The old session index %1 was not read (%2 MiB, more than the %3 MiB a session index can plausibly be) and has been moved to %4; no keychain entry was deleted.</source>
        <translation>L&apos;ancien index des sessions %1 n&apos;a pas été lu (%2 Mio, plus que les %3 Mio qu&apos;un index des sessions peut raisonnablement atteindre) et a été déplacé vers %4 ; aucune entrée du trousseau n&apos;a été supprimée.</translation>
    </message>
    <message>
        <source>from a damaged index (moved to %1)</source>
        <translation>provenant d&apos;un index endommagé (déplacé vers %1)</translation>
    </message>
    <message>
        <source>The old session index sessions.json was damaged (%1) and has been moved to %2. Kept: %3 (restored from its text: %4). Dropped, as they could not be read: %5. Keychain entries that no remaining session uses: %6; nothing deletes them until you do (keys list shows them).</source>
        <translation>L&apos;ancien index des sessions sessions.json était endommagé (%1) et a été déplacé vers %2. Conservé : %3 (restauré à partir de son texte : %4). Abandonné car illisible : %5. Entrées du trousseau qu&apos;aucune session restante n&apos;utilise : %6 ; rien ne les supprime tant que vous ne le faites pas (keys list les affiche).</translation>
    </message>
    <message>
        <source>from an old sessions.json merged into the index (moved to %1)</source>
        <translation>provenant d&apos;un ancien sessions.json fusionné dans l&apos;index (déplacé vers %1)</translation>
    </message>
    <message>
        <source>An old session index %1 was found beside %2 (an older version of Wallet Sessions was run again). It was not imported over the database. Merged, as the database did not have them: %3. Kept as they are, as the database already had them: %4. Keychain entries that no session uses, held (keys list shows them): %5. The file has been moved to %6.</source>
        <translation>Un ancien index des sessions %1 a été trouvé à côté de %2 (une ancienne version de Wallet Sessions a été relancée). Il n&apos;a pas été importé par-dessus la base de données. Fusionné, car absent de la base de données : %3. Laissé tel quel, car déjà présent dans la base de données : %4. Entrées du trousseau qu&apos;aucune session n&apos;utilise, réservées (keys list les affiche) : %5. Le fichier a été déplacé vers %6.</translation>
    </message>
    <message>
        <source>importing %1 (it was left as it is and will be imported at the next start)</source>
        <translation>importation de %1 (le fichier a été laissé tel quel et sera importé au prochain démarrage)</translation>
    </message>
    <message>
        <source>The session index %1 is damaged (%2) and could not be moved aside to %3. Move or repair it by hand.</source>
        <translation>L&apos;index des sessions %1 est endommagé (%2) et n&apos;a pas pu être mis de côté dans %3. Déplacez-le ou réparez-le manuellement.</translation>
    </message>
    <message>
        <source>The session index was damaged (%1) and has been moved to %2. Kept what could still be read: %3 and %4. Keychain entries that no remaining session uses: %5; nothing deletes them until you do (keys list shows them).</source>
        <translation>L&apos;index des sessions était endommagé (%1) et a été déplacé vers %2. Ce qui pouvait encore être lu a été conservé : %3 et %4. Entrées du trousseau qu&apos;aucune session restante n&apos;utilise : %5 ; rien ne les supprime tant que vous ne le faites pas (keys list les affiche).</translation>
    </message>
    <message numerus="yes">
        <source>%n key record(s)</source>
        <translation>
            <numerusform>%n enregistrement de clé</numerusform>
            <numerusform>%n enregistrements de clé</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1 to its owner.</source>
        <translation>Impossible de restreindre les permissions de %1 à son propriétaire.</translation>
    </message>
    <message>
        <source>A change to the session index was refused because it would break it: %1</source>
        <translation>Une modification de l&apos;index des sessions a été refusée, car elle l&apos;aurait endommagé : %1</translation>
    </message>
</context>
<context>
    <name>ws::SessionManager</name>
    <message>
        <source>made by &apos;keys generate&apos; on %1</source>
        <translation>créée par « keys generate » le %1</translation>
    </message>
    <message>
        <source>The new key pair&apos;s record is missing.</source>
        <translation>L&apos;enregistrement de la nouvelle paire de clés est absent.</translation>
    </message>
    <message>
        <source>There is no key pair %1 on this computer.</source>
        <translation>Il n&apos;y a aucune paire de clés %1 sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Key pair %1 belongs to session &apos;%2&apos;; clear the session instead.</source>
        <translation>La paire de clés %1 appartient à la session « %2 » ; effacez plutôt la session.</translation>
    </message>
    <message>
        <source>imported by &apos;keys import&apos; on %1</source>
        <translation>importée par &apos;keys import&apos; le %1</translation>
    </message>
</context>
<context>
    <name>ws::TrayIntegration</name>
    <message>
        <source>Wallet Sessions: no default session</source>
        <translation>Wallet Sessions : aucune session par défaut</translation>
    </message>
    <message>
        <source>Wallet Sessions: &apos;%1&apos;, %2</source>
        <translation>Wallet Sessions : « %1 », %2</translation>
    </message>
    <message>
        <source>refreshing...</source>
        <translation>actualisation...</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>Refresh &apos;%1&apos; (%2)</source>
        <translation>Actualiser « %1 » (%2)</translation>
    </message>
    <message>
        <source>Refresh the default session</source>
        <translation>Actualiser la session par défaut</translation>
    </message>
    <message numerus="yes">
        <source>Refresh all (%n expiring)</source>
        <translation>
            <numerusform>Tout actualiser (%n expire bientôt)</numerusform>
            <numerusform>Tout actualiser (%n expirent bientôt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Tout actualiser</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the window…</source>
        <translation>
            <numerusform>%n autre dans la fenêtre…</numerusform>
            <numerusform>%n autres dans la fenêtre…</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Tout effacer…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>There is no active session to refresh.</source>
        <translation>Il n&apos;y a aucune session active à actualiser.</translation>
    </message>
    <message>
        <source>Refreshed &apos;%1&apos;; it now expires at %2.</source>
        <translation>« %1 » actualisée ; elle expire maintenant à %2.</translation>
    </message>
    <message>
        <source>Refreshing &apos;%1&apos; failed: %2</source>
        <translation>L&apos;actualisation de « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>Refreshing all sessions failed: %1</source>
        <translation>L&apos;actualisation de toutes les sessions a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n session(s)</source>
        <translation>
            <numerusform>%n session actualisée</numerusform>
            <numerusform>%n sessions actualisées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::TurnkeyClient</name>
    <message>
        <source>the new session&apos;s public key is empty</source>
        <translation>la clé publique de la nouvelle session est vide</translation>
    </message>
    <message>
        <source>the session lifetime must be positive</source>
        <translation>la durée de vie de la session doit être positive</translation>
    </message>
    <message>
        <source>the attested stamp needs a scheme and an attestation</source>
        <translation>la signature (stamp) attestée nécessite un schéma et une attestation</translation>
    </message>
    <message>
        <source>the user ID is empty</source>
        <translation>l&apos;ID utilisateur est vide</translation>
    </message>
    <message>
        <source>no API key IDs were given</source>
        <translation>aucun ID de clé d&apos;API n&apos;a été fourni</translation>
    </message>
    <message>
        <source>the wallet ID is empty</source>
        <translation>l&apos;ID du portefeuille est vide</translation>
    </message>
    <message>
        <source>no signing key was given</source>
        <translation>aucune clé de signature n&apos;a été fournie</translation>
    </message>
    <message>
        <source>nothing was given to authenticate it</source>
        <translation>rien n&apos;a été donné pour l&apos;authentifier</translation>
    </message>
</context>
<context>
    <name>ws::api::ApiCallImpl</name>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 a été annulé</translation>
    </message>
    <message>
        <source>%1 was cancelled: the API client was shut down</source>
        <translation>%1 a été annulé : le client d&apos;API a été arrêté</translation>
    </message>
    <message>
        <source>stamping %1</source>
        <translation>signature de %1</translation>
    </message>
    <message>
        <source>%1: the server&apos;s reply is larger than %2 bytes (at least %3); refused</source>
        <translation>%1 : la réponse du serveur dépasse %2 octets (au moins %3) ; refusée</translation>
    </message>
    <message>
        <source>%1: the API sent nothing for %2 s; gave up</source>
        <translation>%1 : l&apos;API n&apos;a rien envoyé pendant %2 s ; abandon</translation>
    </message>
    <message>
        <source>%1: the API answered with a redirect (HTTP %2) to &apos;%3&apos;; refusing to follow it</source>
        <translation>%1 : l&apos;API a répondu par une redirection (HTTP %2) vers « %3 » ; elle n&apos;est pas suivie</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>aucune destination</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON invalide à la position %1 (%2)</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>le JSON n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1: the server&apos;s reply (HTTP %2) is not what the protocol says: %3</source>
        <translation>%1 : la réponse du serveur (HTTP %2) ne respecte pas le protocole : %3</translation>
    </message>
    <message>
        <source>%1 (polling get_activity)</source>
        <translation>%1 (interrogation de get_activity)</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (après %1 tentatives)</translation>
    </message>
    <message>
        <source> (no time left to retry before the %1 s deadline)</source>
        <translation> (plus le temps de réessayer avant l&apos;échéance de %1 s)</translation>
    </message>
    <message>
        <source>%1: no complete answer from the API within %2 s; gave up</source>
        <translation>%1 : aucune réponse complète de l&apos;API en %2 s ; abandon</translation>
    </message>
</context>
<context>
    <name>ws::net::HttpConnection</name>
    <message>
        <source>the server closed the kept-alive connection</source>
        <translation>le serveur a fermé la connexion maintenue ouverte</translation>
    </message>
    <message>
        <source>nothing was sent or received for %1 ms</source>
        <translation>rien n&apos;a été envoyé ni reçu pendant %1 ms</translation>
    </message>
</context>
<context>
    <name>ws::proxy::SessionBinding</name>
    <message>
        <source>session &apos;%1&apos; was cleared; this proxy no longer stamps requests</source>
        <translation>la session « %1 » a été effacée ; ce proxy ne signe plus les requêtes</translation>
    </message>
    <message>
        <source>session &apos;%1&apos; was revoked; this proxy no longer stamps requests</source>
        <translation>la session « %1 » a été révoquée ; ce proxy ne signe plus les requêtes</translation>
    </message>
    <message>
        <source>session &apos;%1&apos; expired; this proxy no longer stamps requests</source>
        <translation>la session « %1 » a expiré ; ce proxy ne signe plus les requêtes</translation>
    </message>
    <message>
        <source>the server no longer accepts session &apos;%1&apos; (%2); this proxy no longer stamps requests</source>
        <translation>le serveur n&apos;accepte plus la session « %1 » (%2) ; ce proxy ne signe plus les requêtes</translation>
    </message>
</context>
<context>
    <name>ws::proxy::StampingProxy</name>
    <message>
        <source>the proxy listens on a loopback address only (127.0.0.1 or ::1), not %1</source>
        <translation>le proxy n&apos;écoute que sur une adresse de bouclage (127.0.0.1 ou ::1), pas sur %1</translation>
    </message>
    <message>
        <source>a proxy on TCP needs a bearer token</source>
        <translation>un proxy sur TCP nécessite un jeton Bearer</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>its directory %1 must be yours and private (mode 0700)</source>
        <translation>son dossier %1 doit vous appartenir et être privé (mode 0700)</translation>
    </message>
    <message>
        <source>a file that is not a socket is in the way</source>
        <translation>un fichier qui n&apos;est pas un socket occupe l&apos;emplacement</translation>
    </message>
    <message>
        <source>another process is listening there</source>
        <translation>un autre processus y écoute déjà</translation>
    </message>
    <message>
        <source>the proxy has too many open connections</source>
        <translation>le proxy a trop de connexions ouvertes</translation>
    </message>
    <message>
        <source>could not stamp the request: %1</source>
        <translation>impossible de signer la requête : %1</translation>
    </message>
    <message>
        <source>the API&apos;s answer is larger than %1 bytes</source>
        <translation>la réponse de l&apos;API dépasse %1 octets</translation>
    </message>
    <message>
        <source>the Turnkey API at %1 sent nothing for %2 s</source>
        <translation>l&apos;API Turnkey à %1 n&apos;a rien envoyé pendant %2 s</translation>
    </message>
    <message>
        <source>the Turnkey API at %1 could not be reached: %2</source>
        <translation>l&apos;API Turnkey à %1 est injoignable : %2</translation>
    </message>
</context>
<context>
    <name>ws::ui::ActionsController</name>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the selected sessions (F5)</source>
        <translation>Actualiser les sessions sélectionnées (F5)</translation>
    </message>
    <message>
        <source>Refresh &amp;all</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <source>Refresh every session that has not expired</source>
        <translation>Actualiser chaque session qui n&apos;a pas expiré</translation>
    </message>
    <message>
        <source>Refresh with &amp;options…</source>
        <translation>Actualiser avec des &amp;options…</translation>
    </message>
    <message>
        <source>Refresh with a chosen lifetime, optionally invalidating other sessions</source>
        <translation>Actualiser avec une durée de vie choisie, en invalidant éventuellement les autres sessions</translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
    <message>
        <source>Make the selected session the default one, used when no session is named (double-click)</source>
        <translation>Faire de la session sélectionnée la session par défaut, utilisée quand aucune session n&apos;est nommée (double-clic)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Ask the server whether the session is still valid (whoami)</source>
        <translation>Demander au serveur si la session est toujours valide (whoami)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Delete the selected session and its key (Delete)</source>
        <translation>Supprimer la session sélectionnée et sa clé (Suppr)</translation>
    </message>
    <message>
        <source>Delete every session and its key</source>
        <translation>Supprimer chaque session et sa clé</translation>
    </message>
    <message>
        <source>Copy &amp;public key</source>
        <translation>Copier la clé &amp;publique</translation>
    </message>
    <message>
        <source>Copy the session&apos;s public key to the clipboard</source>
        <translation>Copier la clé publique de la session dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy session &amp;details</source>
        <translation>Copier les dé&amp;tails de la session</translation>
    </message>
    <message>
        <source>Copy every detail of the session as text</source>
        <translation>Copier tous les détails de la session en texte</translation>
    </message>
    <message>
        <source>Delete the sessions that have expired</source>
        <translation>Supprimer les sessions qui ont expiré</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>P&amp;aramètres…</translation>
    </message>
    <message>
        <source>API URL, lifetimes, auto-refresh, warnings, tray</source>
        <translation>URL de l&apos;API, durées de vie, actualisation automatique, avertissements, zone de notification</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Filter the sessions</source>
        <translation>Filtrer les sessions</translation>
    </message>
    <message>
        <source>Show &amp;details pane</source>
        <translation>Afficher le panneau des &amp;détails</translation>
    </message>
    <message>
        <source>Show or hide the session details</source>
        <translation>Afficher ou masquer les détails de la session</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Ouvrir le guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Wallet Sessions</source>
        <translation>À &amp;propos de Wallet Sessions</translation>
    </message>
    <message>
        <source>Version and components</source>
        <translation>Version et composants</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Wallet Sessions</source>
        <translation>Quitter Wallet Sessions</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Cl&amp;ear all…</source>
        <translation>Tout e&amp;ffacer…</translation>
    </message>
    <message>
        <source>Re&amp;move expired</source>
        <translation>Supprimer les e&amp;xpirées</translation>
    </message>
    <message>
        <source>Serve to local &amp;tools…</source>
        <translation>Servir aux outils &amp;locaux…</translation>
    </message>
    <message>
        <source>Let scripts and tools on this computer use the session through a local proxy</source>
        <translation>Laisser les scripts et outils de cet ordinateur utiliser la session via un proxy local</translation>
    </message>
    <message>
        <source>Refresh with a chosen lifetime, key or signer, optionally invalidating other sessions</source>
        <translation>Actualiser avec une durée de vie, une clé ou un signataire choisis, en invalidant éventuellement les autres sessions</translation>
    </message>
    <message>
        <source>Renew this expired session, signed by your remembered API key</source>
        <translation>Renouveler cette session expirée, signée par votre clé d&apos;API mémorisée</translation>
    </message>
    <message>
        <source>Create a session: email, text message or API key</source>
        <translation>Créer une session : e-mail, SMS ou clé d&apos;API</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>Replace an expired or revoked session with a new one under the same name</source>
        <translation>Remplacer une session expirée ou révoquée par une nouvelle sous le même nom</translation>
    </message>
    <message>
        <source>Replace &apos;%1&apos; with a new session under the same name, signed in the way it was created</source>
        <translation>Remplacer « %1 » par une nouvelle session sous le même nom, connectée de la même manière qu’elle</translation>
    </message>
    <message>
        <source>Only a session that has expired or was revoked needs signing in again</source>
        <translation>Seule une session expirée ou révoquée doit être reconnectée</translation>
    </message>
</context>
<context>
    <name>ws::ui::AppContext</name>
    <message>
        <source>Wallet Sessions — Demo</source>
        <translation>Wallet Sessions — Démo</translation>
    </message>
    <message>
        <source>Session expiring soon</source>
        <translation>Session bientôt expirée</translation>
    </message>
    <message>
        <source>Session &apos;%1&apos; expires in %2.</source>
        <translation>La session « %1 » expire dans %2.</translation>
    </message>
    <message>
        <source>Could not refresh &apos;%1&apos; before it expires: %2</source>
        <translation>Impossible d&apos;actualiser « %1 » avant son expiration : %2</translation>
    </message>
    <message>
        <source>Refreshing &apos;%1&apos; failed, will retry: %2</source>
        <translation>L&apos;actualisation de « %1 » a échoué, nouvel essai prévu : %2</translation>
    </message>
    <message>
        <source>Automatic refresh failed</source>
        <translation>Échec de l&apos;actualisation automatique</translation>
    </message>
    <message>
        <source>Refreshed &apos;%1&apos; automatically</source>
        <translation>« %1 » actualisée automatiquement</translation>
    </message>
    <message>
        <source>Session revoked</source>
        <translation>Session révoquée</translation>
    </message>
    <message>
        <source>Keychain check failed: %1</source>
        <translation>Échec de la vérification du trousseau : %1</translation>
    </message>
    <message>
        <source>Start-up clean-up failed: %1</source>
        <translation>Échec du nettoyage au démarrage : %1</translation>
    </message>
    <message numerus="yes">
        <source>Start-up clean-up: %n key(s) could not be deleted yet</source>
        <translation>
            <numerusform>Nettoyage au démarrage : %n clé n&apos;a pas encore pu être supprimée</numerusform>
            <numerusform>Nettoyage au démarrage : %n clés n&apos;ont pas encore pu être supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: logging in three demo sessions…</source>
        <translation>Démo : connexion de trois sessions de démonstration…</translation>
    </message>
    <message>
        <source>Demo ready: three sessions expiring in 2, 5 and 15 minutes</source>
        <translation>Démo prête : trois sessions qui expirent dans 2, 5 et 15 minutes</translation>
    </message>
    <message>
        <source>The demo could not create its sessions: %1</source>
        <translation>La démo n&apos;a pas pu créer ses sessions : %1</translation>
    </message>
    <message>
        <source>Started the demo in a separate window</source>
        <translation>La démo a démarré dans une fenêtre distincte</translation>
    </message>
    <message>
        <source>Could not start the demo</source>
        <translation>Impossible de démarrer la démo</translation>
    </message>
    <message>
        <source>Demo ID</source>
        <translation>ID de démo</translation>
    </message>
    <message>
        <source>The server no longer knows session &apos;%1&apos;. Use Sign in again to replace it.</source>
        <translation>Le serveur ne connaît plus la session « %1 ». Utilisez « Se reconnecter » pour la remplacer.</translation>
    </message>
    <message>
        <source>Demo: no demo sessions, because the system keychain is not available (see the message above)</source>
        <translation>Démo : aucune session de démonstration, car le trousseau du système n’est pas disponible (voir le message ci-dessus)</translation>
    </message>
    <message>
        <source>The browser finished a sign-in that is no longer waiting here (it was cancelled, timed out or already done). Start the sign-in again.</source>
        <translation>Le navigateur a terminé une connexion qui n’est plus en attente ici (annulée, expirée ou déjà faite). Recommencez la connexion.</translation>
    </message>
</context>
<context>
    <name>ws::ui::ConfirmClearAllDialog</name>
    <message numerus="yes">
        <source>Clear all %n session(s)?</source>
        <translation>
            <numerusform>Effacer la session (%n) ?</numerusform>
            <numerusform>Effacer les %n sessions ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all sessions</source>
        <translation>Effacer toutes les sessions</translation>
    </message>
    <message>
        <source>Their keys are deleted from the keychain. This cannot be undone.</source>
        <translation>Leurs clés sont supprimées du trousseau. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Also &amp;revoke the sessions on the server</source>
        <translation>&amp;Révoquer aussi les sessions sur le serveur</translation>
    </message>
    <message>
        <source>Deletes each session&apos;s key at Turnkey too, so a copy elsewhere stops working</source>
        <translation>Supprime aussi la clé de chaque session chez Turnkey, pour qu&apos;une copie ailleurs cesse de fonctionner</translation>
    </message>
    <message>
        <source>&amp;Clear all</source>
        <translation>Tout &amp;effacer</translation>
    </message>
</context>
<context>
    <name>ws::ui::DemoInbox</name>
    <message>
        <source>Demo inbox</source>
        <translation>Boîte de réception de démo</translation>
    </message>
    <message>
        <source>The demo server&apos;s emails and text messages appear here. Choose &lt;b&gt;Sign in with email&lt;/b&gt;, enter any address, and the code arrives in this inbox.</source>
        <translation>Les e-mails et SMS du serveur de démo apparaissent ici. Choisissez &lt;b&gt;Se connecter par e-mail&lt;/b&gt;, saisissez n&apos;importe quelle adresse, et le code arrive dans cette boîte de réception.</translation>
    </message>
    <message>
        <source>Messages with one-time codes</source>
        <translation>Messages avec des codes à usage unique</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>Copy the selected message&apos;s code</source>
        <translation>Copier le code du message sélectionné</translation>
    </message>
    <message>
        <source>%1 · Text to %2
Your code is %3</source>
        <translation>%1 · SMS à %2
Votre code est %3</translation>
    </message>
    <message>
        <source>%1 · Email to %2
Your code is %3</source>
        <translation>%1 · E-mail à %2
Votre code est %3</translation>
    </message>
    <message>
        <source>Code %1 for %2</source>
        <translation>Code %1 pour %2</translation>
    </message>
    <message>
        <source>The demo server&apos;s emails and text messages would appear here. Signing in needs the system keychain, which is not available.</source>
        <translation>Les e-mails et SMS du serveur de démonstration apparaîtraient ici. La connexion a besoin du trousseau du système, qui n’est pas disponible.</translation>
    </message>
</context>
<context>
    <name>ws::ui::DurationEdit</name>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>%1, amount</source>
        <translation>%1, quantité</translation>
    </message>
    <message>
        <source>%1, unit</source>
        <translation>%1, unité</translation>
    </message>
</context>
<context>
    <name>ws::ui::EmptyStateWidget</name>
    <message>
        <source>&lt;h2&gt;No sessions yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucune session pour l&apos;instant&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Log in with an API key…</source>
        <translation>Se &amp;connecter avec une clé d&apos;API…</translation>
    </message>
    <message>
        <source>Opens the log-in dialog</source>
        <translation>Ouvre la boîte de dialogue de connexion</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Essayer la démo</translation>
    </message>
    <message>
        <source>Starts a separate demo window with a local test server and three short sessions</source>
        <translation>Ouvre une fenêtre de démonstration distincte avec un serveur de test local et trois courtes sessions</translation>
    </message>
    <message>
        <source>A session is a short-lived key that lets you act on your Turnkey organization without using your long-lived API key each time.&lt;br&gt;&lt;b&gt;Sign in with email&lt;/b&gt; to create one (a one-time code is sent to you), log in with an API key if you are a developer, or &lt;b&gt;try the demo&lt;/b&gt; to see how sessions, countdowns and refreshes work against a local test server.</source>
        <translation>Une session est une clé de courte durée qui vous permet d&apos;agir sur votre organisation Turnkey sans utiliser à chaque fois votre clé d&apos;API de longue durée.&lt;br&gt;&lt;b&gt;Connectez-vous par e-mail&lt;/b&gt; pour en créer une (un code à usage unique vous est envoyé), connectez-vous avec une clé d&apos;API si vous êtes développeur, ou &lt;b&gt;essayez la démo&lt;/b&gt; pour voir comment les sessions, les comptes à rebours et les actualisations fonctionnent avec un serveur de test local.</translation>
    </message>
    <message>
        <source>Sign in with &amp;email…</source>
        <translation>Se connecter par e-&amp;mail…</translation>
    </message>
    <message>
        <source>Sends a one-time code to your email address</source>
        <translation>Envoie un code à usage unique à votre adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Restore demo sessions</source>
        <translation>&amp;Restaurer les sessions de démo</translation>
    </message>
    <message>
        <source>Logs in the demo&apos;s three short sessions again</source>
        <translation>Reconnecte les trois sessions courtes de la démo</translation>
    </message>
    <message>
        <source>A session is a short-lived key that lets you act on your Turnkey organization without using your long-lived API key each time.&lt;br&gt;This is the demo, against a local test server: &lt;b&gt;restore the demo sessions&lt;/b&gt;, sign in with email (the code arrives in the demo inbox), or log in with the demo&apos;s API key, which is filled in for you.</source>
        <translation>Une session est une clé de courte durée qui vous permet d&apos;agir sur votre organisation Turnkey sans utiliser à chaque fois votre clé d&apos;API de longue durée.&lt;br&gt;Ceci est la démo, avec un serveur de test local : &lt;b&gt;restaurez les sessions de démo&lt;/b&gt;, connectez-vous par e-mail (le code arrive dans la boîte de réception de la démo) ou avec la clé d&apos;API de la démo, qui est remplie pour vous.</translation>
    </message>
    <message>
        <source>A session is a short-lived key that lets you act on your Turnkey organization without using your long-lived API key each time.&lt;br&gt;Sessions keep their keys in the system keychain, which is not available: the message above says what to do.</source>
        <translation>Une session est une clé de courte durée qui vous permet d’agir sur votre organisation Turnkey sans utiliser à chaque fois votre clé d’API de longue durée.&lt;br&gt;Les sessions gardent leurs clés dans le trousseau du système, qui n’est pas disponible : le message ci-dessus indique quoi faire.</translation>
    </message>
</context>
<context>
    <name>ws::ui::LoginDialog</name>
    <message>
        <source>Log in with an API key</source>
        <translation>Se connecter avec une clé d&apos;API</translation>
    </message>
    <message>
        <source>Creates a new session: a fresh key pair registered with Turnkey for a limited time, signed with your API key. The session&apos;s private key is stored only in the system keychain.</source>
        <translation>Crée une nouvelle session : une nouvelle paire de clés enregistrée auprès de Turnkey pour une durée limitée, signée avec votre clé d&apos;API. La clé privée de la session est conservée uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>e.g. 5d9b8a3c-…</source>
        <translation>p. ex. 5d9b8a3c-…</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>ID d&apos;&amp;organisation :</translation>
    </message>
    <message>
        <source>66 hex characters starting with 02 or 03</source>
        <translation>66 caractères hexadécimaux commençant par 02 ou 03</translation>
    </message>
    <message>
        <source>API public key</source>
        <translation>Clé publique d&apos;API</translation>
    </message>
    <message>
        <source>API &amp;public key:</source>
        <translation>Clé &amp;publique d&apos;API :</translation>
    </message>
    <message>
        <source>API private key</source>
        <translation>Clé privée d&apos;API</translation>
    </message>
    <message>
        <source>Hidden while you type; never written to disk</source>
        <translation>Masquée pendant la saisie ; jamais écrite sur le disque</translation>
    </message>
    <message>
        <source>Load from &amp;file…</source>
        <translation>Charger depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Reads the private key from a Turnkey CLI key file</source>
        <translation>Lit la clé privée depuis un fichier de clé de la CLI Turnkey</translation>
    </message>
    <message>
        <source>API pri&amp;vate key:</source>
        <translation>Clé pri&amp;vée d&apos;API :</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Nom de session</translation>
    </message>
    <message>
        <source>The label this session is stored under</source>
        <translation>Le nom sous lequel cette session est enregistrée</translation>
    </message>
    <message>
        <source>&amp;Session key:</source>
        <translation>&amp;Nom de session :</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Durée de vie :</translation>
    </message>
    <message>
        <source>&amp;Remember this API key in the keychain</source>
        <translation>&amp;Mémoriser cette clé d&apos;API dans le trousseau</translation>
    </message>
    <message>
        <source>Lets you refresh sessions of this organization later without typing the key</source>
        <translation>Permet d&apos;actualiser plus tard les sessions de cette organisation sans saisir la clé</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Se conne&amp;cter</translation>
    </message>
    <message>
        <source>Enter the organization ID.</source>
        <translation>Saisissez l&apos;ID d&apos;organisation.</translation>
    </message>
    <message>
        <source>The organization ID cannot contain spaces.</source>
        <translation>L&apos;ID d&apos;organisation ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>Enter the API public key.</source>
        <translation>Saisissez la clé publique d&apos;API.</translation>
    </message>
    <message>
        <source>The API public key must be 66 hex characters starting with 02 or 03 (compressed P-256).</source>
        <translation>La clé publique d&apos;API doit compter 66 caractères hexadécimaux commençant par 02 ou 03 (P-256 compressé).</translation>
    </message>
    <message>
        <source>Enter the API private key, or load it from a file.</source>
        <translation>Saisissez la clé privée d&apos;API ou chargez-la depuis un fichier.</translation>
    </message>
    <message>
        <source>The API private key must be up to 64 hex characters.</source>
        <translation>La clé privée d&apos;API doit compter au plus 64 caractères hexadécimaux.</translation>
    </message>
    <message>
        <source>The API private key does not belong to this public key.</source>
        <translation>La clé privée d&apos;API ne correspond pas à cette clé publique.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 est trop volumineux pour être un fichier de clé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Load API private key</source>
        <translation>Charger la clé privée d&apos;API</translation>
    </message>
    <message>
        <source>Key files (*.private *.key *.txt);;All files (*)</source>
        <translation>Fichiers de clé (*.private *.key *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This API key is remembered in the keychain: leave the private key empty to sign with it.</source>
        <translation>Cette clé d’API est mémorisée dans le trousseau : laissez la clé privée vide pour signer avec elle.</translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation>Durée de vie de la session</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; can no longer be refreshed. Signing in again creates a new session under the same name and replaces the old one, whose key is then deleted.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ne peut plus être actualisée. Se reconnecter crée une nouvelle session sous le même nom et remplace l’ancienne, dont la clé est alors supprimée.</translation>
    </message>
    <message>
        <source>The session being replaced</source>
        <translation>La session remplacée</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Keep keys in this computer&apos;s &amp;TPM</source>
        <translation>Garder les clés dans le &amp;TPM de cet ordinateur</translation>
    </message>
    <message>
        <source>The session key is made inside the TPM 2.0 chip and never leaves it; its refreshes stay there. Needs a TPM this account can use (/dev/tpmrm0).</source>
        <translation>La clé de session est créée dans la puce TPM 2.0 et ne la quitte jamais ; ses renouvellements y restent. Il faut un TPM accessible à ce compte (/dev/tpmrm0).</translation>
    </message>
</context>
<context>
    <name>ws::ui::MainWindow</name>
    <message>
        <source>Wallet Sessions — Demo</source>
        <translation>Wallet Sessions — Démo</translation>
    </message>
    <message>
        <source>Wallet Sessions</source>
        <translation>Wallet Sessions</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Filter by session key, user, organization or type (Ctrl+F)</source>
        <translation>Filtrer par nom de session, utilisateur, organisation ou type (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Filtrer les sessions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Stored sessions with their time left. Enter or double-click makes a session active.</source>
        <translation>Sessions enregistrées avec leur temps restant. Entrée ou un double-clic rend une session active.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>No session matches “%1”.</source>
        <translation>Aucune session ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No usable system keychain: sessions cannot be stored safely. See the banner above.</source>
        <translation>Aucun trousseau système utilisable : les sessions ne peuvent pas être stockées en sécurité. Voir le bandeau ci-dessus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No usable system keychain.&lt;/b&gt; Wallet Sessions keeps private keys only in the system keychain, so it will not create or refresh sessions until one is available.&lt;br&gt;Install and unlock a Secret Service provider (GNOME Keyring: &lt;tt&gt;gnome-keyring&lt;/tt&gt;, or KeePassXC with Secret Service integration, or KWallet), make sure a D-Bus session is running, then restart the application.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>&lt;b&gt;Aucun trousseau système utilisable.&lt;/b&gt; Wallet Sessions conserve les clés privées uniquement dans le trousseau du système ; il ne crée ni n&apos;actualise de sessions tant qu&apos;aucun n&apos;est disponible.&lt;br&gt;Installez et déverrouillez un fournisseur Secret Service (GNOME Keyring : &lt;tt&gt;gnome-keyring&lt;/tt&gt;, KeePassXC avec l&apos;intégration Secret Service, ou KWallet), vérifiez qu&apos;une session D-Bus est active, puis redémarrez l&apos;application.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>About Wallet Sessions</source>
        <translation>À propos de Wallet Sessions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wallet Sessions %1&lt;/b&gt;&lt;br&gt;Manages Turnkey wallet sessions on the desktop: live countdowns, refresh, clear, and private keys kept in the system keychain.&lt;br&gt;&lt;br&gt;Qt %2&lt;br&gt;Keychain: %3</source>
        <translation>&lt;b&gt;Wallet Sessions %1&lt;/b&gt;&lt;br&gt;Gère les sessions de portefeuille Turnkey sur le bureau : comptes à rebours en direct, actualisation, effacement, et clés privées conservées dans le trousseau du système.&lt;br&gt;&lt;br&gt;Qt %2&lt;br&gt;Trousseau : %3</translation>
    </message>
    <message>
        <source>Still running in the system tray</source>
        <translation>Toujours actif dans la zone de notification</translation>
    </message>
    <message>
        <source>Stopped serving &apos;%1&apos;: %2</source>
        <translation>Service de « %1 » arrêté : %2</translation>
    </message>
    <message>
        <source>Cannot serve &apos;%1&apos;: %2</source>
        <translation>Impossible de servir « %1 » : %2</translation>
    </message>
    <message>
        <source>Serving &apos;%1&apos; to local tools</source>
        <translation>« %1 » est servie aux outils locaux</translation>
    </message>
    <message>
        <source>Stopped serving &apos;%1&apos;</source>
        <translation>Service de « %1 » arrêté</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has expired: renew it with Refresh with options, signed by your remembered API key, or use Sign in again.</source>
        <translation>« %1 » a expiré : renouvelez-la avec « Actualiser avec des options », signée par votre clé d’API mémorisée, ou utilisez « Se reconnecter ».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has expired: a refresh needs a session that is still valid. Use Sign in again.</source>
        <translation>« %1 » a expiré : une actualisation demande une session encore valide. Utilisez « Se reconnecter ».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was revoked on the server: it cannot be refreshed. Use Sign in again.</source>
        <translation>« %1 » a été révoquée sur le serveur : elle ne peut pas être actualisée. Utilisez « Se reconnecter ».</translation>
    </message>
    <message>
        <source>Forgetting the API key failed: %1</source>
        <translation>L’oubli de la clé d’API a échoué : %1</translation>
    </message>
</context>
<context>
    <name>ws::ui::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ws::ui::OidcProviderButtons</name>
    <message>
        <source>Continue with %1</source>
        <translation>Continuer avec %1</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>Opens %1 in your web browser; you come back here when you have signed in</source>
        <translation>Ouvre %1 dans votre navigateur web ; vous revenez ici une fois connecté</translation>
    </message>
</context>
<context>
    <name>ws::ui::OidcSignIn</name>
    <message>
        <source>You declined at %1, so nothing was signed in.</source>
        <translation>Vous avez refusé chez %1 : aucune connexion n&apos;a été faite.</translation>
    </message>
    <message>
        <source>The answer that reached Wallet Sessions did not belong to this sign-in, so it was refused. Please try again. (%1)</source>
        <translation>La réponse reçue par Wallet Sessions n&apos;appartenait pas à cette connexion : elle a été refusée. Veuillez réessayer. (%1)</translation>
    </message>
    <message>
        <source>%1&apos;s answer could not be trusted, so nothing was signed in. (%2)</source>
        <translation>La réponse de %1 n&apos;était pas fiable : aucune connexion n&apos;a été faite. (%2)</translation>
    </message>
    <message>
        <source>There is no wallet account for this %1 identity yet. (%2)</source>
        <translation>Il n&apos;existe pas encore de compte de portefeuille pour cette identité %1. (%2)</translation>
    </message>
    <message>
        <source>No answer came back from your browser in time. Please try again.</source>
        <translation>Votre navigateur n&apos;a pas répondu à temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>%1 or Turnkey could not be reached. Check your connection and try again. (%2)</source>
        <translation>%1 ou Turnkey est injoignable. Vérifiez votre connexion et réessayez. (%2)</translation>
    </message>
    <message>
        <source>The system keychain could not store the new session key. (%1)</source>
        <translation>Le trousseau du système n&apos;a pas pu stocker la nouvelle clé de session. (%1)</translation>
    </message>
</context>
<context>
    <name>ws::ui::OidcWaitingPage</name>
    <message>
        <source>Sign-in page address</source>
        <translation>Adresse de la page de connexion</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the sign-in page address</source>
        <translation>Copier l&apos;adresse de la page de connexion</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sign-in</source>
        <translation>A&amp;nnuler la connexion</translation>
    </message>
    <message>
        <source>Stops this sign-in; nothing is stored</source>
        <translation>Arrête cette connexion ; rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation>R&amp;ouvrir la page</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Terminez la connexion dans votre navigateur</translation>
    </message>
    <message>
        <source>Opening %1&apos;s sign-in page in your web browser…</source>
        <translation>Ouverture de la page de connexion de %1 dans votre navigateur web…</translation>
    </message>
    <message>
        <source>Your browser shows %1&apos;s sign-in page. When you have approved there, come back here: the new session appears in the list.</source>
        <translation>Votre navigateur affiche la page de connexion de %1. Une fois l&apos;accord donné, revenez ici : la nouvelle session apparaît dans la liste.</translation>
    </message>
    <message>
        <source>Your web browser could not be opened. Open this address in it to sign in with %1:</source>
        <translation>Votre navigateur web n&apos;a pas pu être ouvert. Ouvrez-y cette adresse pour vous connecter avec %1 :</translation>
    </message>
    <message>
        <source>Checking the answer from %1…</source>
        <translation>Vérification de la réponse de %1…</translation>
    </message>
    <message>
        <source>Your browser can be closed. Wallet Sessions checks the answer and registers the new session with Turnkey.</source>
        <translation>Vous pouvez fermer votre navigateur. Wallet Sessions vérifie la réponse et enregistre la nouvelle session auprès de Turnkey.</translation>
    </message>
    <message>
        <source>Signing in with %1 did not work</source>
        <translation>La connexion avec %1 n&apos;a pas abouti</translation>
    </message>
</context>
<context>
    <name>ws::ui::OtpCodePage</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Verifying the code</source>
        <translation>Vérification du code</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Envoyer un nouveau code</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Vérifier le code</translation>
    </message>
    <message numerus="yes">
        <source>%n letters or digits</source>
        <translation>
            <numerusform>%n lettre ou chiffre</numerusform>
            <numerusform>%n lettres ou chiffres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digits</source>
        <translation>
            <numerusform>%n chiffre</numerusform>
            <numerusform>%n chiffres</numerusform>
        </translation>
    </message>
    <message>
        <source>We sent a code to &lt;b&gt;%1&lt;/b&gt;. Enter it below; it works for a few minutes.</source>
        <translation>Nous avons envoyé un code à &lt;b&gt;%1&lt;/b&gt;. Saisissez-le ci-dessous ; il reste valable quelques minutes.</translation>
    </message>
    <message>
        <source>&amp;Resend code (%1 s)</source>
        <translation>&amp;Renvoyer le code (%1 s)</translation>
    </message>
    <message>
        <source>This code has expired or was used up. Send a new code to continue.</source>
        <translation>Ce code a expiré ou a déjà été utilisé. Envoyez un nouveau code pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>&amp;Renvoyer le code</translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. You can try %n more time(s).</source>
        <translation>
            <numerusform>Ce code n’est pas correct. Vous pouvez encore essayer %n fois.</numerusform>
            <numerusform>Ce code n’est pas correct. Vous pouvez encore essayer %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>That code is not right. Check it and try again.</source>
        <translation>Ce code n’est pas correct. Vérifiez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>ws::ui::OtpContactPage</name>
    <message>
        <source>Session name</source>
        <translation>Nom de session</translation>
    </message>
    <message>
        <source>The label this session is stored under</source>
        <translation>Le nom sous lequel cette session est enregistrée</translation>
    </message>
    <message>
        <source>&amp;Session name:</source>
        <translation>&amp;Nom de session :</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Durée de vie :</translation>
    </message>
    <message>
        <source>Sending the code</source>
        <translation>Envoi du code</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the ways to sign in</source>
        <translation>Retour aux modes de connexion</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>Envoyer le &amp;code</translation>
    </message>
    <message>
        <source>Send the one-time code</source>
        <translation>Envoyer le code à usage unique</translation>
    </message>
    <message>
        <source>We will email you a one-time code. If no account uses this address yet, one is created for you.</source>
        <translation>Nous vous enverrons un code à usage unique par e-mail. Si aucun compte n&apos;utilise encore cette adresse, un compte est créé pour vous.</translation>
    </message>
    <message>
        <source>We will text you a one-time code. If no account uses this number yet, one is created for you.</source>
        <translation>Nous vous enverrons un code à usage unique par SMS. Si aucun compte n&apos;utilise encore ce numéro, un compte est créé pour vous.</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Numéro de &amp;téléphone :</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
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
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter your phone number.</source>
        <translation>Saisissez votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code, as +15555550100.</source>
        <translation>Saisissez le numéro de téléphone avec son indicatif de pays, par exemple +15555550100.</translation>
    </message>
    <message>
        <source>A session named &apos;%1&apos; exists already; choose another name.</source>
        <translation>Une session nommée « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation>Durée de vie de la session</translation>
    </message>
    <message>
        <source>Sign in again to replace &lt;b&gt;%1&lt;/b&gt;: we will email you a one-time code, and the new session takes its place under the same name.</source>
        <translation>Reconnectez-vous pour remplacer &lt;b&gt;%1&lt;/b&gt; : nous vous envoyons un code à usage unique par e-mail, et la nouvelle session prend sa place sous le même nom.</translation>
    </message>
    <message>
        <source>Sign in again to replace &lt;b&gt;%1&lt;/b&gt;: we will text you a one-time code, and the new session takes its place under the same name.</source>
        <translation>Reconnectez-vous pour remplacer &lt;b&gt;%1&lt;/b&gt; : nous vous envoyons un code à usage unique par SMS, et la nouvelle session prend sa place sous le même nom.</translation>
    </message>
    <message>
        <source>The session being replaced</source>
        <translation>La session remplacée</translation>
    </message>
</context>
<context>
    <name>ws::ui::RefreshOptionsDialog</name>
    <message>
        <source>Refresh with options</source>
        <translation>Actualiser avec des options</translation>
    </message>
    <message>
        <source>Refresh &lt;b&gt;%1&lt;/b&gt;: a new session key replaces the current one.</source>
        <translation>Actualiser &lt;b&gt;%1&lt;/b&gt; : une nouvelle clé de session remplace l&apos;actuelle.</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>&amp;Expiration:</source>
        <translation>&amp;Expiration :</translation>
    </message>
    <message>
        <source>&amp;Invalidate the user&apos;s other sessions</source>
        <translation>&amp;Invalider les autres sessions de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Asks Turnkey to delete every other session key of this user (invalidateExisting). Sessions on other devices stop working.</source>
        <translation>Demande à Turnkey de supprimer toutes les autres clés de session de cet utilisateur (invalidateExisting). Les sessions sur d&apos;autres appareils cessent de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>made %1, in the TPM</source>
        <translation>créée %1, dans le TPM</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>créée %1</translation>
    </message>
    <message>
        <source>Renew session</source>
        <translation>Renouveler la session</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has expired. Your remembered API key can sign its renewal: a new session key replaces the old one, with no new log-in.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a expiré. Votre clé d&apos;API mémorisée peut signer son renouvellement : une nouvelle clé de session remplace l&apos;ancienne, sans nouvelle connexion.</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Nouvelle &amp;clé :</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signée par :</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>Make a new key pair (recommended)</source>
        <translation>Créer une nouvelle paire de clés (recommandé)</translation>
    </message>
    <message>
        <source>Held key %1 (%2)</source>
        <translation>Clé réservée %1 (%2)</translation>
    </message>
    <message>
        <source>No held keys. Make one ahead with &apos;wallet-sessions-cli keys generate&apos; to refresh onto a key you registered or noted beforehand.</source>
        <translation>Aucune clé réservée. Créez-en une à l&apos;avance avec « wallet-sessions-cli keys generate » pour actualiser vers une clé enregistrée ou notée au préalable.</translation>
    </message>
    <message>
        <source>A held key made beforehand (&apos;keys generate&apos;) becomes the session&apos;s key; it is then no longer held.</source>
        <translation>Une clé réservée créée à l&apos;avance (« keys generate ») devient la clé de la session ; elle n&apos;est alors plus réservée.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>This session&apos;s key</source>
        <translation>La clé de cette session</translation>
    </message>
    <message>
        <source>The session has expired: its key can no longer sign.</source>
        <translation>La session a expiré : sa clé ne peut plus signer.</translation>
    </message>
    <message>
        <source>Remembered API key %1</source>
        <translation>Clé d&apos;API mémorisée %1</translation>
    </message>
    <message>
        <source>Who signs the refresh request (stampWith). An API key remembered at log-in, or your security key, keeps working after the session expires.</source>
        <translation>Qui signe la demande d&apos;actualisation (stampWith). Une clé d&apos;API mémorisée à la connexion, ou votre clé de sécurité, reste utilisable après l&apos;expiration de la session.</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Clé de sécurité</translation>
    </message>
    <message>
        <source>Sign in with your security key once, so the app knows the site its passkey is for.</source>
        <translation>Connectez-vous une fois avec votre clé de sécurité, pour que l&apos;application connaisse le site de sa clé d&apos;accès.</translation>
    </message>
    <message>
        <source>Security key for %1</source>
        <translation>Clé de sécurité pour %1</translation>
    </message>
</context>
<context>
    <name>ws::ui::RememberedKeysSection</name>
    <message>
        <source>Remembered API keys</source>
        <translation>Clés d’API mémorisées</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Conservée dans</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>No API key is remembered. Check “Remember this API key” when you log in with one to sign in again with one click.</source>
        <translation>Aucune clé d’API n’est mémorisée. Cochez « Mémoriser cette clé d’API » en vous connectant avec une clé pour vous reconnecter en un clic.</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Oublier…</translation>
    </message>
    <message>
        <source>Forget the selected API key</source>
        <translation>Oublier la clé d’API sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected API key from this computer (it stays valid at Turnkey)</source>
        <translation>Supprimer la clé d’API sélectionnée de cet ordinateur (elle reste valide chez Turnkey)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>Oublier la clé d’API</translation>
    </message>
    <message>
        <source>Forget the API key %1 of organization %2?</source>
        <translation>Oublier la clé d’API %1 de l’organisation %2 ?</translation>
    </message>
    <message>
        <source>It is deleted from this computer&apos;s TPM and cannot be used from here again. It stays registered at Turnkey; remove it there too if it should stop working.</source>
        <translation>Elle est supprimée du TPM de cet ordinateur et ne peut plus être utilisée d’ici. Elle reste enregistrée chez Turnkey ; supprimez-la aussi là-bas si elle doit cesser de fonctionner.</translation>
    </message>
    <message>
        <source>It is deleted from the keychain. It stays valid at Turnkey: you can remember it again at your next log-in with it.</source>
        <translation>Elle est supprimée du trousseau. Elle reste valide chez Turnkey : vous pourrez la mémoriser à nouveau lors de votre prochaine connexion avec elle.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
</context>
<context>
    <name>ws::ui::SecurityKeyPage</name>
    <message>
        <source>Sign in with a passkey you registered on a security key (a FIDO2 key such as a YubiKey). Plug the key in; you will be asked to touch it.</source>
        <translation>Connectez-vous avec une clé d&apos;accès enregistrée sur une clé de sécurité (une clé FIDO2 comme une YubiKey). Branchez la clé ; il vous sera demandé de la toucher.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>app.example.com</source>
        <translation>app.example.com</translation>
    </message>
    <message>
        <source>The web app&apos;s domain you registered the passkey in (its relying party id)</source>
        <translation>Le domaine de l&apos;application web où vous avez enregistré la clé d&apos;accès (son identifiant de partie de confiance)</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d&apos;organisation</translation>
    </message>
    <message>
        <source>The Turnkey organization (or sub-organization) of the passkey&apos;s user</source>
        <translation>L&apos;organisation Turnkey (ou sous-organisation) de l&apos;utilisateur de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>ID d&apos;&amp;organisation :</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Nom de la session</translation>
    </message>
    <message>
        <source>The label this session is stored under</source>
        <translation>Le nom sous lequel cette session est enregistrée</translation>
    </message>
    <message>
        <source>&amp;Session name:</source>
        <translation>Nom de la &amp;session :</translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation>Durée de vie de la session</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Durée de vie :</translation>
    </message>
    <message>
        <source>Security key PIN</source>
        <translation>Code PIN de la clé de sécurité</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Touch your security key.&lt;/b&gt; It blinks while it waits; this stops after a minute.</source>
        <translation>&lt;b&gt;Touchez votre clé de sécurité.&lt;/b&gt; Elle clignote pendant l&apos;attente ; l&apos;attente s&apos;arrête au bout d&apos;une minute.</translation>
    </message>
    <message>
        <source>Waiting for the security key</source>
        <translation>En attente de la clé de sécurité</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the ways to sign in</source>
        <translation>Retour aux moyens de connexion</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop waiting for the security key</source>
        <translation>Arrêter d&apos;attendre la clé de sécurité</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in with the security key</source>
        <translation>Se connecter avec la clé de sécurité</translation>
    </message>
    <message>
        <source>The session being replaced</source>
        <translation>La session remplacée</translation>
    </message>
    <message>
        <source>Sign in again to replace &lt;b&gt;%1&lt;/b&gt; with your security key: the new session takes its place under the same name.</source>
        <translation>Reconnectez-vous avec votre clé de sécurité pour remplacer &lt;b&gt;%1&lt;/b&gt; : la nouvelle session prend sa place sous le même nom.</translation>
    </message>
    <message>
        <source>Enter the site you registered the passkey in, as app.example.com.</source>
        <translation>Saisissez le site où vous avez enregistré la clé d&apos;accès, comme app.example.com.</translation>
    </message>
    <message>
        <source>Enter the site as a domain name only, as app.example.com (no https://, no path).</source>
        <translation>Saisissez le site sous forme de nom de domaine seulement, comme app.example.com (sans https://, sans chemin).</translation>
    </message>
    <message>
        <source>Enter the organization ID of the passkey&apos;s user.</source>
        <translation>Saisissez l&apos;ID d&apos;organisation de l&apos;utilisateur de la clé d&apos;accès.</translation>
    </message>
    <message>
        <source>A session named &apos;%1&apos; exists already; choose another name.</source>
        <translation>Une session nommée &apos;%1&apos; existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Your security key holds passkeys of several accounts for this site</source>
        <translation>Votre clé de sécurité contient des clés d&apos;accès de plusieurs comptes pour ce site</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Co&amp;mpte :</translation>
    </message>
</context>
<context>
    <name>ws::ui::SecurityKeyRefresh</name>
    <message>
        <source>Touch your security key to refresh &apos;%1&apos;.</source>
        <translation>Touchez votre clé de sécurité pour actualiser &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Clé de sécurité</translation>
    </message>
    <message>
        <source>Security key PIN</source>
        <translation>Code PIN de la clé de sécurité</translation>
    </message>
    <message>
        <source>Your security key asks for its PIN:</source>
        <translation>Votre clé de sécurité demande son code PIN :</translation>
    </message>
    <message>
        <source>The refresh was cancelled: no PIN was given.</source>
        <translation>L&apos;actualisation a été annulée : aucun code PIN n&apos;a été donné.</translation>
    </message>
    <message>
        <source>Choose the account</source>
        <translation>Choisir le compte</translation>
    </message>
    <message>
        <source>Your security key holds passkeys of several accounts for this site. Which one signs the refresh?</source>
        <translation>Votre clé de sécurité contient des clés d&apos;accès de plusieurs comptes pour ce site. Lequel signe l&apos;actualisation ?</translation>
    </message>
    <message>
        <source>The refresh was cancelled: no account was chosen.</source>
        <translation>L&apos;actualisation a été annulée : aucun compte n&apos;a été choisi.</translation>
    </message>
</context>
<context>
    <name>ws::ui::ServeController</name>
    <message>
        <source>There is no Turnkey API to serve to: set the API URL in Settings.</source>
        <translation>Aucune API Turnkey vers laquelle servir : définissez l&apos;URL de l&apos;API dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>ws::ui::ServeDialog</name>
    <message>
        <source>Serve to local tools</source>
        <translation>Servir aux outils locaux</translation>
    </message>
    <message>
        <source>Lets scripts and tools on this computer use session &lt;b&gt;%1&lt;/b&gt; through a proxy on 127.0.0.1. The proxy stamps each request with the session&apos;s key, which never leaves Wallet Sessions; a program needs the proxy&apos;s URL and token, given by the export line below. It stops when you stop it, quit, or the session ends.</source>
        <translation>Permet aux scripts et outils de cet ordinateur d&apos;utiliser la session &lt;b&gt;%1&lt;/b&gt; via un proxy sur 127.0.0.1. Le proxy signe chaque requête avec la clé de la session, qui ne quitte jamais Wallet Sessions ; un programme a besoin de l&apos;URL et du jeton du proxy, donnés par la ligne d&apos;export ci-dessous. Il s&apos;arrête quand vous l&apos;arrêtez, quittez l&apos;application ou quand la session prend fin.</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL du proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>&amp;URL du proxy :</translation>
    </message>
    <message>
        <source>Export line for a shell</source>
        <translation>Ligne d&apos;export pour un shell</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the export line</source>
        <translation>Copier la ligne d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Export line:</source>
        <translation>Ligne d&apos;&amp;export :</translation>
    </message>
    <message>
        <source>The same from a terminal</source>
        <translation>La même chose depuis un terminal</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Copier la ligne de commande</translation>
    </message>
    <message>
        <source>From a &amp;terminal:</source>
        <translation>Depuis un &amp;terminal :</translation>
    </message>
    <message>
        <source>&amp;Start serving</source>
        <translation>&amp;Démarrer le service</translation>
    </message>
    <message>
        <source>Copied the export line</source>
        <translation>Ligne d&apos;export copiée</translation>
    </message>
    <message>
        <source>Copied the command line</source>
        <translation>Ligne de commande copiée</translation>
    </message>
    <message>
        <source>Serving &lt;b&gt;%1&lt;/b&gt; at %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est servie à %2.</translation>
    </message>
    <message>
        <source>Not served.</source>
        <translation>Non servie.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>St&amp;op serving</source>
        <translation>&amp;Arrêter le service</translation>
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
        <translation>Connexion en tant que « %1 »…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Log-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Logged in: session &apos;%1&apos; created</source>
        <translation>Connecté : session « %1 » créée</translation>
    </message>
    <message>
        <source>Refreshing sessions</source>
        <translation>Actualisation des sessions</translation>
    </message>
    <message>
        <source>Refreshing &apos;%1&apos; failed</source>
        <translation>L&apos;actualisation de « %1 » a échoué</translation>
    </message>
    <message>
        <source>Refreshed &apos;%1&apos;: valid until %2</source>
        <translation>« %1 » actualisée : valide jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>Refreshing all sessions</source>
        <translation>Actualisation de toutes les sessions</translation>
    </message>
    <message>
        <source>Cannot refresh &apos;%1&apos;</source>
        <translation>Impossible d&apos;actualiser « %1 »</translation>
    </message>
    <message>
        <source>Cannot make &apos;%1&apos; active</source>
        <translation>Impossible de rendre « %1 » active</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the default session</source>
        <translation>« %1 » est maintenant la session par défaut</translation>
    </message>
    <message>
        <source>Verifying &apos;%1&apos; failed</source>
        <translation>La vérification de « %1 » a échoué</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is valid: user %2 in organization %3</source>
        <translation>« %1 » est valide : utilisateur %2 dans l&apos;organisation %3</translation>
    </message>
    <message>
        <source>Clear session &apos;%1&apos;? Its key is deleted from the keychain.</source>
        <translation>Effacer la session « %1 » ? Sa clé est supprimée du trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n session(s)? Their keys are deleted from the keychain.</source>
        <translation>
            <numerusform>Effacer %n session ? Sa clé est supprimée du trousseau.</numerusform>
            <numerusform>Effacer %n sessions ? Leurs clés sont supprimées du trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear session</source>
        <translation>Effacer la session</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Also revoke on the server</source>
        <translation>Révoquer aussi sur le serveur</translation>
    </message>
    <message>
        <source>Clearing sessions</source>
        <translation>Effacement des sessions</translation>
    </message>
    <message>
        <source>Clearing all sessions</source>
        <translation>Effacement de toutes les sessions</translation>
    </message>
    <message>
        <source>No expired sessions</source>
        <translation>Aucune session expirée</translation>
    </message>
    <message>
        <source>Removing expired sessions</source>
        <translation>Suppression des sessions expirées</translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation>Copie impossible</translation>
    </message>
    <message>
        <source>Copied the public key of &apos;%1&apos;</source>
        <translation>Clé publique de « %1 » copiée</translation>
    </message>
    <message>
        <source>Copied the details of &apos;%1&apos;</source>
        <translation>Détails de « %1 » copiés</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n session(s)</source>
        <translation>
            <numerusform>%n session actualisée</numerusform>
            <numerusform>%n sessions actualisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n session(s)</source>
        <translation>
            <numerusform>%n session effacée</numerusform>
            <numerusform>%n sessions effacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired session(s)</source>
        <translation>
            <numerusform>%n session expirée supprimée</numerusform>
            <numerusform>%n sessions expirées supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed &apos;%1&apos; for %2: valid until %3</source>
        <translation>« %1 » actualisée pour %2 : valide jusqu&apos;à %3</translation>
    </message>
    <message>
        <source>Signed in: session &apos;%1&apos; created</source>
        <translation>Connecté : session « %1 » créée</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Signed in again: session &apos;%1&apos; replaced</source>
        <translation>Reconnecté : session « %1 » remplacée</translation>
    </message>
    <message>
        <source>Signing in again as &apos;%1&apos; failed</source>
        <translation>La reconnexion en tant que « %1 » a échoué</translation>
    </message>
    <message>
        <source>Signing in again as &apos;%1&apos;…</source>
        <translation>Reconnexion en tant que « %1 »…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Signing in again failed</source>
        <translation>La reconnexion a échoué</translation>
    </message>
    <message>
        <source>Refreshing &apos;%1&apos; was cancelled</source>
        <translation>L&apos;actualisation de &apos;%1&apos; a été annulée</translation>
    </message>
</context>
<context>
    <name>ws::ui::SessionDetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Détails de la session&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Sélectionnez une session pour voir ses détails.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>ws::ui::SessionTableModel</name>
    <message>
        <source>Default session</source>
        <translation>Session par défaut</translation>
    </message>
    <message>
        <source>The default session: commands that name no session use it</source>
        <translation>La session par défaut : les commandes qui ne nomment aucune session l&apos;utilisent</translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation>Expire %1 (%2)</translation>
    </message>
    <message>
        <source>The server no longer knows this session&apos;s key. Use Sign in again to replace it.</source>
        <translation>Le serveur ne connaît plus la clé de cette session. Utilisez « Se reconnecter » pour la remplacer.</translation>
    </message>
    <message>
        <source>User ID: %1 (the name appears after Verify)</source>
        <translation>ID utilisateur : %1 (le nom apparaît après Vérifier)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID utilisateur : %1</translation>
    </message>
    <message>
        <source>Organization ID: %1 (the name appears after Verify)</source>
        <translation>ID d&apos;organisation : %1 (le nom apparaît après Vérifier)</translation>
    </message>
    <message>
        <source>Organization ID: %1</source>
        <translation>ID d&apos;organisation : %1</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Nom de session</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expire à</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expiry in local time; hover a cell for UTC</source>
        <translation>Expiration en heure locale ; survolez une cellule pour l&apos;heure UTC</translation>
    </message>
    <message>
        <source>Time left before the session expires</source>
        <translation>Temps restant avant l&apos;expiration de la session</translation>
    </message>
    <message>
        <source>%1 — served to local tools at %2</source>
        <translation>%1 — servie aux outils locaux à %2</translation>
    </message>
    <message>
        <source>%1, served to local tools</source>
        <translation>%1, servie aux outils locaux</translation>
    </message>
</context>
<context>
    <name>ws::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Turnkey API</source>
        <translation>API Turnkey</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Set on the command line (or by demo mode) for this run</source>
        <translation>Définie sur la ligne de commande (ou par le mode démo) pour cette exécution</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l&apos;API :</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Default session lifetime</source>
        <translation>Durée de vie par défaut des sessions</translation>
    </message>
    <message>
        <source>Default &amp;lifetime:</source>
        <translation>Durée de vie par &amp;défaut :</translation>
    </message>
    <message>
        <source>&amp;Refresh sessions automatically before they expire</source>
        <translation>&amp;Actualiser automatiquement les sessions avant leur expiration</translation>
    </message>
    <message>
        <source>Refresh this long before expiry</source>
        <translation>Actualiser ce délai avant l&apos;expiration</translation>
    </message>
    <message>
        <source>Warn this long before expiry</source>
        <translation>Avertir ce délai avant l&apos;expiration</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>Avert&amp;ir avant l&apos;expiration :</translation>
    </message>
    <message>
        <source>Re&amp;voke on the server when clearing (default)</source>
        <translation>&amp;Révoquer sur le serveur lors de l&apos;effacement (par défaut)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>&amp;Close to the system tray</source>
        <translation>&amp;Fermer dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Start minimized to the tray</source>
        <translation>Dé&amp;marrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>No system tray was found, so the window cannot be hidden in it. Closing the window quits the application.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée : la fenêtre ne peut donc pas y être masquée. Fermer la fenêtre quitte l&apos;application.</translation>
    </message>
    <message>
        <source>Show &amp;notifications (expiry warnings, failed refreshes)</source>
        <translation>Afficher les &amp;notifications (avertissements d&apos;expiration, actualisations échouées)</translation>
    </message>
    <message>
        <source>A click on the tray icon re&amp;freshes the default session</source>
        <translation>Un clic sur l&apos;icône de notification ac&amp;tualise la session par défaut</translation>
    </message>
    <message>
        <source>Otherwise a click shows or hides the window; the middle click always refreshes.</source>
        <translation>Sinon, un clic affiche ou masque la fenêtre ; le clic du milieu actualise toujours.</translation>
    </message>
    <message>
        <source>Start at lo&amp;gin (minimized to the tray)</source>
        <translation>&amp;Lancer à l&apos;ouverture de session (réduit dans la zone de notification)</translation>
    </message>
    <message>
        <source>Adds Wallet Sessions to your desktop&apos;s autostart programs (%1).</source>
        <translation>Ajoute Wallet Sessions aux programmes de démarrage automatique de votre bureau (%1).</translation>
    </message>
    <message>
        <source>Refresh before e&amp;xpiry:</source>
        <translation>Actualiser a&amp;vant l&apos;expiration :</translation>
    </message>
    <message>
        <source>Advanced: email and text-message sign-in</source>
        <translation>Avancé : connexion par e-mail et SMS</translation>
    </message>
    <message>
        <source>Auth Proxy URL</source>
        <translation>URL du proxy d&apos;authentification</translation>
    </message>
    <message>
        <source>Auth &amp;Proxy URL:</source>
        <translation>URL du &amp;proxy d&apos;authentification :</translation>
    </message>
    <message>
        <source>Auth Proxy configuration ID</source>
        <translation>ID de configuration du proxy d&apos;authentification</translation>
    </message>
    <message>
        <source>From the Turnkey dashboard (Wallet Kit)</source>
        <translation>Depuis le tableau de bord Turnkey (Wallet Kit)</translation>
    </message>
    <message>
        <source>Configuration &amp;ID:</source>
        <translation>ID de &amp;configuration :</translation>
    </message>
    <message>
        <source>OTP signer public key</source>
        <translation>Clé publique du signataire OTP</translation>
    </message>
    <message>
        <source>The key that signs the one-time-code bundles and verification tokens (uncompressed P-256, 130 hex digits). Change it only for a test server.</source>
        <translation>La clé qui signe les paquets de codes à usage unique et les jetons de vérification (P-256 non compressé, 130 chiffres hexadécimaux). Ne la modifiez que pour un serveur de test.</translation>
    </message>
    <message>
        <source>OTP signer &amp;key:</source>
        <translation>Clé du signataire &amp;OTP :</translation>
    </message>
    <message>
        <source>Auth Proxy URL: %1</source>
        <translation>URL du proxy d&apos;authentification : %1</translation>
    </message>
    <message>
        <source>The Auth Proxy configuration ID cannot contain spaces.</source>
        <translation>L&apos;ID de configuration du proxy d&apos;authentification ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>The OTP signer key must be 130 hex digits starting with 04 (uncompressed P-256).</source>
        <translation>La clé du signataire OTP doit compter 130 chiffres hexadécimaux commençant par 04 (P-256 non compressé).</translation>
    </message>
    <message>
        <source>Set on the command line, in the environment or by demo mode for this run</source>
        <translation>Définie sur la ligne de commande, dans l&apos;environnement ou par le mode démo pour cette exécution</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>Keep new session keys in this computer&apos;s &amp;TPM</source>
        <translation>Garder les nouvelles clés de session dans le &amp;TPM de cet ordinateur</translation>
    </message>
    <message>
        <source>A key made inside the TPM 2.0 chip can sign but can never be copied off this computer. The log-in dialog can still choose for each session.</source>
        <translation>Une clé créée dans la puce TPM 2.0 peut signer mais ne peut jamais être copiée hors de cet ordinateur. La boîte de connexion permet toujours de choisir pour chaque session.</translation>
    </message>
</context>
<context>
    <name>ws::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Email and text-message sign-in need a connection to Turnkey&apos;s Auth Proxy; only the API key works offline.</source>
        <translation>La connexion par e-mail et SMS nécessite une connexion au proxy d&apos;authentification de Turnkey ; seule la clé d&apos;API fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Email and text-message sign-in are not set up: %1.</source>
        <translation>La connexion par e-mail et SMS n&apos;est pas configurée : %1.</translation>
    </message>
    <message>
        <source>Email and text-message sign-in are unavailable: %1</source>
        <translation>La connexion par e-mail et SMS n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Sign in again to replace &lt;b&gt;%1&lt;/b&gt;: a new session is created under the same name and the old one&apos;s key is deleted.</source>
        <translation>Reconnectez-vous pour remplacer &lt;b&gt;%1&lt;/b&gt; : une nouvelle session est créée sous le même nom et la clé de l’ancienne est supprimée.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was signed in.</source>
        <translation>Arrêté. Aucune connexion n&apos;a été faite.</translation>
    </message>
    <message>
        <source>Your security key asks for its PIN. Enter it, then choose Sign in and touch the key again.</source>
        <translation>Votre clé de sécurité demande son code PIN. Saisissez-le, puis choisissez Se connecter et touchez de nouveau la clé.</translation>
    </message>
    <message>
        <source>Your security key holds passkeys of several accounts for this site. Choose yours, then choose Sign in and touch the key again.</source>
        <translation>Votre clé de sécurité contient des clés d&apos;accès de plusieurs comptes pour ce site. Choisissez le vôtre, puis choisissez Se connecter et touchez de nouveau la clé.</translation>
    </message>
</context>
<context>
    <name>ws::ui::SignInMethodPage</name>
    <message>
        <source>Choose how to sign in. A new session is a fresh key registered with Turnkey for a limited time; its private key stays in the system keychain.</source>
        <translation>Choisissez comment vous connecter. Une nouvelle session est une nouvelle clé enregistrée auprès de Turnkey pour une durée limitée ; sa clé privée reste dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Continue with &amp;email</source>
        <translation>Continuer par &amp;e-mail</translation>
    </message>
    <message>
        <source>Sign in with email</source>
        <translation>Se connecter par e-mail</translation>
    </message>
    <message>
        <source>A one-time code is sent to your email address</source>
        <translation>Un code à usage unique est envoyé à votre adresse e-mail</translation>
    </message>
    <message>
        <source>Continue with &amp;text message</source>
        <translation>Continuer par &amp;SMS</translation>
    </message>
    <message>
        <source>Sign in with a text message</source>
        <translation>Se connecter par SMS</translation>
    </message>
    <message>
        <source>A one-time code is sent to your phone by text message</source>
        <translation>Un code à usage unique est envoyé à votre téléphone par SMS</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Log in with an &amp;API key…</source>
        <translation>Se connecter avec une clé d&apos;&amp;API…</translation>
    </message>
    <message>
        <source>Log in with an API key</source>
        <translation>Se connecter avec une clé d&apos;API</translation>
    </message>
    <message>
        <source>For developers who hold a Turnkey API key pair</source>
        <translation>Pour les développeurs qui possèdent une paire de clés d&apos;API Turnkey</translation>
    </message>
    <message>
        <source>Asking the Auth Proxy which ways to sign in are enabled…</source>
        <translation>Interrogation du proxy d&apos;authentification sur les modes de connexion activés…</translation>
    </message>
    <message>
        <source>Use a security &amp;key…</source>
        <translation>&amp;Utiliser une clé de sécurité…</translation>
    </message>
    <message>
        <source>Sign in with a security key</source>
        <translation>Se connecter avec une clé de sécurité</translation>
    </message>
    <message>
        <source>A passkey on a FIDO2 security key, registered in your wallet&apos;s web app</source>
        <translation>Une clé d&apos;accès sur une clé de sécurité FIDO2, enregistrée dans l&apos;application web de votre portefeuille</translation>
    </message>
</context>
<context>
    <name>ws::ui::StatusPanel</name>
    <message>
        <source>Last operation</source>
        <translation>Dernière opération</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>Point d&apos;accès de l&apos;API</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>API: %1 (demo server)</source>
        <translation>API : %1 (serveur de démo)</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API : %1</translation>
    </message>
    <message>
        <source>Turnkey API base URL (change it in Settings)</source>
        <translation>URL de base de l&apos;API Turnkey (modifiable dans les paramètres)</translation>
    </message>
    <message>
        <source>Keychain: OK</source>
        <translation>Trousseau : OK</translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation>Trousseau : indisponible</translation>
    </message>
</context>
<context>
    <name>ws::ui::WalletsSection</name>
    <message>
        <source>Wallets</source>
        <translation>Portefeuilles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wallets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Portefeuilles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Ask the server again for this session&apos;s wallets</source>
        <translation>Redemander au serveur les portefeuilles de cette session</translation>
    </message>
    <message>
        <source>Reload wallets</source>
        <translation>Recharger les portefeuilles</translation>
    </message>
    <message>
        <source>Loading wallets…</source>
        <translation>Chargement des portefeuilles…</translation>
    </message>
    <message>
        <source>Could not load the wallets: %1</source>
        <translation>Impossible de charger les portefeuilles : %1</translation>
    </message>
    <message>
        <source>This user has no wallets yet.</source>
        <translation>Cet utilisateur n&apos;a pas encore de portefeuille.</translation>
    </message>
    <message>
        <source>Wallet ID %1</source>
        <translation>ID du portefeuille %1</translation>
    </message>
    <message>
        <source>Wallet %1</source>
        <translation>Portefeuille %1</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Address %1 (%2)</source>
        <translation>Adresse %1 (%2)</translation>
    </message>
    <message>
        <source>Copy address %1</source>
        <translation>Copier l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
</TS>
