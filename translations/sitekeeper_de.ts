<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivationChecklist</name>
    <message>
        <source>Activation checklist</source>
        <translation>Aktivierungs-Checkliste</translation>
    </message>
    <message>
        <source>Activation readiness</source>
        <translation>Aktivierungsbereitschaft</translation>
    </message>
    <message>
        <source>Checklist items passed</source>
        <translation>Erfüllte Punkte der Checkliste</translation>
    </message>
    <message>
        <source>Not checked yet: Tools › Check All Sites (Ctrl+Shift+K).</source>
        <translation>Noch nicht geprüft: Extras › Alle Standorte prüfen (Strg+Umschalt+K).</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Punkte der Checkliste</translation>
    </message>
</context>
<context>
    <name>ApprovalWhatIfDialog</name>
    <message>
        <source>Approval what-if</source>
        <translation>Genehmigung: Was wäre wenn</translation>
    </message>
    <message>
        <source>Choose a kind of request and who asks for it to see what the service would do: whom it contacts in which order, by text or by call, which codes it asks for, and where it would get stuck.</source>
        <translation>Wählen Sie eine Art von Anfrage und wer sie stellt, um zu sehen, was der Service tun würde: wen er in welcher Reihenfolge kontaktiert, per SMS oder Anruf, welche Codes er abfragt und wo er nicht weiterkäme.</translation>
    </message>
    <message>
        <source>&amp;Approval type:</source>
        <translation>&amp;Genehmigungsart:</translation>
    </message>
    <message>
        <source>Approval type</source>
        <translation>Genehmigungsart</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Anfragender:</translation>
    </message>
    <message>
        <source>Filter by name, email or phone</source>
        <translation>Nach Name, E-Mail oder Telefon filtern</translation>
    </message>
    <message>
        <source>Filter requesters</source>
        <translation>Anfragende filtern</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>What the service would do</source>
        <translation>Was der Service tun würde</translation>
    </message>
</context>
<context>
    <name>ApproverEditor</name>
    <message>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Approval type:</source>
        <translation>Genehmigungsart:</translation>
    </message>
    <message>
        <source>Approval type</source>
        <translation>Genehmigungsart</translation>
    </message>
    <message>
        <source>Approver is:</source>
        <translation>Genehmiger ist:</translation>
    </message>
    <message>
        <source>Approver is</source>
        <translation>Genehmiger ist</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>First number:</source>
        <translation>Erste Nummer:</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>Erste Nummer</translation>
    </message>
    <message>
        <source>+1 212 555 0100 or national form</source>
        <translation>+49 30 1234567 oder nationale Schreibweise</translation>
    </message>
    <message>
        <source>First number check</source>
        <translation>Prüfung der ersten Nummer</translation>
    </message>
    <message>
        <source>Second number:</source>
        <translation>Zweite Nummer:</translation>
    </message>
    <message>
        <source>Second number</source>
        <translation>Zweite Nummer</translation>
    </message>
    <message>
        <source>Second number check</source>
        <translation>Prüfung der zweiten Nummer</translation>
    </message>
    <message>
        <source>Automated approval:</source>
        <translation>Automatische Genehmigung:</translation>
    </message>
    <message>
        <source>Automated approval</source>
        <translation>Automatische Genehmigung</translation>
    </message>
    <message>
        <source>Automated approval (text with a web link)</source>
        <translation>Automatische Genehmigung (SMS mit Web-Link)</translation>
    </message>
    <message>
        <source>SMS authentication:</source>
        <translation>SMS-Authentifizierung:</translation>
    </message>
    <message>
        <source>SMS authentication</source>
        <translation>SMS-Authentifizierung</translation>
    </message>
    <message>
        <source>Authenticate approver:</source>
        <translation>Genehmiger authentifizieren:</translation>
    </message>
    <message>
        <source>Authenticate approver</source>
        <translation>Genehmiger authentifizieren</translation>
    </message>
    <message>
        <source>Authenticate the approver using the mobile on file</source>
        <translation>Genehmiger über die hinterlegte Mobilnummer authentifizieren</translation>
    </message>
    <message>
        <source>Authenticate requestor:</source>
        <translation>Anfragenden authentifizieren:</translation>
    </message>
    <message>
        <source>Authenticate requestor</source>
        <translation>Anfragenden authentifizieren</translation>
    </message>
    <message>
        <source>Authenticate the requestor using the mobile on file</source>
        <translation>Anfragenden über die hinterlegte Mobilnummer authentifizieren</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Zuletzt überprüft:</translation>
    </message>
    <message>
        <source>Last reviewed set</source>
        <translation>Datum der letzten Überprüfung gesetzt</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>ClientProfileEditor</name>
    <message>
        <source>Client profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>Bürotelefon:</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Bürotelefon</translation>
    </message>
    <message>
        <source>+1 212 555 0100 or national form</source>
        <translation>+49 30 1234567 oder nationale Schreibweise</translation>
    </message>
    <message>
        <source>Office phone check</source>
        <translation>Prüfung des Bürotelefons</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Mobiltelefon:</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Mobile phone check</source>
        <translation>Prüfung des Mobiltelefons</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>VIP:</source>
        <translation>VIP:</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>VIP: handle first</source>
        <translation>VIP: zuerst bearbeiten</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>+1 212 555 0100 x204, or national form</source>
        <translation>+49 30 1234567 x204 oder nationale Schreibweise</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>Vorher (Basis)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <source>Backend&apos;s</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>Meinen Wert behalten</translation>
    </message>
    <message>
        <source>Take the &amp;backend&apos;s</source>
        <translation>Den des &amp;Backends übernehmen</translation>
    </message>
    <message>
        <source>Take the backend&apos;s value</source>
        <translation>Den Wert des Backends übernehmen</translation>
    </message>
    <message>
        <source>Someone else changed the same field on the backend while you changed it here. For each field keep yours (it is then sent to the backend), take the backend&apos;s, or type the value that should stand and use it.</source>
        <translation>Jemand anderes hat dasselbe Feld im Backend geändert, während Sie es hier geändert haben. Behalten Sie für jedes Feld Ihren Wert (er wird dann an das Backend gesendet), übernehmen Sie den des Backends, oder geben Sie den Wert ein, der gelten soll, und verwenden Sie ihn.</translation>
    </message>
    <message>
        <source>Before (base):</source>
        <translation>Vorher (Basis):</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Ihrer:</translation>
    </message>
    <message>
        <source>Backend&apos;s:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>&amp;Merged value:</source>
        <translation>&amp;Zusammengeführter Wert:</translation>
    </message>
    <message>
        <source>Value before (base)</source>
        <translation>Wert vorher (Basis)</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>The backend&apos;s value</source>
        <translation>Der Wert des Backends</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Zusammengeführter Wert</translation>
    </message>
    <message>
        <source>The value that should stand, for everyone once synced. A list takes one item a line.</source>
        <translation>Der Wert, der gelten soll, für alle nach der Synchronisierung. Eine Liste nimmt einen Eintrag je Zeile.</translation>
    </message>
    <message>
        <source>Keep &amp;yours</source>
        <translation>&amp;Ihren behalten</translation>
    </message>
    <message>
        <source>&amp;Use merged value</source>
        <translation>Zusammengeführten Wert &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the merged value</source>
        <translation>Den zusammengeführten Wert verwenden</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Backend</source>
        <translation>Mit Backend verbinden</translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s Sitekeeper backend with the sign-in token your admin gave you. The token is kept in this computer&apos;s keychain, never in the workspace.</source>
        <translation>Melden Sie sich mit dem Anmelde-Token, das Sie von Ihrem Admin erhalten haben, am Sitekeeper-Backend Ihres Teams an. Das Token wird im Schlüsselbund dieses Computers aufbewahrt, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Backend &amp;URL:</source>
        <translation>Backend-&amp;URL:</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>Backend-URL</translation>
    </message>
    <message>
        <source>https://sitekeeper.example.com</source>
        <translation>https://sitekeeper.example.com</translation>
    </message>
    <message>
        <source>Sign-in &amp;token:</source>
        <translation>Anmelde-&amp;Token:</translation>
    </message>
    <message>
        <source>Sign-in token</source>
        <translation>Anmelde-Token</translation>
    </message>
    <message>
        <source>skt_…</source>
        <translation>skt_…</translation>
    </message>
    <message>
        <source>&amp;CA file (optional):</source>
        <translation>&amp;CA-Datei (optional):</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Only for a server with a private certificate authority</source>
        <translation>Nur für einen Server mit eigener Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Die CA-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Ergebnis der Verbindung</translation>
    </message>
</context>
<context>
    <name>CredentialEditor</name>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>System or URL:</source>
        <translation>System oder URL:</translation>
    </message>
    <message>
        <source>System or URL</source>
        <translation>System oder URL</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>Ein Passwort erzeugen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>TOTP:</source>
        <translation>TOTP:</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>otpauth://totp/... or base32 secret (optional)</source>
        <translation>otpauth://totp/... oder Base32-Geheimnis (optional)</translation>
    </message>
    <message>
        <source>MFA:</source>
        <translation>MFA:</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>The account has multi-factor authentication</source>
        <translation>Das Konto hat Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Rotate every (days, 0 = never):</source>
        <translation>Wechseln alle (Tage, 0 = nie):</translation>
    </message>
    <message>
        <source>Rotate every (days, 0 = never)</source>
        <translation>Wechseln alle (Tage, 0 = nie)</translation>
    </message>
    <message>
        <source>Force change:</source>
        <translation>Wechsel erzwingen:</translation>
    </message>
    <message>
        <source>Force change</source>
        <translation>Wechsel erzwingen</translation>
    </message>
    <message>
        <source>Force a password change at next logon</source>
        <translation>Passwortwechsel bei der nächsten Anmeldung erzwingen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Selected credential</source>
        <translation>Ausgewählte Zugangsdaten</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Secret (hidden until revealed)</source>
        <translation>Geheimnis (verborgen, bis es aufgedeckt wird)</translation>
    </message>
    <message>
        <source>••••••••</source>
        <translation>••••••••</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Einmalcode:</translation>
    </message>
    <message>
        <source>Current one-time code</source>
        <translation>Aktueller Einmalcode</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Seconds until the code changes</source>
        <translation>Sekunden, bis sich der Code ändert</translation>
    </message>
    <message>
        <source>%v s</source>
        <translation>%v s</translation>
    </message>
    <message>
        <source>Last rotated:</source>
        <translation>Zuletzt gewechselt:</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Zuletzt gewechselt</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Geteilt mit:</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Geteilt mit</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Än&amp;dern…</translation>
    </message>
    <message>
        <source>Choose who may read this secret (Ctrl+Shift+H)</source>
        <translation>Wählen, wer dieses Geheimnis lesen darf (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>On this desk:</source>
        <translation>Auf diesem Rechner:</translation>
    </message>
    <message>
        <source>Sharing status on this desk</source>
        <translation>Freigabestatus auf diesem Rechner</translation>
    </message>
    <message>
        <source>Opened by the service:</source>
        <translation>Vom Service geöffnet:</translation>
    </message>
    <message>
        <source>Who at the service opened this secret, and when</source>
        <translation>Wer beim Service dieses Geheimnis geöffnet hat, und wann</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Sites in the workspace</source>
        <translation>Standorte im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Sites whose activation checklist is complete</source>
        <translation>Standorte, deren Aktivierungs-Checkliste vollständig ist</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Findings of severity error, across all sites</source>
        <translation>Befunde mit Schweregrad Fehler, über alle Standorte</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Findings of severity warning, across all sites</source>
        <translation>Befunde mit Schweregrad Warnung, über alle Standorte</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>References and approvers past their yearly review</source>
        <translation>Referenzen und Genehmiger, deren jährliche Überprüfung überfällig ist</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Überfällige Überprüfungen</translation>
    </message>
    <message>
        <source>Activation readiness</source>
        <translation>Aktivierungsbereitschaft</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation>Jährliche Überprüfung</translation>
    </message>
    <message>
        <source>Most frequent findings</source>
        <translation>Häufigste Befunde</translation>
    </message>
    <message>
        <source>Escalations per week</source>
        <translation>Eskalationen pro Woche</translation>
    </message>
    <message>
        <source>Secrets a member who left the team could read: rotate them (SK606)</source>
        <translation>Geheimnisse, die ein Mitglied lesen konnte, das das Team verlassen hat: Wechseln Sie sie (SK606)</translation>
    </message>
    <message>
        <source>Secrets to rotate after a leaver</source>
        <translation>Nach einem Abgang zu wechselnde Geheimnisse</translation>
    </message>
    <message>
        <source>To rotate after a leaver</source>
        <translation>Nach Abgang zu wechseln</translation>
    </message>
</context>
<context>
    <name>DirectoryDiffDialog</name>
    <message>
        <source>Compare With Directory</source>
        <translation>Mit Verzeichnis vergleichen</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>&amp;Directory file:</source>
        <translation>&amp;Verzeichnisdatei:</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>Directory file</source>
        <translation>Verzeichnisdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Read the file and compare it with the site&apos;s client profiles</source>
        <translation>Die Datei lesen und mit den Kundenprofilen des Standorts vergleichen</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Problems with the file</source>
        <translation>Probleme mit der Datei</translation>
    </message>
    <message>
        <source>Summary of the comparison</source>
        <translation>Zusammenfassung des Vergleichs</translation>
    </message>
    <message>
        <source>Results of the comparison</source>
        <translation>Ergebnisse des Vergleichs</translation>
    </message>
    <message>
        <source>&amp;Leavers</source>
        <translation>&amp;Abgänge</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Abgänge</translation>
    </message>
    <message>
        <source>&amp;Disable Selected Leavers</source>
        <translation>Ausgewählte Abgänge &amp;deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Joiners</source>
        <translation>&amp;Neuzugänge</translation>
    </message>
    <message>
        <source>Joiners</source>
        <translation>Neuzugänge</translation>
    </message>
    <message>
        <source>&amp;Add Selected Joiners</source>
        <translation>Ausgewählte Neuzugänge &amp;hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;hanged Numbers</source>
        <translation>G&amp;eänderte Nummern</translation>
    </message>
    <message>
        <source>Changed numbers</source>
        <translation>Geänderte Nummern</translation>
    </message>
    <message>
        <source>&amp;Update Selected Numbers</source>
        <translation>Ausgewählte Nummern &amp;übernehmen</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>A&amp;lle auswählen</translation>
    </message>
    <message>
        <source>Tick every row of the list shown</source>
        <translation>Jede Zeile der angezeigten Liste ankreuzen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Untick every row of the list shown</source>
        <translation>Das Kreuz bei jeder Zeile der angezeigten Liste entfernen</translation>
    </message>
    <message>
        <source>What the last action did</source>
        <translation>Was die letzte Aktion bewirkt hat</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Compare a directory with the site&apos;s client profiles: an export (a Microsoft 365 or Entra ID users export, a ConnectWise or Autotask contacts export, or a Sitekeeper profile export), or an Active Directory or LDAP directory read live. Nothing changes until you choose an action, and every action can be undone.</source>
        <translation>Ein Verzeichnis mit den Kundenprofilen des Standorts vergleichen: einen Export (einen Benutzerexport aus Microsoft 365 oder Entra ID, einen Kontaktexport aus ConnectWise oder Autotask oder einen Profilexport aus Sitekeeper) oder ein direkt ausgelesenes Active Directory oder LDAP-Verzeichnis. Nichts ändert sich, bevor Sie eine Aktion wählen, und jede Aktion kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source of the directory</source>
        <translation>Quelle des Verzeichnisses</translation>
    </message>
    <message>
        <source>Where the directory is read from</source>
        <translation>Woher das Verzeichnis gelesen wird</translation>
    </message>
    <message>
        <source>Active profiles whose person is not in the directory, or whose account is disabled there. Disabling keeps the profile and its history; a leaver who is still an approver needs a successor.</source>
        <translation>Aktive Profile, deren Person nicht im Verzeichnis steht oder deren Konto dort deaktiviert ist. Beim Deaktivieren bleiben das Profil und sein Verlauf erhalten; ein Abgang, der noch Genehmiger ist, braucht einen Nachfolger.</translation>
    </message>
    <message>
        <source>People with an enabled account in the directory and no profile at this site. Each is added as an active client profile with the directory&apos;s name, email, numbers and title.</source>
        <translation>Personen mit einem aktiven Konto im Verzeichnis und ohne Profil an diesem Standort. Jede wird als aktives Kundenprofil mit Name, E-Mail, Nummern und Position aus dem Verzeichnis hinzugefügt.</translation>
    </message>
    <message>
        <source>Phone numbers that differ between the directory and the profile. Numbers are shown as they are saved; a number the directory leaves empty is never erased.</source>
        <translation>Telefonnummern, die sich zwischen Verzeichnis und Profil unterscheiden. Nummern werden so angezeigt, wie sie gespeichert werden; eine Nummer, die im Verzeichnis leer ist, wird nie gelöscht.</translation>
    </message>
</context>
<context>
    <name>EntraSourcePanel</name>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Mandan&amp;t:</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com, or the tenant ID</source>
        <translation>contoso.onmicrosoft.com oder die Mandanten-ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>A&amp;pplication (client) ID:</source>
        <translation>Anwendungs-ID (&amp;Client):</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>The app must allow public client flows and have User.Read.All (delegated, with admin consent).</source>
        <translation>Die App muss öffentliche Clientflows zulassen und die Berechtigung User.Read.All haben (delegiert, mit Administratoreinwilligung).</translation>
    </message>
    <message>
        <source>An app registration that allows public client flows and has the delegated Microsoft Graph permission User.Read.All, with an administrator&apos;s consent. The sign-in is kept in your keychain.</source>
        <translation>Eine App-Registrierung, die öffentliche Clientflows zulässt und die delegierte Microsoft Graph-Berechtigung User.Read.All mit der Einwilligung eines Administrators hat. Die Anmeldung wird in Ihrem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>An&amp;melden…</translation>
    </message>
    <message>
        <source>Sign in to the tenant in your web browser with a code</source>
        <translation>Im Webbrowser mit einem Code beim Mandanten anmelden</translation>
    </message>
    <message>
        <source>&amp;Read Users</source>
        <translation>Benutzer le&amp;sen</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s users and compare them with the site&apos;s client profiles</source>
        <translation>Die Benutzer des Mandanten lesen und mit den Kundenprofilen des Standorts vergleichen</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Sign in in your web browser</source>
        <translation>Im Webbrowser anmelden</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Cop&amp;y Code</source>
        <translation>Code ko&amp;pieren</translation>
    </message>
    <message>
        <source>The code is on the clipboard. Sign in with an account that may read the tenant&apos;s users; this page waits.</source>
        <translation>Der Code liegt in der Zwischenablage. Melden Sie sich mit einem Konto an, das die Benutzer des Mandanten lesen darf; diese Seite wartet.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status of Microsoft Entra ID</source>
        <translation>Status von Microsoft Entra ID</translation>
    </message>
</context>
<context>
    <name>EscalationsView</name>
    <message>
        <source>Escalation review</source>
        <translation>Eskalationsprüfung</translation>
    </message>
    <message>
        <source>Site under review</source>
        <translation>Geprüfter Standort</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Import escalations</source>
        <translation>Eskalationen importieren</translation>
    </message>
    <message>
        <source>Import the tickets assigned back to you, exported from your PSA as CSV</source>
        <translation>Die an Sie zurückgegebenen Tickets importieren, als CSV aus Ihrem PSA exportiert</translation>
    </message>
    <message>
        <source>&amp;Import escalations…</source>
        <translation>Eskalationen &amp;importieren…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Escalations by category</source>
        <translation>Eskalationen nach Kategorie</translation>
    </message>
    <message>
        <source>Escalations per week</source>
        <translation>Eskalationen pro Woche</translation>
    </message>
    <message>
        <source>Highlighted categories have no reference: each is a suggestion to write one.</source>
        <translation>Hervorgehobene Kategorien haben keine Referenz: Jede ist ein Anlass, eine zu schreiben.</translation>
    </message>
    <message>
        <source>Write a reference</source>
        <translation>Referenz schreiben</translation>
    </message>
    <message>
        <source>Write a reference for the selected category</source>
        <translation>Eine Referenz für die ausgewählte Kategorie schreiben</translation>
    </message>
    <message>
        <source>&amp;Write a reference…</source>
        <translation>Referenz &amp;schreiben…</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Filter by severity</source>
        <translation>Nach Schweregrad filtern</translation>
    </message>
    <message>
        <source>Filter by rule</source>
        <translation>Nach Regel filtern</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>Nach Standort filtern</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation>Befunde nach Text filtern</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Finding count</source>
        <translation>Anzahl der Befunde</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the record to fix (Enter)</source>
        <translation>Den zu korrigierenden Datensatz öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Open the record of the finding</source>
        <translation>Den Datensatz des Befunds öffnen</translation>
    </message>
    <message>
        <source>&amp;Apply Fix</source>
        <translation>Korrektur an&amp;wenden</translation>
    </message>
    <message>
        <source>Apply the suggested fix (Ctrl+Shift+Enter); Ctrl+Z undoes it</source>
        <translation>Die vorgeschlagene Korrektur anwenden (Strg+Umschalt+Eingabe); Strg+Z macht sie rückgängig</translation>
    </message>
    <message>
        <source>Apply the fix of the finding</source>
        <translation>Die Korrektur des Befunds anwenden</translation>
    </message>
    <message>
        <source>&amp;Open Record</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>Erk&amp;lären</translation>
    </message>
    <message>
        <source>Why the rule of this finding matters and how to fix it (F1)</source>
        <translation>Warum die Regel dieses Befunds wichtig ist und wie er behoben wird (F1)</translation>
    </message>
    <message>
        <source>Explain this finding</source>
        <translation>Diesen Befund erklären</translation>
    </message>
    <message>
        <source>E&amp;xplain This Finding</source>
        <translation>Diesen Befund &amp;erklären</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Sitekeeper User Guide</source>
        <translation>Sitekeeper-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Zurück dorthin, wo Sie waren (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Wieder vorwärts (Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Anfang</translation>
    </message>
    <message>
        <source>The beginning of the guide</source>
        <translation>Der Anfang des Handbuchs</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)</source>
        <translation>Im Handbuch suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>V&amp;orherige</translation>
    </message>
    <message>
        <source>The previous place the words appear (Shift+Enter)</source>
        <translation>Die vorherige Stelle, an der die Wörter vorkommen (Umschalt+Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>The next place the words appear (Enter)</source>
        <translation>Die nächste Stelle, an der die Wörter vorkommen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>LdapSourceWidget</name>
    <message>
        <source>Directory &amp;URL:</source>
        <translation>&amp;Verzeichnis-URL:</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com</source>
        <translation>ldaps://dc1.example.com</translation>
    </message>
    <message>
        <source>Directory URL</source>
        <translation>Verzeichnis-URL</translation>
    </message>
    <message>
        <source>ldaps://host[:port], or ldap://host[:port] with StartTLS; plain ldap:// only to a directory on this machine</source>
        <translation>ldaps://host[:port] oder ldap://host[:port] mit StartTLS; reines ldap:// nur zu einem Verzeichnis auf diesem Rechner</translation>
    </message>
    <message>
        <source>Start&amp;TLS</source>
        <translation>Start&amp;TLS</translation>
    </message>
    <message>
        <source>Encrypt an ldap:// connection before the bind (required unless the directory is on this machine)</source>
        <translation>Eine ldap://-Verbindung vor dem Bind verschlüsseln (erforderlich, außer das Verzeichnis liegt auf diesem Rechner)</translation>
    </message>
    <message>
        <source>&amp;Base DN:</source>
        <translation>&amp;Basis-DN:</translation>
    </message>
    <message>
        <source>ou=Users,dc=example,dc=com</source>
        <translation>ou=Users,dc=example,dc=com</translation>
    </message>
    <message>
        <source>Base DN</source>
        <translation>Basis-DN</translation>
    </message>
    <message>
        <source>B&amp;ind DN:</source>
        <translation>B&amp;ind-DN:</translation>
    </message>
    <message>
        <source>cn=reader,dc=example,dc=com or reader@example.com</source>
        <translation>cn=reader,dc=example,dc=com oder reader@example.com</translation>
    </message>
    <message>
        <source>Bind DN</source>
        <translation>Bind-DN</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Bind password</source>
        <translation>Bind-Passwort</translation>
    </message>
    <message>
        <source>R&amp;emember</source>
        <translation>&amp;Merken</translation>
    </message>
    <message>
        <source>Remember this directory for the site, and its password in the keychain</source>
        <translation>Dieses Verzeichnis für den Standort merken und sein Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>LDAP filter</source>
        <translation>LDAP-Filter</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>The system&apos;s CAs</source>
        <translation>Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Read Directory</source>
        <translation>Ver&amp;zeichnis lesen</translation>
    </message>
    <message>
        <source>Read the directory&apos;s people and compare them with the site&apos;s client profiles</source>
        <translation>Die Personen des Verzeichnisses lesen und mit den Kundenprofilen des Standorts vergleichen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sitekeeper</source>
        <translation>Sitekeeper</translation>
    </message>
    <message>
        <source>Go to site (Ctrl+K)</source>
        <translation>Zu Standort wechseln (Strg+K)</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Standorte filtern</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Sitekeeper&lt;/h2&gt;&lt;p&gt;Keep, for every client site, what the Help Desk technicians need: users, runbooks, approvers, escalation rules and credentials.&lt;/p&gt;&lt;p&gt;This workspace is empty. Start here:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Sitekeeper&lt;/h2&gt;&lt;p&gt;Halten Sie für jeden Kundenstandort fest, was die Helpdesk-Techniker brauchen: Benutzer, Runbooks, Genehmiger, Eskalationsregeln und Zugangsdaten.&lt;/p&gt;&lt;p&gt;Dieser Arbeitsbereich ist leer. Beginnen Sie hier:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a first site…</source>
        <translation>Einen ersten Standort hinzufügen…</translation>
    </message>
    <message>
        <source>Add a first site</source>
        <translation>Einen ersten Standort hinzufügen</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Ein Paket importieren…</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Ein Paket importieren</translation>
    </message>
    <message>
        <source>Open a demo workspace</source>
        <translation>Einen Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Name des Standorts</translation>
    </message>
    <message>
        <source>Site details</source>
        <translation>Details des Standorts</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Site summary</source>
        <translation>Zusammenfassung des Standorts</translation>
    </message>
    <message>
        <source>Edit site…</source>
        <translation>Standort bearbeiten…</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>Add child site…</source>
        <translation>Untergeordneten Standort hinzufügen…</translation>
    </message>
    <message>
        <source>Add child site</source>
        <translation>Untergeordneten Standort hinzufügen</translation>
    </message>
    <message>
        <source>Approval what-if…</source>
        <translation>Genehmigung: Was wäre wenn…</translation>
    </message>
    <message>
        <source>Approval what-if</source>
        <translation>Genehmigung: Was wäre wenn</translation>
    </message>
    <message>
        <source>Activation checklist</source>
        <translation>Aktivierungs-Checkliste</translation>
    </message>
    <message>
        <source>Cr&amp;edentials</source>
        <translation>&amp;Zugangsdaten</translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>&amp;Abdeckung</translation>
    </message>
    <message>
        <source>Coverage timeline</source>
        <translation>Zeitleiste der Abdeckung</translation>
    </message>
    <message>
        <source>E&amp;scalations</source>
        <translation>E&amp;skalationen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>&amp;Site</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Neuer Standort…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;Child Site…</source>
        <translation>Neuer &amp;untergeordneter Standort…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Import Bundle…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;Profiles…</source>
        <translation>&amp;Profile importieren…</translation>
    </message>
    <message>
        <source>Import the client profiles of the selected site from a CSV user list</source>
        <translation>Die Kundenprofile des ausgewählten Standorts aus einer CSV-Benutzerliste importieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Go to Site…</source>
        <translation>&amp;Gehe zu Standort…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Partner &amp;Contacts and Approval Types…</source>
        <translation>Partner&amp;kontakte und Genehmigungsarten…</translation>
    </message>
    <message>
        <source>&amp;Edit Site…</source>
        <translation>Standort &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Approval &amp;What-If…</source>
        <translation>Genehmigung: &amp;Was wäre wenn…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Export &amp;Activation Summary…</source>
        <translation>&amp;Aktivierungsbericht exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Client &amp;Handout…</source>
        <translation>&amp;Kunden-Merkblatt…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Check All Sites</source>
        <translation>Alle Standorte &amp;prüfen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;About Sitekeeper</source>
        <translation>&amp;Über Sitekeeper</translation>
    </message>
    <message>
        <source>Compare With &amp;Directory…</source>
        <translation>Mit &amp;Verzeichnis vergleichen…</translation>
    </message>
    <message>
        <source>Compare a directory export with the selected site&apos;s client profiles: leavers, joiners and changed numbers</source>
        <translation>Einen Verzeichnisexport mit den Kundenprofilen des ausgewählten Standorts vergleichen: Abgänge, Neuzugänge und geänderte Nummern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to onboard a site, review it yearly and review its escalations; every rule explained</source>
        <translation>Wie Sie einen Standort einrichten, ihn jährlich überprüfen und seine Eskalationen auswerten; jede Regel erklärt</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Explain This Finding</source>
        <translation>Diesen Befund &amp;erklären</translation>
    </message>
    <message>
        <source>Why the rule of the finding selected in the Findings panel matters and how to fix it</source>
        <translation>Warum die Regel des im Bereich „Befunde“ ausgewählten Befunds wichtig ist und wie er behoben wird</translation>
    </message>
    <message>
        <source>Connect to &amp;Backend…</source>
        <translation>Mit Backend &amp;verbinden …</translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s backend with the URL and the sign-in token your admin gave you</source>
        <translation>Am Backend Ihres Teams anmelden, mit der URL und dem Anmelde-Token von Ihrem Admin</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Abmelden …</translation>
    </message>
    <message>
        <source>Remove the sign-in token from this computer&apos;s keychain; edits not yet synced stay</source>
        <translation>Das Anmelde-Token aus dem Schlüsselbund dieses Computers entfernen; noch nicht synchronisierte Änderungen bleiben</translation>
    </message>
    <message>
        <source>Sync Prob&amp;lems…</source>
        <translation>Synchronisierungsprob&amp;leme …</translation>
    </message>
    <message>
        <source>The edits the backend refused: open, retry or discard them</source>
        <translation>Die vom Backend abgelehnten Änderungen: öffnen, erneut senden oder verwerfen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
</context>
<context>
    <name>NotificationRuleEditor</name>
    <message>
        <source>Notification rule</source>
        <translation>Benachrichtigungsregel</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Days Mon</source>
        <translation>Tage Mo</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Days Tue</source>
        <translation>Tage Di</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Days Wed</source>
        <translation>Tage Mi</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Days Thu</source>
        <translation>Tage Do</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Days Fri</source>
        <translation>Tage Fr</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Days Sat</source>
        <translation>Tage Sa</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Days Sun</source>
        <translation>Tage So</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>First escalation contact:</source>
        <translation>Erster Eskalationskontakt:</translation>
    </message>
    <message>
        <source>First escalation contact</source>
        <translation>Erster Eskalationskontakt</translation>
    </message>
    <message>
        <source>Second escalation contact:</source>
        <translation>Zweiter Eskalationskontakt:</translation>
    </message>
    <message>
        <source>Second escalation contact</source>
        <translation>Zweiter Eskalationskontakt</translation>
    </message>
    <message>
        <source>Email recipients:</source>
        <translation>E-Mail-Empfänger:</translation>
    </message>
    <message>
        <source>Email recipients</source>
        <translation>E-Mail-Empfänger</translation>
    </message>
    <message>
        <source>noc@example.com, oncall@example.com</source>
        <translation>noc@example.com, bereitschaft@example.com</translation>
    </message>
    <message>
        <source>Call before escalating:</source>
        <translation>Vor Eskalation anrufen:</translation>
    </message>
    <message>
        <source>Call before escalating</source>
        <translation>Vor Eskalation anrufen</translation>
    </message>
    <message>
        <source>Call before escalating (simple inquiry)</source>
        <translation>Vor Eskalation anrufen (einfache Rückfrage)</translation>
    </message>
    <message>
        <source>Call-before contact:</source>
        <translation>Kontakt für den Anruf vorab:</translation>
    </message>
    <message>
        <source>Call-before contact</source>
        <translation>Kontakt für den Anruf vorab</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>network, microsoft_365 (empty: all)</source>
        <translation>network, microsoft_365 (leer: alle)</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>PartnerContactEditor</name>
    <message>
        <source>Partner contact</source>
        <translation>Partnerkontakt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First number:</source>
        <translation>Erste Nummer:</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>Erste Nummer</translation>
    </message>
    <message>
        <source>+1 212 555 0100 or national form</source>
        <translation>+49 30 1234567 oder nationale Schreibweise</translation>
    </message>
    <message>
        <source>First number check</source>
        <translation>Prüfung der ersten Nummer</translation>
    </message>
    <message>
        <source>Second number:</source>
        <translation>Zweite Nummer:</translation>
    </message>
    <message>
        <source>Second number</source>
        <translation>Zweite Nummer</translation>
    </message>
    <message>
        <source>Second number check</source>
        <translation>Prüfung der zweiten Nummer</translation>
    </message>
    <message>
        <source>Third number:</source>
        <translation>Dritte Nummer:</translation>
    </message>
    <message>
        <source>Third number</source>
        <translation>Dritte Nummer</translation>
    </message>
    <message>
        <source>Third number check</source>
        <translation>Prüfung der dritten Nummer</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner settings</source>
        <translation>Partnereinstellungen</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Approval types</source>
        <translation>&amp;Genehmigungsarten</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from:</source>
        <translation>Telefonnummern ohne Ländervorwahl stammen aus:</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <source>US</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>Words references must not contain:</source>
        <translation>Begriffe, die Referenzen nicht enthalten dürfen:</translation>
    </message>
    <message>
        <source>Forbidden terms</source>
        <translation>Verbotene Begriffe</translation>
    </message>
    <message>
        <source>Partner name (Answer As, reports):</source>
        <translation>Partnername (Meldename, Berichte):</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partnername</translation>
    </message>
    <message>
        <source>Brightpath IT</source>
        <translation>Brightpath IT</translation>
    </message>
    <message>
        <source>Help desk phone (client handout):</source>
        <translation>Helpdesk-Telefon (Kunden-Merkblatt):</translation>
    </message>
    <message>
        <source>Help desk phone</source>
        <translation>Helpdesk-Telefon</translation>
    </message>
    <message>
        <source>+1 866 555 0123</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Help desk email:</source>
        <translation>Helpdesk-E-Mail:</translation>
    </message>
    <message>
        <source>Help desk email</source>
        <translation>Helpdesk-E-Mail</translation>
    </message>
    <message>
        <source>help@example.com</source>
        <translation>hilfe@example.com</translation>
    </message>
    <message>
        <source>Help desk chat link:</source>
        <translation>Helpdesk-Chat-Link:</translation>
    </message>
    <message>
        <source>Help desk chat link</source>
        <translation>Helpdesk-Chat-Link</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>A reference is due this many days ahead:</source>
        <translation>Eine Referenz ist so viele Tage vorher fällig:</translation>
    </message>
    <message>
        <source>Days a reference is due ahead</source>
        <translation>Tage, die eine Referenz vorher fällig ist</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Approvers are reviewed every:</source>
        <translation>Genehmiger werden überprüft alle:</translation>
    </message>
    <message>
        <source>Approver review interval</source>
        <translation>Überprüfungsintervall für Genehmiger</translation>
    </message>
    <message>
        <source>Every covered site needs a reference on (SK303):</source>
        <translation>Jeder abgedeckte Standort braucht eine Referenz zu (SK303):</translation>
    </message>
    <message>
        <source>Required reference topics</source>
        <translation>Erforderliche Referenzthemen</translation>
    </message>
    <message>
        <source>…and an approver for (SK403):</source>
        <translation>…und einen Genehmiger für (SK403):</translation>
    </message>
    <message>
        <source>Required approval types</source>
        <translation>Erforderliche Genehmigungsarten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies when Sitekeeper starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Sitekeeper.</translation>
    </message>
    <message>
        <source>Why the partner settings cannot be changed</source>
        <translation>Warum die Partner-Einstellungen nicht geändert werden können</translation>
    </message>
</context>
<context>
    <name>ProfileImportWizard</name>
    <message>
        <source>Import Client Profiles</source>
        <translation>Kundenprofile importieren</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A CSV user list: a Microsoft 365 or Entra ID users export, a ConnectWise or Autotask contacts export, or a Sitekeeper profile export. Nothing is written until you choose Import.</source>
        <translation>Eine CSV-Benutzerliste: ein Benutzerexport aus Microsoft 365 oder Entra ID, ein Kontaktexport aus ConnectWise oder Autotask oder ein Profilexport aus Sitekeeper. Nichts wird geschrieben, bevor Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <source>Import into site:</source>
        <translation>Importieren in Standort:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Check the format</source>
        <translation>Format prüfen</translation>
    </message>
    <message>
        <source>Which export the file is decides which column fills which profile field.</source>
        <translation>Aus welchem Export die Datei stammt, entscheidet, welche Spalte welches Profilfeld füllt.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for each profile field. A full name, or a first and a last name, is required; the other fields may stay empty.</source>
        <translation>Wählen Sie für jedes Profilfeld die Spalte der Datei. Ein vollständiger Name oder ein Vor- und ein Nachname ist erforderlich; die übrigen Felder dürfen leer bleiben.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the import would do with each row of the file. Numbers are shown as they will be saved.</source>
        <translation>Was der Import mit jeder Zeile der Datei tun würde. Nummern werden so angezeigt, wie sie gespeichert werden.</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Vorschau der Zeilen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Ungültige Zeilen</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Read the file again with the values corrected above</source>
        <translation>Die Datei mit den oben korrigierten Werten erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Save Invalid Rows…</source>
        <translation>Ungültige Zeilen speic&amp;hern…</translation>
    </message>
    <message>
        <source>Save the invalid rows, with what to fix, as a CSV file to correct and import later</source>
        <translation>Die ungültigen Zeilen samt Korrekturhinweisen als CSV-Datei speichern, um sie zu korrigieren und später zu importieren</translation>
    </message>
    <message>
        <source>&amp;Leave the invalid rows out and import the others</source>
        <translation>Ungültige Zeilen &amp;auslassen und die übrigen importieren</translation>
    </message>
</context>
<context>
    <name>ProfileMergeDialog</name>
    <message>
        <source>Merge Profiles</source>
        <translation>Profile zusammenführen</translation>
    </message>
    <message>
        <source>One person, one profile. Choose the profile to keep and, for each field, the value it keeps. What names the other profile will name the one kept; the other is disabled, never deleted. Ctrl+Z undoes the whole merge.</source>
        <translation>Eine Person, ein Profil. Wählen Sie das Profil, das bleiben soll, und für jedes Feld den Wert, den es behält. Was auf das andere Profil verweist, verweist danach auf das beibehaltene; das andere wird deaktiviert, nie gelöscht. Strg+Z macht das gesamte Zusammenführen rückgängig.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>&amp;Re-pointed to the profile kept:</source>
        <translation>&amp;Umgestellt auf das beibehaltene Profil:</translation>
    </message>
    <message>
        <source>Records re-pointed to the profile kept</source>
        <translation>Auf das beibehaltene Profil umgestellte Datensätze</translation>
    </message>
    <message>
        <source>Why the profiles cannot be merged</source>
        <translation>Warum die Profile nicht zusammengeführt werden können</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Strg+F)</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Datensätze filtern</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Anzahl der Datensätze</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Neuer Datensatz</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Datensatz bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove records</source>
        <translation>Datensätze entfernen</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Review every (days):</source>
        <translation>Überprüfen alle (Tage):</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>Überprüfen alle (Tage)</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Zuletzt überprüft:</translation>
    </message>
    <message>
        <source>Last reviewed set</source>
        <translation>Datum der letzten Überprüfung gesetzt</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Body (Markdown)</source>
        <translation>Inhalt (Markdown)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation>Vorschau der Darstellung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>Review queue</source>
        <translation>Überprüfungsliste</translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation>Jährliche Überprüfung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Due &amp;within:</source>
        <translation>Fällig &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Due within days</source>
        <translation>Fällig innerhalb von Tagen</translation>
    </message>
    <message>
        <source>Show what is overdue and what falls due within this many days</source>
        <translation>Anzeigen, was überfällig ist und was innerhalb so vieler Tage fällig wird</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Site, title or person</source>
        <translation>Standort, Titel oder Person</translation>
    </message>
    <message>
        <source>Items due for review</source>
        <translation>Zur Überprüfung fällige Einträge</translation>
    </message>
    <message>
        <source>Retiring an approver removes it: approvers have no retired state. Undo brings it back.</source>
        <translation>Einen Genehmiger stillzulegen entfernt ihn: Genehmiger haben keinen Status „stillgelegt“. Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected item to update it (Enter)</source>
        <translation>Den ausgewählten Eintrag zum Aktualisieren öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>Retire the selected references; remove the selected approvers (Del)</source>
        <translation>Die ausgewählten Referenzen stilllegen, die ausgewählten Genehmiger entfernen (Entf)</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Still&amp;legen…</translation>
    </message>
    <message>
        <source>Reviewed, unchanged</source>
        <translation>Überprüft, unverändert</translation>
    </message>
    <message>
        <source>Attest that the selected items were reviewed and are still right; their next review is due in a year (Ctrl+R)</source>
        <translation>Bestätigen, dass die ausgewählten Einträge überprüft wurden und weiterhin stimmen; ihre nächste Überprüfung ist in einem Jahr fällig (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Reviewed, unchanged</source>
        <translation>Ü&amp;berprüft, unverändert</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share Credential</source>
        <translation>Zugangsdaten teilen</translation>
    </message>
    <message>
        <source>The &amp;team: every member who may edit</source>
        <translation>Das &amp;Team: jedes Mitglied, das bearbeiten darf</translation>
    </message>
    <message>
        <source>The ser&amp;vice&apos;s technicians</source>
        <translation>Die Techniker des &amp;Service</translation>
    </message>
    <message>
        <source>Named &amp;members:</source>
        <translation>Einzelne &amp;Mitglieder:</translation>
    </message>
    <message>
        <source>Members to share with</source>
        <translation>Mitglieder, mit denen geteilt wird</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Teil von:</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Abdeckung:</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Business days:</source>
        <translation>Geschäftstage:</translation>
    </message>
    <message>
        <source>Business days Mon</source>
        <translation>Geschäftstage Mo</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Business days Tue</source>
        <translation>Geschäftstage Di</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Business days Wed</source>
        <translation>Geschäftstage Mi</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Business days Thu</source>
        <translation>Geschäftstage Do</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Business days Fri</source>
        <translation>Geschäftstage Fr</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Business days Sat</source>
        <translation>Geschäftstage Sa</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Business days Sun</source>
        <translation>Geschäftstage So</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Business hours from:</source>
        <translation>Geschäftszeiten von:</translation>
    </message>
    <message>
        <source>Business hours from</source>
        <translation>Geschäftszeiten von</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Business hours until:</source>
        <translation>Geschäftszeiten bis:</translation>
    </message>
    <message>
        <source>Business hours until</source>
        <translation>Geschäftszeiten bis</translation>
    </message>
    <message>
        <source>Answer as:</source>
        <translation>Meldename:</translation>
    </message>
    <message>
        <source>Answer as</source>
        <translation>Meldename</translation>
    </message>
    <message>
        <source>Custom answer:</source>
        <translation>Eigener Meldename:</translation>
    </message>
    <message>
        <source>Custom answer</source>
        <translation>Eigener Meldename</translation>
    </message>
    <message>
        <source>Used when Answer as is custom</source>
        <translation>Gilt, wenn der Meldename eigener Text ist</translation>
    </message>
    <message>
        <source>Email domains:</source>
        <translation>E-Mail-Domänen:</translation>
    </message>
    <message>
        <source>Email domains</source>
        <translation>E-Mail-Domänen</translation>
    </message>
    <message>
        <source>contoso.com, contoso.net</source>
        <translation>contoso.de, contoso.com</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The servers are at this site</source>
        <translation>Die Server stehen an diesem Standort</translation>
    </message>
    <message>
        <source>Device naming:</source>
        <translation>Gerätebenennung:</translation>
    </message>
    <message>
        <source>Device naming</source>
        <translation>Gerätebenennung</translation>
    </message>
    <message>
        <source>Contract tier:</source>
        <translation>Vertragsstufe:</translation>
    </message>
    <message>
        <source>Contract tier</source>
        <translation>Vertragsstufe</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Aktivierung:</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Go-live date:</source>
        <translation>Go-live-Datum:</translation>
    </message>
    <message>
        <source>Go-live date set</source>
        <translation>Go-live-Datum gesetzt</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Go-live-Datum</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Champion:</source>
        <translation>Champion:</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Scope notes:</source>
        <translation>Hinweise zum Leistungsumfang:</translation>
    </message>
    <message>
        <source>Scope notes</source>
        <translation>Leistungsumfang</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Num&amp;bers in:</source>
        <translation>&amp;Land der Nummern:</translation>
    </message>
    <message>
        <source>Country of the numbers</source>
        <translation>Land der Nummern</translation>
    </message>
    <message>
        <source>The country whose numbers are written without +, as a two-letter code (FR) or a name; empty: the time zone&apos;s country</source>
        <translation>Das Land, dessen Nummern ohne + geschrieben sind, als zweibuchstabiger Ländercode (DE) oder als Name; leer: das Land der Zeitzone</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync Problems</source>
        <translation>Synchronisierungsprobleme</translation>
    </message>
    <message>
        <source>The backend refused these edits. They stay here until you act: open the record to correct it and retry, or discard the edit to go back to the backend&apos;s version (Edit › Undo brings it back).</source>
        <translation>Das Backend hat diese Änderungen abgelehnt. Sie bleiben hier, bis Sie handeln: Öffnen Sie den Datensatz, korrigieren Sie ihn und senden Sie erneut, oder verwerfen Sie die Änderung, um zur Fassung des Backends zurückzukehren (Bearbeiten › Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <source>Rejected edits</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>The backend&apos;s reason</source>
        <translation>Begründung des Backends</translation>
    </message>
    <message>
        <source>&amp;Open Record</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the record&apos;s editor to correct it (Enter)</source>
        <translation>Den Editor des Datensatzes öffnen, um ihn zu korrigieren (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send the edit again with the record&apos;s current values at the next sync</source>
        <translation>Die Änderung bei der nächsten Synchronisierung mit den aktuellen Werten des Datensatzes erneut senden</translation>
    </message>
    <message>
        <source>&amp;Discard Edit</source>
        <translation>Änderung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Drop the edit and take the backend&apos;s version of the record (Edit › Undo brings it back)</source>
        <translation>Die Änderung verwerfen und die Fassung des Backends übernehmen (Bearbeiten › Rückgängig holt sie zurück)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

The workspace was not changed.</source>
        <translation>%1

Der Arbeitsbereich wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Workspace database was damaged</source>
        <translation>Die Datenbank des Arbeitsbereichs war beschädigt</translation>
    </message>
    <message>
        <source>The database failed its integrity check. It was moved aside to
%1
and a new, empty one was created. Import your last bundle, or ask support to recover the old file.</source>
        <translation>Die Datenbank hat ihre Integritätsprüfung nicht bestanden. Sie wurde nach
%1
verschoben und eine neue, leere wurde angelegt. Importieren Sie Ihr letztes Paket oder bitten Sie den Support, die alte Datei wiederherzustellen.</translation>
    </message>
    <message>
        <source>Sitekeeper partner console</source>
        <translation>Sitekeeper-Partnerkonsole</translation>
    </message>
    <message>
        <source>Workspace folder to open.</source>
        <translation>Zu öffnender Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>Language of the window: en or de (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Sprache des Fensters: en oder de (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ActivationChecklist</name>
    <message>
        <source>&lt;b&gt;%1 %&lt;/b&gt; · ready for activation</source>
        <translation>&lt;b&gt;%1 %&lt;/b&gt; · bereit zur Aktivierung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %&lt;/b&gt; ready · %2 of %3 done</source>
        <translation>&lt;b&gt;%1 %&lt;/b&gt; bereit · %2 von %3 erledigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Anzeigen: %1</translation>
    </message>
    <message>
        <source>Open the place to fix: %1</source>
        <translation>Die Stelle zum Beheben öffnen: %1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ActivationOverdueRule</name>
    <message>
        <source>A covered site is still a draft after its go-live date</source>
        <translation>Ein abgedeckter Standort ist nach seinem Go-live-Datum noch ein Entwurf</translation>
    </message>
    <message>
        <source>The service starts supporting a site once its activation is requested. A draft past its go-live date means the users may call a help desk that does not know them yet.</source>
        <translation>Der Service unterstützt einen Standort, sobald dessen Aktivierung beantragt ist. Ein Entwurf nach seinem Go-live-Datum bedeutet, dass die Benutzer womöglich einen Helpdesk anrufen, der sie noch nicht kennt.</translation>
    </message>
    <message>
        <source>The go-live date %1 has passed and the site is still a draft.</source>
        <translation>Das Go-live-Datum %1 ist verstrichen und der Standort ist noch ein Entwurf.</translation>
    </message>
    <message>
        <source>Send the activation summary to the service and mark the site submitted, or move the go-live date.</source>
        <translation>Senden Sie den Aktivierungsbericht an den Service und markieren Sie den Standort als eingereicht, oder verschieben Sie das Go-live-Datum.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::AdminMfaRule</name>
    <message>
        <source>An admin credential has no MFA</source>
        <translation>Ein Admin-Zugang hat keine MFA</translation>
    </message>
    <message>
        <source>Domain, local and portal administrator accounts should require a second factor (MFA or a TOTP code the technicians can read from the vault).</source>
        <translation>Domänen-, lokale und Portal-Administratorkonten sollten einen zweiten Faktor verlangen (MFA oder einen TOTP-Code, den die Techniker aus dem Tresor lesen können).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) has no MFA.</source>
        <translation>„%1“ (%2) hat keine MFA.</translation>
    </message>
    <message>
        <source>Turn on MFA for the account and store its TOTP secret with the credential.</source>
        <translation>Schalten Sie MFA für das Konto ein und speichern Sie das TOTP-Geheimnis bei den Zugangsdaten.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::AnswerAsRule</name>
    <message>
        <source>A covered site has no Answer As</source>
        <translation>Ein abgedeckter Standort hat keinen Meldenamen</translation>
    </message>
    <message>
        <source>Technicians greet callers with the site&apos;s Answer As name: the partner&apos;s name, the site&apos;s name, a custom text, or the neutral &quot;Technical Support&quot;. Without one, callers hear a name they do not know.</source>
        <translation>Techniker melden sich bei Anrufern mit dem Meldenamen des Standorts: dem Namen des Partners, dem Namen des Standorts, einem eigenen Text oder dem neutralen „Technical Support“. Ohne ihn hören Anrufer einen Namen, den sie nicht kennen.</translation>
    </message>
    <message>
        <source>Answer As is the partner name, but no partner name is set.</source>
        <translation>Als Meldename ist der Partnername gewählt, aber es ist kein Partnername gesetzt.</translation>
    </message>
    <message>
        <source>Answer As has no text.</source>
        <translation>Der Meldename hat keinen Text.</translation>
    </message>
    <message>
        <source>Choose how technicians answer this site&apos;s calls, or set the partner name in Preferences.</source>
        <translation>Wählen Sie, wie sich die Techniker bei Anrufen für diesen Standort melden, oder setzen Sie den Partnernamen in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ApprovalMethodRule</name>
    <message>
        <source>An approver has both automated approval and SMS authentication</source>
        <translation>Ein Genehmiger hat sowohl automatische Genehmigung als auch SMS-Authentifizierung</translation>
    </message>
    <message>
        <source>An approver is asked either by automated approval or by SMS authentication, never both. With both set, the service cannot tell how to ask.</source>
        <translation>Ein Genehmiger wird entweder per automatischer Genehmigung oder per SMS-Authentifizierung gefragt, nie mit beidem. Sind beide gesetzt, weiß der Service nicht, wie er fragen soll.</translation>
    </message>
    <message>
        <source>The approver for &quot;%1&quot; has both automated approval and SMS authentication.</source>
        <translation>Der Genehmiger für „%1“ hat sowohl automatische Genehmigung als auch SMS-Authentifizierung.</translation>
    </message>
    <message>
        <source>Keep one method: automated approval (one click) or SMS authentication.</source>
        <translation>Behalten Sie eine Methode: automatische Genehmigung (ein Klick) oder SMS-Authentifizierung.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ApprovalPlan</name>
    <message>
        <source>text message with a web link to approve</source>
        <translation>SMS mit einem Web-Link zur Genehmigung</translation>
    </message>
    <message>
        <source>call for verbal approval</source>
        <translation>Anruf zur mündlichen Genehmigung</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>nicht nutzbar</translation>
    </message>
    <message>
        <source>Automated approval</source>
        <translation>Automatische Genehmigung</translation>
    </message>
    <message>
        <source>SMS authentication code</source>
        <translation>SMS-Authentifizierungscode</translation>
    </message>
    <message>
        <source>Approver authenticated with the mobile on file</source>
        <translation>Genehmiger über die hinterlegte Mobilnummer authentifiziert</translation>
    </message>
    <message>
        <source>Requestor authenticated with the mobile on file</source>
        <translation>Anfragender über die hinterlegte Mobilnummer authentifiziert</translation>
    </message>
    <message>
        <source>The approver&apos;s profile is not at this site (removed or moved); choose the approver again.</source>
        <translation>Das Profil des Genehmigers ist nicht an diesem Standort (entfernt oder verschoben); wählen Sie den Genehmiger erneut.</translation>
    </message>
    <message>
        <source>%1&apos;s profile is disabled: the service does not take approvals from disabled profiles. Choose an active approver.</source>
        <translation>Das Profil von %1 ist deaktiviert: Der Service nimmt keine Genehmigungen von deaktivierten Profilen an. Wählen Sie einen aktiven Genehmiger.</translation>
    </message>
    <message>
        <source>The approver is not one of the partner&apos;s contacts any more; choose the approver again.</source>
        <translation>Der Genehmiger ist keiner der Kontakte des Partners mehr; wählen Sie den Genehmiger erneut.</translation>
    </message>
    <message>
        <source>The approver</source>
        <translation>Der Genehmiger</translation>
    </message>
    <message>
        <source>a mobile number</source>
        <translation>eine Mobilnummer</translation>
    </message>
    <message>
        <source>a fixed line</source>
        <translation>ein Festnetzanschluss</translation>
    </message>
    <message>
        <source>the numbering plan cannot tell; entered as %1&apos;s mobile</source>
        <translation>der Nummernplan gibt es nicht an; als Mobilnummer von %1 eingetragen</translation>
    </message>
    <message>
        <source>the numbering plan cannot tell and it is not on file as a mobile: taken as a fixed line</source>
        <translation>der Nummernplan gibt es nicht an und sie ist nicht als Mobilnummer hinterlegt: als Festnetz behandelt</translation>
    </message>
    <message>
        <source>neither mobile nor fixed line (toll free, VoIP, ...): taken as a call</source>
        <translation>weder Mobil- noch Festnetz (gebührenfrei, VoIP, …): als Anruf behandelt</translation>
    </message>
    <message numerus="yes">
        <source>not tried: the service tries only the first %n numbers</source>
        <translation>
            <numerusform>nicht versucht: Der Service versucht nur die erste Nummer</numerusform>
            <numerusform>nicht versucht: Der Service versucht nur die ersten %n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no phone number on the approver entry: the service cannot ask for approval. Add up to two numbers, a mobile first.</source>
        <translation>%1 hat keine Telefonnummer im Genehmigereintrag: Der Service kann nicht um Genehmigung bitten. Fügen Sie bis zu zwei Nummern hinzu, eine Mobilnummer zuerst.</translation>
    </message>
    <message>
        <source>None of the numbers the service tries for %1 is valid; correct them.</source>
        <translation>Keine der Nummern, die der Service für %1 versucht, ist gültig; korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>%1 has no mobile number on file, so no code can be texted. Add a mobile number to %1, or turn the option off.</source>
        <translation>Für %1 ist keine Mobilnummer hinterlegt, daher kann kein Code per SMS gesendet werden. Fügen Sie %1 eine Mobilnummer hinzu oder schalten Sie die Option aus.</translation>
    </message>
    <message>
        <source>Both automated approval and SMS authentication are set: the service refuses this (SK401). Keep one of them.</source>
        <translation>Sowohl automatische Genehmigung als auch SMS-Authentifizierung sind gesetzt: Der Service lehnt das ab (SK401). Behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>the answer given by the link or on the call is recorded as the approval.</source>
        <translation>die über den Link oder im Anruf gegebene Antwort gilt als Genehmigung.</translation>
    </message>
    <message>
        <source>a code is texted to %1 at %2, who gives it back to approve.</source>
        <translation>ein Code wird per SMS an %1 unter %2 gesendet, der ihn zur Genehmigung zurückgibt.</translation>
    </message>
    <message>
        <source>after approving, %1 repeats a code texted to the mobile on file, %2.</source>
        <translation>nach der Genehmigung wiederholt %1 einen Code, der per SMS an die hinterlegte Mobilnummer %2 gesendet wurde.</translation>
    </message>
    <message>
        <source>The requestor must be authenticated with the mobile on file, but the requestor has no profile at this site. Add a profile for the requestor.</source>
        <translation>Der Anfragende muss über die hinterlegte Mobilnummer authentifiziert werden, hat aber kein Profil an diesem Standort. Legen Sie ein Profil für den Anfragenden an.</translation>
    </message>
    <message>
        <source>The requestor %1 has a disabled profile: the service cannot authenticate them.</source>
        <translation>Der Anfragende %1 hat ein deaktiviertes Profil: Der Service kann ihn nicht authentifizieren.</translation>
    </message>
    <message>
        <source>The requestor %1 must be authenticated with the mobile on file, but has no mobile number. Add a mobile number to %1&apos;s profile.</source>
        <translation>Der Anfragende %1 muss über die hinterlegte Mobilnummer authentifiziert werden, hat aber keine Mobilnummer. Fügen Sie dem Profil von %1 eine Mobilnummer hinzu.</translation>
    </message>
    <message>
        <source>the requestor %1 repeats a code texted to the mobile on file, %2, by voice or chat.</source>
        <translation>der Anfragende %1 wiederholt per Telefon oder Chat einen Code, der per SMS an die hinterlegte Mobilnummer %2 gesendet wurde.</translation>
    </message>
    <message>
        <source>This site has no approver for %1: the service hands the request to the partner. Add an approver for %1.</source>
        <translation>Dieser Standort hat keinen Genehmiger für %1: Der Service gibt die Anfrage an den Partner weiter. Fügen Sie einen Genehmiger für %1 hinzu.</translation>
    </message>
    <message>
        <source>%1, requested by %2</source>
        <translation>%1, angefragt von %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Dead end: %1</source>
        <translation>Sackgasse: %1</translation>
    </message>
    <message>
        <source>on-site approver</source>
        <translation>Genehmiger vor Ort</translation>
    </message>
    <message>
        <source>partner contact</source>
        <translation>Partnerkontakt</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <source>   The requester is the approver: they would approve their own request.</source>
        <translation>   Der Anfragende ist der Genehmiger: Er würde seine eigene Anfrage genehmigen.</translation>
    </message>
    <message>
        <source>   %1: %2 (%3)</source>
        <translation>   %1: %2 (%3)</translation>
    </message>
    <message>
        <source>   %1: %2</source>
        <translation>   %1: %2</translation>
    </message>
    <message>
        <source>   No authentication: the approval is taken as given.</source>
        <translation>   Keine Authentifizierung: Die Genehmigung gilt als erteilt.</translation>
    </message>
    <message>
        <source>   Dead end: %1</source>
        <translation>   Sackgasse: %1</translation>
    </message>
    <message>
        <source>If nobody approves or an authentication fails, the service contacts the partner for next steps.</source>
        <translation>Wenn niemand genehmigt oder eine Authentifizierung fehlschlägt, kontaktiert der Service den Partner für das weitere Vorgehen.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ApprovalType</name>
    <message>
        <source>Password reset for another user</source>
        <translation>Passwortrücksetzung für einen anderen Benutzer</translation>
    </message>
    <message>
        <source>New user setup</source>
        <translation>Einrichtung neuer Benutzer</translation>
    </message>
    <message>
        <source>User termination</source>
        <translation>Ausscheiden von Benutzern</translation>
    </message>
    <message>
        <source>Group or permission change</source>
        <translation>Gruppen- oder Berechtigungsänderung</translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <translation>Postfachzugriff</translation>
    </message>
    <message>
        <source>Software install</source>
        <translation>Softwareinstallation</translation>
    </message>
    <message>
        <source>License assignment</source>
        <translation>Lizenzzuweisung</translation>
    </message>
    <message>
        <source>Hardware purchase</source>
        <translation>Hardwarekauf</translation>
    </message>
    <message>
        <source>Remote access</source>
        <translation>Fernzugriff</translation>
    </message>
    <message>
        <source>Enter a key, such as &quot;printer_purchase&quot;.</source>
        <translation>Geben Sie einen Schlüssel ein, etwa „printer_purchase“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key; use lowercase letters, digits and single underscores, starting with a letter (e.g. &quot;printer_purchase&quot;).</source>
        <translation>„%1“ ist kein gültiger Schlüssel; verwenden Sie Kleinbuchstaben, Ziffern und einzelne Unterstriche, beginnend mit einem Buchstaben (z. B. „printer_purchase“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in approval type; set builtin to false.</source>
        <translation>„%1“ ist keine eingebaute Genehmigungsart; setzen Sie builtin auf false.</translation>
    </message>
    <message>
        <source>A built-in approval type has a fixed id; use %1 for &quot;%2&quot;.</source>
        <translation>Eine eingebaute Genehmigungsart hat eine feste ID; verwenden Sie %1 für „%2“.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ApprovalWhatIfDialog</name>
    <message>
        <source>Approval what-if — %1</source>
        <translation>Genehmigung: Was wäre wenn — %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The site has no active profile</source>
        <translation>Der Standort hat kein aktives Profil</translation>
    </message>
    <message>
        <source>No active profile matches &quot;%1&quot;</source>
        <translation>Kein aktives Profil passt zu „%1“</translation>
    </message>
    <message>
        <source>Dead end:</source>
        <translation>Sackgasse:</translation>
    </message>
    <message>
        <source>No requester chosen</source>
        <translation>Kein Anfragender gewählt</translation>
    </message>
    <message>
        <source>Requested by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Angefragt von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The service contacts the approver:</source>
        <translation>Der Service kontaktiert den Genehmiger:</translation>
    </message>
    <message>
        <source>The service contacts the approvers in this order:</source>
        <translation>Der Service kontaktiert die Genehmiger in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>(approver not found)</source>
        <translation>(Genehmiger nicht gefunden)</translation>
    </message>
    <message>
        <source>on-site approver</source>
        <translation>Genehmiger vor Ort</translation>
    </message>
    <message>
        <source>partner contact</source>
        <translation>Partnerkontakt</translation>
    </message>
    <message>
        <source>The requester is the approver: they would approve their own request.</source>
        <translation>Der Anfragende ist der Genehmiger: Er würde seine eigene Anfrage genehmigen.</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>No authentication: the approval is taken as given.</source>
        <translation>Keine Authentifizierung: Die Genehmigung gilt als erteilt.</translation>
    </message>
    <message>
        <source>If nobody approves, or an authentication fails, the service contacts the partner for next steps.</source>
        <translation>Wenn niemand genehmigt oder eine Authentifizierung fehlschlägt, kontaktiert der Service den Partner für das weitere Vorgehen.</translation>
    </message>
    <message>
        <source>As set up now, this request cannot be approved at the site: it goes to the partner.</source>
        <translation>So wie derzeit eingerichtet, kann diese Anfrage am Standort nicht genehmigt werden: Sie geht an den Partner.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Approver</name>
    <message>
        <source>Choose the approval type this approver is for.</source>
        <translation>Wählen Sie die Genehmigungsart, für die dieser Genehmiger zuständig ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an approval type key; keys look like &quot;new_user_setup&quot;.</source>
        <translation>„%1“ ist kein Schlüssel einer Genehmigungsart; Schlüssel sehen aus wie „new_user_setup“.</translation>
    </message>
    <message>
        <source>Choose who approves: an on-site user or a partner contact.</source>
        <translation>Wählen Sie, wer genehmigt: ein Benutzer vor Ort oder ein Partnerkontakt.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ApproverEditor</name>
    <message>
        <source>New approver</source>
        <translation>Neuer Genehmiger</translation>
    </message>
    <message>
        <source>Approver for %1</source>
        <translation>Genehmiger für %1</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>Genehmiger</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ApproverMobileRule</name>
    <message>
        <source>SMS authentication is set but the person has no mobile number</source>
        <translation>SMS-Authentifizierung ist gesetzt, aber die Person hat keine Mobilnummer</translation>
    </message>
    <message>
        <source>SMS authentication and &quot;authenticate approver using mobile on file&quot; text a code to the approver&apos;s mobile. Without one, every approval of that type fails.</source>
        <translation>SMS-Authentifizierung und „Genehmiger über die hinterlegte Mobilnummer authentifizieren“ senden einen Code an die Mobilnummer des Genehmigers. Ohne sie schlägt jede Genehmigung dieser Art fehl.</translation>
    </message>
    <message>
        <source>The approver for &quot;%1&quot; is authenticated by text, but has no mobile number on file.</source>
        <translation>Der Genehmiger für „%1“ wird per SMS authentifiziert, hat aber keine hinterlegte Mobilnummer.</translation>
    </message>
    <message>
        <source>Add the approver&apos;s mobile number, or switch to automated approval.</source>
        <translation>Fügen Sie die Mobilnummer des Genehmigers hinzu oder wechseln Sie zur automatischen Genehmigung.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ApproverNumbersRule</name>
    <message>
        <source>An approver lists more than two numbers</source>
        <translation>Ein Genehmiger hat mehr als zwei Nummern</translation>
    </message>
    <message>
        <source>The service tries an approver&apos;s first two numbers, in order. Any further number is never called.</source>
        <translation>Der Service versucht die ersten beiden Nummern eines Genehmigers der Reihe nach. Jede weitere Nummer wird nie angerufen.</translation>
    </message>
    <message>
        <source>The approver for &quot;%1&quot; lists %2 numbers; only the first %3 are tried.</source>
        <translation>Der Genehmiger für „%1“ hat %2 Nummern; nur die ersten %3 werden versucht.</translation>
    </message>
    <message>
        <source>Put the two best numbers first and remove the others.</source>
        <translation>Setzen Sie die beiden besten Nummern an den Anfang und entfernen Sie die übrigen.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ApproverReviewRule</name>
    <message>
        <source>An approver was not reviewed in the last year or is disabled</source>
        <translation>Ein Genehmiger wurde im letzten Jahr nicht überprüft oder ist deaktiviert</translation>
    </message>
    <message>
        <source>People leave and roles change: each approver is confirmed at least once a year, and an approver whose profile is disabled approves nothing.</source>
        <translation>Menschen gehen und Rollen ändern sich: Jeder Genehmiger wird mindestens einmal im Jahr bestätigt, und ein Genehmiger mit deaktiviertem Profil genehmigt nichts.</translation>
    </message>
    <message>
        <source>The approver for &quot;%1&quot;, %2, is a disabled profile.</source>
        <translation>Der Genehmiger für „%1“, %2, ist ein deaktiviertes Profil.</translation>
    </message>
    <message>
        <source>The approver for &quot;%1&quot; is a profile that no longer exists.</source>
        <translation>Der Genehmiger für „%1“ ist ein Profil, das nicht mehr existiert.</translation>
    </message>
    <message>
        <source>Choose another approver for &quot;%1&quot;.</source>
        <translation>Wählen Sie einen anderen Genehmiger für „%1“.</translation>
    </message>
    <message>
        <source>The approver for &quot;%1&quot; was last reviewed on %2.</source>
        <translation>Der Genehmiger für „%1“ wurde zuletzt am %2 überprüft.</translation>
    </message>
    <message>
        <source>The approver for &quot;%1&quot; has never been reviewed.</source>
        <translation>Der Genehmiger für „%1“ wurde noch nie überprüft.</translation>
    </message>
    <message>
        <source>Confirm the approver with the client and mark it reviewed.</source>
        <translation>Bestätigen Sie den Genehmiger mit dem Kunden und markieren Sie ihn als überprüft.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::AuditLog</name>
    <message>
        <source>Writing the audit log</source>
        <translation>Schreiben des Prüfprotokolls</translation>
    </message>
</context>
<context>
    <name>sitekeeper::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>sitekeeper::AutomatedCredentialRule</name>
    <message>
        <source>A covered site has no automated credential</source>
        <translation>Ein abgedeckter Standort hat keinen automatisierten Zugang</translation>
    </message>
    <message>
        <source>Automated domain or local credentials let technicians work without asking the partner for passwords, and keep the partner&apos;s own credentials private.</source>
        <translation>Automatisierte Domänen- oder lokale Zugänge lassen Techniker arbeiten, ohne den Partner nach Passwörtern zu fragen, und halten die eigenen Zugangsdaten des Partners geheim.</translation>
    </message>
    <message>
        <source>The site has no automated credential.</source>
        <translation>Der Standort hat keinen automatisierten Zugang.</translation>
    </message>
    <message>
        <source>Set up an automated domain or local credential.</source>
        <translation>Richten Sie einen automatisierten Domänen- oder lokalen Zugang ein.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::BackendClient</name>
    <message>
        <source>The backend URL &quot;%1&quot; is not valid; write it as https://host[:port].</source>
        <translation>Die Backend-URL „%1“ ist ungültig; schreiben Sie sie als https://host[:port].</translation>
    </message>
    <message>
        <source>Refusing plain HTTP to %1: the token and your data would travel unencrypted. Use https:// (plain http:// is only for a backend on this machine).</source>
        <translation>Unverschlüsseltes HTTP zu %1 wird abgelehnt: Das Token und Ihre Daten würden unverschlüsselt übertragen. Verwenden Sie https:// (reines http:// nur für ein Backend auf diesem Rechner).</translation>
    </message>
    <message>
        <source>The backend URL must start with https://, not %1.</source>
        <translation>Die Backend-URL muss mit https:// beginnen, nicht mit %1.</translation>
    </message>
    <message>
        <source>No backend token is set; run `backend login` first.</source>
        <translation>Es ist kein Backend-Token gesetzt; führen Sie zuerst `backend login` aus.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The backend is not set up; run `backend login --url URL --token-stdin`.</source>
        <translation>Das Backend ist nicht eingerichtet; führen Sie `backend login --url URL --token-stdin` aus.</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot reach the backend at %1: %2</source>
        <translation>Das Backend unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The backend at %1 is not trusted (%2). Check the URL&apos;s host name, or give the CA file of a private certificate authority.</source>
        <translation>Dem Backend unter %1 wird nicht vertraut (%2). Prüfen Sie den Hostnamen der URL oder geben Sie die CA-Datei einer privaten Zertifizierungsstelle an.</translation>
    </message>
    <message>
        <source>The backend answered %1: %2</source>
        <translation>Das Backend antwortete %1: %2</translation>
    </message>
    <message>
        <source>The backend answered %1 results for %2 ops.</source>
        <translation>Das Backend lieferte %1 Ergebnisse für %2 Operationen.</translation>
    </message>
    <message>
        <source>Refusing a backend URL with a user name or password in it (%1): it would be stored in the settings and shown in messages. Give the URL without them, as https://host[:port], and the token with --token-stdin.</source>
        <translation>Eine Backend-URL mit Benutzername oder Passwort (%1) wird abgelehnt: Sie würde in den Einstellungen gespeichert und in Meldungen angezeigt. Geben Sie die URL ohne sie an, als https://host[:port], und das Token mit --token-stdin.</translation>
    </message>
    <message>
        <source>The backend&apos;s answer to %1 %2 was larger than %3 MiB, the most this client accepts, and was cut off there. Is %4 a Sitekeeper backend? Ask its administrator to check it.</source>
        <translation>Die Antwort des Backends auf %1 %2 war größer als %3 MiB, das Höchste, was dieser Client annimmt, und wurde dort abgebrochen. Ist %4 ein Sitekeeper-Backend? Bitten Sie dessen Administrator, es zu prüfen.</translation>
    </message>
    <message>
        <source>%1 The backend asked to wait %2 minutes before trying again, longer than the %3 minutes this client waits; sync stopped. Try again later.</source>
        <translation>%1 Das Backend verlangte %2 Minuten Wartezeit vor einem neuen Versuch, länger als die %3 Minuten, die dieser Client wartet; die Synchronisierung wurde angehalten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The backend sent %1 changes for a page of at most %2; pull stopped.</source>
        <translation>Das Backend sandte %1 Änderungen für eine Seite von höchstens %2; das Abholen wurde angehalten.</translation>
    </message>
    <message>
        <source>The backend&apos;s answer for %1 %2 has no fields object or no revision of 1 or more; ask the backend&apos;s administrator to check it.</source>
        <translation>Die Antwort des Backends für %1 %2 hat kein Feldobjekt oder keine Revision von 1 oder mehr; bitten Sie die Administration des Backends, das zu prüfen.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::BackendConnection</name>
    <message>
        <source>No backend is set for this workspace; run `backend login --url URL --token-stdin` first.</source>
        <translation>Für diesen Arbeitsbereich ist kein Backend eingerichtet; führen Sie zuerst `backend login --url URL --token-stdin` aus.</translation>
    </message>
    <message>
        <source>The backend token is in the keychain, which is not available: %1</source>
        <translation>Das Backend-Token liegt im Schlüsselbund, der nicht verfügbar ist: %1</translation>
    </message>
    <message>
        <source>Cannot read the backend token: %1 Run `backend login` again.</source>
        <translation>Das Backend-Token kann nicht gelesen werden: %1 Führen Sie `backend login` erneut aus.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token cannot be stored: %1</source>
        <translation>Das Token kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The token was not stored: %1</source>
        <translation>Das Token wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The sign-in token was refused: it is wrong, expired or revoked. Ask your admin for a new one. (%1)</source>
        <translation>Das Anmelde-Token wurde abgelehnt: Es ist falsch, abgelaufen oder widerrufen. Bitten Sie Ihren Admin um ein neues. (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: choose the CA file of its certificate authority, or check the host name in the URL. (%1)</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: Wählen Sie die CA-Datei seiner Zertifizierungsstelle, oder prüfen Sie den Hostnamen in der URL. (%1)</translation>
    </message>
    <message>
        <source>The backend at %1 cannot be reached: check the URL and that the server is running. (%2)</source>
        <translation>Das Backend unter %1 ist nicht erreichbar: Prüfen Sie die URL und ob der Server läuft. (%2)</translation>
    </message>
    <message>
        <source>The server at %1 does not know who is signed in (GET /v1/me): is it a Sitekeeper backend, and up to date?</source>
        <translation>Der Server unter %1 weiß nicht, wer angemeldet ist (GET /v1/me): Ist er ein Sitekeeper-Backend, und ist er aktuell?</translation>
    </message>
    <message>
        <source>Enter the sign-in token your admin gave you.</source>
        <translation>Geben Sie das Anmelde-Token ein, das Sie von Ihrem Admin erhalten haben.</translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain: %1 You are still signed in.</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund entfernt werden: %1 Sie sind weiterhin angemeldet.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::BulkEdits</name>
    <message>
        <source>Set owner</source>
        <translation>Verantwortlichen festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n reference(s)</source>
        <translation>
            <numerusform>Verantwortlichen von %n Referenz festlegen</numerusform>
            <numerusform>Verantwortlichen von %n Referenzen festlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n profile(s)</source>
        <translation>
            <numerusform>%n Profil deaktivieren</numerusform>
            <numerusform>%n Profile deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n reference(s)</source>
        <translation>
            <numerusform>%n Referenz entfernen</numerusform>
            <numerusform>%n Referenzen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n approver(s)</source>
        <translation>
            <numerusform>%n Genehmiger entfernen</numerusform>
            <numerusform>%n Genehmiger entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n notification rule(s)</source>
        <translation>
            <numerusform>%n Benachrichtigungsregel entfernen</numerusform>
            <numerusform>%n Benachrichtigungsregeln entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n client profile(s)</source>
        <translation>
            <numerusform>%n Kundenprofil entfernen</numerusform>
            <numerusform>%n Kundenprofile entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt entfernen</numerusform>
            <numerusform>%n Kontakte entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n credential(s)</source>
        <translation>
            <numerusform>%n Zugangsdaten entfernen</numerusform>
            <numerusform>%n Zugangsdaten entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n site(s)</source>
        <translation>
            <numerusform>%n Standort entfernen</numerusform>
            <numerusform>%n Standorte entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n approval type(s)</source>
        <translation>
            <numerusform>%n Genehmigungsart entfernen</numerusform>
            <numerusform>%n Genehmigungsarten entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n escalation(s)</source>
        <translation>
            <numerusform>%n Eskalation entfernen</numerusform>
            <numerusform>%n Eskalationen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the partner settings</source>
        <translation>Partner-Einstellungen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>sitekeeper::BundleCodec</name>
    <message>
        <source>the id %1 is already used by %2; ids must be unique, give this record a new one</source>
        <translation>die ID %1 wird bereits von %2 verwendet; IDs müssen eindeutig sein, geben Sie diesem Datensatz eine neue</translation>
    </message>
    <message>
        <source>no site in the bundle has the id %1; add the site or move the record</source>
        <translation>kein Standort im Paket hat die ID %1; fügen Sie den Standort hinzu oder verschieben Sie den Datensatz</translation>
    </message>
    <message>
        <source>no site in the bundle has the id %1; choose an existing parent or none</source>
        <translation>kein Standort im Paket hat die ID %1; wählen Sie einen vorhandenen übergeordneten Standort oder keinen</translation>
    </message>
    <message>
        <source>the parent sites form a cycle (%1); clear one of these parents</source>
        <translation>die übergeordneten Standorte bilden einen Zyklus (%1); entfernen Sie einen dieser übergeordneten Standorte</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already used by %2; keys must be unique</source>
        <translation>der Schlüssel „%1“ wird bereits von %2 verwendet; Schlüssel müssen eindeutig sein</translation>
    </message>
    <message>
        <source>no approval type has the key &quot;%1&quot;; add it to partner.approval_types or use an existing key</source>
        <translation>keine Genehmigungsart hat den Schlüssel „%1“; fügen Sie sie zu partner.approval_types hinzu oder verwenden Sie einen vorhandenen Schlüssel</translation>
    </message>
    <message>
        <source>%1 is a partner contact; set person_kind to partner_contact</source>
        <translation>%1 ist ein Partnerkontakt; setzen Sie person_kind auf partner_contact</translation>
    </message>
    <message>
        <source>no client profile in the bundle has the id %1</source>
        <translation>kein Kundenprofil im Paket hat die ID %1</translation>
    </message>
    <message>
        <source>%1 is a client profile; set person_kind to client_profile</source>
        <translation>%1 ist ein Kundenprofil; setzen Sie person_kind auf client_profile</translation>
    </message>
    <message>
        <source>no partner contact in the bundle has the id %1</source>
        <translation>kein Partnerkontakt im Paket hat die ID %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte %1 at line %2); save it as UTF-8 and import it again</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte %1 in Zeile %2); speichern Sie sie als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (offset %3): %4</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2 (Position %3): %4</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>ein JSON-Objekt mit &quot;format&quot;: &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <source>expected a site object</source>
        <translation>ein Standortobjekt erwartet</translation>
    </message>
    <message>
        <source>this is not a Sitekeeper bundle (expected &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>dies ist kein Sitekeeper-Paket (erwartet: &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>a missing or non-numeric version</source>
        <translation>eine fehlende oder nicht numerische Version</translation>
    </message>
    <message>
        <source>version %1 is newer than this Sitekeeper reads (%2); update Sitekeeper</source>
        <translation>Version %1 ist neuer, als dieses Sitekeeper lesen kann (%2); aktualisieren Sie Sitekeeper</translation>
    </message>
    <message>
        <source>version %1 is not supported; expected %2</source>
        <translation>Version %1 wird nicht unterstützt; erwartet: %2</translation>
    </message>
    <message>
        <source>unknown key; remove it or check its spelling</source>
        <translation>unbekannter Schlüssel; entfernen Sie ihn oder prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list (use [] for none)</source>
        <translation>eine Liste erwartet ([] für keine)</translation>
    </message>
    <message>
        <source>records listed under partner are partner-wide and have site_id null; move it under its site or set site_id to null</source>
        <translation>unter partner aufgeführte Datensätze gelten partnerweit und haben site_id null; verschieben Sie ihn unter seinen Standort oder setzen Sie site_id auf null</translation>
    </message>
    <message>
        <source>the record is listed under site %1 but names another site; move it or set site_id to %1</source>
        <translation>der Datensatz steht unter Standort %1, nennt aber einen anderen Standort; verschieben Sie ihn oder setzen Sie site_id auf %1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::BundleFile</name>
    <message>
        <source>Cannot read the bundle: %1. Check the file&apos;s name and permissions.</source>
        <translation>Das Bundle kann nicht gelesen werden: %1. Prüfen Sie den Dateinamen und die Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot write the bundle to standard output.</source>
        <translation>Das Bundle kann nicht auf die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the bundle: %1. Check that the folder exists and is writable, and that the disk has room.</source>
        <translation>Das Bundle kann nicht geschrieben werden: %1. Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob auf dem Datenträger Platz ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the bundle; nothing was imported. Fix them and import again.</source>
        <translation>
            <numerusform>%n Problem im Bundle; nichts wurde importiert. Beheben Sie es und importieren Sie erneut.</numerusform>
            <numerusform>%n Probleme im Bundle; nichts wurde importiert. Beheben Sie sie und importieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CallBeforeContactRule</name>
    <message>
        <source>The Call Before Escalating contact is also an escalation contact</source>
        <translation>Der Kontakt für „Vor Eskalation anrufen“ ist auch ein Eskalationskontakt</translation>
    </message>
    <message>
        <source>Call Before Escalating (Simple Inquiry) asks someone before a ticket is escalated. When that person is also the escalation contact, they are called twice for the same ticket.</source>
        <translation>„Vor Eskalation anrufen“ (einfache Rückfrage) fragt jemanden, bevor ein Ticket eskaliert wird. Ist diese Person auch der Eskalationskontakt, wird sie für dasselbe Ticket zweimal angerufen.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, %2 is both the Call Before Escalating contact and an escalation contact.</source>
        <translation>In „%1“ ist %2 sowohl der Kontakt für „Vor Eskalation anrufen“ als auch ein Eskalationskontakt.</translation>
    </message>
    <message>
        <source>the same contact</source>
        <translation>derselbe Kontakt</translation>
    </message>
    <message>
        <source>Choose a different Call Before Escalating contact.</source>
        <translation>Wählen Sie einen anderen Kontakt für „Vor Eskalation anrufen“.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CheckSource</name>
    <message>
        <source>Reading the site&apos;s client profiles</source>
        <translation>Lesen der Kundenprofile des Standorts</translation>
    </message>
    <message>
        <source>Looking for duplicate profiles</source>
        <translation>Suche nach doppelten Profilen</translation>
    </message>
    <message>
        <source>Reading the sites&apos; records</source>
        <translation>Lesen der Datensätze der Standorte</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading client profiles failed: %1</source>
        <translation>Lesen der Kundenprofile fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Checker</name>
    <message>
        <source>The check was cancelled; the findings of the last complete check are kept.</source>
        <translation>Die Prüfung wurde abgebrochen; die Befunde der letzten vollständigen Prüfung bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ClientProfile</name>
    <message>
        <source>&quot;%1&quot; is not an extension; write its digits only (at most 15), such as 204.</source>
        <translation>„%1“ ist keine Durchwahl; schreiben Sie nur ihre Ziffern (höchstens 15), etwa 204.</translation>
    </message>
    <message>
        <source>An extension needs the office number it belongs to; enter the office phone.</source>
        <translation>Eine Durchwahl braucht die Büronummer, zu der sie gehört; geben Sie das Bürotelefon ein.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ClientProfileEditor</name>
    <message>
        <source>New client profile</source>
        <translation>Neues Kundenprofil</translation>
    </message>
    <message>
        <source>Client profile: %1</source>
        <translation>Kundenprofil: %1</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ConflictList</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
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
        <source>“%1” is not %2.</source>
        <translation>„%1“ ist nicht %2.</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a JSON value (%1)</source>
        <translation>ein JSON-Wert (%1)</translation>
    </message>
    <message>
        <source>You deleted this %1 here, and it was changed on the backend meanwhile. Keep yours to delete it there too, or take the backend&apos;s to keep it.</source>
        <translation>Sie haben diesen Datensatz (%1) hier gelöscht, und er wurde inzwischen im Backend geändert. Behalten Sie Ihre Fassung, um ihn auch dort zu löschen, oder übernehmen Sie die des Backends, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>This %1 was deleted on the backend, and you changed it here meanwhile. Keep yours to send your version back, or take the backend&apos;s to delete it here too.</source>
        <translation>Dieser Datensatz (%1) wurde im Backend gelöscht, und Sie haben ihn hier inzwischen geändert. Behalten Sie Ihre Fassung, um sie zurückzusenden, oder übernehmen Sie die des Backends, um ihn auch hier zu löschen.</translation>
    </message>
    <message>
        <source>The backend sent a version of this %1 that is not valid (%2), so it was not stored. Keep yours to send this desktop&apos;s version over it.</source>
        <translation>Das Backend hat eine ungültige Fassung dieses Datensatzes (%1) gesendet (%2); sie wurde nicht gespeichert. Behalten Sie Ihre Fassung, um die dieses Rechners darüber zu senden.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Conflicts</name>
    <message>
        <source>Recording a sync conflict</source>
        <translation>Aufzeichnen eines Synchronisierungskonflikts</translation>
    </message>
    <message>
        <source>Resolving a sync conflict</source>
        <translation>Auflösen eines Synchronisierungskonflikts</translation>
    </message>
    <message>
        <source>The sync conflict %1 is not open.</source>
        <translation>Der Synchronisierungskonflikt %1 ist nicht offen.</translation>
    </message>
    <message>
        <source>There is no sync conflict %1.</source>
        <translation>Es gibt keinen Synchronisierungskonflikt %1.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ConflictsDialog</name>
    <message>
        <source>Not resolved</source>
        <translation>Nicht aufgelöst</translation>
    </message>
    <message>
        <source>Cannot read the conflicts</source>
        <translation>Die Konflikte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) selected</source>
        <translation>
            <numerusform>%n Konflikt ausgewählt</numerusform>
            <numerusform>%n Konflikte ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ConnectDialog</name>
    <message>
        <source>%1 (%2) of %3</source>
        <translation>%1 (%2) bei %3</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>CA file of the backend&apos;s certificate</source>
        <translation>CA-Datei des Backend-Zertifikats</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Connected: the token is %1.</source>
        <translation>Verbunden: Das Token gehört %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ConsoleDocks</name>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;Review Queue</source>
        <translation>Über&amp;prüfungsliste</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CoverageGapRule</name>
    <message>
        <source>Coverage hours without a reachable notification rule</source>
        <translation>Abdeckungszeiten ohne erreichbare Benachrichtigungsregel</translation>
    </message>
    <message>
        <source>When the service escalates a case, it follows the site&apos;s notification rule for that moment. If part of the site&apos;s coverage hours falls in no rule&apos;s window, or only in windows whose escalation contacts are all unavailable then, escalations at those times reach nobody and the end user waits. Every covered hour needs a rule, and a phone rule needs a contact who is available, or an email or ticket rule behind it. Times are compared on each window&apos;s own clock, so rules kept in another time zone and daylight saving weeks are taken into account.</source>
        <translation>Wenn der Service einen Fall eskaliert, folgt er der Benachrichtigungsregel des Standorts für diesen Zeitpunkt. Fällt ein Teil der Abdeckungszeiten des Standorts in kein Regelfenster oder nur in Fenster, deren Eskalationskontakte dann alle nicht verfügbar sind, erreichen Eskalationen zu diesen Zeiten niemanden und der Endbenutzer wartet. Jede abgedeckte Stunde braucht eine Regel, und eine Telefonregel braucht einen verfügbaren Kontakt oder eine E-Mail- oder Ticketregel dahinter. Zeiten werden nach der eigenen Uhr jedes Fensters verglichen, sodass Regeln in einer anderen Zeitzone und Wochen mit Zeitumstellung berücksichtigt werden.</translation>
    </message>
    <message>
        <source>No notification rule covers these coverage hours (%1): %2.</source>
        <translation>Keine Benachrichtigungsregel deckt diese Abdeckungszeiten ab (%1): %2.</translation>
    </message>
    <message>
        <source>Add a notification rule for %1, or widen an existing rule&apos;s window to include them.</source>
        <translation>Fügen Sie eine Benachrichtigungsregel für %1 hinzu oder erweitern Sie das Fenster einer bestehenden Regel, sodass es sie einschließt.</translation>
    </message>
    <message>
        <source>No escalation contact is available during these coverage hours (%1): %2.</source>
        <translation>Während dieser Abdeckungszeiten ist kein Eskalationskontakt verfügbar (%1): %2.</translation>
    </message>
    <message>
        <source>Add an escalation contact who is available %1 to the rule, widen a contact&apos;s availability, or add an email or ticket rule for those times.</source>
        <translation>Fügen Sie der Regel einen Eskalationskontakt hinzu, der %1 verfügbar ist, erweitern Sie die Verfügbarkeit eines Kontakts oder fügen Sie eine E-Mail- oder Ticketregel für diese Zeiten hinzu.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CoverageTimeline</name>
    <message>
        <source>No notification rule</source>
        <translation>Keine Benachrichtigungsregel</translation>
    </message>
    <message>
        <source>No escalation contact available</source>
        <translation>Kein Eskalationskontakt verfügbar</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>The site has no time zone; the week is shown in UTC. Set the site&apos;s time zone.</source>
        <translation>Der Standort hat keine Zeitzone; die Woche wird in UTC angezeigt. Setzen Sie die Zeitzone des Standorts.</translation>
    </message>
    <message>
        <source>The site&apos;s time zone &quot;%1&quot; is not known; the week is shown in UTC.</source>
        <translation>Die Zeitzone „%1“ des Standorts ist unbekannt; die Woche wird in UTC angezeigt.</translation>
    </message>
    <message>
        <source>The site has no help desk coverage.</source>
        <translation>Der Standort hat keine Helpdesk-Abdeckung.</translation>
    </message>
    <message>
        <source>The site&apos;s business hours are not set, so its business-hours coverage covers no time. Set the business hours.</source>
        <translation>Die Geschäftszeiten des Standorts sind nicht gesetzt, daher deckt seine Abdeckung zu Geschäftszeiten keine Zeit ab. Setzen Sie die Geschäftszeiten.</translation>
    </message>
    <message>
        <source>The site&apos;s business hours are not set; its extended-hours coverage is Monday to Friday 06:00–22:00 only.</source>
        <translation>Die Geschäftszeiten des Standorts sind nicht gesetzt; seine erweiterte Abdeckung gilt nur Montag bis Freitag 06:00–22:00.</translation>
    </message>
    <message>
        <source>The site is deactivated: the service does not answer for it.</source>
        <translation>Der Standort ist deaktiviert: Der Service nimmt für ihn keine Anrufe an.</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CoverageTimelineView</name>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>No coverage hours this week</source>
        <translation>Keine Abdeckungszeiten in dieser Woche</translation>
    </message>
    <message>
        <source>Rule · %1</source>
        <translation>Regel · %1</translation>
    </message>
    <message>
        <source>Not in this week</source>
        <translation>Nicht in dieser Woche</translation>
    </message>
    <message>
        <source>Unknown contact</source>
        <translation>Unbekannter Kontakt</translation>
    </message>
    <message>
        <source>Escalation contact</source>
        <translation>Eskalationskontakt</translation>
    </message>
    <message>
        <source>Not available this week</source>
        <translation>In dieser Woche nicht verfügbar</translation>
    </message>
    <message>
        <source>Not one of the partner&apos;s contacts: never reached</source>
        <translation>Keiner der Kontakte des Partners: nie erreicht</translation>
    </message>
    <message>
        <source>No hours set: always available</source>
        <translation>Keine Zeiten gesetzt: immer verfügbar</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>SK504</source>
        <translation>SK504</translation>
    </message>
    <message>
        <source>No gaps</source>
        <translation>Keine Lücken</translation>
    </message>
    <message>
        <source>Coverage hours</source>
        <translation>Abdeckungszeiten</translation>
    </message>
    <message>
        <source>%1: rule window, nobody reachable</source>
        <translation>%1: Regelfenster, niemand erreichbar</translation>
    </message>
    <message>
        <source>%1: reachable</source>
        <translation>%1: erreichbar</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: verfügbar</translation>
    </message>
    <message>
        <source>Clocks go forward %1 min: this hour does not exist; the week lasts %2 h.</source>
        <translation>Die Uhren werden %1 min vorgestellt: Diese Stunde gibt es nicht; die Woche dauert %2 h.</translation>
    </message>
    <message>
        <source>Clocks go back %1 min: this hour happens twice, drawn once; the week lasts %2 h.</source>
        <translation>Die Uhren werden %1 min zurückgestellt: Diese Stunde gibt es zweimal, einmal gezeichnet; die Woche dauert %2 h.</translation>
    </message>
    <message>
        <source>Rule: someone reachable</source>
        <translation>Regel: jemand erreichbar</translation>
    </message>
    <message>
        <source>Rule: nobody reachable</source>
        <translation>Regel: niemand erreichbar</translation>
    </message>
    <message>
        <source>Contact available</source>
        <translation>Kontakt verfügbar</translation>
    </message>
    <message>
        <source>Clock change</source>
        <translation>Zeitumstellung</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Coverage timeline</source>
        <translation>Zeitleiste der Abdeckung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3</translation>
    </message>
    <message>
        <source>clocks go forward at %1: a %2-hour week</source>
        <translation>Uhren werden um %1 vorgestellt: eine Woche mit %2 Stunden</translation>
    </message>
    <message>
        <source>clocks go back at %1: a %2-hour week</source>
        <translation>Uhren werden um %1 zurückgestellt: eine Woche mit %2 Stunden</translation>
    </message>
    <message>
        <source>No coverage hours in this week, so nothing to escalate.</source>
        <translation>Keine Abdeckungszeiten in dieser Woche, also nichts zu eskalieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No gaps:&lt;/b&gt; every covered hour of this week is in a rule window where someone can be reached.</source>
        <translation>&lt;b&gt;Keine Lücken:&lt;/b&gt; Jede abgedeckte Stunde dieser Woche liegt in einem Regelfenster, in dem jemand erreichbar ist.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;No notification rule:&lt;/b&gt; %2 — add a rule or widen one.</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;Keine Benachrichtigungsregel:&lt;/b&gt; %2 — fügen Sie eine Regel hinzu oder erweitern Sie eine.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;No escalation contact available:&lt;/b&gt; %2 — add a contact who is available then, or an email or ticket rule.</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;Kein Eskalationskontakt verfügbar:&lt;/b&gt; %2 — fügen Sie einen Kontakt hinzu, der dann verfügbar ist, oder eine E-Mail- oder Ticketregel.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CredentialEditor</name>
    <message>
        <source>Type or generate the secret</source>
        <translation>Geheimnis eingeben oder erzeugen</translation>
    </message>
    <message>
        <source>New credential</source>
        <translation>Neue Zugangsdaten</translation>
    </message>
    <message>
        <source>Credential: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>A TOTP seed is stored; type a new one to replace it</source>
        <translation>Ein TOTP-Schlüssel ist gespeichert; geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Type or generate the secret to store in the keychain.</source>
        <translation>Geben Sie das Geheimnis ein, das im Schlüsselbund gespeichert werden soll, oder erzeugen Sie es.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CredentialFingerprints</name>
    <message>
        <source>Saving a credential fingerprint</source>
        <translation>Speichern eines Zugangsdaten-Fingerabdrucks</translation>
    </message>
    <message>
        <source>Reading a credential fingerprint</source>
        <translation>Lesen eines Zugangsdaten-Fingerabdrucks</translation>
    </message>
    <message>
        <source>Removing a credential fingerprint</source>
        <translation>Entfernen eines Zugangsdaten-Fingerabdrucks</translation>
    </message>
    <message>
        <source>Looking for reused passwords</source>
        <translation>Suche nach wiederverwendeten Passwörtern</translation>
    </message>
    <message>
        <source>Looking for weak passwords</source>
        <translation>Suche nach schwachen Passwörtern</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CredentialRecord</name>
    <message>
        <source>&quot;%1&quot; is not this credential&apos;s keychain entry; it must be sitekeeper/&lt;workspace-id&gt;/%2. Store the secret again to fix it.</source>
        <translation>„%1“ ist nicht der Schlüsselbundeintrag dieser Zugangsdaten; er muss sitekeeper/&lt;workspace-id&gt;/%2 lauten. Speichern Sie das Geheimnis erneut, um das zu beheben.</translation>
    </message>
    <message>
        <source>A credential is shared with at most %1 recipients.</source>
        <translation>Zugangsdaten werden mit höchstens %1 Empfängern geteilt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be written in lower case without spaces around it.</source>
        <translation>„%1“ muss in Kleinbuchstaben und ohne umgebende Leerzeichen geschrieben werden.</translation>
    </message>
    <message>
        <source>A secret is sealed for at most %1 recipients.</source>
        <translation>Ein Geheimnis wird für höchstens %1 Empfänger versiegelt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recipient: a member&apos;s id or &quot;service&quot;.</source>
        <translation>„%1“ ist kein Empfänger: erwartet wird die ID eines Mitglieds oder „service“.</translation>
    </message>
    <message>
        <source>The sealed copy for %1 is not a sealed box (base64, at most %2 characters).</source>
        <translation>Die versiegelte Kopie für %1 ist keine versiegelte Box (Base64, höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>At most %1 readers are kept.</source>
        <translation>Es werden höchstens %1 Leser aufbewahrt.</translation>
    </message>
    <message>
        <source>Each sealed copy must be text (base64).</source>
        <translation>Jede versiegelte Kopie muss Text sein (Base64).</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CredentialService</name>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>Not saved: the %1 of &quot;%2&quot; was changed %3 since you opened it (now %4). Close the editor, open the credential again and repeat your change.</source>
        <translation>Nicht gespeichert: Das Feld %1 von „%2“ wurde %3 geändert, seit Sie es geöffnet haben (jetzt %4). Schließen Sie den Editor, öffnen Sie die Zugangsdaten erneut und wiederholen Sie Ihre Änderung.</translation>
    </message>
    <message>
        <source>No secret is stored on this desk for &quot;%1&quot;. Set one first.</source>
        <translation>Auf diesem Rechner ist für „%1“ kein Geheimnis gespeichert. Setzen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>This desk does not hold the secret of &quot;%1&quot;, so it cannot seal it for anyone new. Share it from a desk that can read it.</source>
        <translation>Dieser Rechner hat das Geheimnis von „%1“ nicht und kann es daher für keine weiteren Empfänger versiegeln. Teilen Sie es von einem Rechner aus, der es lesen kann.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CredentialShares</name>
    <message>
        <source>Reading what was done with a shared secret</source>
        <translation>Lesen, was mit einem geteilten Geheimnis geschehen ist</translation>
    </message>
    <message>
        <source>Reading what was done with shared secrets</source>
        <translation>Lesen, was mit geteilten Geheimnissen geschehen ist</translation>
    </message>
    <message>
        <source>Noting a shared secret as received</source>
        <translation>Vermerken eines geteilten Geheimnisses als empfangen</translation>
    </message>
    <message>
        <source>Noting a problem with a shared secret</source>
        <translation>Vermerken eines Problems mit einem geteilten Geheimnis</translation>
    </message>
    <message>
        <source>Forgetting a shared secret</source>
        <translation>Vergessen eines geteilten Geheimnisses</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CredentialSharing</name>
    <message>
        <source>The encryption library could not start, so nothing can be shared or received.</source>
        <translation>Die Verschlüsselungsbibliothek konnte nicht starten; daher kann nichts geteilt oder empfangen werden.</translation>
    </message>
    <message>
        <source>Your member key is in the keychain, which did not answer: %1</source>
        <translation>Ihr Mitgliedsschlüssel liegt im Schlüsselbund, der nicht geantwortet hat: %1</translation>
    </message>
    <message>
        <source>Your member key could not be kept in the keychain: %1</source>
        <translation>Ihr Mitgliedsschlüssel konnte nicht im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>The backend publishes no service key, so the service cannot be given this secret yet.</source>
        <translation>Das Backend veröffentlicht keinen Serviceschlüssel; daher kann der Service dieses Geheimnis noch nicht erhalten.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1 is not a member of the team.</source>
        <translation>%1 ist kein Mitglied des Teams.</translation>
    </message>
    <message>
        <source>%1 has left the team.</source>
        <translation>%1 hat das Team verlassen.</translation>
    </message>
    <message>
        <source>%1 has not signed in yet; the secret is sealed for them once they have.</source>
        <translation>%1 hat sich noch nicht angemeldet; das Geheimnis wird für diese Person versiegelt, sobald sie sich angemeldet hat.</translation>
    </message>
    <message>
        <source>Your member key on the backend (%1) is another desk&apos;s; this desk&apos;s is %2. What is shared with you is sealed for that desk and can be read there only; this desk does not replace its key, which would lock the other desk out.</source>
        <translation>Ihr Mitgliedsschlüssel im Backend (%1) gehört zu einem anderen Rechner; der Schlüssel dieses Rechners ist %2. Was mit Ihnen geteilt wird, ist für jenen Rechner versiegelt und nur dort lesbar; dieser Rechner ersetzt dessen Schlüssel nicht, denn das würde den anderen Rechner aussperren.</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; was sealed for another key of yours (another desk&apos;s); it cannot be opened here.</source>
        <translation>Das Geheimnis von „%1“ wurde für einen anderen Ihrer Schlüssel versiegelt (den eines anderen Rechners); es kann hier nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The sealed secret of &quot;%1&quot; belongs to another credential: the backend moved it. Your stored copy was kept; ask the member who shared it to share it again.</source>
        <translation>Das versiegelte Geheimnis von „%1“ gehört zu anderen Zugangsdaten: Das Backend hat es verschoben. Ihre gespeicherte Kopie wurde behalten; bitten Sie das Mitglied, das es geteilt hat, es erneut zu teilen.</translation>
    </message>
    <message>
        <source>The sealed secret of &quot;%1&quot; failed its authenticity check: it was changed after it was sealed. Your stored copy was kept; ask the member who shared it to share it again.</source>
        <translation>Das versiegelte Geheimnis von „%1“ hat die Echtheitsprüfung nicht bestanden: Es wurde nach dem Versiegeln verändert. Ihre gespeicherte Kopie wurde behalten; bitten Sie das Mitglied, das es geteilt hat, es erneut zu teilen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not shared with you. Ask a member who can read it to share it with you or the team.</source>
        <translation>„%1“ ist nicht mit Ihnen geteilt. Bitten Sie ein Mitglied, das es lesen kann, es mit Ihnen oder dem Team zu teilen.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Only this desk</source>
        <translation>Nur dieser Rechner</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CredentialsPanel</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
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
        <source>Last rotated</source>
        <translation>Zuletzt gewechselt</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Aufdecken</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>We&amp;chseln…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Secrets are unavailable:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Geheimnisse sind nicht verfügbar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> — overdue for rotation</source>
        <translation> — Wechsel überfällig</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis wechseln</translation>
    </message>
    <message>
        <source>New secret (leave empty to generate a strong one):</source>
        <translation>Neues Geheimnis (leer lassen, um ein starkes zu erzeugen):</translation>
    </message>
    <message>
        <source>Delete credentials</source>
        <translation>Zugangsdaten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n credential(s)? Their secrets are removed from the keychain too; this cannot be undone.</source>
        <translation>
            <numerusform>%n Zugang löschen? Sein Geheimnis wird auch aus dem Schlüsselbund entfernt; das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Zugänge löschen? Ihre Geheimnisse werden auch aus dem Schlüsselbund entfernt; das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Geteilt mit</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <source>Choose who may read this secret (Ctrl+Shift+H)</source>
        <translation>Wählen, wer dieses Geheimnis lesen darf (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Kept in this desk&apos;s keychain only.</source>
        <translation>Nur im Schlüsselbund dieses Rechners aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Sealed for %n recipient(s); readable here.</source>
        <translation>
            <numerusform>Für %n Empfänger versiegelt; hier lesbar.</numerusform>
            <numerusform>Für %n Empfänger versiegelt; hier lesbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has opened it yet.</source>
        <translation>Bisher hat es niemand geöffnet.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::CsvReader</name>
    <message numerus="yes">
        <source>The field is longer than %n characters. Check that its quotes are balanced, or shorten it.</source>
        <translation>
            <numerusform>Das Feld ist länger als %n Zeichen. Prüfen Sie, ob die Anführungszeichen paarweise stehen, oder kürzen Sie es.</numerusform>
            <numerusform>Das Feld ist länger als %n Zeichen. Prüfen Sie, ob die Anführungszeichen paarweise stehen, oder kürzen Sie es.</numerusform>
        </translation>
    </message>
    <message>
        <source>The field contains a NUL character; this is not a text file, or it was damaged. Export it again.</source>
        <translation>Das Feld enthält ein NUL-Zeichen; dies ist keine Textdatei, oder sie wurde beschädigt. Exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>A quote in the middle of an unquoted field. Put the whole field in quotes and double the quotes inside it (&quot;&quot;).</source>
        <translation>Ein Anführungszeichen mitten in einem Feld ohne Anführungszeichen. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The quoted field opened here is never closed. Add the closing quote, or double the quotes inside the field (&quot;&quot;).</source>
        <translation>Das hier geöffnete Feld in Anführungszeichen wird nie geschlossen. Fügen Sie das schließende Anführungszeichen hinzu oder verdoppeln Sie die Anführungszeichen im Feld (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted field. Double the quotes inside the field (&quot;&quot;).</source>
        <translation>Auf das schließende Anführungszeichen eines Felds folgt Text. Verdoppeln Sie die Anführungszeichen im Feld (&quot;&quot;).</translation>
    </message>
    <message>
        <source>row %1, column %2 (line %3)</source>
        <translation>Zeile %1, Spalte %2 (Dateizeile %3)</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 but is damaged (an odd number of bytes or a broken character). Export it again, preferably as UTF-8 CSV.</source>
        <translation>Die Datei sieht nach UTF-16 aus, ist aber beschädigt (eine ungerade Anzahl Bytes oder ein defektes Zeichen). Exportieren Sie sie erneut, am besten als UTF-8-CSV.</translation>
    </message>
    <message>
        <source>The file is empty. Export it again with a header line naming the columns.</source>
        <translation>Die Datei ist leer. Exportieren Sie sie erneut mit einer Kopfzeile, die die Spalten benennt.</translation>
    </message>
    <message>
        <source>The file has no header line. Export it again with a header line naming the columns.</source>
        <translation>Die Datei hat keine Kopfzeile. Exportieren Sie sie erneut mit einer Kopfzeile, die die Spalten benennt.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2. Put fields that contain &quot;%3&quot; in quotes.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2. Setzen Sie Felder, die „%3“ enthalten, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2. Add the missing fields, even if empty.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2. Ergänzen Sie die fehlenden Felder, auch wenn sie leer sind.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::DashboardView</name>
    <message>
        <source>Sites by readiness score</source>
        <translation>Standorte nach Bereitschaftswert</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Review status of references and approvers</source>
        <translation>Überprüfungsstatus von Referenzen und Genehmigern</translation>
    </message>
    <message>
        <source>Findings by rule</source>
        <translation>Befunde nach Regel</translation>
    </message>
    <message>
        <source>Escalations per week</source>
        <translation>Eskalationen pro Woche</translation>
    </message>
    <message>
        <source>0–49</source>
        <translation>0–49</translation>
    </message>
    <message>
        <source>50–79</source>
        <translation>50–79</translation>
    </message>
    <message>
        <source>80–99</source>
        <translation>80–99</translation>
    </message>
    <message>
        <source>100 (ready)</source>
        <translation>100 (bereit)</translation>
    </message>
    <message>
        <source>Checked as of %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Ready for go-live</source>
        <translation>Bereit für Go-live</translation>
    </message>
    <message>
        <source>Ready for go-live (%1%)</source>
        <translation>Bereit für Go-live (%1 %)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1 %2
%3, %4, %5</source>
        <translation>%1 %2
%3, %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Infos</numerusform>
        </translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::DataMenu</name>
    <message>
        <source>Import bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Sitekeeper bundles (*.json);;All files (*)</source>
        <translation>Sitekeeper-Pakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paket nicht importiert</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 updated</source>
        <translation>%1 importiert: %2 angelegt, %3 aktualisiert</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Sitekeeper bundles (*.json)</source>
        <translation>Sitekeeper-Pakete (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Die Demo kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Profiles imported: %1 created, %2 updated</source>
        <translation>Profile importiert: %1 angelegt, %2 aktualisiert</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Database</name>
    <message>
        <source>Cannot create the workspace folder. Check that you may write there, or choose another workspace folder.</source>
        <translation>Der Arbeitsbereichsordner kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>The workspace is open in another Sitekeeper (process %1 on %2, %3). Close it there, then try again.</source>
        <translation>Der Arbeitsbereich ist in einem anderen Sitekeeper geöffnet (Prozess %1 auf %2, %3). Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1. Check that you may write to the workspace folder, or choose another one.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden. Prüfen Sie, ob Sie in den Arbeitsbereichsordner schreiben dürfen, oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer Sitekeeper (schema version %1; this version understands up to %2). Update Sitekeeper to open it; the file was left unchanged.</source>
        <translation>Dieser Arbeitsbereich wurde von einem neueren Sitekeeper gespeichert (Schemaversion %1; diese Version versteht bis zu %2). Aktualisieren Sie Sitekeeper, um ihn zu öffnen; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <source>This file is an SQLite database of another program, not a Sitekeeper workspace. Choose another workspace folder; the file was left unchanged.</source>
        <translation>Diese Datei ist eine SQLite-Datenbank eines anderen Programms, kein Sitekeeper-Arbeitsbereich. Wählen Sie einen anderen Arbeitsbereichsordner; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Checking the workspace for damage</source>
        <translation>Prüfen des Arbeitsbereichs auf Schäden</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (Qt SQL plugin &quot;QSQLITE&quot;). Reinstall Sitekeeper.</source>
        <translation>Der SQLite-Treiber von Qt fehlt (Qt-SQL-Plugin „QSQLITE“). Installieren Sie Sitekeeper neu.</translation>
    </message>
    <message>
        <source>Opening the workspace database for reading</source>
        <translation>Öffnen der Arbeitsbereichsdatenbank zum Lesen</translation>
    </message>
    <message>
        <source>Opening the workspace database</source>
        <translation>Öffnen der Arbeitsbereichsdatenbank</translation>
    </message>
    <message>
        <source>The workspace database is damaged (%1) and could not be moved aside to %2. Move or rename the file yourself, then open the workspace again.</source>
        <translation>Die Arbeitsbereichsdatenbank ist beschädigt (%1) und konnte nicht nach %2 verschoben werden. Verschieben oder benennen Sie die Datei selbst um und öffnen Sie den Arbeitsbereich erneut.</translation>
    </message>
    <message>
        <source>Switching the workspace to write-ahead logging</source>
        <translation>Umstellen des Arbeitsbereichs auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <source>The workspace database cannot use write-ahead logging (journal mode &quot;%1&quot;). Put the workspace on a local disk.</source>
        <translation>Die Arbeitsbereichsdatenbank kann kein Write-Ahead-Logging verwenden (Journalmodus „%1“). Legen Sie den Arbeitsbereich auf eine lokale Festplatte.</translation>
    </message>
    <message>
        <source>Setting up the workspace database</source>
        <translation>Einrichten der Arbeitsbereichsdatenbank</translation>
    </message>
    <message>
        <source>Could not back up the workspace before upgrading it (%1). Free some disk space, then open the workspace again; nothing was changed.</source>
        <translation>Der Arbeitsbereich konnte vor dem Upgrade nicht gesichert werden (%1). Geben Sie Speicherplatz frei und öffnen Sie den Arbeitsbereich erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not upgrade the workspace to schema version %1 (%2): %3. The workspace was left at version %4; report this problem to the Sitekeeper developers.</source>
        <translation>Der Arbeitsbereich konnte nicht auf Schemaversion %1 aktualisiert werden (%2): %3. Der Arbeitsbereich blieb auf Version %4; melden Sie dieses Problem den Sitekeeper-Entwicklern.</translation>
    </message>
    <message>
        <source>Reading workspace settings</source>
        <translation>Lesen der Arbeitsbereichseinstellungen</translation>
    </message>
    <message>
        <source>Saving workspace settings</source>
        <translation>Speichern der Arbeitsbereichseinstellungen</translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation>Vorbereiten einer Datenbankanweisung</translation>
    </message>
    <message>
        <source>Running a database statement</source>
        <translation>Ausführen einer Datenbankanweisung</translation>
    </message>
    <message>
        <source>%1 failed: another program is using the workspace database. Close it, then try again.</source>
        <translation>%1 fehlgeschlagen: Ein anderes Programm verwendet die Arbeitsbereichsdatenbank. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Free some space, then try again.</source>
        <translation>%1 fehlgeschlagen: Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed: the workspace database is read-only. Check the permissions of the workspace folder, then try again.</source>
        <translation>%1 fehlgeschlagen: Die Arbeitsbereichsdatenbank ist schreibgeschützt. Prüfen Sie die Berechtigungen des Arbeitsbereichsordners und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed: the workspace database is damaged. Restart Sitekeeper: it moves the damaged file aside and starts a new one.</source>
        <translation>%1 fehlgeschlagen: Die Arbeitsbereichsdatenbank ist beschädigt. Starten Sie Sitekeeper neu: Es verschiebt die beschädigte Datei und beginnt eine neue.</translation>
    </message>
    <message>
        <source>%1 failed: a record refers to a site that does not exist. Create the site first, or choose an existing one.</source>
        <translation>%1 fehlgeschlagen: Ein Datensatz verweist auf einen Standort, der nicht existiert. Legen Sie zuerst den Standort an oder wählen Sie einen vorhandenen.</translation>
    </message>
    <message>
        <source>%1 failed: it would break a rule of the workspace (%2). Correct the record, then try again.</source>
        <translation>%1 fehlgeschlagen: Es würde eine Regel des Arbeitsbereichs verletzen (%2). Korrigieren Sie den Datensatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed (%2). Check that the disk has space and the workspace folder is writable, then try again.</source>
        <translation>%1 fehlgeschlagen (%2). Prüfen Sie, ob der Datenträger Platz hat und der Arbeitsbereichsordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not create the workspace database (schema version %1): %2.</source>
        <translation>Die Arbeitsbereich-Datenbank konnte nicht angelegt werden (Schemaversion %1): %2.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::DirectoryDiff</name>
    <message>
        <source>approver for %1</source>
        <translation>Genehmiger für %1</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n leaver(s)</source>
        <translation>
            <numerusform>%n Abgang deaktivieren</numerusform>
            <numerusform>%n Abgänge deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable leaver</source>
        <translation>Abgang deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Add %n joiner(s)</source>
        <translation>
            <numerusform>%n Neuzugang hinzufügen</numerusform>
            <numerusform>%n Neuzugänge hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add joiner</source>
        <translation>Neuzugang hinzufügen</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Update %n number(s)</source>
        <translation>
            <numerusform>%n Nummer aktualisieren</numerusform>
            <numerusform>%n Nummern aktualisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Update number from directory</source>
        <translation>Nummer aus dem Verzeichnis aktualisieren</translation>
    </message>
</context>
<context>
    <name>sitekeeper::DirectoryDiffDialog</name>
    <message>
        <source>Recognise from the columns</source>
        <translation>An den Spalten erkennen</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>„%1“ rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Choose a directory export</source>
        <translation>Verzeichnisexport wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>The columns are those of a &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Die Spalten sind die eines &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The columns fit no export Sitekeeper knows: choose the format the file comes from.</source>
        <translation>Die Spalten passen zu keinem Export, den Sitekeeper kennt: Wählen Sie das Format, aus dem die Datei stammt.</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>%1 kann nicht verglichen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file cannot be read.</source>
        <translation>
            <numerusform>%n Zeile der Datei kann nicht gelesen werden.</numerusform>
            <numerusform>%n Zeilen der Datei können nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people on them cannot be matched and may be listed as leavers by mistake, so leavers cannot be disabled until the file is corrected; then choose Compare again.</source>
        <translation>Die Personen darin können nicht zugeordnet werden und erscheinen womöglich fälschlich als Abgänge; daher können Abgänge erst deaktiviert werden, wenn die Datei korrigiert ist. Wählen Sie dann erneut „Vergleichen“.</translation>
    </message>
    <message>
        <source>&amp;Leavers (%1)</source>
        <translation>&amp;Abgänge (%1)</translation>
    </message>
    <message>
        <source>&amp;Joiners (%1)</source>
        <translation>&amp;Neuzugänge (%1)</translation>
    </message>
    <message>
        <source>C&amp;hanged Numbers (%1)</source>
        <translation>G&amp;eänderte Nummern (%1)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n leaver(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Abgang&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Abgänge&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n still used as approver)</source>
        <translation>
            <numerusform>(%n noch als Genehmiger verwendet)</numerusform>
            <numerusform>(%n noch als Genehmiger verwendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n joiner(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Neuzugang&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Neuzugänge&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n changed number(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n geänderte Nummer&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n geänderte Nummern&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The file and the site&apos;s client profiles agree: nothing to do.</source>
        <translation>Die Datei und die Kundenprofile des Standorts stimmen überein: nichts zu tun.</translation>
    </message>
    <message>
        <source>Correct the rows that cannot be read first: their people may not be leavers.</source>
        <translation>Korrigieren Sie zuerst die Zeilen, die nicht gelesen werden können: Die Personen darin sind vielleicht keine Abgänge.</translation>
    </message>
    <message>
        <source>Disable the ticked profiles; they are kept, with their history</source>
        <translation>Die angekreuzten Profile deaktivieren; sie bleiben mit ihrem Verlauf erhalten</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the ticked rows were already up to date.</source>
        <translation>Nichts zu ändern: Die angekreuzten Zeilen waren schon aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>%n leaver(s) disabled. Undo (Ctrl+Z) makes them active again.</source>
        <translation>
            <numerusform>%n Abgang deaktiviert. Rückgängig (Strg+Z) macht das Profil wieder aktiv.</numerusform>
            <numerusform>%n Abgänge deaktiviert. Rückgängig (Strg+Z) macht sie wieder aktiv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joiner(s) added as client profile(s). Undo (Ctrl+Z) removes them.</source>
        <translation>
            <numerusform>%n Neuzugang als Kundenprofil hinzugefügt. Rückgängig (Strg+Z) entfernt ihn.</numerusform>
            <numerusform>%n Neuzugänge als Kundenprofile hinzugefügt. Rückgängig (Strg+Z) entfernt sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) updated from the directory. Undo (Ctrl+Z) restores them.</source>
        <translation>
            <numerusform>%n Nummer aus dem Verzeichnis aktualisiert. Rückgängig (Strg+Z) stellt sie wieder her.</numerusform>
            <numerusform>%n Nummern aus dem Verzeichnis aktualisiert. Rückgängig (Strg+Z) stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>LDAP / Active Directory</source>
        <translation>LDAP / Active Directory</translation>
    </message>
    <message>
        <source>Choose the file, or read the directory, to compare with.</source>
        <translation>Wählen Sie die Datei, mit der verglichen werden soll, oder lesen Sie das Verzeichnis.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n entries from &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>
            <numerusform>%n Eintrag aus &lt;b&gt;%1&lt;/b&gt; gelesen.</numerusform>
            <numerusform>%n Einträge aus &lt;b&gt;%1&lt;/b&gt; gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the directory cannot be read.</source>
        <translation>
            <numerusform>%n Eintrag des Verzeichnisses kann nicht gelesen werden.</numerusform>
            <numerusform>%n Einträge des Verzeichnisses können nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people in them cannot be matched and may be listed as leavers by mistake, so leavers cannot be disabled until the directory is corrected; then read it again.</source>
        <translation>Die Personen darin können nicht zugeordnet werden und erscheinen womöglich fälschlich als Abgänge; daher können Abgänge erst deaktiviert werden, wenn das Verzeichnis korrigiert ist. Lesen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The directory and the site&apos;s client profiles agree: nothing to do.</source>
        <translation>Das Verzeichnis und die Kundenprofile des Standorts stimmen überein: nichts zu tun.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
</context>
<context>
    <name>sitekeeper::DirectoryDiffModel</name>
    <message>
        <source>Office phone</source>
        <translation>Bürotelefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Still used as %1. After disabling, choose someone else (the rulebook reports a disabled approver as SK405).</source>
        <translation>Noch verwendet als %1. Wählen Sie nach dem Deaktivieren eine andere Person (das Regelwerk meldet einen deaktivierten Genehmiger als SK405).</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>Im Verzeichnis</translation>
    </message>
    <message>
        <source>Still used as</source>
        <translation>Noch verwendet als</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>Nicht im Verzeichnis</translation>
    </message>
</context>
<context>
    <name>sitekeeper::DuplicateProfileRule</name>
    <message>
        <source>Two active profiles are the same person</source>
        <translation>Zwei aktive Profile sind dieselbe Person</translation>
    </message>
    <message>
        <source>Each person has one profile, at the site where their computer&apos;s agent lives. Two profiles with the same email, the same mobile, or the same name and phone split the person&apos;s history and let the wrong one be used for authentication.</source>
        <translation>Jede Person hat ein Profil, an dem Standort, an dem der Agent ihres Computers läuft. Zwei Profile mit derselben E-Mail, derselben Mobilnummer oder demselben Namen und Telefon teilen die Historie der Person auf und lassen das falsche zur Authentifizierung verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 as &quot;%3&quot;%4.</source>
        <translation>„%1“ hat %2 wie „%3“%4.</translation>
    </message>
    <message>
        <source> at another site</source>
        <translation> an einem anderen Standort</translation>
    </message>
    <message>
        <source>Keep the profile at the site where the person&apos;s computer is and disable the other.</source>
        <translation>Behalten Sie das Profil an dem Standort, an dem der Computer der Person steht, und deaktivieren Sie das andere.</translation>
    </message>
    <message>
        <source>Merge the two profiles into one: choose the values to keep; approvers, rules and references that name the other move to the one kept, and the other is disabled.</source>
        <translation>Führen Sie die beiden Profile zu einem zusammen: Wählen Sie die Werte, die bleiben sollen; Genehmiger, Regeln und Referenzen, die das andere nennen, gehen auf das beibehaltene über, und das andere wird deaktiviert.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::EditorDialog</name>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>A secret in the text</source>
        <translation>Ein Geheimnis im Text</translation>
    </message>
    <message>
        <source>Move to a credential…</source>
        <translation>In Zugangsdaten verschieben…</translation>
    </message>
    <message>
        <source>Edit the text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>[see credential &quot;%1&quot;]</source>
        <translation>[siehe Zugangsdaten „%1“]</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation>Die Änderungen an diesem Datensatz vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>%1 %2 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>This text holds something that looks like %1 (line %2, column %3). Technicians copy this text into case notes, which are not secret.</source>
        <translation>Dieser Text enthält etwas, das wie %1 aussieht (Zeile %2, Spalte %3). Techniker kopieren diesen Text in Fallnotizen, die nicht geheim sind.</translation>
    </message>
    <message>
        <source>The %1 contains what looks like %2 (line %3, column %4).

Credentials belong in the keychain, not in text that ends up in case notes. Move it into a new credential and leave a reference to that credential in its place?</source>
        <translation>Das Feld „%1“ enthält etwas, das wie %2 aussieht (Zeile %3, Spalte %4).

Zugangsdaten gehören in den Schlüsselbund, nicht in Text, der in Fallnotizen landet. In neue Zugangsdaten verschieben und an seiner Stelle einen Verweis darauf hinterlassen?</translation>
    </message>
    <message>
        <source>“%1” was changed on the backend since you opened this editor (pulled %2).</source>
        <translation>„%1“ wurde im Backend geändert, seit Sie diesen Editor geöffnet haben (abgerufen %2).</translation>
    </message>
    <message>
        <source>“%1” was changed here since you opened this editor (by %2 at %3: another window, an undo or the command line).</source>
        <translation>„%1“ wurde hier geändert, seit Sie diesen Editor geöffnet haben (von %2 um %3: ein anderes Fenster, ein Rückgängigmachen oder die Kommandozeile).</translation>
    </message>
    <message>
        <source>“%1” was changed since you opened this editor.</source>
        <translation>„%1“ wurde geändert, seit Sie diesen Editor geöffnet haben.</translation>
    </message>
    <message>
        <source>Changed since you opened it</source>
        <translation>Geändert, seit Sie ihn geöffnet haben</translation>
    </message>
    <message>
        <source>Stored now: %1
Yours: %2

Keep yours to replace the stored value (for everyone, once synced), or take the stored value into the form.</source>
        <translation>Jetzt gespeichert: %1
Ihr Wert: %2

Behalten Sie Ihren Wert, um den gespeicherten zu ersetzen (nach dem Abgleich für alle), oder übernehmen Sie den gespeicherten Wert ins Formular.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <source>Take stored value</source>
        <translation>Gespeicherten übernehmen</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>%1 was changed since you opened this editor: stored now %2. Save again to keep yours or take the stored value.</source>
        <translation>%1 wurde geändert, seit Sie diesen Editor geöffnet haben: jetzt gespeichert %2. Speichern Sie erneut, um Ihren Wert zu behalten oder den gespeicherten zu übernehmen.</translation>
    </message>
    <message>
        <source>Close the editor, refresh the list and try again.</source>
        <translation>Schließen Sie den Editor, aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Others editing</source>
        <translation>Andere bearbeiten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History on this desktop</source>
        <translation>Verlauf auf diesem Desktop</translation>
    </message>
    <message>
        <source>The backend&apos;s history could not be read: %1</source>
        <translation>Der Verlauf des Backends konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::EditorSupport</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>sitekeeper::EmailDomainRule</name>
    <message>
        <source>A covered site has no email domain</source>
        <translation>Ein abgedeckter Standort hat keine E-Mail-Domäne</translation>
    </message>
    <message>
        <source>The service turns email from a site&apos;s domains into tickets. Without a domain, the users&apos; emails to the help desk are not recognised.</source>
        <translation>Der Service macht aus E-Mails von den Domänen eines Standorts Tickets. Ohne Domäne werden die E-Mails der Benutzer an den Helpdesk nicht erkannt.</translation>
    </message>
    <message>
        <source>No email domain is set: the users&apos; emails cannot become tickets.</source>
        <translation>Keine E-Mail-Domäne gesetzt: Die E-Mails der Benutzer können keine Tickets werden.</translation>
    </message>
    <message>
        <source>Add the domain the site&apos;s users send mail from (e.g. example.com).</source>
        <translation>Fügen Sie die Domäne hinzu, von der die Benutzer des Standorts E-Mails senden (z. B. example.com).</translation>
    </message>
</context>
<context>
    <name>sitekeeper::EntityColumns</name>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Bürotelefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Approval type</source>
        <translation>Genehmigungsart</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>automated approval</source>
        <translation>automatische Genehmigung</translation>
    </message>
    <message>
        <source>SMS authentication</source>
        <translation>SMS-Authentifizierung</translation>
    </message>
    <message>
        <source>verbal</source>
        <translation>mündlich</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Escalation contacts</source>
        <translation>Eskalationskontakte</translation>
    </message>
    <message>
        <source>Call before escalating</source>
        <translation>Vor Eskalation anrufen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>sitekeeper::EntityKind</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>Client profiles</source>
        <translation>Kundenprofile</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Approval type</source>
        <translation>Genehmigungsart</translation>
    </message>
    <message>
        <source>Approval types</source>
        <translation>Genehmigungsarten</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Notification rule</source>
        <translation>Benachrichtigungsregel</translation>
    </message>
    <message>
        <source>Notification rules</source>
        <translation>Benachrichtigungsregeln</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Partnerkontakt</translation>
    </message>
    <message>
        <source>Partner contacts</source>
        <translation>Partnerkontakte</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Partner settings</source>
        <translation>Partner-Einstellungen</translation>
    </message>
</context>
<context>
    <name>sitekeeper::EntraSourcePanel</name>
    <message numerus="yes">
        <source>%n user(s) read</source>
        <translation>
            <numerusform>%n Benutzer gelesen</numerusform>
            <numerusform>%n Benutzer gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph asked to wait %n second(s)…</source>
        <translation>
            <numerusform>Microsoft Graph verlangt %n Sekunde Wartezeit…</numerusform>
            <numerusform>Microsoft Graph verlangt %n Sekunden Wartezeit…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1 in your web browser and enter this code:</source>
        <translation>Öffnen Sie %1 in Ihrem Webbrowser und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation>Warten auf die Anmeldung…</translation>
    </message>
    <message>
        <source>Asking Microsoft Entra ID for a code…</source>
        <translation>Code wird bei Microsoft Entra ID angefordert…</translation>
    </message>
    <message>
        <source>Signed in. Choose Read Users.</source>
        <translation>Angemeldet. Wählen Sie „Benutzer lesen“.</translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>Benutzer werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read.</source>
        <translation>
            <numerusform>%n Benutzer gelesen.</numerusform>
            <numerusform>%n Benutzer gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The users were read, but the tenant could not be remembered for the site: %1</source>
        <translation>Die Benutzer wurden gelesen, aber der Mandant konnte nicht für den Standort gemerkt werden: %1</translation>
    </message>
    <message>
        <source>Microsoft Entra ID (%1)</source>
        <translation>Microsoft Entra ID (%1)</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Enums</name>
    <message>
        <source>No coverage</source>
        <translation>Keine Abdeckung</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Extended hours</source>
        <translation>Erweiterte Zeiten</translation>
    </message>
    <message>
        <source>Always (24/7)</source>
        <translation>Immer (24/7)</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partnername</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Name des Standorts</translation>
    </message>
    <message>
        <source>Technical Support</source>
        <translation>Neutral: „Technical Support“</translation>
    </message>
    <message>
        <source>Custom text</source>
        <translation>Eigener Text</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>New user setup</source>
        <translation>Einrichtung neuer Benutzer</translation>
    </message>
    <message>
        <source>User termination</source>
        <translation>Ausscheiden von Benutzern</translation>
    </message>
    <message>
        <source>Remote access</source>
        <translation>Fernzugriff</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwortrücksetzung</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Line-of-business application</source>
        <translation>Branchenanwendung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Überprüfung fällig</translation>
    </message>
    <message>
        <source>Overdue for review</source>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>On-site user</source>
        <translation>Benutzer vor Ort</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Partnerkontakt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Domain administrator</source>
        <translation>Domänenadministrator</translation>
    </message>
    <message>
        <source>Local administrator</source>
        <translation>Lokaler Administrator</translation>
    </message>
    <message>
        <source>Automated domain credential</source>
        <translation>Automatisierter Domänenzugang</translation>
    </message>
    <message>
        <source>Automated local credential</source>
        <translation>Automatisierter lokaler Zugang</translation>
    </message>
    <message>
        <source>Admin portal</source>
        <translation>Admin-Portal</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Temporary end-user password</source>
        <translation>Temporäres Endbenutzer-Passwort</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Leistungsumfangs</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Fehlende Informationen</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Genehmigung nötig</translation>
    </message>
    <message>
        <source>End user unreachable</source>
        <translation>Endbenutzer nicht erreichbar</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Escalation</name>
    <message>
        <source>Enter the date the ticket was escalated (YYYY-MM-DD).</source>
        <translation>Geben Sie das Datum ein, an dem das Ticket eskaliert wurde (JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>sitekeeper::EscalationImport</name>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>The file has no %1 column. Required: %2. Header found: %3</source>
        <translation>Die Datei hat keine Spalte %1. Erforderlich: %2. Gefundene Kopfzeile: %3</translation>
    </message>
    <message>
        <source>The file has no reason column; every escalation counts as out of scope.</source>
        <translation>Die Datei hat keine Spalte für den Grund; jede Eskalation gilt als außerhalb des Leistungsumfangs.</translation>
    </message>
    <message>
        <source>The site is empty. Enter the site&apos;s name as it is in Sitekeeper.</source>
        <translation>Der Standort ist leer. Geben Sie den Namen des Standorts so ein, wie er in Sitekeeper heißt.</translation>
    </message>
    <message>
        <source>No site is named &quot;%1&quot;. Add the site first, or correct the name.</source>
        <translation>Kein Standort heißt „%1“. Legen Sie zuerst den Standort an oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <source>%1 sites are named &quot;%2&quot;. Rename one of them.</source>
        <translation>%1 Standorte heißen „%2“. Benennen Sie einen davon um.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Das Datum ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Use YYYY-MM-DD, MM/DD/YYYY, DD.MM.YYYY or YYYY/MM/DD.</source>
        <translation>„%1“ ist kein Datum. Verwenden Sie JJJJ-MM-TT, MM/TT/JJJJ, TT.MM.JJJJ oder JJJJ/MM/TT.</translation>
    </message>
    <message>
        <source>The category is empty.</source>
        <translation>Die Kategorie ist leer.</translation>
    </message>
    <message>
        <source>The reason is empty.</source>
        <translation>Der Grund ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason.</source>
        <translation>„%1“ ist kein Grund.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen von: %1.</translation>
    </message>
    <message>
        <source>Ticket &quot;%1&quot; is also on row %2.</source>
        <translation>Ticket „%1“ steht auch in Zeile %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are invalid; nothing was imported.
</source>
        <translation>
            <numerusform>%n Zeile ist ungültig; es wurde nichts importiert.
</numerusform>
            <numerusform>%n Zeilen sind ungültig; es wurde nichts importiert.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::EscalationReview</name>
    <message>
        <source>%1: how to resolve</source>
        <translation>%1: Lösungsweg</translation>
    </message>
</context>
<context>
    <name>sitekeeper::EscalationReviewModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No reference covers this category. Suggested: &quot;%1&quot; (%2)</source>
        <translation>Keine Referenz deckt diese Kategorie ab. Vorschlag: „%1“ (%2)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>sitekeeper::EscalationsView</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>First 3 months after go-live</source>
        <translation>Erste 3 Monate nach Go-live</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Write a reference…</source>
        <translation>Referenz &amp;schreiben…</translation>
    </message>
    <message>
        <source>Escalations per week</source>
        <translation>Eskalationen pro Woche</translation>
    </message>
    <message>
        <source>Escalation review</source>
        <translation>Eskalationsprüfung</translation>
    </message>
    <message>
        <source>Escalation review — %1</source>
        <translation>Eskalationsprüfung — %1</translation>
    </message>
    <message>
        <source>Choose a site to review its escalations.</source>
        <translation>Wählen Sie einen Standort, um seine Eskalationen zu prüfen.</translation>
    </message>
    <message>
        <source>No escalations in this period.</source>
        <translation>Keine Eskalationen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 in %2; %3</source>
        <translation>%1 in %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n Eskalation</numerusform>
            <numerusform>%n Eskalationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n Kategorie</numerusform>
            <numerusform>%n Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>every category has a reference.</source>
        <translation>jede Kategorie hat eine Referenz.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n without a reference&lt;/b&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;%n ohne Referenz&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;%n ohne Referenz&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
    <message>
        <source>Import escalations</source>
        <translation>Eskalationen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 invalid.</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert, %4 ungültig.</translation>
    </message>
    <message>
        <source>%1 has invalid rows; nothing was imported. Correct them and import the file again.</source>
        <translation>%1 hat ungültige Zeilen; es wurde nichts importiert. Korrigieren Sie sie und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 holds nothing new: %2</source>
        <translation>%1 enthält nichts Neues: %2</translation>
    </message>
    <message>
        <source>Import %1?</source>
        <translation>%1 importieren?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported: %1</source>
        <translation>Der Import ist fehlgeschlagen; es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::FieldClashText</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
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
        <source>elsewhere</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>on the backend (pulled %1)</source>
        <translation>im Backend (abgerufen %1)</translation>
    </message>
    <message>
        <source>here by %1 at %2</source>
        <translation>hier von %1 um %2</translation>
    </message>
    <message>
        <source>Cannot undo “%1” on the %2 “%3”: %4. Undoing it would overwrite that change, so the %2 stays as it is; edit it yourself if it still needs changing.</source>
        <translation>„%1“ (%2 „%3“) kann nicht rückgängig gemacht werden: %4. Das Rückgängigmachen würde jene Änderung überschreiben, daher bleibt der Datensatz (%2) wie er ist; ändern Sie ihn selbst, falls nötig.</translation>
    </message>
    <message>
        <source>Cannot redo “%1” on the %2 “%3”: %4. Redoing it would overwrite that change, so the %2 stays as it is; edit it yourself if it still needs changing.</source>
        <translation>„%1“ (%2 „%3“) kann nicht wiederholt werden: %4. Das Wiederholen würde jene Änderung überschreiben, daher bleibt der Datensatz (%2) wie er ist; ändern Sie ihn selbst, falls nötig.</translation>
    </message>
    <message>
        <source>the %1 exists again (it came back from the backend or another edit)</source>
        <translation>der Datensatz (%1) existiert wieder (er kam aus dem Backend oder durch eine andere Änderung zurück)</translation>
    </message>
    <message>
        <source>the %1 was changed since (on the backend or by another edit)</source>
        <translation>der Datensatz (%1) wurde seitdem geändert (im Backend oder durch eine andere Änderung)</translation>
    </message>
    <message>
        <source>Cannot undo “%1” on the %2 “%3”: %4, and undoing it would lose that. The %2 stays as it is.</source>
        <translation>„%1“ (%2 „%3“) kann nicht rückgängig gemacht werden: %4, und das Rückgängigmachen würde das verlieren. Der Datensatz (%2) bleibt wie er ist.</translation>
    </message>
    <message>
        <source>Cannot redo “%1” on the %2 “%3”: %4, and redoing it would lose that. The %2 stays as it is.</source>
        <translation>„%1“ (%2 „%3“) kann nicht wiederholt werden: %4, und das Wiederholen würde das verlieren. Der Datensatz (%2) bleibt wie er ist.</translation>
    </message>
    <message>
        <source>“%1” was changed %2 since (now %3)</source>
        <translation>„%1“ wurde seitdem %2 geändert (jetzt %3)</translation>
    </message>
</context>
<context>
    <name>sitekeeper::FieldLabels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Answer as</source>
        <translation>Melden als</translation>
    </message>
    <message>
        <source>Custom answer</source>
        <translation>Eigene Meldung</translation>
    </message>
    <message>
        <source>Email domains</source>
        <translation>E-Mail-Domains</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Device naming</source>
        <translation>Gerätebenennung</translation>
    </message>
    <message>
        <source>Contract tier</source>
        <translation>Vertragsstufe</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Scope notes</source>
        <translation>Hinweise zum Umfang</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Go-live-Datum</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Bürotelefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>Prüfen alle (Tage)</translation>
    </message>
    <message>
        <source>Approval type</source>
        <translation>Genehmigungsart</translation>
    </message>
    <message>
        <source>Approver is</source>
        <translation>Genehmiger ist</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Automated approval</source>
        <translation>Automatische Genehmigung</translation>
    </message>
    <message>
        <source>SMS authentication</source>
        <translation>SMS-Authentifizierung</translation>
    </message>
    <message>
        <source>Authenticate approver</source>
        <translation>Genehmiger authentifizieren</translation>
    </message>
    <message>
        <source>Authenticate requestor</source>
        <translation>Anfragenden authentifizieren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Escalation contacts</source>
        <translation>Eskalationskontakte</translation>
    </message>
    <message>
        <source>Email recipients</source>
        <translation>E-Mail-Empfänger</translation>
    </message>
    <message>
        <source>Call before escalating</source>
        <translation>Vor der Eskalation anrufen</translation>
    </message>
    <message>
        <source>Call-before contact</source>
        <translation>Vorab anzurufender Kontakt</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>System or URL</source>
        <translation>System oder URL</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Rotate every (days)</source>
        <translation>Wechseln alle (Tage)</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Zuletzt gewechselt</translation>
    </message>
    <message>
        <source>Force change</source>
        <translation>Änderung erzwingen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The whole record (deleted on one side)</source>
        <translation>Der ganze Datensatz (auf einer Seite gelöscht)</translation>
    </message>
    <message>
        <source>The whole record (refused as invalid)</source>
        <translation>Der ganze Datensatz (als ungültig abgelehnt)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Office extension</source>
        <translation>Durchwahl</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Finding</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>sitekeeper::FindingFix</name>
    <message>
        <source>Disable the profile</source>
        <translation>Profil deaktivieren</translation>
    </message>
    <message>
        <source>Use automated approval only</source>
        <translation>Nur automatische Genehmigung verwenden</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>Heute als überprüft markieren</translation>
    </message>
    <message>
        <source>Mark the activation submitted</source>
        <translation>Aktivierung als eingereicht markieren</translation>
    </message>
    <message>
        <source>Turn off Call Before Escalating</source>
        <translation>„Vor Eskalation anrufen“ ausschalten</translation>
    </message>
    <message>
        <source>Move the secret into a credential</source>
        <translation>Geheimnis in Zugangsdaten verschieben</translation>
    </message>
    <message>
        <source>This finding has no fix that can be applied in one click.</source>
        <translation>Für diesen Befund gibt es keine Korrektur, die mit einem Klick angewendet werden kann.</translation>
    </message>
    <message>
        <source>Disable %1 (fix %2)</source>
        <translation>%1 deaktivieren (Korrektur %2)</translation>
    </message>
    <message>
        <source>Automated approval for %1 (fix %2)</source>
        <translation>Automatische Genehmigung für %1 (Korrektur %2)</translation>
    </message>
    <message>
        <source>Mark %1 reviewed (fix %2)</source>
        <translation>%1 als überprüft markieren (Korrektur %2)</translation>
    </message>
    <message>
        <source>Mark approver %1 reviewed (fix %2)</source>
        <translation>Genehmiger %1 als überprüft markieren (Korrektur %2)</translation>
    </message>
    <message>
        <source>Submit %1 for activation (fix %2)</source>
        <translation>%1 zur Aktivierung einreichen (Korrektur %2)</translation>
    </message>
    <message>
        <source>Turn off Call Before Escalating in %1 (fix %2)</source>
        <translation>„Vor Eskalation anrufen“ in %1 ausschalten (Korrektur %2)</translation>
    </message>
    <message>
        <source>Merge the two profiles into one</source>
        <translation>Die beiden Profile zu einem zusammenführen</translation>
    </message>
</context>
<context>
    <name>sitekeeper::FindingsModel</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Partner-wide</source>
        <translation>Partnerweit</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Standorteinstellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
</context>
<context>
    <name>sitekeeper::FindingsPanel</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Selected site</source>
        <translation>Ausgewählter Standort</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation>
            <numerusform>%1 von %n Befund</numerusform>
            <numerusform>%1 von %n Befunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Warum es wichtig ist:</translation>
    </message>
    <message>
        <source>This finding:</source>
        <translation>Dieser Befund:</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>One click:</source>
        <translation>Mit einem Klick:</translation>
    </message>
    <message>
        <source>Apply Fix (Ctrl+Shift+Enter) does it: %1. Ctrl+Z undoes it.</source>
        <translation>„Korrektur anwenden“ (Strg+Umschalt+Eingabe) erledigt das: %1. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Rule in the &amp;User Guide</source>
        <translation>Regel im &amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>In the console:</source>
        <translation>In der Konsole:</translation>
    </message>
    <message>
        <source>Merge… (Ctrl+Shift+Enter) shows both profiles: choose the one to keep and the values it keeps. Ctrl+Z undoes the merge.</source>
        <translation>„Zusammenführen…“ (Strg+Umschalt+Eingabe) zeigt beide Profile: Wählen Sie das Profil, das bleiben soll, und die Werte, die es behält. Strg+Z macht das Zusammenführen rückgängig.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ForbiddenTermRule</name>
    <message>
        <source>A reference contains a forbidden term</source>
        <translation>Eine Referenz enthält einen verbotenen Begriff</translation>
    </message>
    <message>
        <source>Technicians paste reference titles into case notes, and end users read them. Titles and bodies must not name the service vendor or any other term the partner has forbidden (Preferences).</source>
        <translation>Techniker fügen Referenztitel in Fallnotizen ein, und Endbenutzer lesen sie. Titel und Inhalt dürfen weder den Serviceanbieter noch einen anderen Begriff nennen, den der Partner verboten hat (Einstellungen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains the forbidden term &quot;%2&quot;.</source>
        <translation>„%1“ enthält den verbotenen Begriff „%2“.</translation>
    </message>
    <message>
        <source>Reword the %1 without &quot;%2&quot;.</source>
        <translation>Formulieren Sie den %1 ohne „%2“ um.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>sitekeeper::GraphDirectory</name>
    <message>
        <source>The %1 URL &quot;%2&quot; is not valid; write it as https://host.</source>
        <translation>Die URL für %1 „%2“ ist ungültig; schreiben Sie sie als https://host.</translation>
    </message>
    <message>
        <source>The %1 URL must not hold a user name or password.</source>
        <translation>Die URL für %1 darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The %1 URL must not have a query or fragment: %2</source>
        <translation>Die URL für %1 darf keine Abfrage und kein Fragment enthalten: %2</translation>
    </message>
    <message>
        <source>Refusing the %1 URL %2: the sign-in travels with every request, so it must be https:// (plain http:// only on this machine, for tests).</source>
        <translation>Die URL %2 für %1 wird abgelehnt: Die Anmeldung wird mit jeder Anfrage übertragen, daher muss die URL mit https:// beginnen (reines http:// nur auf diesem Rechner, für Tests).</translation>
    </message>
    <message>
        <source>Name the tenant: its id (a GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Geben Sie den Mandanten an: seine ID (eine GUID) oder eine Domäne wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one tenant: name the client&apos;s tenant by its id or domain, so that the users of that tenant are read.</source>
        <translation>„%1“ ist kein einzelner Mandant: Geben Sie den Mandanten des Kunden mit seiner ID oder Domäne an, damit die Benutzer dieses Mandanten gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a tenant id (a GUID) nor a domain such as contoso.onmicrosoft.com.</source>
        <translation>„%1“ ist weder eine Mandanten-ID (eine GUID) noch eine Domäne wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application (client) id: copy the GUID from the app registration&apos;s overview in the Entra admin center.</source>
        <translation>„%1“ ist keine Anwendungs-ID (Client): Kopieren Sie die GUID aus der Übersicht der App-Registrierung im Entra Admin Center.</translation>
    </message>
    <message>
        <source>sign-in (authority)</source>
        <translation>die Anmeldung (Authority)</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>A second must last between 1 and 1000 ms, not %1.</source>
        <translation>Eine Sekunde muss zwischen 1 und 1000 ms dauern, nicht %1.</translation>
    </message>
    <message>
        <source>must be a number of milliseconds from 1 to 1000, not &quot;%1&quot;</source>
        <translation>muss eine Anzahl Millisekunden von 1 bis 1000 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Cancelled; nothing was read or stored.</source>
        <translation>Abgebrochen; es wurde nichts gelesen oder gespeichert.</translation>
    </message>
    <message>
        <source>%1: the service is busy (HTTP %2) and still was after %3 tries. Try again later.</source>
        <translation>%1: Der Dienst ist ausgelastet (HTTP %2) und war es auch nach %3 Versuchen noch. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1: the service asks to wait %2 minutes before trying again; try again later.</source>
        <translation>%1: Der Dienst verlangt %2 Minuten Wartezeit vor einem neuen Versuch; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Microsoft Entra ID is busy with another request.</source>
        <translation>Microsoft Entra ID ist mit einer anderen Anfrage beschäftigt.</translation>
    </message>
    <message>
        <source>The Microsoft Entra ID sign-in is kept in the keychain, which is not available: %1</source>
        <translation>Die Anmeldung bei Microsoft Entra ID wird im Schlüsselbund aufbewahrt, der nicht verfügbar ist: %1</translation>
    </message>
    <message>
        <source>Asking Microsoft Entra ID for a sign-in code</source>
        <translation>Anfordern eines Anmeldecodes bei Microsoft Entra ID</translation>
    </message>
    <message>
        <source>%1: refused (HTTP %2%3).</source>
        <translation>%1: abgelehnt (HTTP %2%3).</translation>
    </message>
    <message>
        <source>%1: the answer is not the device code the identity platform documents (no device_code, user_code or verification_uri).</source>
        <translation>%1: Die Antwort ist nicht der Gerätecode, den die Identitätsplattform dokumentiert (kein device_code, user_code oder verification_uri).</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a web browser and enter the code %2.</source>
        <translation>Öffnen Sie zum Anmelden %1 in einem Webbrowser und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to Microsoft Entra ID</source>
        <translation>Warten auf die Anmeldung bei Microsoft Entra ID</translation>
    </message>
    <message>
        <source>The sign-in code expired before the sign-in was finished; sign in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor die Anmeldung abgeschlossen war; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser; nothing was stored.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID did not recognise the sign-in code; sign in again.</source>
        <translation>Microsoft Entra ID hat den Anmeldecode nicht erkannt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The identity platform&apos;s token answer holds no bearer access token.</source>
        <translation>Die Token-Antwort der Identitätsplattform enthält kein Bearer-Zugriffstoken.</translation>
    </message>
    <message>
        <source>Signed in, but the access token could not be kept in the keychain: %1</source>
        <translation>Angemeldet, aber das Zugriffstoken konnte nicht im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Signed in, but the refresh token could not be kept in the keychain: %1</source>
        <translation>Angemeldet, aber das Aktualisierungstoken konnte nicht im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The Microsoft Entra ID sign-in is kept in the keychain: %1</source>
        <translation>Die Anmeldung bei Microsoft Entra ID wird im Schlüsselbund aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft Entra ID for the tenant %1: sign in first.</source>
        <translation>Nicht bei Microsoft Entra ID für den Mandanten %1 angemeldet: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The sign-in to Microsoft Entra ID for the tenant %1 is no longer accepted%2; sign in again.</source>
        <translation>Die Anmeldung bei Microsoft Entra ID für den Mandanten %1 wird nicht mehr akzeptiert%2; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Renewing the sign-in to Microsoft Entra ID</source>
        <translation>Erneuern der Anmeldung bei Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Renewing the sign-in to Microsoft Entra ID failed (HTTP %1%2).</source>
        <translation>Das Erneuern der Anmeldung bei Microsoft Entra ID ist fehlgeschlagen (HTTP %1%2).</translation>
    </message>
    <message>
        <source>Reading the users from Microsoft Graph (page %1)</source>
        <translation>Lesen der Benutzer aus Microsoft Graph (Seite %1)</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>, Seite %1</translation>
    </message>
    <message>
        <source>Microsoft Graph does not accept the sign-in (HTTP 401%1); sign in again.</source>
        <translation>Microsoft Graph akzeptiert die Anmeldung nicht (HTTP 401%1); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to list the users (HTTP 403%1). The account that signed in must be allowed to read all users (User.Read.All, with an administrator&apos;s consent in the tenant).</source>
        <translation>Microsoft Graph hat das Auflisten der Benutzer abgelehnt (HTTP 403%1). Das angemeldete Konto muss alle Benutzer lesen dürfen (User.Read.All, mit der Einwilligung eines Administrators im Mandanten).</translation>
    </message>
    <message>
        <source>Microsoft Graph answered HTTP %1%2.</source>
        <translation>Microsoft Graph antwortete mit HTTP %1%2.</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort von Microsoft Graph ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s answer has no list of users (&quot;value&quot;).</source>
        <translation>Die Antwort von Microsoft Graph enthält keine Liste von Benutzern („value“).</translation>
    </message>
    <message>
        <source>a user is not a JSON object</source>
        <translation>ein Benutzer ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The tenant lists more than %L1 users; this is more than one site&apos;s profiles can hold, so nothing was read.</source>
        <translation>Der Mandant führt mehr als %L1 Benutzer auf; das sind mehr, als die Profile eines Standorts fassen können, daher wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>a list entry is not text</source>
        <translation>ein Listeneintrag ist kein Text</translation>
    </message>
    <message>
        <source>neither text, true/false nor a list</source>
        <translation>weder Text noch true/false noch eine Liste</translation>
    </message>
    <message>
        <source>&quot;@odata.nextLink&quot; is not a URL.</source>
        <translation>„@odata.nextLink“ ist keine URL.</translation>
    </message>
    <message>
        <source>Refusing to follow &quot;@odata.nextLink&quot; to %1: the sign-in travels with the request, so only links to %2 are followed.</source>
        <translation>Dem Verweis „@odata.nextLink“ auf %1 wird nicht gefolgt: Die Anmeldung wird mit der Anfrage übertragen, daher folgt Sitekeeper nur Links zu %2.</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s pages do not end (more than %L1).</source>
        <translation>Die Seiten von Microsoft Graph enden nicht (mehr als %L1).</translation>
    </message>
</context>
<context>
    <name>sitekeeper::HelpBrowser</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>About Sitekeeper</source>
        <translation>Über Sitekeeper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sitekeeper %1&lt;/h3&gt;&lt;p&gt;The partner console for an outsourced Help Desk service: sites, client profiles, references, approvers, notification rules and credentials, checked against the service&apos;s best practices.&lt;/p&gt;&lt;p&gt;Help › User Guide (F1) explains how to use it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sitekeeper %1&lt;/h3&gt;&lt;p&gt;Die Partnerkonsole für einen ausgelagerten Helpdesk-Service: Standorte, Kundenprofile, Referenzen, Genehmiger, Benachrichtigungsregeln und Zugangsdaten, geprüft anhand der bewährten Verfahren des Service.&lt;/p&gt;&lt;p&gt;Hilfe › Benutzerhandbuch (F1) erklärt die Bedienung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sitekeeper::HttpExchange</name>
    <message>
        <source>no answer for %1 s</source>
        <translation>keine Antwort seit %1 s</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
    <message>
        <source>unsupported scheme %1</source>
        <translation>nicht unterstütztes Schema %1</translation>
    </message>
    <message>
        <source>a request header holds a line break</source>
        <translation>ein Kopfzeilenwert der Anfrage enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a line of the answer is longer than %1 KiB</source>
        <translation>eine Zeile der Antwort ist länger als %1 KiB</translation>
    </message>
    <message>
        <source>the answer&apos;s headers are larger than %1 KiB</source>
        <translation>die Kopfzeilen der Antwort sind größer als %1 KiB</translation>
    </message>
    <message>
        <source>a chunk size of the answer is not valid</source>
        <translation>eine Blockgröße der Antwort ist ungültig</translation>
    </message>
    <message>
        <source>a chunk of the answer does not end where it says</source>
        <translation>ein Block der Antwort endet nicht dort, wo er es angibt</translation>
    </message>
    <message>
        <source>the answer does not start with an HTTP/1 status line</source>
        <translation>die Antwort beginnt nicht mit einer HTTP/1-Statuszeile</translation>
    </message>
    <message>
        <source>a header line of the answer has no name</source>
        <translation>eine Kopfzeile der Antwort hat keinen Namen</translation>
    </message>
    <message>
        <source>the answer&apos;s Content-Length is not a number</source>
        <translation>die Content-Length der Antwort ist keine Zahl</translation>
    </message>
    <message>
        <source>the backend closed the connection before its answer was complete</source>
        <translation>das Backend hat die Verbindung geschlossen, bevor seine Antwort vollständig war</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ImportRows</name>
    <message>
        <source>row %1, column &apos;%2&apos;: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more invalid row(s)</source>
        <translation>
            <numerusform>… und %n weitere ungültige Zeile</numerusform>
            <numerusform>… und %n weitere ungültige Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::Journal</name>
    <message>
        <source>Recording the change for the backend</source>
        <translation>Aufzeichnen der Änderung für das Backend</translation>
    </message>
    <message>
        <source>Updating the outbox</source>
        <translation>Aktualisieren des Postausgangs</translation>
    </message>
    <message>
        <source>The outbox has no operation %1. It may have been sent already; sync again.</source>
        <translation>Der Postausgang hat keine Operation %1. Vielleicht wurde sie schon gesendet; synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Reading the revisions the outbox is based on</source>
        <translation>Lesen der Revisionen, auf denen der Postausgang beruht</translation>
    </message>
</context>
<context>
    <name>sitekeeper::JsonReader</name>
    <message>
        <source>unknown value &quot;%1&quot;; use one of: %2</source>
        <translation>unbekannter Wert „%1“; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>expected a string (use &quot;&quot; for none)</source>
        <translation>eine Zeichenkette erwartet (&quot;&quot; für keine)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>eine ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected an id such as &quot;123e4567-e89b-12d3-a456-426614174000&quot;, or null</source>
        <translation>eine ID wie &quot;123e4567-e89b-12d3-a456-426614174000&quot; oder null erwartet</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD, or null</source>
        <translation>ein Datum im Format JJJJ-MM-TT oder null erwartet</translation>
    </message>
    <message>
        <source>expected a time written HH:MM (00:00 to 23:59)</source>
        <translation>eine Uhrzeit im Format HH:MM (00:00 bis 23:59) erwartet</translation>
    </message>
    <message>
        <source>expected a list of strings (use [] for none)</source>
        <translation>eine Liste von Zeichenketten erwartet ([] für keine)</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>eine Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a list of ids (use [] for none)</source>
        <translation>eine Liste von IDs erwartet ([] für keine)</translation>
    </message>
    <message>
        <source>expected an id such as &quot;123e4567-e89b-12d3-a456-426614174000&quot;</source>
        <translation>eine ID wie &quot;123e4567-e89b-12d3-a456-426614174000&quot; erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list (use [] for none)</source>
        <translation>eine Liste erwartet ([] für keine)</translation>
    </message>
    <message>
        <source>expected a time window object {days, start, end, time_zone}</source>
        <translation>ein Zeitfensterobjekt {days, start, end, time_zone} erwartet</translation>
    </message>
</context>
<context>
    <name>sitekeeper::KeychainVault</name>
    <message>
        <source>No keychain service is running. Start your desktop&apos;s keyring (for example gnome-keyring or KWallet) and try again.</source>
        <translation>Es läuft kein Schlüsselbunddienst. Starten Sie den Schlüsselbund Ihres Desktops (zum Beispiel gnome-keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to your keyring) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (melden Sie sich an Ihrem Schlüsselbund an) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain has no secret for this credential. Set it again.</source>
        <translation>Der Schlüsselbund hat kein Geheimnis für diese Zugangsdaten. Setzen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Sitekeeper when the keychain asks, and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Sitekeeper den Zugriff, wenn der Schlüsselbund fragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Sitekeeper and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Sitekeeper den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain has no unlocked default keyring. Log in to your keyring (or create one) and try again.</source>
        <translation>Der Schlüsselbund hat keinen entsperrten Standard-Schlüsselbund. Melden Sie sich an Ihrem Schlüsselbund an (oder legen Sie einen an) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>The secret is larger than %1 KiB; the keychain cannot hold it. Keep files such as certificates in a document store and refer to them.</source>
        <translation>Das Geheimnis ist größer als %1 KiB; der Schlüsselbund kann es nicht aufnehmen. Bewahren Sie Dateien wie Zertifikate in einer Dokumentenablage auf und verweisen Sie darauf.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::LdapDirectory</name>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (der Server meldete: %2)</translation>
    </message>
    <message>
        <source>its certificate is not signed by a CA this system trusts, has expired, or is not issued to %1; give the directory&apos;s CA file</source>
        <translation>Sein Zertifikat ist nicht von einer Zertifizierungsstelle signiert, der dieses System vertraut, ist abgelaufen oder ist nicht auf %1 ausgestellt; geben Sie die CA-Datei des Verzeichnisses an</translation>
    </message>
    <message>
        <source>its certificate is not signed by the CA in %1, has expired, or is not issued to %2</source>
        <translation>Sein Zertifikat ist nicht von der Zertifizierungsstelle in %1 signiert, ist abgelaufen oder ist nicht auf %2 ausgestellt</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>Benutzer nicht vorhanden</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>the account may not sign in now or from here</source>
        <translation>Das Konto darf sich jetzt oder von hier aus nicht anmelden</translation>
    </message>
    <message>
        <source>the password has expired</source>
        <translation>Das Passwort ist abgelaufen</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <translation>Das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>the account has expired</source>
        <translation>Das Konto ist abgelaufen</translation>
    </message>
    <message>
        <source>the password must be changed first</source>
        <translation>Das Passwort muss zuerst geändert werden</translation>
    </message>
    <message>
        <source>the account is locked out</source>
        <translation>Das Konto ist gesperrt</translation>
    </message>
    <message>
        <source>Reading the directory was cancelled.</source>
        <translation>Das Lesen des Verzeichnisses wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The directory at %1 did not answer within %2 s.</source>
        <translation>Das Verzeichnis unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>TLS with the directory at %1 failed: %2.</source>
        <translation>TLS mit dem Verzeichnis unter %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Cannot reach the directory at %1: %2. Check the host name, the port and that the server runs.</source>
        <translation>Das Verzeichnis unter %1 ist nicht erreichbar: %2. Prüfen Sie den Hostnamen, den Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>%1 failed at %2: %3</source>
        <translation>%1 bei %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The directory URL %1 cannot be used: %2</source>
        <translation>Die Verzeichnis-URL %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The LDAP library refused its settings for %1.</source>
        <translation>Die LDAP-Bibliothek hat ihre Einstellungen für %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used.</source>
        <translation>Die CA-Datei %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>TLS cannot be set up for %1: %2</source>
        <translation>TLS kann für %1 nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>the system&apos;s CAs cannot be read</source>
        <translation>Die Zertifizierungsstellen des Systems können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate the LDAP library can read (PEM).</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat, das die LDAP-Bibliothek lesen kann (PEM).</translation>
    </message>
    <message>
        <source>StartTLS with the directory at %1 failed: %2.</source>
        <translation>StartTLS mit dem Verzeichnis unter %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The directory at %1 refused StartTLS (%2): use ldaps:// if it offers that.</source>
        <translation>Das Verzeichnis unter %1 hat StartTLS abgelehnt (%2): Verwenden Sie ldaps://, falls es das anbietet.</translation>
    </message>
    <message>
        <source>Reading the answer</source>
        <translation>Lesen der Antwort</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Bind</translation>
    </message>
    <message>
        <source>The directory refused the bind DN or password (%1).</source>
        <translation>Das Verzeichnis hat den Bind-DN oder das Passwort abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Active Directory says: %1.</source>
        <translation>Active Directory meldet: %1.</translation>
    </message>
    <message>
        <source>The bind DN &quot;%1&quot; is not a DN the directory accepts; write it as cn=name,ou=unit,dc=example,dc=com (or name@domain for Active Directory).</source>
        <translation>Der Bind-DN „%1“ ist kein DN, den das Verzeichnis akzeptiert; schreiben Sie ihn als cn=name,ou=unit,dc=example,dc=com (oder name@domain für Active Directory).</translation>
    </message>
    <message>
        <source>The directory at %1 wants an encrypted connection for the bind: use ldaps:// or StartTLS.</source>
        <translation>Das Verzeichnis unter %1 verlangt für den Bind eine verschlüsselte Verbindung: Verwenden Sie ldaps:// oder StartTLS.</translation>
    </message>
    <message>
        <source>Binding as %1</source>
        <translation>Bind als %1</translation>
    </message>
    <message>
        <source>More than %1 entries match under %2: narrow the base DN or the filter.</source>
        <translation>Unter %2 passen mehr als %1 Einträge: Schränken Sie den Basis-DN oder den Filter ein.</translation>
    </message>
    <message>
        <source>The %1 of %2 is %3 bytes long; more than %4 is not a person&apos;s attribute.</source>
        <translation>Das Attribut %1 von %2 ist %3 Bytes lang; mehr als %4 ist kein Attribut einer Person.</translation>
    </message>
    <message>
        <source>The %1 of %2 is not text (it holds a NUL byte).</source>
        <translation>Das Attribut %1 von %2 ist kein Text (es enthält ein NUL-Byte).</translation>
    </message>
    <message>
        <source>Asking for pages</source>
        <translation>Anfordern seitenweiser Ergebnisse</translation>
    </message>
    <message>
        <source>The filter %1 is not an LDAP filter; write it as (&amp;(objectClass=user)(department=Sales)).</source>
        <translation>Der Filter %1 ist kein LDAP-Filter; schreiben Sie ihn als (&amp;(objectClass=user)(department=Vertrieb)).</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>The base DN %1 does not exist in the directory at %2%3.</source>
        <translation>Der Basis-DN %1 existiert im Verzeichnis unter %2 nicht%3.</translation>
    </message>
    <message>
        <source> (the nearest entry that exists is %1)</source>
        <translation> (der nächste vorhandene Eintrag ist %1)</translation>
    </message>
    <message>
        <source>The base DN &quot;%1&quot; is not a DN; write it as ou=Users,dc=example,dc=com.</source>
        <translation>Der Basis-DN „%1“ ist kein DN; schreiben Sie ihn als ou=Users,dc=example,dc=com.</translation>
    </message>
    <message>
        <source>The directory at %1 stopped after %2 entries (its size limit) and does not answer in pages: narrow the base DN or the filter, or raise the limit for the bind DN.</source>
        <translation>Das Verzeichnis unter %1 hat nach %2 Einträgen aufgehört (seine Größenbeschränkung) und antwortet nicht seitenweise: Schränken Sie den Basis-DN oder den Filter ein oder erhöhen Sie die Beschränkung für den Bind-DN.</translation>
    </message>
    <message>
        <source>The base DN %1 is held by another server (the directory at %2 refers elsewhere): connect to that one.</source>
        <translation>Der Basis-DN %1 liegt auf einem anderen Server (das Verzeichnis unter %2 verweist dorthin): Verbinden Sie sich mit diesem.</translation>
    </message>
    <message>
        <source>The bind DN %1 may not read under %2.</source>
        <translation>Der Bind-DN %1 darf unter %2 nicht lesen.</translation>
    </message>
    <message>
        <source>Searching under %1</source>
        <translation>Suche unter %1</translation>
    </message>
    <message>
        <source>The directory at %1 keeps sending pages: more than %2 entries.</source>
        <translation>Das Verzeichnis unter %1 sendet immer weitere Seiten: Mehr als %2 Einträge.</translation>
    </message>
    <message>
        <source>Refusing a directory URL with a user name or password in it (%1): give the bind DN and the password on their own.</source>
        <translation>Eine Verzeichnis-URL mit Benutzername oder Passwort (%1) wird abgelehnt: Geben Sie den Bind-DN und das Passwort getrennt an.</translation>
    </message>
    <message>
        <source>The directory URL &quot;%1&quot; is not valid; write it as ldaps://host[:port] or ldap://host[:port].</source>
        <translation>Die Verzeichnis-URL „%1“ ist ungültig; schreiben Sie sie als ldaps://host[:port] oder ldap://host[:port].</translation>
    </message>
    <message>
        <source>The directory URL %1 has a path or a query; give the base DN and the filter on their own.</source>
        <translation>Die Verzeichnis-URL %1 enthält einen Pfad oder eine Abfrage; geben Sie den Basis-DN und den Filter getrennt an.</translation>
    </message>
    <message>
        <source>StartTLS is for ldap:// URLs; %1 is encrypted from the start.</source>
        <translation>StartTLS ist für ldap://-URLs gedacht; %1 ist von Anfang an verschlüsselt.</translation>
    </message>
    <message>
        <source>Refusing plain LDAP to %1: the password and the directory&apos;s data would travel unencrypted. Use ldaps:// or StartTLS (plain ldap:// is only for a directory on this machine).</source>
        <translation>Unverschlüsseltes LDAP zu %1 wird abgelehnt: Das Passwort und die Daten des Verzeichnisses würden unverschlüsselt übertragen. Verwenden Sie ldaps:// oder StartTLS (reines ldap:// nur für ein Verzeichnis auf diesem Rechner).</translation>
    </message>
    <message>
        <source>The base DN is empty: name the part of the directory to read, such as ou=Users,dc=example,dc=com.</source>
        <translation>Der Basis-DN ist leer: Geben Sie den Teil des Verzeichnisses an, der gelesen werden soll, etwa ou=Users,dc=example,dc=com.</translation>
    </message>
    <message>
        <source>The bind DN is empty: name the account that reads the directory, such as cn=reader,dc=example,dc=com or reader@example.com.</source>
        <translation>Der Bind-DN ist leer: Geben Sie das Konto an, das das Verzeichnis liest, etwa cn=reader,dc=example,dc=com oder reader@example.com.</translation>
    </message>
    <message>
        <source>The page size must be from 1 to 10000, not %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und 10000 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The timeout must be from 1 to 3600 seconds, not %1.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 3600 Sekunden liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The bind password is empty.</source>
        <translation>Das Bind-Passwort ist leer.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::LdapSourceWidget</name>
    <message>
        <source>Which entries are people with an account; empty: Active Directory&apos;s user accounts or an LDAP directory&apos;s inetOrgPerson entries</source>
        <translation>Welche Einträge Personen mit einem Konto sind; leer: die Benutzerkonten von Active Directory oder die inetOrgPerson-Einträge eines LDAP-Verzeichnisses</translation>
    </message>
    <message>
        <source>Remembered in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the directory&apos;s CA certificates</source>
        <translation>Die CA-Zertifikate des Verzeichnisses wählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Type the bind password.</source>
        <translation>Geben Sie das Bind-Passwort ein.</translation>
    </message>
    <message>
        <source>%1 Type the bind password.</source>
        <translation>%1 Geben Sie das Bind-Passwort ein.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading the Directory</source>
        <translation>Verzeichnis wird gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1: %n entries…</source>
        <translation>
            <numerusform>%1 wird gelesen: %n Eintrag…</numerusform>
            <numerusform>%1 wird gelesen: %n Einträge…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was read.</source>
        <translation>Abgebrochen: Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>The directory was read, but not remembered: %1</source>
        <translation>Das Verzeichnis wurde gelesen, aber nicht gemerkt: %1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::LdapSources</name>
    <message>
        <source>The bind password is empty.</source>
        <translation>Das Bind-Passwort ist leer.</translation>
    </message>
    <message>
        <source>The password cannot be remembered without the OS keychain: %1</source>
        <translation>Ohne den Schlüsselbund des Betriebssystems kann das Passwort nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The password was not stored in the keychain: %1</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>The directory source could not be written to %1.</source>
        <translation>Die Verzeichnisquelle konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>No password is remembered: the OS keychain is not available (%1).</source>
        <translation>Es ist kein Passwort gespeichert: Der Schlüsselbund des Betriebssystems ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>No bind password is remembered for this site.</source>
        <translation>Für diesen Standort ist kein Bind-Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::LeaverReadRule</name>
    <message>
        <source>A member who left could read a secret</source>
        <translation>Ein ausgeschiedenes Mitglied konnte ein Geheimnis lesen</translation>
    </message>
    <message>
        <source>When a member is revoked, their sealed copies are deleted from the backend, but what they already read cannot be taken back. Every secret they could read since its last rotation is rotated; the new one is sealed for the current team only.</source>
        <translation>Wird ein Mitglied widerrufen, werden seine versiegelten Kopien aus dem Backend gelöscht, doch was es bereits gelesen hat, lässt sich nicht zurücknehmen. Jedes Geheimnis, das es seit dem letzten Wechsel lesen konnte, wird gewechselt; das neue wird nur für das aktuelle Team versiegelt.</translation>
    </message>
    <message>
        <source>%1 left the team and could read the secret of &quot;%2&quot;.</source>
        <translation>Wer das Team verlassen hat, konnte das Geheimnis von „%2“ lesen: %1.</translation>
    </message>
    <message>
        <source>Rotate it (Credentials &gt; Rotate); the new secret is sealed for the current team only.</source>
        <translation>Wechseln Sie es (Zugangsdaten &gt; Wechseln); das neue Geheimnis wird nur für das aktuelle Team versiegelt.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::MainWindow</name>
    <message>
        <source>Sitekeeper — %1</source>
        <translation>Sitekeeper — %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation>Rückgängig oder Wiederholen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

The workspace was left as it was before.</source>
        <translation>%1

Der Arbeitsbereich blieb, wie er vorher war.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Show the findings (Ctrl+Shift+F)</source>
        <translation>Befunde anzeigen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Checking every site against the rulebook…</source>
        <translation>Jeder Standort wird anhand des Regelwerks geprüft…</translation>
    </message>
    <message>
        <source>Check All Sites</source>
        <translation>Alle Standorte prüfen</translation>
    </message>
    <message>
        <source>Check cancelled: the findings shown are from the previous check.</source>
        <translation>Prüfung abgebrochen: Die angezeigten Befunde stammen aus der vorigen Prüfung.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sites could not be checked: %1</source>
        <translation>Die Standorte konnten nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s) in %1 ms</source>
        <translation>
            <numerusform>%n Standort in %1 ms geprüft</numerusform>
            <numerusform>%n Standorte in %1 ms geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The record of this finding is no longer there: run Tools › Check All Sites.</source>
        <translation>Der Datensatz dieses Befunds ist nicht mehr vorhanden: Führen Sie Extras › Alle Standorte prüfen aus.</translation>
    </message>
    <message>
        <source>Fix not applied</source>
        <translation>Korrektur nicht angewendet</translation>
    </message>
    <message>
        <source>%1: done. Ctrl+Z undoes it.</source>
        <translation>%1: erledigt. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>Standorte: %1</translation>
    </message>
    <message>
        <source>Select a finding in the Findings panel, then choose Explain This Finding (F1).</source>
        <translation>Wählen Sie im Bereich „Befunde“ einen Befund aus und dann „Diesen Befund erklären“ (F1).</translation>
    </message>
    <message>
        <source>This record has no editor here, or is no longer there: discard the edit, or retry it as it is.</source>
        <translation>Dieser Datensatz hat hier keinen Editor oder ist nicht mehr vorhanden: Verwerfen Sie die Änderung oder senden Sie sie unverändert erneut.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::MissingApproverRule</name>
    <message>
        <source>A covered site has an approval type with no approver</source>
        <translation>Ein abgedeckter Standort hat eine Genehmigungsart ohne Genehmiger</translation>
    </message>
    <message>
        <source>Requests that need approval (password resets for another user, new users, mailbox access ...) go to the approver of their type. A type without one is escalated to the partner. Which types every site needs is a partner setting.</source>
        <translation>Anfragen, die eine Genehmigung brauchen (Passwortrücksetzungen für andere Benutzer, neue Benutzer, Postfachzugriff …), gehen an den Genehmiger ihrer Art. Eine Art ohne Genehmiger wird an den Partner eskaliert. Welche Arten jeder Standort braucht, ist eine Partnereinstellung.</translation>
    </message>
    <message>
        <source>No approver for &quot;%1&quot;.</source>
        <translation>Kein Genehmiger für „%1“.</translation>
    </message>
    <message>
        <source>Add an approver for &quot;%1&quot;: an on-site person or a partner contact.</source>
        <translation>Fügen Sie einen Genehmiger für „%1“ hinzu: eine Person vor Ort oder einen Partnerkontakt.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::NoMobileRule</name>
    <message>
        <source>An active profile has no mobile number</source>
        <translation>Ein aktives Profil hat keine Mobilnummer</translation>
    </message>
    <message>
        <source>The service authenticates callers with a code texted to the mobile on file. Without a number that takes text messages, the user cannot be authenticated that way.</source>
        <translation>Der Service authentifiziert Anrufer mit einem Code, der per SMS an die hinterlegte Mobilnummer gesendet wird. Ohne eine Nummer, die SMS empfängt, kann der Benutzer so nicht authentifiziert werden.</translation>
    </message>
    <message>
        <source>%1 has no mobile number: no SMS authentication is possible.</source>
        <translation>%1 hat keine Mobilnummer: Keine SMS-Authentifizierung möglich.</translation>
    </message>
    <message>
        <source>%1&apos;s mobile %2 is a fixed line: no SMS authentication is possible.</source>
        <translation>Die Mobilnummer %2 von %1 ist ein Festnetzanschluss: Keine SMS-Authentifizierung möglich.</translation>
    </message>
    <message>
        <source>Add the person&apos;s mobile number.</source>
        <translation>Fügen Sie die Mobilnummer der Person hinzu.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::NoNotificationRuleRule</name>
    <message>
        <source>A covered site has no notification rule</source>
        <translation>Ein abgedeckter Standort hat keine Benachrichtigungsregel</translation>
    </message>
    <message>
        <source>Notification rules tell the service how to reach the partner when a ticket needs them: by phone, email or ticket, whom, and when. A covered site without one cannot escalate.</source>
        <translation>Benachrichtigungsregeln sagen dem Service, wie er den Partner erreicht, wenn ein Ticket ihn braucht: per Telefon, E-Mail oder Ticket, wen und wann. Ein abgedeckter Standort ohne Regel kann nicht eskalieren.</translation>
    </message>
    <message>
        <source>The site has no notification rule.</source>
        <translation>Der Standort hat keine Benachrichtigungsregel.</translation>
    </message>
    <message>
        <source>Add a notification rule: method, escalation contacts and the hours it applies.</source>
        <translation>Fügen Sie eine Benachrichtigungsregel hinzu: Methode, Eskalationskontakte und die Zeiten, zu denen sie gilt.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::NotificationRule</name>
    <message>
        <source>%1 escalation contacts are listed; the service calls at most two, so remove the others.</source>
        <translation>%1 Eskalationskontakte sind eingetragen; der Service ruft höchstens zwei an, entfernen Sie also die übrigen.</translation>
    </message>
    <message>
        <source>The contact id is missing; choose a partner contact.</source>
        <translation>Die Kontakt-ID fehlt; wählen Sie einen Partnerkontakt.</translation>
    </message>
    <message>
        <source>This contact is listed twice; choose another one or remove it.</source>
        <translation>Dieser Kontakt ist zweimal eingetragen; wählen Sie einen anderen oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Call Before Escalating is on but nobody is chosen to call; choose a contact or turn it off.</source>
        <translation>„Vor Eskalation anrufen“ ist eingeschaltet, aber niemand ist zum Anrufen gewählt; wählen Sie einen Kontakt oder schalten Sie es aus.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::NotificationRuleEditor</name>
    <message>
        <source>New notification rule</source>
        <translation>Neue Benachrichtigungsregel</translation>
    </message>
    <message>
        <source>Notification rule: %1</source>
        <translation>Benachrichtigungsregel: %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PartnerContactEditor</name>
    <message>
        <source>New partner contact</source>
        <translation>Neuer Partnerkontakt</translation>
    </message>
    <message>
        <source>Partner contact: %1</source>
        <translation>Partnerkontakt: %1</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PartnerDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Numbers, in order</source>
        <translation>Nummern, in Reihenfolge</translation>
    </message>
    <message>
        <source>Remove contacts</source>
        <translation>Kontakte entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)? Rules that name them will need another contact.</source>
        <translation>
            <numerusform>%n Kontakt entfernen? Regeln, die ihn nennen, brauchen dann einen anderen Kontakt.</numerusform>
            <numerusform>%n Kontakte entfernen? Regeln, die sie nennen, brauchen dann einen anderen Kontakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt entfernen</numerusform>
            <numerusform>%n Kontakte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>the partner&apos;s own</source>
        <translation>eigene des Partners</translation>
    </message>
    <message>
        <source>New approval type</source>
        <translation>Neue Genehmigungsart</translation>
    </message>
    <message>
        <source>A kind of request that needs approval, e.g. &quot;Printer purchase&quot;:</source>
        <translation>Eine Art von Anfrage, die eine Genehmigung braucht, z. B. „Druckerkauf“:</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <source>There is already an approval type &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Genehmigungsart „%1“.</translation>
    </message>
    <message>
        <source>Add approval type %1</source>
        <translation>Genehmigungsart %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename approval type</source>
        <translation>Genehmigungsart umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <source>Nothing removed</source>
        <translation>Nichts entfernt</translation>
    </message>
    <message>
        <source>Built-in approval types cannot be removed.</source>
        <translation>Eingebaute Genehmigungsarten können nicht entfernt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n approval type(s)</source>
        <translation>
            <numerusform>%n Genehmigungsart entfernen</numerusform>
            <numerusform>%n Genehmigungsarten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove approval type</source>
        <translation>Genehmigungsart entfernen</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PartnerSettings</name>
    <message>
        <source>Partner settings</source>
        <translation>Partner-Einstellungen</translation>
    </message>
    <message>
        <source>Partner settings of %1</source>
        <translation>Partner-Einstellungen von %1</translation>
    </message>
    <message>
        <source>The partner settings have the id %1.</source>
        <translation>Die Partnereinstellungen haben die ID %1.</translation>
    </message>
    <message>
        <source>The partner name is longer than %1 characters.</source>
        <translation>Der Partnername ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>At most %1 forbidden terms.</source>
        <translation>Höchstens %1 verbotene Begriffe.</translation>
    </message>
    <message>
        <source>A forbidden term must be 1 to %1 characters.</source>
        <translation>Ein verbotener Begriff muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>At most %1 approval types.</source>
        <translation>Höchstens %1 Genehmigungsarten.</translation>
    </message>
    <message>
        <source>Between 0 and 365 days.</source>
        <translation>Zwischen 0 und 365 Tagen.</translation>
    </message>
    <message>
        <source>Between 1 and 3650 days.</source>
        <translation>Zwischen 1 und 3650 Tagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The chat address is longer than 2000 characters.</source>
        <translation>Die Chat-Adresse ist länger als 2000 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference topic.</source>
        <translation>„%1“ ist kein Referenzthema.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PartnerSettingsEdits</name>
    <message>
        <source>Only admins change the partner settings. %1</source>
        <translation>Nur Admins ändern die Partner-Einstellungen. %1</translation>
    </message>
    <message>
        <source>Change the partner settings</source>
        <translation>Partner-Einstellungen ändern</translation>
    </message>
    <message>
        <source>There is no partner setting &quot;%1&quot;; the settings are: %2</source>
        <translation>Es gibt keine Partner-Einstellung „%1“; die Einstellungen sind: %2</translation>
    </message>
    <message>
        <source>%1 is a number of days, not &quot;%2&quot;.</source>
        <translation>%1 ist eine Anzahl von Tagen, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PasswordGenerator</name>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation>Wählen Sie mindestens eine Zeichenart.</translation>
    </message>
    <message>
        <source>The length must be between %1 and %2.</source>
        <translation>Die Länge muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>A password of %1 characters cannot hold one of each of %2 kinds of character.</source>
        <translation>Ein Passwort mit %1 Zeichen kann nicht je eines von %2 Zeichenarten enthalten.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PasswordStrength</name>
    <message>
        <source>Common words and names are guessed first; add unrelated words or use the generator.</source>
        <translation>Häufige Wörter und Namen werden zuerst erraten; fügen Sie unzusammenhängende Wörter hinzu oder verwenden Sie den Generator.</translation>
    </message>
    <message>
        <source>Swapping letters for look-alike symbols (P@ssw0rd) does not help much.</source>
        <translation>Buchstaben durch ähnlich aussehende Zeichen zu ersetzen (P@ssw0rd) hilft wenig.</translation>
    </message>
    <message>
        <source>It contains the site&apos;s or user&apos;s own name; avoid those.</source>
        <translation>Es enthält den eigenen Namen des Standorts oder Benutzers; vermeiden Sie diese.</translation>
    </message>
    <message>
        <source>Repeated characters or words are easy to guess.</source>
        <translation>Wiederholte Zeichen oder Wörter sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Sequences such as abc or 123 are easy to guess.</source>
        <translation>Folgen wie abc oder 123 sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Keyboard patterns such as qwerty are easy to guess.</source>
        <translation>Tastaturmuster wie qwertz sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>Daten und Jahreszahlen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>Too short; use at least 12 characters.</source>
        <translation>Zu kurz; verwenden Sie mindestens 12 Zeichen.</translation>
    </message>
    <message>
        <source>Easy to guess; use the generator.</source>
        <translation>Leicht zu erraten; verwenden Sie den Generator.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PhoneFactsCache</name>
    <message>
        <source>Saving phone number facts</source>
        <translation>Speichern von Telefonnummer-Angaben</translation>
    </message>
    <message>
        <source>Reading phone number facts</source>
        <translation>Lesen der Angaben zu Telefonnummern</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PhoneFieldHint</name>
    <message>
        <source>mobile: SMS works</source>
        <translation>Mobil: SMS möglich</translation>
    </message>
    <message>
        <source>fixed line: calls only, no SMS</source>
        <translation>Festnetz: nur Anrufe, keine SMS</translation>
    </message>
    <message>
        <source>mobile or fixed (taken as mobile: entered as mobile)</source>
        <translation>Mobil oder Festnetz (als Mobil behandelt: als Mobilnummer eingetragen)</translation>
    </message>
    <message>
        <source>mobile or fixed (taken as fixed: entered as office)</source>
        <translation>Mobil oder Festnetz (als Festnetz behandelt: als Bürotelefon eingetragen)</translation>
    </message>
    <message>
        <source>not a personal line (toll-free or service number)</source>
        <translation>kein persönlicher Anschluss (gebührenfreie oder Servicenummer)</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 ext. %2</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PhoneNumber</name>
    <message>
        <source>&quot;%1&quot; is not a region libphonenumber knows; use a two-letter country code such as US or GB.</source>
        <translation>„%1“ ist keine Region, die libphonenumber kennt; verwenden Sie einen zweibuchstabigen Ländercode wie DE oder AT.</translation>
    </message>
    <message>
        <source>No number was entered.</source>
        <translation>Es wurde keine Nummer eingegeben.</translation>
    </message>
    <message>
        <source>The country code after + or 00 is not one in use; check it.</source>
        <translation>Die Ländervorwahl nach + oder 00 ist nicht in Gebrauch; prüfen Sie sie.</translation>
    </message>
    <message>
        <source>The number has no country code; start it with + and the country code, for example +1 for the US or +44 for the UK.</source>
        <translation>Die Nummer hat keine Ländervorwahl; beginnen Sie sie mit + und der Ländervorwahl, zum Beispiel +49 für Deutschland oder +43 für Österreich.</translation>
    </message>
    <message>
        <source>This is not a phone number; enter digits, optionally with spaces, dashes, brackets and a leading +.</source>
        <translation>Das ist keine Telefonnummer; geben Sie Ziffern ein, wahlweise mit Leerzeichen, Bindestrichen, Klammern und einem führenden +.</translation>
    </message>
    <message>
        <source>The number is too short; check that no digits are missing.</source>
        <translation>Die Nummer ist zu kurz; prüfen Sie, ob Ziffern fehlen.</translation>
    </message>
    <message>
        <source>The number is too long; check for extra digits.</source>
        <translation>Die Nummer ist zu lang; prüfen Sie auf überzählige Ziffern.</translation>
    </message>
    <message>
        <source>+%1 is not a country code in use; check it.</source>
        <translation>+%1 ist keine Ländervorwahl in Gebrauch; prüfen Sie sie.</translation>
    </message>
    <message>
        <source>The number is too short for %1; check that no digits are missing.</source>
        <translation>Die Nummer ist zu kurz für %1; prüfen Sie, ob Ziffern fehlen.</translation>
    </message>
    <message>
        <source>The number is too long for %1; check for extra digits.</source>
        <translation>Die Nummer ist zu lang für %1; prüfen Sie auf überzählige Ziffern.</translation>
    </message>
    <message>
        <source>The number has the wrong number of digits for %1; check it.</source>
        <translation>Die Nummer hat die falsche Anzahl Ziffern für %1; prüfen Sie sie.</translation>
    </message>
    <message>
        <source>This is a local number; add the area code.</source>
        <translation>Das ist eine Ortsnummer; fügen Sie die Vorwahl hinzu.</translation>
    </message>
    <message>
        <source>The number is not valid for %1 (no such area code or prefix); check it, and check the country.</source>
        <translation>Die Nummer ist für %1 nicht gültig (keine solche Vorwahl oder Rufnummerngasse); prüfen Sie sie und das Land.</translation>
    </message>
    <message>
        <source>Only an office number can have an extension; remove &quot;%1&quot; and enter the direct number.</source>
        <translation>Nur eine Büronummer kann eine Durchwahl haben; entfernen Sie „%1“ und geben Sie die direkte Nummer ein.</translation>
    </message>
    <message>
        <source>The extension &quot;%1&quot; is too long; an extension has at most 15 digits.</source>
        <translation>Die Durchwahl „%1“ ist zu lang; eine Durchwahl hat höchstens 15 Ziffern.</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 ext. %2</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PhoneNumberRule</name>
    <message>
        <source>A phone number is not valid for its region</source>
        <translation>Eine Telefonnummer ist für ihre Region nicht gültig</translation>
    </message>
    <message>
        <source>Technicians call and text the numbers on file. A number that is not valid in its country&apos;s numbering plan (a missing digit, a wrong area code) fails when it is needed most.</source>
        <translation>Techniker rufen die hinterlegten Nummern an und senden SMS an sie. Eine Nummer, die im Nummernplan ihres Landes nicht gültig ist (eine fehlende Ziffer, eine falsche Vorwahl), versagt, wenn sie am dringendsten gebraucht wird.</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid number. %3</source>
        <translation>%1: %2 ist keine gültige Nummer. %3</translation>
    </message>
    <message>
        <source>Correct the number, or remove it.</source>
        <translation>Korrigieren Sie die Nummer oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::PreferencesDialog</name>
    <message>
        <source>The region is a two-letter country code such as US, GB or DE.</source>
        <translation>Die Region ist ein zweibuchstabiger Ländercode wie US, GB oder DE.</translation>
    </message>
    <message>
        <source>Help desk phone: %1</source>
        <translation>Helpdesk-Telefon: %1</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ProfileExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ProfileIdentity</name>
    <message>
        <source>the same email address</source>
        <translation>dieselbe E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the same mobile number</source>
        <translation>dieselbe Mobilnummer</translation>
    </message>
    <message>
        <source>the same name and phone number</source>
        <translation>denselben Namen und dieselbe Telefonnummer</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ProfileImport</name>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>The header matches no known export (%1). Choose a preset (%2) or map the columns. Header found: %3</source>
        <translation>Die Kopfzeile passt zu keinem bekannten Export (%1). Wählen Sie eine Vorlage (%2) oder ordnen Sie die Spalten zu. Gefundene Kopfzeile: %3</translation>
    </message>
    <message>
        <source>No column gives the person&apos;s name (a full name, or first and last name). Header found: %1</source>
        <translation>Keine Spalte enthält den Namen der Person (einen vollständigen Namen oder Vor- und Nachnamen). Gefundene Kopfzeile: %1</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (mapped to %2). Header found: %3</source>
        <translation>Die Datei hat keine Spalte „%1“ (zugeordnet zu %2). Gefundene Kopfzeile: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false; write true or false.</source>
        <translation>„%1“ ist weder true noch false; schreiben Sie true oder false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; write active or disabled.</source>
        <translation>„%1“ ist kein Status; schreiben Sie active oder disabled.</translation>
    </message>
    <message>
        <source>Row %1 is the same person (%2); this row is not imported.</source>
        <translation>Zeile %1 ist dieselbe Person (%2); diese Zeile wird nicht importiert.</translation>
    </message>
    <message>
        <source>Row %1 already matches the profile of %2; this row is not imported.</source>
        <translation>Zeile %1 entspricht bereits dem Profil von %2; diese Zeile wird nicht importiert.</translation>
    </message>
    <message>
        <source>%1 at site &quot;%2&quot; is the same person (%3): one person has one profile, at the site where their computer is. Not imported.</source>
        <translation>%1 am Standort „%2“ ist dieselbe Person (%3): Eine Person hat ein Profil, an dem Standort, an dem ihr Computer steht. Nicht importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are invalid; nothing was imported.
</source>
        <translation>
            <numerusform>%n Zeile ist ungültig; es wurde nichts importiert.
</numerusform>
            <numerusform>%n Zeilen sind ungültig; es wurde nichts importiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitekeeper: what to fix</source>
        <translation>Sitekeeper: zu korrigieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country; write its name (France) or its two-letter code (FR).</source>
        <translation>„%1“ ist kein Land; schreiben Sie seinen Namen (Deutschland) oder seinen zweibuchstabigen Ländercode (DE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number for %2: %3</source>
        <translation>„%1“ ist keine gültige Telefonnummer für %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extension; write its digits, such as 204.</source>
        <translation>„%1“ ist keine Durchwahl; schreiben Sie ihre Ziffern, etwa 204.</translation>
    </message>
    <message>
        <source>The extension %1 differs from the one written after the office number (%2); keep one.</source>
        <translation>Die Durchwahl %1 weicht von der hinter der Büronummer angegebenen ab (%2); behalten Sie eine davon.</translation>
    </message>
    <message>
        <source>The extension %1 has no office number; fill in the office phone.</source>
        <translation>Zur Durchwahl %1 gibt es keine Büronummer; tragen Sie das Bürotelefon ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a userAccountControl value; it is a number such as 512.</source>
        <translation>„%1“ ist kein userAccountControl-Wert; dieser ist eine Zahl wie 512.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ProfileImportPreviewModel</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Die Datei hat keine Zeilen.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Duplikat in der Datei</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Same person as row %1 (%2); skipped</source>
        <translation>Dieselbe Person wie Zeile %1 (%2); übersprungen</translation>
    </message>
    <message>
        <source>Already a profile at %1 (%2); not imported</source>
        <translation>Bereits ein Profil bei %1 (%2); nicht importiert</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Bürotelefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 ext. %2</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ProfileImportWizard</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Other: match the columns by hand</source>
        <translation>Andere: Spalten von Hand zuordnen</translation>
    </message>
    <message>
        <source>Profile field</source>
        <translation>Profilfeld</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <source>Microsoft 365 admin center export</source>
        <translation>Export aus dem Microsoft 365 Admin Center</translation>
    </message>
    <message>
        <source>Microsoft Entra ID users export</source>
        <translation>Benutzerexport aus Microsoft Entra ID</translation>
    </message>
    <message>
        <source>ConnectWise Manage contacts export</source>
        <translation>Kontaktexport aus ConnectWise Manage</translation>
    </message>
    <message>
        <source>Autotask contacts export</source>
        <translation>Kontaktexport aus Autotask</translation>
    </message>
    <message>
        <source>Sitekeeper profile export</source>
        <translation>Profilexport aus Sitekeeper</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Bürotelefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Status (active / disabled)</source>
        <translation>Status (active / disabled)</translation>
    </message>
    <message>
        <source>Enabled (true / false)</source>
        <translation>Aktiviert (true / false)</translation>
    </message>
    <message>
        <source>Inactive (true / false)</source>
        <translation>Inaktiv (true / false)</translation>
    </message>
    <message>
        <source>Choose a user list</source>
        <translation>Eine Benutzerliste wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Choose another file.</source>
        <translation>%1 kann nicht gelesen werden: %2. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file Sitekeeper can read: %2</source>
        <translation>%1 ist keine CSV-Datei, die Sitekeeper lesen kann: %2</translation>
    </message>
    <message>
        <source>The columns are those of a &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Die Spalten sind die eines &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The columns fit no export Sitekeeper knows. Match them to the profile fields below.</source>
        <translation>Die Spalten passen zu keinem Export, den Sitekeeper kennt. Ordnen Sie sie unten den Profilfeldern zu.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Choose the column of the full name, or those of the first and the last name.</source>
        <translation>Wählen Sie die Spalte des vollständigen Namens oder die des Vor- und des Nachnamens.</translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1. Choose another format, or match the columns by hand.</source>
        <translation>Die Datei kann so nicht gelesen werden: %1. Wählen Sie ein anderes Format oder ordnen Sie die Spalten von Hand zu.</translation>
    </message>
    <message>
        <source>Importing client profiles…</source>
        <translation>Kundenprofile werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Client Profiles</source>
        <translation>Kundenprofile importieren</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written. Choose Import to start again.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben. Wählen Sie „Importieren“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1. The workspace is as it was; correct the cause and choose Import again.</source>
        <translation>Es wurde nichts importiert: %1. Der Arbeitsbereich ist unverändert; beheben Sie die Ursache und wählen Sie erneut „Importieren“.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 created, %2 updated, %3 unchanged.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 angelegt, %2 aktualisiert, %3 unverändert.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n row(s) marked as a duplicate were not imported.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n als Duplikat markierte Zeile wurde nicht importiert.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n als Duplikat markierte Zeilen wurden nicht importiert.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Active Directory / LDAP attributes</source>
        <translation>Attribute aus Active Directory / LDAP</translation>
    </message>
    <message>
        <source>Office extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Country (code or name)</source>
        <translation>Land (Code oder Name)</translation>
    </message>
    <message>
        <source>userAccountControl (AD flags)</source>
        <translation>userAccountControl (AD-Flags)</translation>
    </message>
    <message numerus="yes">
        <source>Import waits: %n row(s) cannot be read.</source>
        <translation>
            <numerusform>Import wartet: %n Zeile kann nicht gelesen werden.</numerusform>
            <numerusform>Import wartet: %n Zeilen können nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct a value below and choose Check Again, or leave the invalid rows out; nothing has been written.</source>
        <translation>Korrigieren Sie unten einen Wert und wählen Sie „Erneut prüfen“, oder lassen Sie die ungültigen Zeilen aus; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave the %n invalid row(s) out and import the others</source>
        <translation>
            <numerusform>Die %n ungültige Zeile &amp;auslassen und die übrigen importieren</numerusform>
            <numerusform>Die %n ungültigen Zeilen &amp;auslassen und die übrigen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n invalid row(s) were left out, as chosen.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n ungültige Zeile wurde wie gewählt ausgelassen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n ungültige Zeilen wurden wie gewählt ausgelassen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the corrected value, then choose Check Again.</source>
        <translation>Geben Sie den korrigierten Wert ein und wählen Sie dann „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>-to-fix.csv</source>
        <translation>-zu-korrigieren.csv</translation>
    </message>
    <message>
        <source>Save the invalid rows</source>
        <translation>Die ungültigen Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ProfileMerge</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A profile cannot be merged into itself: choose two different profiles.</source>
        <translation>Ein Profil kann nicht mit sich selbst zusammengeführt werden: Wählen Sie zwei verschiedene Profile.</translation>
    </message>
    <message>
        <source>The profile to keep (%1) was not found: %2</source>
        <translation>Das zu behaltende Profil (%1) wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>The profile to merge (%1) was not found: %2</source>
        <translation>Das zusammenzuführende Profil (%1) wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) and &quot;%3&quot; (%4) are profiles of different sites. Approvers name profiles of their own site, so only profiles of one site are merged: keep the profile at the site where the person&apos;s computer is and disable the other.</source>
        <translation>„%1“ (%2) und „%3“ (%4) sind Profile verschiedener Standorte. Genehmiger nennen Profile ihres eigenen Standorts, daher werden nur Profile eines Standorts zusammengeführt: Behalten Sie das Profil an dem Standort, an dem der Computer der Person steht, und deaktivieren Sie das andere.</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Approver for %1</source>
        <translation>Genehmiger für %1</translation>
    </message>
    <message>
        <source>The approver for %1</source>
        <translation>Der Genehmiger für %1</translation>
    </message>
    <message>
        <source>Email recipient of the rule &quot;%1&quot;</source>
        <translation>E-Mail-Empfänger der Regel „%1“</translation>
    </message>
    <message>
        <source>Owner of the reference &quot;%1&quot;</source>
        <translation>Verantwortlicher der Referenz „%1“</translation>
    </message>
    <message>
        <source>The profiles were not merged: %1</source>
        <translation>Die Profile wurden nicht zusammengeführt: %1</translation>
    </message>
    <message>
        <source>The profiles changed since the merge was prepared; nothing was merged. Look at the merge again.</source>
        <translation>Die Profile haben sich geändert, seit das Zusammenführen vorbereitet wurde; es wurde nichts zusammengeführt. Sehen Sie sich das Zusammenführen erneut an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since the merge was prepared; nothing was merged. Look at the merge again.</source>
        <translation>„%1“ hat sich geändert, seit das Zusammenführen vorbereitet wurde; es wurde nichts zusammengeführt. Sehen Sie sich das Zusammenführen erneut an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved, so nothing was merged: %2</source>
        <translation>„%1“ wurde nicht gespeichert, daher wurde nichts zusammengeführt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was being merged; nothing was merged.</source>
        <translation>„%1“ hat sich während des Zusammenführens geändert; es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into it</source>
        <translation>„%1“ in dieses Profil zusammenführen</translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; instead of &quot;%2&quot;</source>
        <translation>„%1“ statt „%2“ nennen</translation>
    </message>
    <message>
        <source>Disable (merged into &quot;%1&quot;)</source>
        <translation>Deaktivieren (in „%1“ zusammengeführt)</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ProfileMergeDialog</name>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Office phone:</source>
        <translation>Büro&amp;telefon:</translation>
    </message>
    <message>
        <source>Mo&amp;bile phone:</source>
        <translation>&amp;Mobiltelefon:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;VIP:</source>
        <translation>&amp;VIP:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>The profile %1 was not found: %2</source>
        <translation>Das Profil %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>Merge Profiles — %1 and %2</source>
        <translation>Profile zusammenführen — %1 und %2</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Keep the profile &quot;%1&quot;</source>
        <translation>Das Profil „%1“ behalten</translation>
    </message>
    <message>
        <source>last edited %1</source>
        <translation>zuletzt bearbeitet %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot;: %3</source>
        <translation>%1 von „%2“: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>The same in both profiles.</source>
        <translation>In beiden Profilen gleich.</translation>
    </message>
    <message>
        <source>Nothing names &quot;%1&quot;.</source>
        <translation>Nichts verweist auf „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled already and stays so.</source>
        <translation>„%1“ ist bereits deaktiviert und bleibt es.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be disabled (never deleted): its history stays.</source>
        <translation>„%1“ wird deaktiviert (nie gelöscht): Der Verlauf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Readiness</name>
    <message>
        <source>Coverage chosen</source>
        <translation>Abdeckung gewählt</translation>
    </message>
    <message>
        <source>The site has no coverage: choose business hours, extended hours or always.</source>
        <translation>Der Standort hat keine Abdeckung: Wählen Sie Geschäftszeiten, erweiterte Zeiten oder immer.</translation>
    </message>
    <message>
        <source>Answer As set</source>
        <translation>Meldename gesetzt</translation>
    </message>
    <message>
        <source>Say how technicians answer this site&apos;s calls.</source>
        <translation>Legen Sie fest, wie sich die Techniker bei Anrufen für diesen Standort melden.</translation>
    </message>
    <message>
        <source>Email domain set</source>
        <translation>E-Mail-Domäne gesetzt</translation>
    </message>
    <message>
        <source>Add the domain the site&apos;s users send mail from, so that their emails become tickets.</source>
        <translation>Fügen Sie die Domäne hinzu, von der die Benutzer des Standorts E-Mails senden, damit ihre E-Mails Tickets werden.</translation>
    </message>
    <message>
        <source>Notification rule in place</source>
        <translation>Benachrichtigungsregel vorhanden</translation>
    </message>
    <message>
        <source>Add a notification rule: how the service escalates to you.</source>
        <translation>Fügen Sie eine Benachrichtigungsregel hinzu: wie der Service an Sie eskaliert.</translation>
    </message>
    <message numerus="yes">
        <source>%n notification rule problem(s) to fix.</source>
        <translation>
            <numerusform>%n Problem mit Benachrichtigungsregeln zu beheben.</numerusform>
            <numerusform>%n Probleme mit Benachrichtigungsregeln zu beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client profiles present and valid</source>
        <translation>Kundenprofile vorhanden und gültig</translation>
    </message>
    <message>
        <source>Add the site&apos;s end users (or import them from a directory export).</source>
        <translation>Fügen Sie die Endbenutzer des Standorts hinzu (oder importieren Sie sie aus einem Verzeichnisexport).</translation>
    </message>
    <message numerus="yes">
        <source>%n client profile error(s) to fix.</source>
        <translation>
            <numerusform>%n Fehler in Kundenprofilen zu beheben.</numerusform>
            <numerusform>%n Fehler in Kundenprofilen zu beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>An approver for every approval type in use</source>
        <translation>Ein Genehmiger für jede verwendete Genehmigungsart</translation>
    </message>
    <message numerus="yes">
        <source>%n approval type(s) without a working approver.</source>
        <translation>
            <numerusform>%n Genehmigungsart ohne funktionierenden Genehmiger.</numerusform>
            <numerusform>%n Genehmigungsarten ohne funktionierenden Genehmiger.</numerusform>
        </translation>
    </message>
    <message>
        <source>References for the required topics</source>
        <translation>Referenzen für die erforderlichen Themen</translation>
    </message>
    <message numerus="yes">
        <source>%n required topic(s) without a current reference.</source>
        <translation>
            <numerusform>%n erforderliches Thema ohne aktuelle Referenz.</numerusform>
            <numerusform>%n erforderliche Themen ohne aktuelle Referenz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials the technicians need</source>
        <translation>Zugangsdaten, die die Techniker brauchen</translation>
    </message>
    <message>
        <source>Add an administrator or automated credential for the technicians.</source>
        <translation>Fügen Sie Administrator- oder automatisierte Zugangsdaten für die Techniker hinzu.</translation>
    </message>
    <message>
        <source>No error finding left</source>
        <translation>Kein Befund mit Schweregrad Fehler übrig</translation>
    </message>
    <message numerus="yes">
        <source>%n error finding(s) left.</source>
        <translation>
            <numerusform>%n Befund mit Schweregrad Fehler übrig.</numerusform>
            <numerusform>%n Befunde mit Schweregrad Fehler übrig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::RecordHistory</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>sitekeeper::RecordLookup</name>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>Es gibt keinen Datensatz vom Typ „%1“ mit der ID %2.</translation>
    </message>
    <message>
        <source>There is no site named &quot;%1&quot; (see: sitekeeper-cli site list).</source>
        <translation>Es gibt keinen Standort namens „%1“ (siehe: sitekeeper-cli site list).</translation>
    </message>
    <message>
        <source>Several sites are named &quot;%1&quot;; name the site by its id (see: sitekeeper-cli site list).</source>
        <translation>Mehrere Standorte heißen „%1“; nennen Sie den Standort mit seiner ID (siehe: sitekeeper-cli site list).</translation>
    </message>
    <message>
        <source>There is no profile with the email &quot;%1&quot;%2.</source>
        <translation>Es gibt kein Profil mit der E-Mail-Adresse „%1“%2.</translation>
    </message>
    <message>
        <source> at this site</source>
        <translation> an diesem Standort</translation>
    </message>
    <message>
        <source>Several profiles have the email &quot;%1&quot;; give --site or the profile&apos;s id.</source>
        <translation>Mehrere Profile haben die E-Mail-Adresse „%1“; geben Sie --site oder die ID des Profils an.</translation>
    </message>
    <message>
        <source>There is no partner contact named &quot;%1&quot; (see: sitekeeper-cli contact list).</source>
        <translation>Es gibt keinen Partnerkontakt namens „%1“ (siehe: sitekeeper-cli contact list).</translation>
    </message>
    <message>
        <source>Several partner contacts are named &quot;%1&quot;; name the contact by its id.</source>
        <translation>Mehrere Partnerkontakte heißen „%1“; nennen Sie den Kontakt mit seiner ID.</translation>
    </message>
    <message>
        <source>There is no partner contact named or with the email &quot;%1&quot; (see: sitekeeper-cli contact list).</source>
        <translation>Es gibt keinen Partnerkontakt mit dem Namen oder der E-Mail-Adresse „%1“ (siehe: sitekeeper-cli contact list).</translation>
    </message>
    <message>
        <source>Several partner contacts have the email &quot;%1&quot;; name the contact by its id.</source>
        <translation>Mehrere Partnerkontakte haben die E-Mail-Adresse „%1“; nennen Sie den Kontakt mit seiner ID.</translation>
    </message>
    <message>
        <source>There is no approval type &quot;%1&quot;; use one of: %2</source>
        <translation>Es gibt keine Genehmigungsart „%1“; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>There is no partner-wide reference titled &quot;%1&quot;; give --site for a site&apos;s own.</source>
        <translation>Es gibt keine partnerweite Referenz mit dem Titel „%1“; geben Sie für die Referenz eines Standorts --site an.</translation>
    </message>
    <message>
        <source>The site has no reference titled &quot;%1&quot;.</source>
        <translation>Der Standort hat keine Referenz mit dem Titel „%1“.</translation>
    </message>
    <message>
        <source>Several references are titled &quot;%1&quot;; name the reference by its id.</source>
        <translation>Mehrere Referenzen haben den Titel „%1“; nennen Sie die Referenz mit ihrer ID.</translation>
    </message>
    <message>
        <source>A rule is named within its site: give --site.</source>
        <translation>Eine Regel wird innerhalb ihres Standorts benannt: Geben Sie --site an.</translation>
    </message>
    <message>
        <source>The site has no notification rule named &quot;%1&quot;.</source>
        <translation>Der Standort hat keine Benachrichtigungsregel namens „%1“.</translation>
    </message>
    <message>
        <source>Several rules of the site are named &quot;%1&quot;; name the rule by its id.</source>
        <translation>Mehrere Regeln des Standorts heißen „%1“; nennen Sie die Regel mit ihrer ID.</translation>
    </message>
    <message>
        <source>A credential is named by its label within its site: give --site.</source>
        <translation>Zugangsdaten werden mit ihrer Bezeichnung innerhalb ihres Standorts benannt: Geben Sie --site an.</translation>
    </message>
    <message>
        <source>The site has no credential labelled &quot;%1&quot;.</source>
        <translation>Der Standort hat keine Zugangsdaten mit der Bezeichnung „%1“.</translation>
    </message>
    <message>
        <source>Several credentials of the site are labelled &quot;%1&quot;; name it by its id.</source>
        <translation>Mehrere Zugangsdaten des Standorts haben die Bezeichnung „%1“; nennen Sie sie mit ihrer ID.</translation>
    </message>
    <message>
        <source>An approver is named by its site and approval type: give --site.</source>
        <translation>Ein Genehmiger wird mit seinem Standort und seiner Genehmigungsart benannt: Geben Sie --site an.</translation>
    </message>
    <message>
        <source>The site has no approver for the approval type &quot;%1&quot;.</source>
        <translation>Der Standort hat keinen Genehmiger für die Genehmigungsart „%1“.</translation>
    </message>
    <message>
        <source>The site has several approvers for &quot;%1&quot;; name the approver by its id (see: sitekeeper-cli approver list --site ...).</source>
        <translation>Der Standort hat mehrere Genehmiger für „%1“; nennen Sie den Genehmiger mit seiner ID (siehe: sitekeeper-cli approver list --site ...).</translation>
    </message>
    <message>
        <source>Records of the kind &quot;%1&quot; cannot be named.</source>
        <translation>Datensätze vom Typ „%1“ lassen sich nicht benennen.</translation>
    </message>
    <message>
        <source>There is no profile or partner contact with the id %1.</source>
        <translation>Es gibt kein Profil und keinen Partnerkontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a profile&apos;s email nor a partner contact&apos;s name.</source>
        <translation>„%1“ ist weder die E-Mail-Adresse eines Profils noch der Name eines Partnerkontakts.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sitekeeper::RecordPresence</name>
    <message>
        <source>%1 is also editing this record.</source>
        <translation>%1 bearbeitet diesen Datensatz ebenfalls.</translation>
    </message>
    <message>
        <source>%1 and %2 are also editing this record.</source>
        <translation>%1 und %2 bearbeiten diesen Datensatz ebenfalls.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::RecordTab</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::RecordTabs</name>
    <message>
        <source>Client &amp;Profiles</source>
        <translation>&amp;Kundenprofile</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;References</source>
        <translation>&amp;Referenzen</translation>
    </message>
    <message>
        <source>Set &amp;owner…</source>
        <translation>&amp;Verantwortlichen festlegen…</translation>
    </message>
    <message>
        <source>Mark re&amp;viewed</source>
        <translation>Als über&amp;prüft markieren</translation>
    </message>
    <message>
        <source>&amp;Approvers</source>
        <translation>&amp;Genehmiger</translation>
    </message>
    <message>
        <source>Notification R&amp;ules</source>
        <translation>&amp;Benachrichtigungsregeln</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1? You can undo this with Ctrl+Z.</source>
        <translation>%1? Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>Verantwortlichen festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %n selected reference(s):</source>
        <translation>
            <numerusform>Verantwortlicher der ausgewählten Referenz:</numerusform>
            <numerusform>Verantwortlicher der %n ausgewählten Referenzen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge Profiles</source>
        <translation>Profile zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Select the two profiles of one person to merge them (%n selected).</source>
        <translation>
            <numerusform>Wählen Sie die beiden Profile einer Person aus, um sie zusammenzuführen (%n ausgewählt).</numerusform>
            <numerusform>Wählen Sie die beiden Profile einer Person aus, um sie zusammenzuführen (%n ausgewählt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::Reference</name>
    <message>
        <source>The review interval must be at least one day (it is %1); the usual one is 365.</source>
        <translation>Das Überprüfungsintervall muss mindestens einen Tag betragen (es ist %1); üblich sind 365.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReferenceEditor</name>
    <message>
        <source>New reference</source>
        <translation>Neue Referenz</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReferenceReviewRule</name>
    <message>
        <source>A reference is overdue or due for review</source>
        <translation>Eine Referenz ist zur Überprüfung überfällig oder fällig</translation>
    </message>
    <message>
        <source>References go stale as sites change. Each is reviewed at its interval (a year by default): overdue is a warning, due within the next 30 days a reminder.</source>
        <translation>Referenzen veralten, wenn sich Standorte ändern. Jede wird in ihrem Intervall überprüft (standardmäßig jährlich): überfällig ist eine Warnung, fällig in den nächsten 30 Tagen eine Erinnerung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was due for review on %2.</source>
        <translation>„%1“ war am %2 zur Überprüfung fällig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has never been reviewed.</source>
        <translation>„%1“ wurde noch nie überprüft.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is due for review on %2.</source>
        <translation>„%1“ ist am %2 zur Überprüfung fällig.</translation>
    </message>
    <message>
        <source>Review it: attest &quot;reviewed, unchanged&quot;, update it, or retire it.</source>
        <translation>Überprüfen Sie sie: Bestätigen Sie „überprüft, unverändert“, aktualisieren Sie sie oder legen Sie sie still.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReportWriter</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>keine Tage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>%1 to %2 the next day</source>
        <translation>%1 bis %2 am Folgetag</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>System down or many users</source>
        <translation>System ausgefallen oder viele Benutzer</translation>
    </message>
    <message>
        <source>One user blocked</source>
        <translation>Ein Benutzer blockiert</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>unbekannte Person</translation>
    </message>
    <message>
        <source>At this site</source>
        <translation>An diesem Standort</translation>
    </message>
    <message>
        <source>At %1 (a site without help desk coverage)</source>
        <translation>Bei %1 (ein Standort ohne Helpdesk-Abdeckung)</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Bei %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Parent site</source>
        <translation>Übergeordneter Standort</translation>
    </message>
    <message>
        <source>None (top-level site)</source>
        <translation>Keiner (Standort der obersten Ebene)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Answer As</source>
        <translation>Meldename</translation>
    </message>
    <message>
        <source>Email domains</source>
        <translation>E-Mail-Domänen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Device naming</source>
        <translation>Gerätebenennung</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Go-live-Datum</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <source>Activation status</source>
        <translation>Aktivierungsstatus</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Leistungsumfang</translation>
    </message>
    <message>
        <source>No scope given: start lines of the scope notes with &quot;Tier 1:&quot; or &quot;To the partner:&quot;.</source>
        <translation>Kein Leistungsumfang angegeben: Beginnen Sie Zeilen der Hinweise zum Leistungsumfang mit „Tier 1:“ oder „To the partner:“.</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>First-Level</translation>
    </message>
    <message>
        <source>To the partner</source>
        <translation>An den Partner</translation>
    </message>
    <message>
        <source>Contract and SLA targets</source>
        <translation>Vertrag und SLA-Ziele</translation>
    </message>
    <message>
        <source>Contract tier: %1</source>
        <translation>Vertragsstufe: %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Activation readiness</source>
        <translation>Aktivierungsbereitschaft</translation>
    </message>
    <message>
        <source>Score: %1 % (%2 of %3 items complete)</source>
        <translation>Wert: %1 % (%2 von %3 Punkten erfüllt)</translation>
    </message>
    <message>
        <source>Notification rules</source>
        <translation>Benachrichtigungsregeln</translation>
    </message>
    <message>
        <source>No notification rule.</source>
        <translation>Keine Benachrichtigungsregel.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Escalation contacts</source>
        <translation>Eskalationskontakte</translation>
    </message>
    <message>
        <source>Email recipients</source>
        <translation>E-Mail-Empfänger</translation>
    </message>
    <message>
        <source>Call Before Escalating</source>
        <translation>Vor Eskalation anrufen</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Ja, %1</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Automated approval and SMS authentication (choose one)</source>
        <translation>Automatische Genehmigung und SMS-Authentifizierung (eines wählen)</translation>
    </message>
    <message>
        <source>Automated approval</source>
        <translation>Automatische Genehmigung</translation>
    </message>
    <message>
        <source>SMS authentication</source>
        <translation>SMS-Authentifizierung</translation>
    </message>
    <message>
        <source>Text or call</source>
        <translation>SMS oder Anruf</translation>
    </message>
    <message>
        <source>approver confirms a code on their mobile</source>
        <translation>Genehmiger bestätigt einen Code auf seinem Mobiltelefon</translation>
    </message>
    <message>
        <source>requestor confirms a code on their mobile</source>
        <translation>Anfragender bestätigt einen Code auf seinem Mobiltelefon</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Approval type</source>
        <translation>Genehmigungsart</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>none (required)</source>
        <translation>keiner (erforderlich)</translation>
    </message>
    <message>
        <source>No approver.</source>
        <translation>Kein Genehmiger.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>No reference.</source>
        <translation>Keine Referenz.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(partner-wide)</source>
        <translation>(partnerweit)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>No credential.</source>
        <translation>Keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>What the technicians will find, without the secrets: those stay in the keychain.</source>
        <translation>Was die Techniker vorfinden werden, ohne die Geheimnisse: Diese bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>VIP (active)</source>
        <translation>VIP (aktiv)</translation>
    </message>
    <message>
        <source>Client profiles</source>
        <translation>Kundenprofile</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>No open finding.</source>
        <translation>Kein offener Befund.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Activation summary: %1</source>
        <translation>Aktivierungsbericht: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Prepared by %1, %2</source>
        <translation>Erstellt von %1, %2</translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1. Choose a folder you can write to, or close the file if another program has it open.</source>
        <translation>Das PDF kann nicht geschrieben werden: %1. Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder schließen Sie die Datei, falls ein anderes Programm sie geöffnet hat.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical application object (QGuiApplication); this program did not create one.</source>
        <translation>Die PDF-Ausgabe braucht das grafische Anwendungsobjekt (QGuiApplication); dieses Programm hat keines erzeugt.</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>We answer calls and chats during your business hours.</source>
        <translation>Wir nehmen Anrufe und Chats während Ihrer Geschäftszeiten an.</translation>
    </message>
    <message>
        <source>We answer calls and chats during extended hours, beyond your business hours.</source>
        <translation>Wir nehmen Anrufe und Chats zu erweiterten Zeiten an, über Ihre Geschäftszeiten hinaus.</translation>
    </message>
    <message>
        <source>We answer calls and chats around the clock, every day of the year.</source>
        <translation>Wir nehmen Anrufe und Chats rund um die Uhr an, an jedem Tag des Jahres.</translation>
    </message>
    <message>
        <source>Your help desk at %1</source>
        <translation>Ihr Helpdesk bei %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Something urgent? Call or chat: emails wait until the live calls and chats are answered.</source>
        <translation>Etwas Dringendes? Rufen Sie an oder chatten Sie: E-Mails warten, bis die laufenden Anrufe und Chats beantwortet sind.</translation>
    </message>
    <message>
        <source>When we are there</source>
        <translation>Wann wir da sind</translation>
    </message>
    <message>
        <source>Your business hours:</source>
        <translation>Ihre Geschäftszeiten:</translation>
    </message>
    <message>
        <source>Times are %1.</source>
        <translation>Zeitangaben in %1.</translation>
    </message>
    <message>
        <source>Writing to us</source>
        <translation>Schreiben Sie uns</translation>
    </message>
    <message>
        <source>Send your email from your work address</source>
        <translation>Senden Sie Ihre E-Mail von Ihrer geschäftlichen Adresse</translation>
    </message>
    <message>
        <source>: we can only open a ticket when we know who wrote. Put in the message:</source>
        <translation>: Wir können nur ein Ticket eröffnen, wenn wir wissen, wer geschrieben hat. Schreiben Sie in die Nachricht:</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>Ihren vollständigen Namen</translation>
    </message>
    <message>
        <source>your company: %1</source>
        <translation>Ihre Firma: %1</translation>
    </message>
    <message>
        <source>the number or numbers we can call you back on</source>
        <translation>die Nummer oder Nummern, unter denen wir Sie zurückrufen können</translation>
    </message>
    <message>
        <source>what is wrong, in detail: the exact error message, since when, and what you were doing</source>
        <translation>was nicht funktioniert, im Detail: die genaue Fehlermeldung, seit wann und was Sie gerade getan haben</translation>
    </message>
    <message>
        <source>We answer emails in the order they arrive; when we need to call you back, we call on the next business day.</source>
        <translation>Wir beantworten E-Mails in der Reihenfolge ihres Eingangs; wenn wir Sie zurückrufen müssen, rufen wir am nächsten Geschäftstag an.</translation>
    </message>
    <message>
        <source>An automatic reply tells you your ticket number. </source>
        <translation>Eine automatische Antwort nennt Ihnen Ihre Ticketnummer. </translation>
    </message>
    <message>
        <source>What we do</source>
        <translation>Was wir tun</translation>
    </message>
    <message>
        <source>We solve</source>
        <translation>Wir lösen</translation>
    </message>
    <message>
        <source>We pass on to your IT team</source>
        <translation>Wir geben an Ihr IT-Team weiter</translation>
    </message>
    <message>
        <source>Contact us for these too: we record the request and hand it to the right people.</source>
        <translation>Kontaktieren Sie uns auch hierfür: Wir erfassen die Anfrage und geben sie an die richtigen Personen weiter.</translation>
    </message>
    <message>
        <source>For a quick answer</source>
        <translation>Für eine schnelle Antwort</translation>
    </message>
    <message>
        <source>Have the name of your computer at hand</source>
        <translation>Halten Sie den Namen Ihres Computers bereit</translation>
    </message>
    <message>
        <source>(here they look like %1)</source>
        <translation>(hier sehen sie so aus: %1)</translation>
    </message>
    <message>
        <source>Contact us yourself when the problem is yours: a request made for someone else takes longer, because we need to reach the person it affects.</source>
        <translation>Melden Sie sich selbst, wenn Sie das Problem haben: Eine Anfrage für jemand anderen dauert länger, weil wir die betroffene Person erreichen müssen.</translation>
    </message>
    <message>
        <source>Write down the exact error message, or take a screenshot.</source>
        <translation>Notieren Sie die genaue Fehlermeldung oder machen Sie einen Screenshot.</translation>
    </message>
    <message>
        <source>Keep your mobile phone close: we may text you a code to confirm it is you.</source>
        <translation>Halten Sie Ihr Mobiltelefon bereit: Wir senden Ihnen vielleicht einen Code per SMS, um zu bestätigen, dass Sie es sind.</translation>
    </message>
    <message>
        <source>Never send a password by email. We will not ask you to.</source>
        <translation>Senden Sie nie ein Passwort per E-Mail. Wir werden Sie nicht darum bitten.</translation>
    </message>
    <message>
        <source>Missed our call? We leave a voicemail: call us back or answer our email.</source>
        <translation>Unseren Anruf verpasst? Wir hinterlassen eine Sprachnachricht: Rufen Sie uns zurück oder beantworten Sie unsere E-Mail.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1. Choose a folder you can write to.</source>
        <translation>Die Datei kann nicht geschrieben werden: %1. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1. Check the free space and try again.</source>
        <translation>Die Datei kann nicht geschrieben werden: %1. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Activation summary · %1</source>
        <translation>Aktivierungsbericht · %1</translation>
    </message>
    <message>
        <source>Generated %1 for %2</source>
        <translation>Erstellt %1 für %2</translation>
    </message>
    <message>
        <source>%1 has no help desk coverage: choose a coverage before handing out the help desk&apos;s contact details.</source>
        <translation>%1 hat keine Helpdesk-Abdeckung: Wählen Sie eine Abdeckung, bevor Sie die Kontaktdaten des Helpdesks ausgeben.</translation>
    </message>
    <message>
        <source>The help desk contact is empty: set its phone number, email address or chat link in the preferences.</source>
        <translation>Der Helpdesk-Kontakt ist leer: Setzen Sie Telefonnummer, E-Mail-Adresse oder Chat-Link in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: help desk</source>
        <translation>%1: Helpdesk</translation>
    </message>
    <message>
        <source>%1 · %2 · updated %3</source>
        <translation>%1 · %2 · aktualisiert %3</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Repository</name>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>client profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>approval type</source>
        <translation>Genehmigungsart</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>notification rule</source>
        <translation>Benachrichtigungsregel</translation>
    </message>
    <message>
        <source>partner contact</source>
        <translation>Partnerkontakt</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Reading the %1</source>
        <translation>Lesen des Datensatzes (%1)</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (gelöscht)</translation>
    </message>
    <message>
        <source>Saving the %1</source>
        <translation>Speichern des Datensatzes (%1)</translation>
    </message>
    <message>
        <source>Deleting the %1</source>
        <translation>Löschen des Datensatzes (%1)</translation>
    </message>
    <message>
        <source>The backend sent a %1 without an id.</source>
        <translation>Das Backend hat einen Datensatz (%1) ohne ID gesendet.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot; that an edit could change.</source>
        <translation>Ein Datensatz vom Typ %1 hat kein Feld „%2“, das eine Änderung ändern könnte.</translation>
    </message>
    <message>
        <source>The %1 %2 changed since this edit began (%3): nothing was saved. Read it again and repeat the edit.</source>
        <translation>Der Datensatz (%1) %2 wurde geändert, seit diese Änderung begann (%3): Nichts wurde gespeichert. Lesen Sie ihn neu und wiederholen Sie die Änderung.</translation>
    </message>
    <message>
        <source>Looking for existing profiles</source>
        <translation>Suche nach vorhandenen Profilen</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist (it may have been deleted).</source>
        <translation>Der Datensatz %2 (%1) existiert nicht (vielleicht wurde er gelöscht).</translation>
    </message>
    <message>
        <source>The %1 was not saved because some fields need correcting: %2.</source>
        <translation>Der Datensatz (%1) wurde nicht gespeichert, weil einige Felder korrigiert werden müssen: %2.</translation>
    </message>
    <message>
        <source>The %1 has no id and was not saved.</source>
        <translation>Der Datensatz (%1) hat keine ID und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>A %1 with the id %2 already exists%3.</source>
        <translation>Ein Datensatz (%1) mit der ID %2 existiert bereits%3.</translation>
    </message>
    <message>
        <source>Listing the %1 records</source>
        <translation>Auflisten der Datensätze (%1)</translation>
    </message>
    <message>
        <source>Counting the %1 records</source>
        <translation>Zählen der Datensätze (%1)</translation>
    </message>
    <message>
        <source>partner settings</source>
        <translation>Partner-Einstellungen</translation>
    </message>
    <message>
        <source>Reading the %1 records</source>
        <translation>Lesen der Datensätze vom Typ %1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::RequiredTopicRule</name>
    <message>
        <source>A covered site has no current reference for a required topic</source>
        <translation>Ein abgedeckter Standort hat keine aktuelle Referenz zu einem erforderlichen Thema</translation>
    </message>
    <message>
        <source>New user setup, user termination, remote access and MFA come up at every site. Without a current reference (the site&apos;s own or a partner-wide one), the technician has to escalate. The required topics are a partner setting.</source>
        <translation>Einrichtung neuer Benutzer, Ausscheiden von Benutzern, Fernzugriff und MFA kommen an jedem Standort vor. Ohne aktuelle Referenz (eine eigene des Standorts oder eine partnerweite) muss der Techniker eskalieren. Die erforderlichen Themen sind eine Partnereinstellung.</translation>
    </message>
    <message>
        <source>No current reference for &quot;%1&quot;.</source>
        <translation>Keine aktuelle Referenz zu „%1“.</translation>
    </message>
    <message>
        <source>Write a reference on %1 for this site, or review the overdue one.</source>
        <translation>Schreiben Sie für diesen Standort eine Referenz zu %1 oder überprüfen Sie die überfällige.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReusedPasswordRule</name>
    <message>
        <source>The same password is used for two credentials</source>
        <translation>Dasselbe Passwort wird für zwei Zugänge verwendet</translation>
    </message>
    <message>
        <source>Reuse is found by comparing keyed fingerprints of the secrets (HMAC-SHA256 under a key kept in the keychain), never the passwords themselves.</source>
        <translation>Wiederverwendung wird durch Vergleich verschlüsselter Fingerabdrücke der Geheimnisse erkannt (HMAC-SHA256 mit einem im Schlüsselbund aufbewahrten Schlüssel), nie der Passwörter selbst.</translation>
    </message>
    <message numerus="yes">
        <source>The password of &quot;%1&quot; is also used by %n other credential(s).</source>
        <translation>
            <numerusform>Das Passwort von „%1“ wird auch von %n weiteren Zugang verwendet.</numerusform>
            <numerusform>Das Passwort von „%1“ wird auch von %n weiteren Zugängen verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate it so that each credential has its own password.</source>
        <translation>Wechseln Sie es, sodass jeder Zugang ein eigenes Passwort hat.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReviewActions</name>
    <message>
        <source>Only references and approvers are reviewed, not &quot;%1&quot;.</source>
        <translation>Nur Referenzen und Genehmiger werden überprüft, nicht „%1“.</translation>
    </message>
    <message>
        <source>Mark “%1” reviewed</source>
        <translation>„%1“ als überprüft markieren</translation>
    </message>
    <message>
        <source>Retire “%1”</source>
        <translation>„%1“ stilllegen</translation>
    </message>
    <message>
        <source>Remove the approver “%1”</source>
        <translation>Genehmiger „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) reviewed</source>
        <translation>
            <numerusform>%n Eintrag als überprüft markieren</numerusform>
            <numerusform>%n Einträge als überprüft markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retire %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag stilllegen</numerusform>
            <numerusform>%n Einträge stilllegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReviewQueue</name>
    <message>
        <source>%1 — person not found</source>
        <translation>%1 — Person nicht gefunden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReviewQueueModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Partner-wide</source>
        <translation>Partnerweit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>nie überprüft</translation>
    </message>
    <message>
        <source>Never reviewed: review it now.</source>
        <translation>Nie überprüft: Überprüfen Sie es jetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Due on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Fällig am %1, vor %n Tag.</numerusform>
            <numerusform>Fällig am %1, vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on %1.</source>
        <translation>Fällig am %1.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Attested by</source>
        <translation>Bestätigt von</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReviewQueueView</name>
    <message>
        <source>References and approvers</source>
        <translation>Referenzen und Genehmiger</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>&amp;Reviewed, unchanged</source>
        <translation>Ü&amp;berprüft, unverändert</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Still&amp;legen…</translation>
    </message>
    <message>
        <source>The review queue cannot be read</source>
        <translation>Die Überprüfungsliste kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1</source>
        <translation>
            <numerusform>%n fällig innerhalb von %1</numerusform>
            <numerusform>%n fällig innerhalb von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>Nichts ist überfällig oder innerhalb von %n Tag fällig.</numerusform>
            <numerusform>Nichts ist überfällig oder innerhalb von %n Tagen fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Not every item could be marked reviewed</source>
        <translation>Nicht alle Einträge konnten als überprüft markiert werden</translation>
    </message>
    <message>
        <source>Retire the reference “%1”?</source>
        <translation>Die Referenz „%1“ stilllegen?</translation>
    </message>
    <message>
        <source>Remove the approver “%1”?</source>
        <translation>Den Genehmiger „%1“ entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Retire %n item(s)?</source>
        <translation>
            <numerusform>%n Eintrag stilllegen?</numerusform>
            <numerusform>%n Einträge stilllegen?</numerusform>
        </translation>
    </message>
    <message>
        <source>A retired reference stays in the workspace but technicians no longer use it, and it leaves the review queue.</source>
        <translation>Eine stillgelegte Referenz bleibt im Arbeitsbereich, aber Techniker verwenden sie nicht mehr, und sie verlässt die Überprüfungsliste.</translation>
    </message>
    <message numerus="yes">
        <source>Approvers have no retired state: %n approver record(s) will be removed. The approval type then needs another approver.</source>
        <translation>
            <numerusform>Genehmiger haben keinen Status „stillgelegt“: %n Genehmigereintrag wird entfernt. Die Genehmigungsart braucht dann einen anderen Genehmiger.</numerusform>
            <numerusform>Genehmiger haben keinen Status „stillgelegt“: %n Genehmigereinträge werden entfernt. Die Genehmigungsarten brauchen dann andere Genehmiger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>Bearbeiten &gt; Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Still&amp;legen</translation>
    </message>
    <message>
        <source>Not every item could be retired</source>
        <translation>Nicht alle Einträge konnten stillgelegt werden</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Überprüfungsliste</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ReviewSource</name>
    <message>
        <source>Reading the references due for review</source>
        <translation>Lesen der zur Überprüfung fälligen Referenzen</translation>
    </message>
    <message>
        <source>Reading the approvers due for review</source>
        <translation>Lesen der zur Überprüfung fälligen Genehmiger</translation>
    </message>
    <message>
        <source>Counting the records due for review</source>
        <translation>Zählen der zur Überprüfung fälligen Datensätze</translation>
    </message>
</context>
<context>
    <name>sitekeeper::RotationRule</name>
    <message>
        <source>A credential is past its rotation interval</source>
        <translation>Ein Zugang hat sein Wechselintervall überschritten</translation>
    </message>
    <message>
        <source>A credential with a rotation interval is changed at least that often. One past its interval has outlived its promise.</source>
        <translation>Zugangsdaten mit einem Wechselintervall werden mindestens so oft geändert. Zugangsdaten jenseits ihres Intervalls haben ihr Versprechen überlebt.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; was last rotated on %2 (every %n day(s)).</source>
        <translation>
            <numerusform>„%1“ wurde zuletzt am %2 gewechselt (alle %n Tag).</numerusform>
            <numerusform>„%1“ wurde zuletzt am %2 gewechselt (alle %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; has never been rotated.</source>
        <translation>„%1“ wurde noch nie gewechselt.</translation>
    </message>
    <message>
        <source>Rotate it (Credentials &gt; Rotate).</source>
        <translation>Wechseln Sie es (Zugangsdaten &gt; Wechseln).</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SecretInTextRule</name>
    <message>
        <source>Free text contains something that looks like a credential</source>
        <translation>Freitext enthält etwas, das wie Zugangsdaten aussieht</translation>
    </message>
    <message>
        <source>Credentials belong in the vault (the OS keychain), never in references, notes or descriptions, where every technician and every export can read them.</source>
        <translation>Zugangsdaten gehören in den Tresor (den Schlüsselbund des Betriebssystems), nie in Referenzen, Notizen oder Beschreibungen, wo jeder Techniker und jeder Export sie lesen kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds what looks like %2.</source>
        <translation>„%1“ enthält etwas, das wie %2 aussieht.</translation>
    </message>
    <message>
        <source>Move the secret into a credential (the vault) and remove it from the text.</source>
        <translation>Verschieben Sie das Geheimnis in Zugangsdaten (den Tresor) und entfernen Sie es aus dem Text.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SecretScanner</name>
    <message>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>eine Passphrase</translation>
    </message>
    <message>
        <source>a PIN</source>
        <translation>eine PIN</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>ein privater Schlüssel</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>ein AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>an AWS secret key</source>
        <translation>ein geheimer AWS-Schlüssel</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>ein GitHub-Token</translation>
    </message>
    <message>
        <source>a GitLab token</source>
        <translation>ein GitLab-Token</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>ein Slack-Token</translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation>ein JSON Web Token</translation>
    </message>
    <message>
        <source>a connection string with a password</source>
        <translation>eine Verbindungszeichenfolge mit Passwort</translation>
    </message>
    <message>
        <source>a random-looking token (API key or secret)</source>
        <translation>ein zufällig wirkendes Token (API-Schlüssel oder Geheimnis)</translation>
    </message>
    <message>
        <source>a password on a command line</source>
        <translation>ein Passwort in einer Befehlszeile</translation>
    </message>
    <message>
        <source>an API key or access token</source>
        <translation>ein API-Schlüssel oder Zugriffstoken</translation>
    </message>
    <message>
        <source>a Stripe secret key</source>
        <translation>ein geheimer Stripe-Schlüssel</translation>
    </message>
    <message>
        <source>a Twilio API key or auth token</source>
        <translation>ein Twilio-API-Schlüssel oder Auth-Token</translation>
    </message>
    <message>
        <source>a SendGrid API key</source>
        <translation>ein SendGrid-API-Schlüssel</translation>
    </message>
    <message>
        <source>a Google API key or OAuth client secret</source>
        <translation>ein Google-API-Schlüssel oder geheimer OAuth-Clientschlüssel</translation>
    </message>
    <message>
        <source>an Azure storage or shared access key</source>
        <translation>ein Azure-Speicherschlüssel oder Shared-Access-Schlüssel</translation>
    </message>
    <message>
        <source>an Entra ID (Azure AD) client secret</source>
        <translation>ein geheimer Clientschlüssel für Entra ID (Azure AD)</translation>
    </message>
    <message>
        <source>a signed URL (SAS or pre-signed signature)</source>
        <translation>eine signierte URL (SAS oder vorsignierte Signatur)</translation>
    </message>
    <message>
        <source>an npm access token</source>
        <translation>ein npm-Zugriffstoken</translation>
    </message>
    <message>
        <source>a PyPI API token</source>
        <translation>ein PyPI-API-Token</translation>
    </message>
    <message>
        <source>a webhook URL with its secret (Discord, Teams)</source>
        <translation>eine Webhook-URL mit ihrem Geheimnis (Discord, Teams)</translation>
    </message>
    <message>
        <source>a Mailgun API key</source>
        <translation>ein Mailgun-API-Schlüssel</translation>
    </message>
    <message>
        <source>a Shopify access token</source>
        <translation>ein Shopify-Zugriffstoken</translation>
    </message>
    <message>
        <source>a DigitalOcean token</source>
        <translation>ein DigitalOcean-Token</translation>
    </message>
    <message>
        <source>an OpenAI API key</source>
        <translation>ein OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>an Anthropic API key</source>
        <translation>ein Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>an Atlassian API token</source>
        <translation>ein Atlassian-API-Token</translation>
    </message>
    <message>
        <source>a Heroku API key</source>
        <translation>ein Heroku-API-Schlüssel</translation>
    </message>
    <message>
        <source>a Datadog API or application key</source>
        <translation>ein Datadog-API- oder -Anwendungsschlüssel</translation>
    </message>
    <message>
        <source>a TOTP seed</source>
        <translation>ein TOTP-Geheimnis</translation>
    </message>
    <message>
        <source>MFA backup codes</source>
        <translation>MFA-Backup-Codes</translation>
    </message>
    <message>
        <source>a BitLocker recovery key</source>
        <translation>ein BitLocker-Wiederherstellungsschlüssel</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ServerSiteCoverageRule</name>
    <message>
        <source>A covered site&apos;s servers are in a site without coverage</source>
        <translation>Die Server eines abgedeckten Standorts stehen an einem Standort ohne Abdeckung</translation>
    </message>
    <message>
        <source>Servers whose agents sit in a site without help desk coverage are hard to find and may not be supported. When a child site&apos;s servers are at its parent, the parent needs coverage too.</source>
        <translation>Server, deren Agenten an einem Standort ohne Helpdesk-Abdeckung liegen, sind schwer zu finden und werden womöglich nicht unterstützt. Stehen die Server eines untergeordneten Standorts bei seinem übergeordneten, braucht auch dieser Abdeckung.</translation>
    </message>
    <message>
        <source>The servers of this site are at &quot;%1&quot;, which has no help desk coverage.</source>
        <translation>Die Server dieses Standorts stehen bei „%1“, der keine Helpdesk-Abdeckung hat.</translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; coverage, or move the server agents to a covered site.</source>
        <translation>Geben Sie „%1“ eine Abdeckung oder verschieben Sie die Server-Agenten an einen abgedeckten Standort.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::ShareDialog</name>
    <message>
        <source>Who may read the secret of &lt;b&gt;%1&lt;/b&gt;? It is sealed for each of them on this desk; the backend relays it without being able to read it.</source>
        <translation>Wer darf das Geheimnis von &lt;b&gt;%1&lt;/b&gt; lesen? Es wird auf diesem Rechner für jeden Einzelnen versiegelt; das Backend leitet es weiter, ohne es lesen zu können.</translation>
    </message>
    <message>
        <source>The backend publishes no service key.</source>
        <translation>Das Backend veröffentlicht keinen Serviceschlüssel.</translation>
    </message>
    <message>
        <source>Service key %1</source>
        <translation>Serviceschlüssel %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;, %3</translation>
    </message>
    <message>
        <source>Not signed in yet: the secret is sealed for them once they have.</source>
        <translation>Noch nicht angemeldet: Das Geheimnis wird für diese Person versiegelt, sobald sie sich angemeldet hat.</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Your member key is made at the next sync with the backend.</source>
        <translation>Ihr Mitgliedsschlüssel wird bei der nächsten Synchronisierung mit dem Backend erzeugt.</translation>
    </message>
    <message>
        <source>Your key: &lt;tt&gt;%1&lt;/tt&gt;. Compare it with what your teammates see.</source>
        <translation>Ihr Schlüssel: &lt;tt&gt;%1&lt;/tt&gt;. Vergleichen Sie ihn mit dem, was Ihre Teamkollegen sehen.</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>Tei&amp;len</translation>
    </message>
    <message>
        <source>Shared with nobody: the secret stays in this desk&apos;s keychain only.</source>
        <translation>Mit niemandem geteilt: Das Geheimnis bleibt nur im Schlüsselbund dieses Rechners.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SingleNumberRule</name>
    <message>
        <source>A rule&apos;s escalation reaches only one phone number</source>
        <translation>Die Eskalation einer Regel erreicht nur eine Telefonnummer</translation>
    </message>
    <message>
        <source>A phone escalation calls the first number of each of two contacts, or the first two numbers of a single contact. With only one number to call, one missed call stalls the ticket.</source>
        <translation>Eine telefonische Eskalation ruft die erste Nummer von jedem von zwei Kontakten an oder die ersten beiden Nummern eines einzelnen Kontakts. Mit nur einer Nummer bringt ein verpasster Anruf das Ticket zum Stillstand.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reaches no phone number.</source>
        <translation>„%1“ erreicht keine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reaches only one phone number.</source>
        <translation>„%1“ erreicht nur eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Add a second escalation contact, or a second number to the contact.</source>
        <translation>Fügen Sie einen zweiten Eskalationskontakt oder dem Kontakt eine zweite Nummer hinzu.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Site</name>
    <message>
        <source>A site cannot be its own parent; choose another site or none.</source>
        <translation>Ein Standort kann nicht sein eigener übergeordneter Standort sein; wählen Sie einen anderen Standort oder keinen.</translation>
    </message>
    <message>
        <source>The resolution target (%1 min) is shorter than the response target (%2 min); raise it.</source>
        <translation>Das Lösungsziel (%1 min) ist kürzer als das Reaktionsziel (%2 min); erhöhen Sie es.</translation>
    </message>
    <message>
        <source>expected an object with response_minutes and resolution_minutes</source>
        <translation>ein Objekt mit response_minutes und resolution_minutes erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code; write the two capital letters of ISO 3166, such as FR.</source>
        <translation>„%1“ ist kein Ländercode; schreiben Sie die zwei Großbuchstaben nach ISO 3166, etwa DE.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SiteEditor</name>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>scope notes</source>
        <translation>Leistungsumfang</translation>
    </message>
    <message>
        <source>custom answer</source>
        <translation>Eigener Meldename</translation>
    </message>
    <message>
        <source>e.g. FR</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>%1 (zone)</source>
        <translation>%1 (Zone)</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SiteReports</name>
    <message>
        <source>Export Activation Summary</source>
        <translation>Aktivierungsbericht exportieren</translation>
    </message>
    <message>
        <source> - activation summary</source>
        <translation> - Aktivierungsbericht</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Markdown (*.md)</source>
        <translation>PDF-Dokument (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot export the activation summary</source>
        <translation>Der Aktivierungsbericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Activation summary written to %1</source>
        <translation>Aktivierungsbericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Client Handout</source>
        <translation>Kunden-Merkblatt</translation>
    </message>
    <message>
        <source>The handout tells end users how to reach the help desk. Enter the help desk phone number and email address in Preferences first.</source>
        <translation>Das Merkblatt sagt Endbenutzern, wie sie den Helpdesk erreichen. Geben Sie zuerst die Telefonnummer und E-Mail-Adresse des Helpdesks in den Einstellungen ein.</translation>
    </message>
    <message>
        <source> - help desk handout</source>
        <translation> - Helpdesk-Merkblatt</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write the handout</source>
        <translation>Das Merkblatt kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation>Merkblatt nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot show the what-if</source>
        <translation>Das Was-wäre-wenn kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SiteSummary</name>
    <message>
        <source>&lt;b&gt;Coverage:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abdeckung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activation:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Aktivierung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer as:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Meldename:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Email domains:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;E-Mail-Domänen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none — email from this site cannot become tickets</source>
        <translation>keine — E-Mails von diesem Standort können keine Tickets werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time zone:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zeitzone:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Servers here:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Server hier:&lt;/b&gt; %1</translation>
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
        <source>&lt;b&gt;Go-live:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Go-live:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Champion:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Champion:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Client profiles:&lt;/b&gt; %1 · &lt;b&gt;References:&lt;/b&gt; %2 · &lt;b&gt;Approvers:&lt;/b&gt; %3 · &lt;b&gt;Rules:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Kundenprofile:&lt;/b&gt; %1 · &lt;b&gt;Referenzen:&lt;/b&gt; %2 · &lt;b&gt;Genehmiger:&lt;/b&gt; %3 · &lt;b&gt;Regeln:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scope:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Leistungsumfang:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SiteTree</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SiteTreeModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: ready for activation</source>
        <translation>%1: bereit zur Aktivierung</translation>
    </message>
    <message>
        <source>%1: %2 % ready. Missing:</source>
        <translation>%1: %2 % bereit. Es fehlt:</translation>
    </message>
    <message>
        <source>%1 percent ready</source>
        <translation>%1 Prozent bereit</translation>
    </message>
    <message>
        <source>%1 — coverage: %2</source>
        <translation>%1 — Abdeckung: %2</translation>
    </message>
    <message>
        <source>%1, coverage %2</source>
        <translation>%1, Abdeckung %2</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SyncEngine</name>
    <message>
        <source>The backend answered for another op than was sent; sync stopped.</source>
        <translation>Das Backend hat für eine andere Operation geantwortet als gesendet; die Synchronisierung wurde angehalten.</translation>
    </message>
    <message>
        <source>Unknown entity %1 in the outbox.</source>
        <translation>Unbekannte Entität %1 im Postausgang.</translation>
    </message>
    <message>
        <source>That conflict was resolved already (%1).</source>
        <translation>Dieser Konflikt wurde bereits aufgelöst (%1).</translation>
    </message>
    <message>
        <source>Unknown entity %1.</source>
        <translation>Unbekannte Entität %1.</translation>
    </message>
    <message>
        <source>The backend kept the record that was deleted here: pull to get it back, then resolve again.</source>
        <translation>Das Backend hat den hier gelöschten Datensatz behalten: Holen Sie ihn mit einem Abruf zurück und lösen Sie den Konflikt erneut auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from the backend were refused as invalid and not stored; they are listed as conflicts on &quot;%1&quot; with the reason. Ask the backend&apos;s administrator to check them, or resolve them with &quot;mine&quot; to send this desktop&apos;s version.</source>
        <translation>
            <numerusform>%n Datensatz des Backends wurde als ungültig abgelehnt und nicht gespeichert; er steht mit dem Grund als Konflikt auf „%1“. Bitten Sie den Administrator des Backends, ihn zu prüfen, oder lösen Sie ihn mit „mine“, um die Fassung dieses Rechners zu senden.</numerusform>
            <numerusform>%n Datensätze des Backends wurden als ungültig abgelehnt und nicht gespeichert; sie stehen mit dem Grund als Konflikte auf „%1“. Bitten Sie den Administrator des Backends, sie zu prüfen, oder lösen Sie sie mit „mine“, um die Fassung dieses Rechners zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backend&apos;s change feed did not end after %1 pages; pull stopped. What was read is stored; pull again to go on, and if this repeats ask the backend&apos;s administrator to check it.</source>
        <translation>Der Änderungs-Feed des Backends endete nach %1 Seiten nicht; das Abholen wurde angehalten. Das Gelesene ist gespeichert; holen Sie erneut ab, um fortzufahren, und bitten Sie bei Wiederholung den Administrator des Backends, es zu prüfen.</translation>
    </message>
    <message>
        <source>The backend&apos;s change feed does not move on (it says there is more, but sends back to cursor &quot;%1&quot; again); pull stopped. Ask the backend&apos;s administrator to check it.</source>
        <translation>Der Änderungs-Feed des Backends kommt nicht voran (er meldet weitere Änderungen, verweist aber wieder auf den Cursor „%1“); das Abholen wurde angehalten. Bitten Sie den Administrator des Backends, es zu prüfen.</translation>
    </message>
    <message>
        <source>id: the record says &quot;%1&quot; but was sent as %2</source>
        <translation>id: der Datensatz nennt „%1“, wurde aber als %2 gesendet</translation>
    </message>
    <message>
        <source>The backend&apos;s version of this record is invalid (%1) and cannot be taken. Take &quot;mine&quot; to send this desktop&apos;s version, or have it corrected on the backend and pull.</source>
        <translation>Die Fassung dieses Datensatzes im Backend ist ungültig (%1) und kann nicht übernommen werden. Wählen Sie „mine“, um die Fassung dieses Rechners zu senden, oder lassen Sie sie im Backend korrigieren und holen Sie erneut ab.</translation>
    </message>
    <message>
        <source>The edit of %1 %2 met a change on the backend, but the whole record could not be fetched to merge it (%3). The edit stays in the outbox; sync again later.</source>
        <translation>Die Änderung an %1 %2 traf auf eine Änderung im Backend, aber der ganze Datensatz konnte zum Zusammenführen nicht geladen werden (%3). Die Änderung bleibt im Postausgang; synchronisieren Sie später erneut.</translation>
    </message>
    <message>
        <source>This conflict is about the whole record (%1), not one field: keep yours or take the backend&apos;s.</source>
        <translation>Dieser Konflikt betrifft den ganzen Datensatz (%1), nicht ein Feld: Behalten Sie Ihre Fassung oder übernehmen Sie die des Backends.</translation>
    </message>
    <message>
        <source>No merged value was given.</source>
        <translation>Es wurde kein zusammengeführter Wert angegeben.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SyncMenu</name>
    <message>
        <source>Sign out of %1? The sign-in token is removed from this computer&apos;s keychain.</source>
        <translation>Von %1 abmelden? Das Anmelde-Token wird aus dem Schlüsselbund dieses Computers entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) not yet synced stay in the outbox and are pushed after you sign in again.</source>
        <translation>
            <numerusform>%n noch nicht synchronisierte Änderung bleibt im Postausgang und wird nach der nächsten Anmeldung gesendet.</numerusform>
            <numerusform>%n noch nicht synchronisierte Änderungen bleiben im Postausgang und werden nach der nächsten Anmeldung gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>Nicht abgemeldet</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SyncProblems</name>
    <message>
        <source>Discard the rejected edit of %1</source>
        <translation>Abgelehnte Änderung von %1 verwerfen</translation>
    </message>
    <message>
        <source>Cannot undo discarding the edit of %1: the record was changed since (a sync or another edit), and undoing would overwrite that. It stays as it is.</source>
        <translation>Das Verwerfen der Änderung von %1 kann nicht rückgängig gemacht werden: Der Datensatz wurde inzwischen geändert (durch eine Synchronisierung oder eine andere Änderung), und das Rückgängigmachen würde das überschreiben. Er bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Cannot redo discarding the edit of %1: the record was changed since (a sync or another edit). It stays as it is.</source>
        <translation>Das Verwerfen der Änderung von %1 kann nicht wiederholt werden: Der Datensatz wurde inzwischen geändert (durch eine Synchronisierung oder eine andere Änderung). Er bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>%1 %2 saved</source>
        <translation>%1 %2 gespeichert</translation>
    </message>
    <message>
        <source>%1 %2 edited</source>
        <translation>%1 %2 bearbeitet</translation>
    </message>
    <message>
        <source>%1 %2 deleted</source>
        <translation>%1 %2 gelöscht</translation>
    </message>
    <message>
        <source>Your role may not make this edit (%1). Ask a member whose role allows it, or discard the edit.</source>
        <translation>Ihre Rolle darf diese Änderung nicht vornehmen (%1). Bitten Sie ein Mitglied, dessen Rolle es erlaubt, oder verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <source>The backend has no such record: it was deleted there, or never arrived. Discard the edit to take the backend&apos;s state.</source>
        <translation>Das Backend hat diesen Datensatz nicht: Er wurde dort gelöscht oder ist nie angekommen. Verwerfen Sie die Änderung, um den Stand des Backends zu übernehmen.</translation>
    </message>
    <message>
        <source>The backend refused the values: %1. Open the record, correct them, then retry.</source>
        <translation>Das Backend hat die Werte abgelehnt: %1. Öffnen Sie den Datensatz, korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backend refused the edit: %1.</source>
        <translation>Das Backend hat die Änderung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>Give at least 8 characters of the problem&apos;s id; list them with: sitekeeper-cli problems</source>
        <translation>Geben Sie mindestens 8 Zeichen der Kennung an; eine Liste zeigt: sitekeeper-cli problems</translation>
    </message>
    <message>
        <source>No rejected edit has the id %1 (it may have been retried or discarded already).</source>
        <translation>Keine abgelehnte Änderung hat die Kennung %1 (vielleicht wurde sie schon erneut gesendet oder verworfen).</translation>
    </message>
    <message>
        <source>%1 rejected edits have ids starting with %2; give more of it.</source>
        <translation>%1 abgelehnte Änderungen haben Kennungen, die mit %2 beginnen; geben Sie mehr davon an.</translation>
    </message>
    <message>
        <source>That edit was not rejected: it waits to be sent, or was sent.</source>
        <translation>Diese Änderung wurde nicht abgelehnt: Sie wartet auf das Senden oder wurde gesendet.</translation>
    </message>
    <message>
        <source>The %1 was deleted here after the edit; discard the edit instead.</source>
        <translation>Der Datensatz (%1) wurde hier nach der Änderung gelöscht; verwerfen Sie die Änderung stattdessen.</translation>
    </message>
    <message>
        <source>This desktop keeps no %1 of its own to put back, so the edit cannot be discarded here. Retry it once it is allowed, or ask an admin to make it.</source>
        <translation>Dieser Rechner führt keine eigenen Daten (%1), die er zurücksetzen könnte; die Änderung kann hier nicht verworfen werden. Senden Sie sie erneut, sobald sie erlaubt ist, oder bitten Sie einen Admin, sie vorzunehmen.</translation>
    </message>
    <message>
        <source>The backend&apos;s version of the record is not valid (%1); the edit is kept. Ask the backend&apos;s administrator to check it.</source>
        <translation>Die Fassung des Datensatzes im Backend ist ungültig (%1); die Änderung bleibt erhalten. Bitten Sie den Administrator des Backends, sie zu prüfen.</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Discarding needs the backend&apos;s version of the record, and the backend cannot be reached: %1</source>
        <translation>Zum Verwerfen wird die Fassung des Datensatzes im Backend gebraucht, und das Backend ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Discarding needs the backend&apos;s version of the record: %1</source>
        <translation>Zum Verwerfen wird die Fassung des Datensatzes im Backend gebraucht: %1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SyncProblemsDialog</name>
    <message>
        <source>No rejected edits: everything the backend refused has been dealt with.</source>
        <translation>Keine abgelehnten Änderungen: Alles, was das Backend abgelehnt hat, ist erledigt.</translation>
    </message>
    <message>
        <source>%1: back in the outbox; the next sync sends it again.</source>
        <translation>%1: wieder im Postausgang; die nächste Synchronisierung sendet sie erneut.</translation>
    </message>
    <message>
        <source>Asking the backend for its version of the record…</source>
        <translation>Das Backend wird nach seiner Fassung des Datensatzes gefragt …</translation>
    </message>
    <message>
        <source>%1: discarded; the record is as the backend has it. Edit › Undo brings the edit back.</source>
        <translation>%1: verworfen; der Datensatz ist so, wie das Backend ihn hat. Bearbeiten › Rückgängig holt die Änderung zurück.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SyncSession</name>
    <message>
        <source>A sync is running already: wait for it to finish.</source>
        <translation>Eine Synchronisierung läuft bereits: Warten Sie, bis sie beendet ist.</translation>
    </message>
    <message>
        <source>Shared credentials: %1</source>
        <translation>Geteilte Zugangsdaten: %1</translation>
    </message>
</context>
<context>
    <name>sitekeeper::SyncStatusBar</name>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No backend set</source>
        <translation>Kein Backend eingerichtet</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Edits waiting: %1</source>
        <translation>Wartende Änderungen: %1</translation>
    </message>
    <message>
        <source>Refused by the backend: %1</source>
        <translation>Vom Backend abgelehnt: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Konflikte: %1</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Letzte Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Show the edits the backend refused (Ctrl+Shift+P)</source>
        <translation>Die vom Backend abgelehnten Änderungen zeigen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Sending edits: %1 of %2</source>
        <translation>Änderungen werden gesendet: %1 von %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1 of %2</source>
        <translation>Änderungen werden empfangen: %1 von %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1</source>
        <translation>Änderungen werden empfangen: %1</translation>
    </message>
    <message>
        <source>Then sign in again with File › Connect to Backend.</source>
        <translation>Melden Sie sich dann mit Datei › Mit Backend verbinden erneut an.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>This workspace has no backend: File › Connect to Backend signs in.</source>
        <translation>Dieser Arbeitsbereich hat kein Backend: Datei › Mit Backend verbinden meldet an.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt;, %3 of %4</source>
        <translation>Angemeldet als %1 &lt;%2&gt;, %3 bei %4</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>%1 · %2 (offline)</source>
        <translation>%1 · %2 (offline)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Who is signed in is asked of the backend at the next sync.</source>
        <translation>Wer angemeldet ist, wird das Backend bei der nächsten Synchronisierung gefragt.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared credential problem(s)</source>
        <translation>
            <numerusform>%n Problem mit geteilten Zugangsdaten</numerusform>
            <numerusform>%n Probleme mit geteilten Zugangsdaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared credentials</source>
        <translation>Geteilte Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>sitekeeper::TimeWindow</name>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Enter a start time (HH:MM).</source>
        <translation>Geben Sie eine Startzeit ein (HH:MM).</translation>
    </message>
    <message>
        <source>Enter an end time (HH:MM).</source>
        <translation>Geben Sie eine Endzeit ein (HH:MM).</translation>
    </message>
    <message>
        <source>Times are whole minutes; remove the seconds.</source>
        <translation>Zeiten sind ganze Minuten; entfernen Sie die Sekunden.</translation>
    </message>
    <message>
        <source>expected a day, one of: %1</source>
        <translation>ein Tag erwartet, einer von: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each day once.</source>
        <translation>„%1“ ist zweimal aufgeführt; führen Sie jeden Tag einmal auf.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Totp</name>
    <message>
        <source>&quot;%1&quot; is not a base32 character (A-Z, 2-7).</source>
        <translation>„%1“ ist kein Base32-Zeichen (A–Z, 2–7).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>Not an otpauth:// URI.</source>
        <translation>Keine otpauth://-URI.</translation>
    </message>
    <message>
        <source>Only time-based codes (otpauth://totp/...) are supported, not &quot;%1&quot;.</source>
        <translation>Nur zeitbasierte Codes (otpauth://totp/...) werden unterstützt, nicht „%1“.</translation>
    </message>
    <message>
        <source>The URI has no secret= parameter.</source>
        <translation>Die URI hat keinen Parameter secret=.</translation>
    </message>
    <message>
        <source>Unknown algorithm &quot;%1&quot;; use SHA1, SHA256 or SHA512.</source>
        <translation>Unbekannter Algorithmus „%1“; verwenden Sie SHA1, SHA256 oder SHA512.</translation>
    </message>
    <message>
        <source>Codes have 6 or 8 digits.</source>
        <translation>Codes haben 6 oder 8 Ziffern.</translation>
    </message>
    <message>
        <source>The period must be a number of seconds between 1 and 3600.</source>
        <translation>Die Periode muss eine Anzahl Sekunden zwischen 1 und 3600 sein.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Transaction</name>
    <message>
        <source>Saving to the workspace</source>
        <translation>Speichern im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Nothing to save: the change was already saved or undone. Try the change again.</source>
        <translation>Nichts zu speichern: Die Änderung wurde bereits gespeichert oder rückgängig gemacht. Versuchen Sie die Änderung erneut.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::UnreachableProfileRule</name>
    <message>
        <source>An active profile has neither email nor phone</source>
        <translation>Ein aktives Profil hat weder E-Mail noch Telefon</translation>
    </message>
    <message>
        <source>Calls, chats and emails are matched to the person by their phone number or email. A profile with neither cannot be found, and the person cannot be called back.</source>
        <translation>Anrufe, Chats und E-Mails werden der Person über ihre Telefonnummer oder E-Mail zugeordnet. Ein Profil ohne beides kann nicht gefunden werden, und die Person kann nicht zurückgerufen werden.</translation>
    </message>
    <message>
        <source>%1 has neither an email address nor a phone number.</source>
        <translation>%1 hat weder eine E-Mail-Adresse noch eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Add the person&apos;s email address or phone number.</source>
        <translation>Fügen Sie die E-Mail-Adresse oder Telefonnummer der Person hinzu.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Validator</name>
    <message>
        <source>The id is missing; every record needs a UUID.</source>
        <translation>Die ID fehlt; jeder Datensatz braucht eine UUID.</translation>
    </message>
    <message>
        <source>This is required; enter a value.</source>
        <translation>Dies ist erforderlich; geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>This is %1 characters long; shorten it to at most %2.</source>
        <translation>Dies ist %1 Zeichen lang; kürzen Sie es auf höchstens %2.</translation>
    </message>
    <message>
        <source>Contains a line break or another control character (U+%1 at position %2); keep it on one line and remove it.</source>
        <translation>Enthält einen Zeilenumbruch oder ein anderes Steuerzeichen (U+%1 an Position %2); halten Sie es auf einer Zeile und entfernen Sie es.</translation>
    </message>
    <message>
        <source>This is required; enter a text.</source>
        <translation>Dies ist erforderlich; geben Sie einen Text ein.</translation>
    </message>
    <message>
        <source>The text is larger than 1 MiB; shorten it or link to a document instead.</source>
        <translation>Der Text ist größer als 1 MiB; kürzen Sie ihn oder verweisen Sie stattdessen auf ein Dokument.</translation>
    </message>
    <message>
        <source>Contains a control character (U+%1 at position %2); remove it.</source>
        <translation>Enthält ein Steuerzeichen (U+%1 an Position %2); entfernen Sie es.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address; write it as name@example.com.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse; schreiben Sie sie als name@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each address once.</source>
        <translation>„%1“ ist zweimal aufgeführt; führen Sie jede Adresse einmal auf.</translation>
    </message>
    <message>
        <source>Write the domain without &quot;@&quot;: %1.</source>
        <translation>Schreiben Sie die Domäne ohne „@“: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an email address; enter only the part after &quot;@&quot;.</source>
        <translation>„%1“ ist eine E-Mail-Adresse; geben Sie nur den Teil nach „@“ ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain; write it as example.com.</source>
        <translation>„%1“ ist keine gültige Domäne; schreiben Sie sie als example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each domain once.</source>
        <translation>„%1“ ist zweimal aufgeführt; führen Sie jede Domäne einmal auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in international form; start it with + and the country code, for example +14155550123.</source>
        <translation>„%1“ ist nicht in internationaler Form; beginnen Sie mit + und der Ländervorwahl, zum Beispiel +493012345678.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number: %2</source>
        <translation>„%1“ ist keine gültige Telefonnummer: %2</translation>
    </message>
    <message>
        <source>Write the number without spaces or punctuation: %1.</source>
        <translation>Schreiben Sie die Nummer ohne Leerzeichen oder Satzzeichen: %1.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>This cannot be negative (it is %1); enter 0 or more.</source>
        <translation>Dies kann nicht negativ sein (es ist %1); geben Sie 0 oder mehr ein.</translation>
    </message>
    <message>
        <source>Choose a time zone, such as America/New_York.</source>
        <translation>Wählen Sie eine Zeitzone, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use an IANA id such as Europe/London.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie eine IANA-ID wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>This looks like %1 (line %2, column %3). Credentials belong in the keychain: remove it here and store it as a credential.</source>
        <translation>Dies sieht aus wie %1 (Zeile %2, Spalte %3). Zugangsdaten gehören in den Schlüsselbund: Entfernen Sie es hier und speichern Sie es als Zugangsdaten.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::VoicemailFollowUpRule</name>
    <message>
        <source>A phone-method rule has no email recipient</source>
        <translation>Eine Telefonregel hat keinen E-Mail-Empfänger</translation>
    </message>
    <message>
        <source>When nobody answers a phone escalation, the service leaves a voicemail and follows up by email. Without a recipient the follow-up goes nowhere.</source>
        <translation>Wenn niemand eine telefonische Eskalation annimmt, hinterlässt der Service eine Sprachnachricht und fasst per E-Mail nach. Ohne Empfänger geht die Nachfassung ins Leere.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; calls but has no email recipient for the voicemail follow-up.</source>
        <translation>„%1“ ruft an, hat aber keinen E-Mail-Empfänger für die Nachfassung zur Sprachnachricht.</translation>
    </message>
    <message>
        <source>Add an email recipient (a shared mailbox is best).</source>
        <translation>Fügen Sie einen E-Mail-Empfänger hinzu (am besten ein gemeinsames Postfach).</translation>
    </message>
</context>
<context>
    <name>sitekeeper::WeakPasswordRule</name>
    <message>
        <source>A stored password is weak</source>
        <translation>Ein gespeichertes Passwort ist schwach</translation>
    </message>
    <message>
        <source>Passwords are measured with zxcvbn when they are stored; a score below 3 (of 4) can be guessed. Only the score is kept, never the password.</source>
        <translation>Passwörter werden beim Speichern mit zxcvbn bewertet; ein Wert unter 3 (von 4) kann erraten werden. Nur der Wert wird aufbewahrt, nie das Passwort.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; is weak.</source>
        <translation>Das Passwort von „%1“ ist schwach.</translation>
    </message>
    <message>
        <source>Rotate it to a generated password (Credentials &gt; Rotate).</source>
        <translation>Wechseln Sie es zu einem erzeugten Passwort (Zugangsdaten &gt; Wechseln).</translation>
    </message>
</context>
<context>
    <name>sitekeeper::Workspace</name>
    <message>
        <source>This is a file, not a workspace folder. Choose a folder.</source>
        <translation>Dies ist eine Datei, kein Arbeitsbereichsordner. Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>There is no workspace here. Create one with: sitekeeper-cli --workspace &quot;%1&quot; init</source>
        <translation>Hier gibt es keinen Arbeitsbereich. Legen Sie einen an mit: sitekeeper-cli --workspace &quot;%1&quot; init</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder. Check that the parent folder exists and is writable.</source>
        <translation>Der Arbeitsbereichsordner kann nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write the workspace settings. Check the folder&apos;s permissions.</source>
        <translation>Die Arbeitsbereichseinstellungen können nicht geschrieben werden. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 was changed %2 (now %3; this edit started from %4)</source>
        <translation>%1 wurde %2 geändert (jetzt %3; diese Änderung ging von %4 aus)</translation>
    </message>
    <message>
        <source>Not saved: since this %1 was read, %2. Read it again and repeat the edit, so that it does not overwrite that change.</source>
        <translation>Nicht gespeichert: Seit dieser Datensatz (%1) gelesen wurde, %2. Lesen Sie ihn neu und wiederholen Sie die Änderung, damit sie jene Änderung nicht überschreibt.</translation>
    </message>
    <message>
        <source>The partner settings of settings.ini could not be moved into the workspace (%1); they stay in settings.ini until they can.</source>
        <translation>Die Partner-Einstellungen aus settings.ini konnten nicht in den Arbeitsbereich übernommen werden (%1); sie bleiben in settings.ini, bis es gelingt.</translation>
    </message>
</context>
<context>
    <name>sitekeeper::protocol</name>
    <message>
        <source>is not a known entity</source>
        <translation>ist keine bekannte Entität</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>muss eine UUID sein</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a cursor string</source>
        <translation>muss eine Cursor-Zeichenkette sein</translation>
    </message>
    <message>
        <source>is not an entity this server knows</source>
        <translation>ist keine Entität, die dieser Server kennt</translation>
    </message>
    <message>
        <source>must be upsert, patch or delete</source>
        <translation>muss upsert, patch oder delete sein</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more</source>
        <translation>muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>must be applied, conflict or rejected</source>
        <translation>muss applied, conflict oder rejected sein</translation>
    </message>
    <message>
        <source>must be a list of messages</source>
        <translation>muss eine Liste von Meldungen sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>This needs the %1 role; you are signed in as %2.</source>
        <translation>Dafür ist die Rolle %1 nötig; Sie sind als %2 angemeldet.</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>is not a known role</source>
        <translation>ist keine bekannte Rolle</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>role, in a sentence</comment>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>reviewer</source>
        <comment>role, in a sentence</comment>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>editor</source>
        <comment>role, in a sentence</comment>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>admin</source>
        <comment>role, in a sentence</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>must be a public key (32 bytes in base64)</source>
        <translation>muss ein öffentlicher Schlüssel sein (32 Bytes in Base64)</translation>
    </message>
    <message>
        <source>must be a public key or null</source>
        <translation>muss ein öffentlicher Schlüssel oder null sein</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>muss ein Objekt oder null sein</translation>
    </message>
    <message>
        <source>lists more members than a tenant may have</source>
        <translation>führt mehr Mitglieder auf, als ein Mandant haben darf</translation>
    </message>
    <message>
        <source>must be a time</source>
        <translation>muss ein Zeitpunkt sein</translation>
    </message>
</context>
</TS>
