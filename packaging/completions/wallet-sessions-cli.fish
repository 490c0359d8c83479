# fish completion for wallet-sessions-cli (installed by the Wallet Sessions packages).
# Session keys come from `list --json`, so they are always current.

function __wallet_sessions_cli_sessions
    wallet-sessions-cli list --json 2>/dev/null | string match -r -g '"sessionKey": *"([^"]*)"'
end

set -l commands login list show use refresh verify clear clear-all logout keys token api serve exec help
complete -c wallet-sessions-cli -f
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a login -d 'Create a session'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a list -d 'List the stored sessions'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a show -d 'Show one session'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a use -d 'Make a session the default'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a refresh -d 'Refresh sessions'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a verify -d 'Ask the server about a session'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a clear -d 'Delete a session and its key'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a clear-all -d 'Delete every session'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a logout -d 'Clear and revoke'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a keys -d 'Held API and session keys'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a token -d 'Decode or verify a session JWT'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a api -d 'Send one stamped request'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a serve -d 'Run the local stamping proxy'
complete -c wallet-sessions-cli -n "not __fish_seen_subcommand_from $commands" -a exec -d 'Run a command behind the proxy'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from keys; and not __fish_seen_subcommand_from list generate import clean delete" -a 'list generate import clean delete'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from token; and not __fish_seen_subcommand_from decode verify" -a 'decode verify'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from use show refresh verify clear logout" -a '(__wallet_sessions_cli_sessions)'

# Global options (accepted before or after the command).
complete -c wallet-sessions-cli -l data-dir -r -a '(__fish_complete_directories)' -d 'Where the session index lives'
complete -c wallet-sessions-cli -l api-url -x -d 'Turnkey API base URL'
complete -c wallet-sessions-cli -l notarizer-key -x -d 'Notarizer public key (hex)'
complete -c wallet-sessions-cli -l auth-proxy-url -x -d 'Auth Proxy URL'
complete -c wallet-sessions-cli -l auth-proxy-config-id -x -d 'Auth Proxy configuration id'
complete -c wallet-sessions-cli -l otp-signer-key -x -d 'One-time-code signer key (hex)'
complete -c wallet-sessions-cli -l json -d 'JSON output'
complete -c wallet-sessions-cli -l verbose -d 'Diagnostic messages on stderr'
complete -c wallet-sessions-cli -s h -l help -d 'Show help'
complete -c wallet-sessions-cli -l help-all -d 'Show the help of every command'
complete -c wallet-sessions-cli -s v -l version -d 'Show the version'

# Command options.
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from api serve exec" -l session -x -a '(__wallet_sessions_cli_sessions)' -d 'Session to stamp with'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from serve exec" -l allow -x -d 'Forward only matching paths'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from serve" -l listen -x -d 'Loopback HOST:PORT'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from serve" -l socket -r -d 'Unix socket path'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from serve" -l token-file -r -d 'Write the token to FILE'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from api" -s X -x -a POST -d 'HTTP method'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from api" -l data -x -d 'JSON body, @FILE or -'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from api" -l no-wait -d 'Do not wait for activities'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from login" -l organization-id -x -d 'Organization ID'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from login" -l api-public-key -x -d 'API public key (hex)'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from login" -l api-private-key-file -r -d 'File with the API private key'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from login" -l session-key -x -d 'Store the session under NAME'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from login" -l passkey -d 'Sign in with a security key'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from login refresh" -l rp-id -x -d "The passkey's site (domain)"
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from login refresh" -l expiration-seconds -x -d 'Lifetime in seconds'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from login refresh" -l invalidate-existing -d "Invalidate the user's other sessions"
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from login generate import" -l key-store -x -a 'keychain tpm' -d 'Where the session key is made'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from refresh" -l all -d 'Refresh every stored session'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from refresh" -l public-key -x -d 'Refresh onto this held key'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from refresh" -l stamp-with -x -d 'Who signs the refresh'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from clear clear-all" -l revoke -d 'Also delete the key on the server'
complete -c wallet-sessions-cli -n "__fish_seen_subcommand_from show" -l no-wallets -d "Do not load the session's wallets"
