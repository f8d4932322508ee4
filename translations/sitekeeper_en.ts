<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sitekeeper::ApprovalPlan</name>
    <message numerus="yes">
        <source>not tried: the service tries only the first %n numbers</source>
        <translation>
            <numerusform>not tried: the service tries only the first number</numerusform>
            <numerusform>not tried: the service tries only the first %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::BulkEdits</name>
    <message numerus="yes">
        <source>Set owner of %n reference(s)</source>
        <translation>
            <numerusform>Set owner of %n reference</numerusform>
            <numerusform>Set owner of %n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n profile(s)</source>
        <translation>
            <numerusform>Disable %n profile</numerusform>
            <numerusform>Disable %n profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n reference(s)</source>
        <translation>
            <numerusform>Remove %n reference</numerusform>
            <numerusform>Remove %n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n approver(s)</source>
        <translation>
            <numerusform>Remove %n approver</numerusform>
            <numerusform>Remove %n approvers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n notification rule(s)</source>
        <translation>
            <numerusform>Remove %n notification rule</numerusform>
            <numerusform>Remove %n notification rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n client profile(s)</source>
        <translation>
            <numerusform>Remove %n client profile</numerusform>
            <numerusform>Remove %n client profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Remove %n contact</numerusform>
            <numerusform>Remove %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n credential(s)</source>
        <translation>
            <numerusform>Remove %n credential</numerusform>
            <numerusform>Remove %n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n site(s)</source>
        <translation>
            <numerusform>Remove %n site</numerusform>
            <numerusform>Remove %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n approval type(s)</source>
        <translation>
            <numerusform>Remove %n approval type</numerusform>
            <numerusform>Remove %n approval types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n escalation(s)</source>
        <translation>
            <numerusform>Remove %n escalation</numerusform>
            <numerusform>Remove %n escalations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::BundleFile</name>
    <message numerus="yes">
        <source>%n problem(s) in the bundle; nothing was imported. Fix them and import again.</source>
        <translation>
            <numerusform>%n problem in the bundle; nothing was imported. Fix it and import again.</numerusform>
            <numerusform>%n problems in the bundle; nothing was imported. Fix them and import again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ConflictsDialog</name>
    <message numerus="yes">
        <source>%n conflict(s) selected</source>
        <translation>
            <numerusform>%n conflict selected</numerusform>
            <numerusform>%n conflicts selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::CoverageTimeline</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::CredentialsPanel</name>
    <message numerus="yes">
        <source>Delete %n credential(s)? Their secrets are removed from the keychain too; this cannot be undone.</source>
        <translation>
            <numerusform>Delete %n credential? Its secret is removed from the keychain too; this cannot be undone.</numerusform>
            <numerusform>Delete %n credentials? Their secrets are removed from the keychain too; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed for %n recipient(s); readable here.</source>
        <translation>
            <numerusform>Sealed for %n recipient; readable here.</numerusform>
            <numerusform>Sealed for %n recipients; readable here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::CsvReader</name>
    <message numerus="yes">
        <source>The field is longer than %n characters. Check that its quotes are balanced, or shorten it.</source>
        <translation>
            <numerusform>The field is longer than %n character. Check that its quotes are balanced, or shorten it.</numerusform>
            <numerusform>The field is longer than %n characters. Check that its quotes are balanced, or shorten it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::DashboardView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::DirectoryDiff</name>
    <message numerus="yes">
        <source>Disable %n leaver(s)</source>
        <translation>
            <numerusform>Disable %n leaver</numerusform>
            <numerusform>Disable %n leavers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n joiner(s)</source>
        <translation>
            <numerusform>Add %n joiner</numerusform>
            <numerusform>Add %n joiners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update %n number(s)</source>
        <translation>
            <numerusform>Update %n number</numerusform>
            <numerusform>Update %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::DirectoryDiffDialog</name>
    <message numerus="yes">
        <source>%n row(s) of the file cannot be read.</source>
        <translation>
            <numerusform>%n row of the file cannot be read.</numerusform>
            <numerusform>%n rows of the file cannot be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n leaver(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n leaver&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n leavers&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n still used as approver)</source>
        <translation>
            <numerusform>(%n still used as approver)</numerusform>
            <numerusform>(%n still used as approver)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n joiner(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n joiner&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n joiners&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n changed number(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n changed number&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n changed numbers&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leaver(s) disabled. Undo (Ctrl+Z) makes them active again.</source>
        <translation>
            <numerusform>%n leaver disabled. Undo (Ctrl+Z) makes the profile active again.</numerusform>
            <numerusform>%n leavers disabled. Undo (Ctrl+Z) makes them active again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joiner(s) added as client profile(s). Undo (Ctrl+Z) removes them.</source>
        <translation>
            <numerusform>%n joiner added as a client profile. Undo (Ctrl+Z) removes it.</numerusform>
            <numerusform>%n joiners added as client profiles. Undo (Ctrl+Z) removes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) updated from the directory. Undo (Ctrl+Z) restores them.</source>
        <translation>
            <numerusform>%n number updated from the directory. Undo (Ctrl+Z) restores it.</numerusform>
            <numerusform>%n numbers updated from the directory. Undo (Ctrl+Z) restores them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n entries from &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>
            <numerusform>Read %n entry from &lt;b&gt;%1&lt;/b&gt;.</numerusform>
            <numerusform>Read %n entries from &lt;b&gt;%1&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the directory cannot be read.</source>
        <translation>
            <numerusform>%n entry of the directory cannot be read.</numerusform>
            <numerusform>%n entries of the directory cannot be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::EntraSourcePanel</name>
    <message numerus="yes">
        <source>%n user(s) read</source>
        <translation>
            <numerusform>%n user read</numerusform>
            <numerusform>%n users read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph asked to wait %n second(s)…</source>
        <translation>
            <numerusform>Microsoft Graph asked to wait %n second…</numerusform>
            <numerusform>Microsoft Graph asked to wait %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read.</source>
        <translation>
            <numerusform>%n user read.</numerusform>
            <numerusform>%n users read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::EscalationImport</name>
    <message numerus="yes">
        <source>%n row(s) are invalid; nothing was imported.
</source>
        <translation>
            <numerusform>%n row is invalid; nothing was imported.
</numerusform>
            <numerusform>%n rows are invalid; nothing was imported.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::EscalationsView</name>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n without a reference&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%n without a reference&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%n without a reference&lt;/b&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::FindingsPanel</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation>
            <numerusform>%1 of %n finding</numerusform>
            <numerusform>%1 of %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ImportRows</name>
    <message numerus="yes">
        <source>... and %n more invalid row(s)</source>
        <translation>
            <numerusform>... and %n more invalid row</numerusform>
            <numerusform>... and %n more invalid rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::LdapSourceWidget</name>
    <message numerus="yes">
        <source>Reading %1: %n entries…</source>
        <translation>
            <numerusform>Reading %1: %n entry…</numerusform>
            <numerusform>Reading %1: %n entries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::MainWindow</name>
    <message numerus="yes">
        <source>Checked %n site(s) in %1 ms</source>
        <translation>
            <numerusform>Checked %n site in %1 ms</numerusform>
            <numerusform>Checked %n sites in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::PartnerDialog</name>
    <message numerus="yes">
        <source>Remove %n contact(s)? Rules that name them will need another contact.</source>
        <translation>
            <numerusform>Remove %n contact? Rules that name it will need another contact.</numerusform>
            <numerusform>Remove %n contacts? Rules that name them will need another contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Remove %n contact</numerusform>
            <numerusform>Remove %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n approval type(s)</source>
        <translation>
            <numerusform>Remove %n approval type</numerusform>
            <numerusform>Remove %n approval types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ProfileImport</name>
    <message numerus="yes">
        <source>%n row(s) are invalid; nothing was imported.
</source>
        <translation>
            <numerusform>%n row is invalid; nothing was imported.
</numerusform>
            <numerusform>%n rows are invalid; nothing was imported.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ProfileImportPreviewModel</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ProfileImportWizard</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n row(s) marked as a duplicate were not imported.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n row marked as a duplicate was not imported.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n rows marked as duplicates were not imported.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import waits: %n row(s) cannot be read.</source>
        <translation>
            <numerusform>Import waits: %n row cannot be read.</numerusform>
            <numerusform>Import waits: %n rows cannot be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave the %n invalid row(s) out and import the others</source>
        <translation>
            <numerusform>&amp;Leave the %n invalid row out and import the others</numerusform>
            <numerusform>&amp;Leave the %n invalid rows out and import the others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n invalid row(s) were left out, as chosen.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n invalid row was left out, as chosen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n invalid rows were left out, as chosen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::Readiness</name>
    <message numerus="yes">
        <source>%n notification rule problem(s) to fix.</source>
        <translation>
            <numerusform>%n notification rule problem to fix.</numerusform>
            <numerusform>%n notification rule problems to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client profile error(s) to fix.</source>
        <translation>
            <numerusform>%n client profile error to fix.</numerusform>
            <numerusform>%n client profile errors to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval type(s) without a working approver.</source>
        <translation>
            <numerusform>%n approval type without a working approver.</numerusform>
            <numerusform>%n approval types without a working approver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required topic(s) without a current reference.</source>
        <translation>
            <numerusform>%n required topic without a current reference.</numerusform>
            <numerusform>%n required topics without a current reference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error finding(s) left.</source>
        <translation>
            <numerusform>%n error finding left.</numerusform>
            <numerusform>%n error findings left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::RecordHistory</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::RecordTab</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::RecordTabs</name>
    <message numerus="yes">
        <source>Owner of the %n selected reference(s):</source>
        <translation>
            <numerusform>Owner of the selected reference:</numerusform>
            <numerusform>Owner of the %n selected references:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select the two profiles of one person to merge them (%n selected).</source>
        <translation>
            <numerusform>Select the two profiles of one person to merge them (%n selected).</numerusform>
            <numerusform>Select the two profiles of one person to merge them (%n selected).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReusedPasswordRule</name>
    <message numerus="yes">
        <source>The password of &quot;%1&quot; is also used by %n other credential(s).</source>
        <translation>
            <numerusform>The password of &quot;%1&quot; is also used by %n other credential.</numerusform>
            <numerusform>The password of &quot;%1&quot; is also used by %n other credentials.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReviewActions</name>
    <message numerus="yes">
        <source>Mark %n item(s) reviewed</source>
        <translation>
            <numerusform>Mark %n item reviewed</numerusform>
            <numerusform>Mark %n items reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retire %n item(s)</source>
        <translation>
            <numerusform>Retire %n item</numerusform>
            <numerusform>Retire %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReviewQueueModel</name>
    <message numerus="yes">
        <source>Due on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Due on %1, %n day ago.</numerusform>
            <numerusform>Due on %1, %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReviewQueueView</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1</source>
        <translation>
            <numerusform>%n due within %1</numerusform>
            <numerusform>%n due within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>Nothing is overdue or due within %n day.</numerusform>
            <numerusform>Nothing is overdue or due within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retire %n item(s)?</source>
        <translation>
            <numerusform>Retire %n item?</numerusform>
            <numerusform>Retire %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approvers have no retired state: %n approver record(s) will be removed. The approval type then needs another approver.</source>
        <translation>
            <numerusform>Approvers have no retired state: %n approver record will be removed. The approval type then needs another approver.</numerusform>
            <numerusform>Approvers have no retired state: %n approver records will be removed. Their approval types then need other approvers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::RotationRule</name>
    <message numerus="yes">
        <source>&quot;%1&quot; was last rotated on %2 (every %n day(s)).</source>
        <translation>
            <numerusform>&quot;%1&quot; was last rotated on %2 (every %n day).</numerusform>
            <numerusform>&quot;%1&quot; was last rotated on %2 (every %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::SyncEngine</name>
    <message numerus="yes">
        <source>%n record(s) from the backend were refused as invalid and not stored; they are listed as conflicts on &quot;%1&quot; with the reason. Ask the backend&apos;s administrator to check them, or resolve them with &quot;mine&quot; to send this desktop&apos;s version.</source>
        <translation>
            <numerusform>%n record from the backend was refused as invalid and not stored; it is listed as a conflict on &quot;%1&quot; with the reason. Ask the backend&apos;s administrator to check it, or resolve it with &quot;mine&quot; to send this desktop&apos;s version.</numerusform>
            <numerusform>%n records from the backend were refused as invalid and not stored; they are listed as conflicts on &quot;%1&quot; with the reason. Ask the backend&apos;s administrator to check them, or resolve them with &quot;mine&quot; to send this desktop&apos;s version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::SyncMenu</name>
    <message numerus="yes">
        <source>%n edit(s) not yet synced stay in the outbox and are pushed after you sign in again.</source>
        <translation>
            <numerusform>%n edit not yet synced stays in the outbox and is pushed after you sign in again.</numerusform>
            <numerusform>%n edits not yet synced stay in the outbox and are pushed after you sign in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::SyncStatusBar</name>
    <message numerus="yes">
        <source>%n shared credential problem(s)</source>
        <translation>
            <numerusform>%n shared credential problem</numerusform>
            <numerusform>%n shared credential problems</numerusform>
        </translation>
    </message>
</context>
</TS>
