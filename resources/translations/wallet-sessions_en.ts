<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ws</name>
    <message numerus="yes">
        <source>%n skipped (expired or revoked: log in again)</source>
        <translation>
            <numerusform>%n skipped (expired or revoked: log in again)</numerusform>
            <numerusform>%n skipped (expired or revoked: log in again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped before %n more</source>
        <translation>
            <numerusform>stopped before %n more</numerusform>
            <numerusform>stopped before %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: </source>
        <translation>
            <numerusform>%n failed: </numerusform>
            <numerusform>%n failed: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n unused key(s).</source>
        <translation>
            <numerusform>Deleted %n unused key.</numerusform>
            <numerusform>Deleted %n unused keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n interrupted refresh(es).</source>
        <translation>
            <numerusform>Finished %n interrupted refresh.</numerusform>
            <numerusform>Finished %n interrupted refreshes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n held key(s) because their session may still exist (see &apos;keys list&apos;).</source>
        <translation>
            <numerusform>Kept %n held key because its session may still exist (see &apos;keys list&apos;).</numerusform>
            <numerusform>Kept %n held keys because their session may still exist (see &apos;keys list&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be deleted now and are kept for a later attempt; the first failure: %1</source>
        <translation>
            <numerusform>%n key could not be deleted now and is kept for a later attempt; the failure: %1</numerusform>
            <numerusform>%n keys could not be deleted now and are kept for a later attempt; the first failure: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::SessionIndex</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key record(s)</source>
        <translation>
            <numerusform>%n key record</numerusform>
            <numerusform>%n key records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::TrayIntegration</name>
    <message numerus="yes">
        <source>Refresh all (%n expiring)</source>
        <translation>
            <numerusform>Refresh all (%n expiring)</numerusform>
            <numerusform>Refresh all (%n expiring)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in the window…</source>
        <translation>
            <numerusform>%n more in the window…</numerusform>
            <numerusform>%n more in the window…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n session(s)</source>
        <translation>
            <numerusform>Refreshed %n session</numerusform>
            <numerusform>Refreshed %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ui::AppContext</name>
    <message numerus="yes">
        <source>Start-up clean-up: %n key(s) could not be deleted yet</source>
        <translation>
            <numerusform>Start-up clean-up: %n key could not be deleted yet</numerusform>
            <numerusform>Start-up clean-up: %n keys could not be deleted yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ui::ConfirmClearAllDialog</name>
    <message numerus="yes">
        <source>Clear all %n session(s)?</source>
        <translation>
            <numerusform>Clear the %n session?</numerusform>
            <numerusform>Clear all %n sessions?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ui::OtpCodePage</name>
    <message numerus="yes">
        <source>%n letters or digits</source>
        <translation>
            <numerusform>%n letter or digit</numerusform>
            <numerusform>%n letters or digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digits</source>
        <translation>
            <numerusform>%n digit</numerusform>
            <numerusform>%n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That code is not right. You can try %n more time(s).</source>
        <translation>
            <numerusform>That code is not right. You can try %n more time.</numerusform>
            <numerusform>That code is not right. You can try %n more times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::ui::SessionCommands</name>
    <message numerus="yes">
        <source>Refreshed %n session(s)</source>
        <translation>
            <numerusform>Refreshed %n session</numerusform>
            <numerusform>Refreshed %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n session(s)? Their keys are deleted from the keychain.</source>
        <translation>
            <numerusform>Clear %n session? Its key is deleted from the keychain.</numerusform>
            <numerusform>Clear %n sessions? Their keys are deleted from the keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n session(s)</source>
        <translation>
            <numerusform>Cleared %n session</numerusform>
            <numerusform>Cleared %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n expired session(s)</source>
        <translation>
            <numerusform>Removed %n expired session</numerusform>
            <numerusform>Removed %n expired sessions</numerusform>
        </translation>
    </message>
</context>
</TS>
