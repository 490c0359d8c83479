#!/bin/bash
# Fails when a user-visible string is handed over without tr(): a literal (QStringLiteral,
# QLatin1String, fromLatin1/fromUtf8, u"") with words in it, given to a text-setting call or a widget's
# constructor (the window), to the CLI's output (out().line, table) or its options and help, or made
# into an Error (whose message the window and the CLI show). Object names, icons, URLs and identifiers
# are not words with spaces, so they pass. A literal that is not text (a shell command to paste) is
# allowed by a comment on the line before it that starts with "// not text:".
# Usage: check_untranslated.sh SOURCE_DIR...
calls='setText|setWindowTitle|setToolTip|setStatusTip|setPlaceholderText|setAccessibleName|setAccessibleDescription|setTitle|addAction|addMenu|addButton|addRow|addTab|showMessage|information|warning|critical|question|QLabel|QPushButton|QCheckBox|QGroupBox|QAction|QRadioButton|QMenu|line|table|Error|QCommandLineOption|addPositionalArgument|setApplicationDescription'
literal='(QStringLiteral|QLatin1String|QString::fromLatin1|QString::fromUtf8|u)\("[^"]*[A-Za-z]{2,}[ .:…!?][^"]*"'
hits=$(grep -rnE -B1 "\b($calls)\(([^;]*, *)?$literal" --include='*.cpp' --include='*.h' "$@" |
    awk '/^--$/ { prev = ""; next }
         /^[^:]+-[0-9]+-/ { prev = $0; next }
         { if (prev !~ /\/\/ not text:/) print; prev = "" }')
if [ -n "$hits" ]; then
    echo "user-visible text without tr():"
    echo "$hits"
    exit 1
fi
echo "no untranslated user-visible literal in $*"
