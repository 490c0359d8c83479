# bash completion for wallet-sessions-cli (installed by the Wallet Sessions packages).
# Options come from the program's own --help, session keys from `list --json`: always current.
# shellcheck disable=SC2207 # COMPREPLY=($(compgen ...)) is the completion idiom: words, not lines

_wallet_sessions_cli_sessions() {
    wallet-sessions-cli list --json 2>/dev/null | grep -o '"sessionKey": *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/'
}

_wallet_sessions_cli() {
    local cur prev words cword
    _init_completion 2>/dev/null || {
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    }
    local commands="login list show use refresh verify clear clear-all logout keys token api serve exec help"
    local command="" sub="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        -*) ;;
        *)
            if [[ -z $command ]]; then
                command=${words[i]}
            elif [[ ($command == keys || $command == token) && -z $sub ]]; then
                sub=${words[i]}
            fi
            ;;
        esac
    done
    case $prev in
    --session | use | show | refresh | verify | clear | logout)
        if [[ $prev == --session || $command == "$prev" ]]; then
            COMPREPLY=($(compgen -W "$(_wallet_sessions_cli_sessions)" -- "$cur"))
            return
        fi
        ;;
    --data-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --api-private-key-file | --token-file | --socket) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --key-store) COMPREPLY=($(compgen -W "keychain tpm" -- "$cur")); return ;;
    -X) COMPREPLY=($(compgen -W "POST" -- "$cur")); return ;;
    esac
    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$(wallet-sessions-cli --help 2>/dev/null | grep -o -- '--[a-z-]*' | sort -u)" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi
    case $command in
    keys) [[ -z $sub ]] && { COMPREPLY=($(compgen -W "list generate import clean delete" -- "$cur")); return; } ;;
    token) [[ -z $sub ]] && { COMPREPLY=($(compgen -W "decode verify" -- "$cur")); return; } ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(wallet-sessions-cli "$command" ${sub:+"$sub"} --help 2>/dev/null | grep -o -- '--[a-z-]*' | sort -u)" -- "$cur"))
    fi
}

complete -F _wallet_sessions_cli wallet-sessions-cli
