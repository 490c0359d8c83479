#!/bin/bash
# Fails when a user-visible string in ui/ or app/gui is handed to a widget without tr(): a literal
# (QStringLiteral, QLatin1String, fromLatin1/fromUtf8, u"") with words in it, given to a text-setting
# call or a widget's constructor. Object names, icons and URLs are not words with spaces, so they pass.
# Usage: check_untranslated.sh SOURCE_DIR...
calls='setText|setWindowTitle|setToolTip|setStatusTip|setPlaceholderText|setAccessibleName|setAccessibleDescription|setTitle|addAction|addMenu|addButton|addRow|addTab|showMessage|information|warning|critical|question|QLabel|QPushButton|QCheckBox|QGroupBox|QAction|QRadioButton|QMenu'
literal='(QStringLiteral|QLatin1String|QString::fromLatin1|QString::fromUtf8|u)\("[^"]*[A-Za-z]{2,}[ .:…!?][^"]*"'
hits=$(grep -rnE "($calls)\(([^;]*, *)?$literal" --include='*.cpp' --include='*.h' "$@")
if [ -n "$hits" ]; then
    echo "user-visible text without tr():"
    echo "$hits"
    exit 1
fi
echo "no untranslated user-visible literal in $*"
