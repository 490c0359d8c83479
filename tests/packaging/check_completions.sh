#!/bin/bash
# The shell completions: bash completes commands, options (from --help) and nothing stale; zsh and
# fish parse; every option the fish file names exists in `wallet-sessions-cli --help-all`.
# Usage: check_completions.sh COMPLETIONS_DIR BIN_DIR
set -u
dir=$1
export PATH="$2:$PATH"
fail=0

# bash: run the completion function as bash-completion would.
out=$(bash -c '
    source "$1/wallet-sessions-cli.bash"
    complete_for() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _wallet_sessions_cli; echo "${COMPREPLY[*]}"; }
    echo "A:$(complete_for wallet-sessions-cli re)"
    echo "B:$(complete_for wallet-sessions-cli list --js)"
    echo "C:$(complete_for wallet-sessions-cli keys "")"
    echo "D:$(complete_for wallet-sessions-cli serve --tok)"
    echo "E:$(complete_for wallet-sessions-cli --help-a)"
' _ "$dir" 2>&1)
echo "$out"
grep -qx 'A:refresh' <<<"$out" || { echo "bash: 're' should complete to refresh"; fail=1; }
grep -qx 'B:--json' <<<"$out" || { echo "bash: 'list --js' should complete to --json"; fail=1; }
grep -qx 'C:list generate import clean delete' <<<"$out" || { echo "bash: 'keys' should offer list generate import clean delete"; fail=1; }
grep -qx 'D:--token-file' <<<"$out" || { echo "bash: 'serve --tok' should complete to --token-file"; fail=1; }
grep -qx 'E:--help-all' <<<"$out" || { echo "bash: '--help-a' should complete to --help-all"; fail=1; }

zsh -n "$dir/_wallet-sessions-cli" || { echo "zsh: syntax error"; fail=1; }
fish --no-execute "$dir/wallet-sessions-cli.fish" || { echo "fish: syntax error"; fail=1; }

all=$(wallet-sessions-cli --help-all) || { echo "--help-all failed"; exit 1; }
# shellcheck disable=SC2013 # option names are single words
for option in $(grep '^complete ' "$dir/wallet-sessions-cli.fish" | grep -o -- ' -l [a-z-]*' | awk '{print $2}' | sort -u); do
    grep -q -- "--$option\b" <<<"$all" || { echo "fish names --$option, which --help-all does not list"; fail=1; }
done
exit $fail
