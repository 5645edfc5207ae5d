<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Compliance Desk</source>
        <translation>About Compliance Desk</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Bundled software and fonts, and their licences</source>
        <translation>Bundled software and fonts, and their licences</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Recipients of the data</source>
        <translation>Recipients of the data</translation>
    </message>
    <message>
        <source>Transfers abroad</source>
        <translation>Transfers abroad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Safeguard</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>Add transfer</translation>
    </message>
    <message>
        <source>Remove transfer</source>
        <translation>Remove transfer</translation>
    </message>
    <message>
        <source>Recipients and transfers</source>
        <translation>Recipients and transfers</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Choose a country…</translation>
    </message>
    <message>
        <source>Choose the safeguard…</source>
        <translation>Choose the safeguard…</translation>
    </message>
    <message>
        <source>Missing for a complete record of processing: %1</source>
        <translation>Missing for a complete record of processing: %1</translation>
    </message>
    <message>
        <source>All minimum fields of a record of processing are filled.</source>
        <translation>All minimum fields of a record of processing are filled.</translation>
    </message>
    <message>
        <source>Choose the country and the safeguard of each transfer abroad.</source>
        <translation>Choose the country and the safeguard of each transfer abroad.</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Writes an unencrypted copy to disk; the export is audited.</source>
        <translation>Writes an unencrypted copy to disk; the export is audited.</translation>
    </message>
    <message>
        <source>PDF, JPEG, PNG, TIFF or WebP, up to %1 MB; stored encrypted in the register.</source>
        <translation>PDF, JPEG, PNG, TIFF or WebP, up to %1 MB; stored encrypted in the register.</translation>
    </message>
    <message>
        <source>No preview for this file.</source>
        <translation>No preview for this file.</translation>
    </message>
    <message>
        <source>Save and attach a file…</source>
        <translation>Save and attach a file…</translation>
    </message>
    <message>
        <source>Save the record first, then attach files to it.</source>
        <translation>Save the record first, then attach files to it.</translation>
    </message>
    <message>
        <source>Attaching a file saves the new record first; the dialog stays open.</source>
        <translation>Attaching a file saves the new record first; the dialog stays open.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Export attachment</translation>
    </message>
</context>
<context>
    <name>BreachCountdown</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(+%1 more)</translation>
    </message>
    <message>
        <source>Personal-data breaches: SDAIA is notified within 72 hours of becoming aware (PDPL Art. 20). Click to show the breach.</source>
        <translation>Personal-data breaches: SDAIA is notified within 72 hours of becoming aware (PDPL Art. 20). Click to show the breach.</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>This breach is closed: it can be read, not changed.</source>
        <translation>This breach is closed: it can be read, not changed.</translation>
    </message>
    <message>
        <source>Processor involved</source>
        <translation>Processor involved</translation>
    </message>
    <message>
        <source>Processing activities concerned</source>
        <translation>Processing activities concerned</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Linked records</translation>
    </message>
    <message>
        <source>Evidence and filings</source>
        <translation>Evidence and filings</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>Aware at %1 · deadline %2</source>
        <translation>Aware at %1 · deadline %2</translation>
    </message>
</context>
<context>
    <name>BreachPage</name>
    <message>
        <source>Record assessment…</source>
        <translation>Record assessment…</translation>
    </message>
    <message>
        <source>Record notice to SDAIA…</source>
        <translation>Record notice to SDAIA…</translation>
    </message>
    <message>
        <source>Record containment…</source>
        <translation>Record containment…</translation>
    </message>
    <message>
        <source>Close breach…</source>
        <translation>Close breach…</translation>
    </message>
    <message>
        <source>Steps…</source>
        <translation>Steps…</translation>
    </message>
    <message>
        <source>Notice to SDAIA…</source>
        <translation>Notice to SDAIA…</translation>
    </message>
    <message>
        <source>Notice to data subjects…</source>
        <translation>Notice to data subjects…</translation>
    </message>
    <message>
        <source>Import breach log…</source>
        <translation>Import breach log…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Any cause</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Any severity</translation>
    </message>
    <message>
        <source>SDAIA not yet notified</source>
        <translation>SDAIA not yet notified</translation>
    </message>
    <message>
        <source>The data subjects need not be told (decided: not required): no letter is written to them.</source>
        <translation>The data subjects need not be told (decided: not required): no letter is written to them.</translation>
    </message>
    <message>
        <source>Record the decision to notify the data subjects first (in the assessment or the containment): the letter follows that decision.</source>
        <translation>Record the decision to notify the data subjects first (in the assessment or the containment): the letter follows that decision.</translation>
    </message>
    <message>
        <source>The notice to the data subjects: a letter (PDF or text) or an e-mail text, in the interface&apos;s language.</source>
        <translation>The notice to the data subjects: a letter (PDF or text) or an e-mail text, in the interface&apos;s language.</translation>
    </message>
    <message>
        <source>%1: %2 (deadline %3)</source>
        <translation>%1: %2 (deadline %3)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text to paste (*.txt)</source>
        <translation>Text to paste (*.txt)</translation>
    </message>
    <message>
        <source>E-mail text (*.eml)</source>
        <translation>E-mail text (*.eml)</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>Save notice</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check of %1</source>
        <translation>Check of %1</translation>
    </message>
    <message>
        <source>This document breaks: %1</source>
        <translation>This document breaks: %1</translation>
    </message>
    <message>
        <source>The document meets every rule on this date; choose the result.</source>
        <translation>The document meets every rule on this date; choose the result.</translation>
    </message>
    <message>
        <source>The document meets every rule on this date.</source>
        <translation>The document meets every rule on this date.</translation>
    </message>
    <message>
        <source>Saving as verified overrides these rules: give the reason.</source>
        <translation>Saving as verified overrides these rules: give the reason.</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Check a report</source>
        <translation>Check a report</translation>
    </message>
    <message>
        <source>Type or paste the seal printed on a report (at least 12 characters, or the text its QR code holds), or choose the report&apos;s file: the answer says whether it was issued from this register, when and by whom, and what changed since.</source>
        <translation>Type or paste the seal printed on a report (at least 12 characters, or the text its QR code holds), or choose the report&apos;s file: the answer says whether it was issued from this register, when and by whom, and what changed since.</translation>
    </message>
    <message>
        <source>Seal, e.g. 3f2a9c41d07be5a2…</source>
        <translation>Seal, e.g. 3f2a9c41d07be5a2…</translation>
    </message>
    <message>
        <source>A report (PDF), workbook (xlsx) or manifest.json</source>
        <translation>A report (PDF), workbook (xlsx) or manifest.json</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Or a file</source>
        <translation>Or a file</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Choose a report</source>
        <translation>Choose a report</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.xlsx *.json);;All files (*)</source>
        <translation>Reports (*.pdf *.xlsx *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Type a seal or choose a file.</source>
        <translation>Type a seal or choose a file.</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Checking the audit chain…</translation>
    </message>
    <message>
        <source>This seal is from this register; records changed after it.</source>
        <translation>This seal is from this register; records changed after it.</translation>
    </message>
    <message>
        <source>This seal is from this register; nothing changed since.</source>
        <translation>This seal is from this register; nothing changed since.</translation>
    </message>
    <message>
        <source>This exact file was produced from this register.</source>
        <translation>This exact file was produced from this register.</translation>
    </message>
    <message>
        <source>This file was changed after it was exported.</source>
        <translation>This file was changed after it was exported.</translation>
    </message>
    <message>
        <source>This file was not produced from this register.</source>
        <translation>This file was not produced from this register.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; the log has the details.</source>
        <translation>The check failed unexpectedly; the log has the details.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>A register shared by a compliance team is kept on a PostgreSQL server. Sign in with your own database login: your changes are recorded under it.</source>
        <translation>A register shared by a compliance team is kept on a PostgreSQL server. Sign in with your own database login: your changes are recorded under it.</translation>
    </message>
    <message>
        <source>server name, or a postgresql:// address</source>
        <translation>server name, or a postgresql:// address</translation>
    </message>
    <message>
        <source>the organisation&apos;s CA certificate (.pem)</source>
        <translation>the organisation&apos;s CA certificate (.pem)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Register passphrase</source>
        <translation>Register passphrase</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Trusted certificate</translation>
    </message>
    <message>
        <source>your own, not the database password</source>
        <translation>your own, not the database password</translation>
    </message>
    <message>
        <source>Your own passphrase: it unlocks the register&apos;s encrypted documents and identifiers (each person has their own). Left blank, those fields read “encrypted — no key”.</source>
        <translation>Your own passphrase: it unlocks the register&apos;s encrypted documents and identifiers (each person has their own). Left blank, those fields read “encrypted — no key”.</translation>
    </message>
    <message>
        <source>Plain connection, no TLS (only to a server on this computer)</source>
        <translation>Plain connection, no TLS (only to a server on this computer)</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The organisation&apos;s CA certificate</source>
        <translation>The organisation&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>The address is remembered among the recent registers; the database password and the register passphrase are never remembered.</source>
        <translation>The address is remembered among the recent registers; the database password and the register passphrase are never remembered.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>on this computer</translation>
    </message>
    <message>
        <source>%1 (database %2, user %3)</source>
        <translation>%1 (database %2, user %3)</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Give the server and the database.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the record you are editing before locking?</source>
        <translation>Save the record you are editing before locking?</translation>
    </message>
    <message>
        <source>The record you are editing cannot be saved as it stands. Discard its changes and lock?</source>
        <translation>The record you are editing cannot be saved as it stands. Discard its changes and lock?</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %Ln minute(s) without activity.</source>
        <translation>
            <numerusform>Locked after %Ln minute without activity.</numerusform>
            <numerusform>Locked after %Ln minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsaved edits are kept: they reopen, still unsaved, when you unlock.</source>
        <translation>Your unsaved edits are kept: they reopen, still unsaved, when you unlock.</translation>
    </message>
    <message>
        <source>Nothing was restored: the safety copy of the open register failed. %1</source>
        <translation>Nothing was restored: the safety copy of the open register failed. %1</translation>
    </message>
    <message>
        <source>The restore failed; the register was left as it was. %1</source>
        <translation>The restore failed; the register was left as it was. %1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>The backup was restored to %1. Open it now? The register open now will be closed.</source>
        <translation>The backup was restored to %1. Open it now? The register open now will be closed.</translation>
    </message>
    <message>
        <source>Restored from %1. The register as it was before is kept at %2.</source>
        <translation>Restored from %1. The register as it was before is kept at %2.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Compliance Desk</source>
        <translation>Compliance Desk</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Nothing saved before it was lost. The details were written to:
%1</source>
        <translation>Something went wrong and the action was not completed. Nothing saved before it was lost. The details were written to:
%1</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>%1: the order prohibits telling this customer about the request.</source>
        <translation>%1: the order prohibits telling this customer about the request.</translation>
    </message>
    <message>
        <source>%1: telling this customer is deferred until %2.</source>
        <translation>%1: telling this customer is deferred until %2.</translation>
    </message>
    <message>
        <source>Do not tip off the customer.</source>
        <translation>Do not tip off the customer.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Latest check</source>
        <translation>Latest check</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <source>Edit document…</source>
        <translation>Edit document…</translation>
    </message>
    <message>
        <source>Record check…</source>
        <translation>Record check…</translation>
    </message>
    <message>
        <source>Adding a document saves the new customer first; this dialog stays open.</source>
        <translation>Adding a document saves the new customer first; this dialog stays open.</translation>
    </message>
    <message>
        <source>Decide the customer&apos;s risk rating (low, medium or high).</source>
        <translation>Decide the customer&apos;s risk rating (low, medium or high).</translation>
    </message>
    <message>
        <source>Documents and checks</source>
        <translation>Documents and checks</translation>
    </message>
    <message>
        <source>Save and add a document…</source>
        <translation>Save and add a document…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Find a customer: name (Arabic or Latin), client reference or CUS-…</source>
        <translation>Find a customer: name (Arabic or Latin), client reference or CUS-…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Customers concerned</source>
        <translation>Customers concerned</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>No customer matches.</translation>
    </message>
    <message>
        <source>More than %1 match: type more of the name.</source>
        <translation>More than %1 match: type more of the name.</translation>
    </message>
    <message>
        <source>Double-click or press Return to add.</source>
        <translation>Double-click or press Return to add.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. 28/02/2026 or 2026-02-28</source>
        <translation>e.g. 28/02/2026 or 2026-02-28</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
    <message>
        <source>%1 (from the Hijri date %2)</source>
        <translation>%1 (from the Hijri date %2)</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>Understood: %1</translation>
    </message>
    <message>
        <source>There is no such day in the calendar.</source>
        <translation>There is no such day in the calendar.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. %1.</source>
        <translation>Write the year with four digits, e.g. %1.</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>The year must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Hijri dates can be converted for the years %1 to %2 AH.</source>
        <translation>Hijri dates can be converted for the years %1 to %2 AH.</translation>
    </message>
    <message>
        <source>Not a date. Write it as day/month/year (%1) or year-month-day (%2).</source>
        <translation>Not a date. Write it as day/month/year (%1) or year-month-day (%2).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the rights asked — %1</source>
        <translation>Decide the rights asked — %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a record to see its details and history here.</source>
        <translation>Select a record to see its details and history here.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>This request is closed: it can be read, not changed.</source>
        <translation>This request is closed: it can be read, not changed.</translation>
    </message>
    <message>
        <source>Processing activities concerned</source>
        <translation>Processing activities concerned</translation>
    </message>
    <message>
        <source>Customers and activities</source>
        <translation>Customers and activities</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
</context>
<context>
    <name>DisclosurePage</name>
    <message>
        <source>Start legal review</source>
        <translation>Start legal review</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>Record disclosure…</source>
        <translation>Record disclosure…</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Close request</translation>
    </message>
    <message>
        <source>Import log…</source>
        <translation>Import log…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Any requester</translation>
    </message>
    <message>
        <source>Any request type</source>
        <translation>Any request type</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Any decision</translation>
    </message>
    <message>
        <source>The order prohibits telling the subjects about this request. Do not contact or inform the customers concerned.</source>
        <translation>The order prohibits telling the subjects about this request. Do not contact or inform the customers concerned.</translation>
    </message>
    <message>
        <source>Notifying the subjects is deferred until %1.</source>
        <translation>Notifying the subjects is deferred until %1.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Expired document</source>
        <translation>Expired document</translation>
    </message>
    <message>
        <source>This %1 expired on %2: a check of it will fail, and the customer needs a current one. Save it anyway?</source>
        <translation>This %1 expired on %2: a check of it will fail, and the customer needs a current one. Save it anyway?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Expired on %1: a check of this document will fail.</source>
        <translation>Expired on %1: a check of this document will fail.</translation>
    </message>
    <message>
        <source>check digits hold</source>
        <translation>check digits hold</translation>
    </message>
    <message>
        <source>check digits FAIL: %1</source>
        <translation>check digits FAIL: %1</translation>
    </message>
    <message>
        <source>Differs from the entered data: %1</source>
        <translation>Differs from the entered data: %1</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>optional data</source>
        <translation>optional data</translation>
    </message>
    <message>
        <source>whole line</source>
        <translation>whole line</translation>
    </message>
</context>
<context>
    <name>ErasureBlocked</name>
    <message>
        <source>Show what is kept, on what basis, until when ▸</source>
        <translation>Show what is kept, on what basis, until when ▸</translation>
    </message>
    <message>
        <source>Show less ▴</source>
        <translation>Show less ▴</translation>
    </message>
    <message>
        <source>Erasure: retention periods to review: %1</source>
        <translation>Erasure: retention periods to review: %1</translation>
    </message>
    <message>
        <source>No legal hold is recorded: the activities below keep this data for their stated retention period (until %1) with no legal basis recorded. Check them before deciding.</source>
        <translation>No legal hold is recorded: the activities below keep this data for their stated retention period (until %1) with no legal basis recorded. Check them before deciding.</translation>
    </message>
    <message>
        <source>Erasure limited by legal holds: %1</source>
        <translation>Erasure limited by legal holds: %1</translation>
    </message>
    <message>
        <source>The data below must be kept until %1; the rest of this person&apos;s data can be erased.</source>
        <translation>The data below must be kept until %1; the rest of this person&apos;s data can be erased.</translation>
    </message>
    <message>
        <source>Kept, on what basis, until when:</source>
        <translation>Kept, on what basis, until when:</translation>
    </message>
    <message>
        <source>To review: no legal basis is recorded for the retention of %1. Record the law or reason that requires it in each activity, or shorten its retention.</source>
        <translation>To review: no legal basis is recorded for the retention of %1. Record the law or reason that requires it in each activity, or shorten its retention.</translation>
    </message>
    <message>
        <source>Erasing the due-diligence records or ID copies would breach AML Law Art. 12: they must be kept 10 years after the relationship ends. An override is recorded with its reason and the holds it overrode.</source>
        <translation>Erasing the due-diligence records or ID copies would breach AML Law Art. 12: they must be kept 10 years after the relationship ends. An override is recorded with its reason and the holds it overrode.</translation>
    </message>
    <message>
        <source>To erase the held data anyway, the decision must record why the holds are overridden; the holds overridden are kept with it.</source>
        <translation>To erase the held data anyway, the decision must record why the holds are overridden; the holds overridden are kept with it.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>e.g. %1 (date, then the time)</source>
        <translation>e.g. %1 (date, then the time)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How Compliance Desk works</source>
        <translation>How Compliance Desk works</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>A register is one encrypted file per organisation. It holds the record of processing activities and its recipients, the third-party disclosures (court orders, law-enforcement and regulator requests), and the KYC checks of customers&apos; documents. Every change is written into a tamper-evident audit trail.</source>
        <translation>A register is one encrypted file per organisation. It holds the record of processing activities and its recipients, the third-party disclosures (court orders, law-enforcement and regulator requests), and the KYC checks of customers&apos; documents. Every change is written into a tamper-evident audit trail.</translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered</source>
        <translation>The passphrase cannot be recovered</translation>
    </message>
    <message>
        <source>The register is encrypted with its passphrase. Nobody, not even the makers of this application, can open it without the passphrase, and there is no way to reset it. Write it down and keep it somewhere safe, away from the computer.</source>
        <translation>The register is encrypted with its passphrase. Nobody, not even the makers of this application, can open it without the passphrase, and there is no way to reset it. Write it down and keep it somewhere safe, away from the computer.</translation>
    </message>
    <message>
        <source>The action queue</source>
        <translation>The action queue</translation>
    </message>
    <message>
        <source>The first page lists what is due, the law&apos;s deadlines first: authority requests, then notifications whose deferral has ended, then customers&apos; documents and re-verifications, then the upkeep of the record of processing. Double-click an item to open its record. Acknowledge or snooze an item with a reason; the reason is kept in the audit trail, and a legal deadline comes back on its due date whatever the snooze says.</source>
        <translation>The first page lists what is due, the law&apos;s deadlines first: authority requests, then notifications whose deferral has ended, then customers&apos; documents and re-verifications, then the upkeep of the record of processing. Double-click an item to open its record. Acknowledge or snooze an item with a reason; the reason is kept in the audit trail, and a legal deadline comes back on its due date whatever the snooze says.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Type dates the way you write them: 28/02/2026 (day first), 2026-02-28, 2026/02/28, in Arabic-Indic or Latin digits, or with the month&apos;s name. A Hijri date marked هـ (or with a year such as 1447) is converted with the Umm al-Qura calendar. Under the field you see the date that was understood.</source>
        <translation>Type dates the way you write them: 28/02/2026 (day first), 2026-02-28, 2026/02/28, in Arabic-Indic or Latin digits, or with the month&apos;s name. A Hijri date marked هـ (or with a year such as 1447) is converted with the Umm al-Qura calendar. Under the field you see the date that was understood.</translation>
    </message>
    <message>
        <source>Backups and maintenance</source>
        <translation>Backups and maintenance</translation>
    </message>
    <message>
        <source>Everything is in the Register menu. Back up… writes an encrypted copy that opens with the same passphrase: keep it on another disk. Restore from a backup… checks the backup entry by entry before anything is replaced, and keeps a copy of the register it replaces. Verify… checks every page, the audit trail and every record, and names the first broken entry. Change passphrase… encrypts the register again; backups made before keep the old passphrase.</source>
        <translation>Everything is in the Register menu. Back up… writes an encrypted copy that opens with the same passphrase: keep it on another disk. Restore from a backup… checks the backup entry by entry before anything is replaced, and keeps a copy of the register it replaces. Verify… checks every page, the audit trail and every record, and names the first broken entry. Change passphrase… encrypts the register again; backups made before keep the old passphrase.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reports (Ctrl+P) are written in Arabic or English as PDF or Excel files. Each carries its register seal, with its entry number and export time and, on a PDF, a QR code: the seal is the audit trail&apos;s entry for that export. Register ▸ Check a report… says whether a seal or a file came from this register and what changed since; the Reports window can re-make a report as the register was at an earlier seal.</source>
        <translation>Reports (Ctrl+P) are written in Arabic or English as PDF or Excel files. Each carries its register seal, with its entry number and export time and, on a PDF, a QR code: the seal is the audit trail&apos;s entry for that export. Register ▸ Check a report… says whether a seal or a file came from this register and what changed since; the Reports window can re-make a report as the register was at an earlier seal.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>When (%1 time)</source>
        <translation>When (%1 time)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Recorded at %1 (UTC)</source>
        <translation>Recorded at %1 (UTC)</translation>
    </message>
    <message>
        <source>Encrypted at rest: %1</source>
        <translation>Encrypted at rest: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>HitCard</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>List entry</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Why this score</translation>
    </message>
    <message>
        <source>Choose a decision…</source>
        <translation>Choose a decision…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Why: what you compared and found (kept in the audit trail)</source>
        <translation>Why: what you compared and found (kept in the audit trail)</translation>
    </message>
    <message>
        <source>Select a hit to compare the customer with the list entry.</source>
        <translation>Select a hit to compare the customer with the list entry.</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <translation>%1 · score %2 · %3</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Not decided yet.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 by %2 on %3: %4</translation>
    </message>
    <message>
        <source>(weak)</source>
        <translation>(weak)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>male (from the given name)</source>
        <translation>male (from the given name)</translation>
    </message>
    <message>
        <source>female (from the given name)</source>
        <translation>female (from the given name)</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <source>Regime or programme</source>
        <translation>Regime or programme</translation>
    </message>
    <message>
        <source>List version</source>
        <translation>List version</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Customer status</translation>
    </message>
    <message>
        <source>Choose a decision: true match, false positive or escalated.</source>
        <translation>Choose a decision: true match, false positive or escalated.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Give the reason for the decision.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Import the valid rows</translation>
    </message>
    <message>
        <source>%1 rows are invalid, so nothing was imported. Correct the file and import it again, or import only the %2 valid rows.</source>
        <translation>%1 rows are invalid, so nothing was imported. Correct the file and import it again, or import only the %2 valid rows.</translation>
    </message>
</context>
<context>
    <name>KycPage</name>
    <message>
        <source>One view of the person</source>
        <translation>One view of the person</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Import customers…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Any risk</translation>
    </message>
    <message>
        <source>Re-verification due</source>
        <translation>Re-verification due</translation>
    </message>
    <message>
        <source>Politically exposed</source>
        <translation>Politically exposed</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <source>Sanctions and PEP lists</source>
        <translation>Sanctions and PEP lists</translation>
    </message>
    <message>
        <source>Each import is a version of its list, kept in the register with the file&apos;s SHA-256. After an import every customer is screened again against the current versions.</source>
        <translation>Each import is a version of its list, kept in the register with the file&apos;s SHA-256. After an import every customer is screened again against the current versions.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Added / changed / removed</source>
        <translation>Added / changed / removed</translation>
    </message>
    <message>
        <source>Generated by the publisher</source>
        <translation>Generated by the publisher</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind: from the file</source>
        <translation>Kind: from the file</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>No list loaded yet. Import the UN consolidated list (XML), the Saudi PCCT list (xlsx) or an OpenSanctions targets.simple.csv.</source>
        <translation>No list loaded yet. Import the UN consolidated list (XML), the Saudi PCCT list (xlsx) or an OpenSanctions targets.simple.csv.</translation>
    </message>
    <message>
        <source>Import a sanctions list</source>
        <translation>Import a sanctions list</translation>
    </message>
    <message>
        <source>Sanctions lists (*.xml *.xlsx *.csv);;All files (*)</source>
        <translation>Sanctions lists (*.xml *.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>%1 is the file already loaded as %2; nothing was written.</source>
        <translation>%1 is the file already loaded as %2; nothing was written.</translation>
    </message>
    <message>
        <source>Loaded %1: %2 entries (added %3, changed %4, removed %5).</source>
        <translation>Loaded %1: %2 entries (added %3, changed %4, removed %5).</translation>
    </message>
    <message>
        <source>Screening every customer …</source>
        <translation>Screening every customer …</translation>
    </message>
    <message>
        <source>Screening customers against the lists …</source>
        <translation>Screening customers against the lists …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: %2 customers screened, %3 new hits, %4 decided false positives not raised again.</source>
        <translation>%1: %2 customers screened, %3 new hits, %4 decided false positives not raised again.</translation>
    </message>
    <message>
        <source>Cancelled: the customers not reached were not screened.</source>
        <translation>Cancelled: the customers not reached were not screened.</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Server connection lost — retrying</source>
        <translation>Server connection lost — retrying</translation>
    </message>
    <message>
        <source>Edits in an open dialog are kept; saving them again retries. The tables are read again once the server answers.</source>
        <translation>Edits in an open dialog are kept; saving them again retries. The tables are read again once the server answers.</translation>
    </message>
    <message>
        <source>Updated: %1 saved a change</source>
        <translation>Updated: %1 saved a change</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Compliance Desk — %1</source>
        <translation>Compliance Desk — %1</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Back up the register</source>
        <translation>Back up the register</translation>
    </message>
    <message>
        <source>Compliance Desk register (*.cdesk)</source>
        <translation>Compliance Desk register (*.cdesk)</translation>
    </message>
    <message>
        <source>Writing an encrypted copy to %1. It opens with the register&apos;s passphrase.</source>
        <translation>Writing an encrypted copy to %1. It opens with the register&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was kept.</source>
        <translation>Backup cancelled; no file was kept.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Backup written to %1 (seal %2). Keep it on another disk; it opens with the register&apos;s passphrase.</source>
        <translation>Backup written to %1 (seal %2). Keep it on another disk; it opens with the register&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Not for a register on a server: its administrator backs it up and manages the logins with the server&apos;s own tools.</source>
        <translation>Not for a register on a server: its administrator backs it up and manages the logins with the server&apos;s own tools.</translation>
    </message>
    <message>
        <source>Opened read-only: the register is in use for changes elsewhere.</source>
        <translation>Opened read-only: the register is in use for changes elsewhere.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Why, for the audit trail: e.g. “court granted an extension to 15 March”, “customer sent a new passport, check booked”</source>
        <translation>Why, for the audit trail: e.g. “court granted an extension to 15 March”, “customer sent a new passport, check booked”</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The item leaves the queue until its deadline changes or you put it back (show acknowledged items, then Put back in the queue). Your name, the time and the reason are kept in the audit trail.</source>
        <translation>The item leaves the queue until its deadline changes or you put it back (show acknowledged items, then Put back in the queue). Your name, the time and the reason are kept in the audit trail.</translation>
    </message>
    <message>
        <source>The item leaves the queue while it stays as urgent as it is now; it comes back when its deadline gets closer or changes. Your name, the time and the reason are kept in the audit trail.</source>
        <translation>The item leaves the queue while it stays as urgent as it is now; it comes back when its deadline gets closer or changes. Your name, the time and the reason are kept in the audit trail.</translation>
    </message>
    <message>
        <source>The item comes back on the chosen day (at most %1 days from today). Your name, the time and the reason are kept in the audit trail.</source>
        <translation>The item comes back on the chosen day (at most %1 days from today). Your name, the time and the reason are kept in the audit trail.</translation>
    </message>
    <message>
        <source>A legal deadline comes back on its due date, %1, at the latest.</source>
        <translation>A legal deadline comes back on its due date, %1, at the latest.</translation>
    </message>
    <message>
        <source>Give the reason: it is kept in the audit trail.</source>
        <translation>Give the reason: it is kept in the audit trail.</translation>
    </message>
    <message>
        <source>Choose the day the item comes back.</source>
        <translation>Choose the day the item comes back.</translation>
    </message>
    <message>
        <source>Choose a day after today.</source>
        <translation>Choose a day after today.</translation>
    </message>
    <message>
        <source>A snooze lasts %1 days at most.</source>
        <translation>A snooze lasts %1 days at most.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Reports…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Check a report…</source>
        <translation>Check a report…</translation>
    </message>
    <message>
        <source>Sanctions lists…</source>
        <translation>Sanctions lists…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>How Compliance Desk works</source>
        <translation>How Compliance Desk works</translation>
    </message>
    <message>
        <source>About Compliance Desk</source>
        <translation>About Compliance Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Action queue</source>
        <translation>Action queue</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Breaches</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Processing activities</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>Transparency figures</source>
        <translation>Transparency figures</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Data-subject requests</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Sanctions screening</source>
        <translation>Sanctions screening</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>Policy check</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>%1 · %2 overdue</source>
        <translation>%1 · %2 overdue</translation>
    </message>
    <message>
        <source>%1 · %2 due today</source>
        <translation>%1 · %2 due today</translation>
    </message>
</context>
<context>
    <name>NewRegisterDialog</name>
    <message>
        <source>New register</source>
        <translation>New register</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Register file</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>The passphrase cannot be recovered. Without it the register cannot be opened: keep it safe, and keep backups.</source>
        <translation>The passphrase cannot be recovered. Without it the register cannot be opened: keep it safe, and keep backups.</translation>
    </message>
    <message>
        <source>Create register</source>
        <translation>Create register</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Compliance Desk register (*.cdesk)</source>
        <translation>Compliance Desk register (*.cdesk)</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name in Arabic or English.</source>
        <translation>Enter the organisation&apos;s name in Arabic or English.</translation>
    </message>
    <message>
        <source>Choose where to save the register.</source>
        <translation>Choose where to save the register.</translation>
    </message>
    <message>
        <source>That file already exists.</source>
        <translation>That file already exists.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
</context>
<context>
    <name>NoticeDetailsDialog</name>
    <message>
        <source>Notice details</source>
        <translation>Notice details</translation>
    </message>
    <message>
        <source>What the privacy notice tells people about reaching you and exercising their rights. Requests are answered within 30 days (PDPL Implementing Regulation, Art. 3).</source>
        <translation>What the privacy notice tells people about reaching you and exercising their rights. Requests are answered within 30 days (PDPL Implementing Regulation, Art. 3).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Open published policy…</source>
        <translation>Open published policy…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Notice details…</source>
        <translation>Notice details…</translation>
    </message>
    <message>
        <source>Save notice as…</source>
        <translation>Save notice as…</translation>
    </message>
    <message>
        <source>Notice language</source>
        <translation>Notice language</translation>
    </message>
    <message>
        <source>Paste the published privacy policy here, or open its file, to compare it with the notice.</source>
        <translation>Paste the published privacy policy here, or open its file, to compare it with the notice.</translation>
    </message>
    <message>
        <source>Published policy</source>
        <translation>Published policy</translation>
    </message>
    <message>
        <source>Notice the register implies</source>
        <translation>Notice the register implies</translation>
    </message>
    <message>
        <source>Gaps (click to see where; orange: change the policy, green: add to the policy, red: fix the policy)</source>
        <translation>Gaps (click to see where; orange: change the policy, green: add to the policy, red: fix the policy)</translation>
    </message>
    <message>
        <source>To complete in the register</source>
        <translation>To complete in the register</translation>
    </message>
    <message>
        <source>Open published policy</source>
        <translation>Open published policy</translation>
    </message>
    <message>
        <source>Policies (*.txt *.docx *.html *.htm *.md)</source>
        <translation>Policies (*.txt *.docx *.html *.htm *.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save notice as</source>
        <translation>Save notice as</translation>
    </message>
    <message>
        <source>Notice saved to %1.</source>
        <translation>Notice saved to %1.</translation>
    </message>
    <message>
        <source>Open or paste the published policy to compare it with the notice.</source>
        <translation>Open or paste the published policy to compare it with the notice.</translation>
    </message>
    <message>
        <source>%1 gaps between the published policy and the register.</source>
        <translation>%1 gaps between the published policy and the register.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Every page of the register is encrypted again; this cannot be interrupted. Backups made before keep the old passphrase: make a new backup afterwards.</source>
        <translation>Every page of the register is encrypted again; this cannot be interrupted. Backups made before keep the old passphrase: make a new backup afterwards.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Enter the current passphrase.</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>The new passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>Encrypting the register again…</source>
        <translation>Encrypting the register again…</translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new backup: older ones still open with the old passphrase.</source>
        <translation>The passphrase is changed. Make a new backup: older ones still open with the old passphrase.</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>One view of %1</source>
        <translation>One view of %1</translation>
    </message>
    <message>
        <source>No legal hold is in force over this person&apos;s data.</source>
        <translation>No legal hold is in force over this person&apos;s data.</translation>
    </message>
    <message>
        <source>Do not tell this person about these authority requests (the order forbids or defers it): %1</source>
        <translation>Do not tell this person about these authority requests (the order forbids or defers it): %1</translation>
    </message>
    <message>
        <source>Export this person&apos;s data (xlsx + JSON)…</source>
        <translation>Export this person&apos;s data (xlsx + JSON)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>KYC record</source>
        <translation>KYC record</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>Requests (%1)</translation>
    </message>
    <message>
        <source>Disclosures naming them (%1)</source>
        <translation>Disclosures naming them (%1)</translation>
    </message>
    <message>
        <source>Activities holding their data (%1)</source>
        <translation>Activities holding their data (%1)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>What is kept, and why</source>
        <translation>What is kept, and why</translation>
    </message>
    <message>
        <source>Holds in force (%1)</source>
        <translation>Holds in force (%1)</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Export this person&apos;s data</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Paste the privacy policy here, or open its file (%1).</source>
        <translation>Paste the privacy policy here, or open its file (%1).</translation>
    </message>
    <message>
        <source>Open policy…</source>
        <translation>Open policy…</translation>
    </message>
    <message>
        <source>Check against the register</source>
        <translation>Check against the register</translation>
    </message>
    <message>
        <source>%1 stated in the policy, not in the register · %2 in the register, not in the policy · %3 missing from the policy. Colours mark what each passage states.</source>
        <translation>%1 stated in the policy, not in the register · %2 in the register, not in the policy · %3 missing from the policy. Colours mark what each passage states.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Gaps (double-click to open the records concerned)</source>
        <translation>Gaps (double-click to open the records concerned)</translation>
    </message>
    <message>
        <source>What the policy states</source>
        <translation>What the policy states</translation>
    </message>
    <message>
        <source>Open policy</source>
        <translation>Open policy</translation>
    </message>
    <message>
        <source>Policies (*.txt *.docx *.html *.htm)</source>
        <translation>Policies (*.txt *.docx *.html *.htm)</translation>
    </message>
    <message>
        <source>There is no policy text to check: paste it, or open its file.</source>
        <translation>There is no policy text to check: paste it, or open its file.</translation>
    </message>
    <message>
        <source>%1 statements found; %2 gaps with the register.</source>
        <translation>%1 statements found; %2 gaps with the register.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Action queue</source>
        <translation>Action queue</translation>
    </message>
    <message>
        <source>Filter by name or reference</source>
        <translation>Filter by name or reference</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Most urgent first</translation>
    </message>
    <message>
        <source>By due date</source>
        <translation>By due date</translation>
    </message>
    <message>
        <source>By reference</source>
        <translation>By reference</translation>
    </message>
    <message>
        <source>Show acknowledged and snoozed</source>
        <translation>Show acknowledged and snoozed</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Snooze…</translation>
    </message>
    <message>
        <source>Put back in the queue</source>
        <translation>Put back in the queue</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing needs your attention now. Deadlines, expiring documents and reviews appear here as they come due.</source>
        <translation>Nothing needs your attention now. Deadlines, expiring documents and reviews appear here as they come due.</translation>
    </message>
    <message>
        <source>Items needing action: %1, of which overdue: %2.</source>
        <translation>Items needing action: %1, of which overdue: %2.</translation>
    </message>
    <message>
        <source>Acknowledged or snoozed: %1.</source>
        <translation>Acknowledged or snoozed: %1.</translation>
    </message>
    <message>
        <source>Show all %1 in this group</source>
        <translation>Show all %1 in this group</translation>
    </message>
    <message>
        <source>%1 more: narrow the list with the filters</source>
        <translation>%1 more: narrow the list with the filters</translation>
    </message>
    <message>
        <source>%1 · 1 item</source>
        <translation>%1 · 1 item</translation>
    </message>
    <message>
        <source>%1 · %2 items</source>
        <translation>%1 · %2 items</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 due today</source>
        <translation>%1 due today</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expired on %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Expires today</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Emergency — %1</source>
        <translation>Emergency — %1</translation>
    </message>
    <message>
        <source>Snoozed until %1 by %2: %3</source>
        <translation>Snoozed until %1 by %2: %3</translation>
    </message>
    <message>
        <source>Acknowledged by %1: %2</source>
        <translation>Acknowledged by %1: %2</translation>
    </message>
    <message>
        <source>Opened read-only: acknowledgements and snoozes cannot be saved.</source>
        <translation>Opened read-only: acknowledgements and snoozes cannot be saved.</translation>
    </message>
</context>
<context>
    <name>Reapply</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 also changed “%2” while you were editing it.</source>
        <translation>%1 also changed “%2” while you were editing it.</translation>
    </message>
    <message>
        <source>Their value: %1</source>
        <translation>Their value: %1</translation>
    </message>
    <message>
        <source>Your value: %1</source>
        <translation>Your value: %1</translation>
    </message>
    <message>
        <source>Both of you changed this field</source>
        <translation>Both of you changed this field</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>%1 changed this record at %2 while you were editing it. It was reloaded with their change;</source>
        <translation>%1 changed this record at %2 while you were editing it. It was reloaded with their change;</translation>
    </message>
    <message>
        <source>your edits are applied again (%1)</source>
        <translation>your edits are applied again (%1)</translation>
    </message>
    <message>
        <source>their value kept for %1</source>
        <translation>their value kept for %1</translation>
    </message>
    <message>
        <source>none of your edits differ from it</source>
        <translation>none of your edits differ from it</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation>They changed: %1.</translation>
    </message>
    <message>
        <source>Check and save again.</source>
        <translation>Check and save again.</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>The privacy notice names this recipient only as «%1»: describe who they are and what they do with the data.</source>
        <translation>The privacy notice names this recipient only as «%1»: describe who they are and what they do with the data.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>To save, complete: %1</source>
        <translation>To save, complete: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Restored after the register was locked. These changes are not saved yet.</source>
        <translation>Restored after the register was locked. These changes are not saved yet.</translation>
    </message>
    <message>
        <source>The connection to the server was lost while it was saving: the save may or may not have reached it. Your edit is kept here. Save again: if the first attempt did reach the server, it will not be saved twice.</source>
        <translation>The connection to the server was lost while it was saving: the save may or may not have reached it. Your edit is kept here. Save again: if the first attempt did reach the server, it will not be saved twice.</translation>
    </message>
    <message>
        <source>Not saved: the server cannot be reached. Your edit is kept here; save again to retry.</source>
        <translation>Not saved: the server cannot be reached. Your edit is kept here; save again to retry.</translation>
    </message>
    <message>
        <source>Not saved: the server cannot be reached (%1). Your edit is kept here; save again to retry.</source>
        <translation>Not saved: the server cannot be reached (%1). Your edit is kept here; save again to retry.</translation>
    </message>
    <message>
        <source>Saved: your earlier attempt had reached the server before the connection was lost; it was not saved twice.</source>
        <translation>Saved: your earlier attempt had reached the server before the connection was lost; it was not saved twice.</translation>
    </message>
    <message>
        <source>%1 saved a change to this record at %2. When you save, it is reloaded with their change and your edits are applied again.</source>
        <translation>%1 saved a change to this record at %2. When you save, it is reloaded with their change and your edits are applied again.</translation>
    </message>
    <message>
        <source>This record has changes that cannot be saved as they stand (some fields need correcting). Discard them?</source>
        <translation>This record has changes that cannot be saved as they stand (some fields need correcting). Discard them?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>This record has changes that are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>Missing %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any legal basis</source>
        <translation>Any legal basis</translation>
    </message>
    <message>
        <source>Any data category</source>
        <translation>Any data category</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>The server is out of reach: changes wait until it answers again</source>
        <translation>The server is out of reach: changes wait until it answers again</translation>
    </message>
    <message>
        <source>No record matches the search and filters.</source>
        <translation>No record matches the search and filters.</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Clear the search and filters</translation>
    </message>
    <message>
        <source>This register holds no records here yet.</source>
        <translation>This register holds no records here yet.</translation>
    </message>
    <message>
        <source>No records yet. Add the first with New (Ctrl+N).</source>
        <translation>No records yet. Add the first with New (Ctrl+N).</translation>
    </message>
    <message>
        <source>Or import them from a spreadsheet with %1.</source>
        <translation>Or import them from a spreadsheet with %1.</translation>
    </message>
    <message>
        <source>Retire %1? It stays in the register and its history, marked as retired. You can undo this.</source>
        <translation>Retire %1? It stays in the register and its history, marked as retired. You can undo this.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation>%1 retired.</translation>
    </message>
    <message>
        <source>Delete %1? The deletion is kept in the audit trail.</source>
        <translation>Delete %1? The deletion is kept in the audit trail.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Record of processing activities (PDF)</source>
        <translation>Record of processing activities (PDF)</translation>
    </message>
    <message>
        <source>Third-party disclosures and transparency (PDF)</source>
        <translation>Third-party disclosures and transparency (PDF)</translation>
    </message>
    <message>
        <source>KYC document checks (PDF)</source>
        <translation>KYC document checks (PDF)</translation>
    </message>
    <message>
        <source>Sanctions screening for a period (PDF)</source>
        <translation>Sanctions screening for a period (PDF)</translation>
    </message>
    <message>
        <source>Data-subject requests for a period (PDF)</source>
        <translation>Data-subject requests for a period (PDF)</translation>
    </message>
    <message>
        <source>Personal-data breaches for a period (PDF)</source>
        <translation>Personal-data breaches for a period (PDF)</translation>
    </message>
    <message>
        <source>Record sheet with its audit history (PDF)</source>
        <translation>Record sheet with its audit history (PDF)</translation>
    </message>
    <message>
        <source>Register workbook (Excel)</source>
        <translation>Register workbook (Excel)</translation>
    </message>
    <message>
        <source>Audit pack: every report in both languages (folder)</source>
        <translation>Audit pack: every report in both languages (folder)</translation>
    </message>
    <message>
        <source>Show the Umm al-Qura Hijri date</source>
        <translation>Show the Umm al-Qura Hijri date</translation>
    </message>
    <message>
        <source>Show identifiers in full</source>
        <translation>Show identifiers in full</translation>
    </message>
    <message>
        <source>e.g. PA-0001, DSC-2026-0001, CUS-00001</source>
        <translation>e.g. PA-0001, DSC-2026-0001, CUS-00001</translation>
    </message>
    <message>
        <source>Seal of an earlier report</source>
        <translation>Seal of an earlier report</translation>
    </message>
    <message>
        <source>Leave empty for the register as it stands now; give a seal to re-make the report as the register was right after that export.</source>
        <translation>Leave empty for the register as it stands now; give a seal to re-make the report as the register was right after that export.</translation>
    </message>
    <message>
        <source>The officer the report belongs to</source>
        <translation>The officer the report belongs to</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>As of seal (optional)</source>
        <translation>As of seal (optional)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Document version</source>
        <translation>Document version</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>This register is open read-only, so this export cannot be recorded in its audit trail. The report carries the seal of the register as it stands now.</source>
        <translation>This register is open read-only, so this export cannot be recorded in its audit trail. The report carries the seal of the register as it stands now.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Audit pack folder</source>
        <translation>Audit pack folder</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 already exists. Replace it with this report?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Nothing was written: choose another name, or replace the file.</source>
        <translation>Nothing was written: choose another name, or replace the file.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Cancelled; no report was written.</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page %1 of %2</source>
        <translation>Printing page %1 of %2</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>This request is closed: it can be read, not changed.</source>
        <translation>This request is closed: it can be read, not changed.</translation>
    </message>
    <message>
        <source>The requester, when they are a customer</source>
        <translation>The requester, when they are a customer</translation>
    </message>
    <message>
        <source>Processing activities concerned</source>
        <translation>Processing activities concerned</translation>
    </message>
    <message>
        <source>Customer and activities</source>
        <translation>Customer and activities</translation>
    </message>
    <message>
        <source>Letters and documents</source>
        <translation>Letters and documents</translation>
    </message>
    <message>
        <source>Choose one customer: the requester.</source>
        <translation>Choose one customer: the requester.</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>Stage: %1 — due %2: 30 days from receipt, counted in %3</source>
        <translation>Stage: %1 — due %2: 30 days from receipt, counted in %3</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Ask for proof of identity</source>
        <translation>Ask for proof of identity</translation>
    </message>
    <message>
        <source>Identity verified…</source>
        <translation>Identity verified…</translation>
    </message>
    <message>
        <source>Extend once…</source>
        <translation>Extend once…</translation>
    </message>
    <message>
        <source>Decide rights…</source>
        <translation>Decide rights…</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Record answer…</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Close request</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Letter…</translation>
    </message>
    <message>
        <source>One view of the person</source>
        <translation>One view of the person</translation>
    </message>
    <message>
        <source>Import requests…</source>
        <translation>Import requests…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>Any right</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>An authority&apos;s order forbids telling this person about %1: leave it out of every answer.</source>
        <translation>An authority&apos;s order forbids telling this person about %1: leave it out of every answer.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Which letter?</source>
        <translation>Which letter?</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
</context>
<context>
    <name>RequestStepDialog</name>
    <message>
        <source>the data protection officer</source>
        <translation>the data protection officer</translation>
    </message>
    <message>
        <source>I told the requester of this extension in advance, before the first due date, with the reasons above.</source>
        <translation>I told the requester of this extension in advance, before the first due date, with the reasons above.</translation>
    </message>
    <message>
        <source>The notice sent</source>
        <translation>The notice sent</translation>
    </message>
    <message>
        <source>The answer stays due on %1: an extension is 1 to %2 days.</source>
        <translation>The answer stays due on %1: an extension is 1 to %2 days.</translation>
    </message>
    <message>
        <source>Told after the first due date (%1): the period is not extended; the answer stays due on %1.</source>
        <translation>Told after the first due date (%1): the period is not extended; the answer stays due on %1.</translation>
    </message>
    <message>
        <source>New due date: %1 — the first due date, %2, plus %3.</source>
        <translation>New due date: %1 — the first due date, %2, plus %3.</translation>
    </message>
    <message>
        <source>tick the box once the requester has been told, with the reasons</source>
        <translation>tick the box once the requester has been told, with the reasons</translation>
    </message>
    <message>
        <source>say how the requester was told (letter, e-mail, phone or in person)</source>
        <translation>say how the requester was told (letter, e-mail, phone or in person)</translation>
    </message>
    <message>
        <source>Identity document seen (from the customer&apos;s KYC record)</source>
        <translation>Identity document seen (from the customer&apos;s KYC record)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The passphrase the register had when the backup was made</source>
        <translation>The passphrase the register had when the backup was made</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Check the backup</translation>
    </message>
    <message>
        <source>Replace this register (%1); a copy of it is kept beside it first</source>
        <translation>Replace this register (%1); a copy of it is kept beside it first</translation>
    </message>
    <message>
        <source>Restore as a new register file:</source>
        <translation>Restore as a new register file:</translation>
    </message>
    <message>
        <source>Opened read-only: the register is in use and cannot be replaced.</source>
        <translation>Opened read-only: the register is in use and cannot be replaced.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Its passphrase</source>
        <translation>Its passphrase</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore to</source>
        <translation>Restore to</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Compliance Desk register (*.cdesk)</source>
        <translation>Compliance Desk register (*.cdesk)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Choose the backup file.</translation>
    </message>
    <message>
        <source>That is the open register itself, not a backup of it.</source>
        <translation>That is the open register itself, not a backup of it.</translation>
    </message>
    <message>
        <source>Checking the backup&apos;s audit chain: %1 of %2 entries</source>
        <translation>Checking the backup&apos;s audit chain: %1 of %2 entries</translation>
    </message>
    <message>
        <source>Opening and verifying %1…</source>
        <translation>Opening and verifying %1…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <source>This backup does not verify, so it cannot be restored. First problem: %1</source>
        <translation>This backup does not verify, so it cannot be restored. First problem: %1</translation>
    </message>
    <message>
        <source>Backup of %1: %2 audit entries verified, last change %3, seal %4.</source>
        <translation>Backup of %1: %2 audit entries verified, last change %3, seal %4.</translation>
    </message>
    <message>
        <source>Choose where to write the restored register.</source>
        <translation>Choose where to write the restored register.</translation>
    </message>
    <message>
        <source>That file already exists.</source>
        <translation>That file already exists.</translation>
    </message>
    <message>
        <source>Replace the register</source>
        <translation>Replace the register</translation>
    </message>
    <message>
        <source>The open register will be closed and replaced by the backup. Changes made since the backup (%1) are kept only in the safety copy. Replace it?</source>
        <translation>The open register will be closed and replaced by the backup. Changes made since the backup (%1) are kept only in the safety copy. Replace it?</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restoring %1…</translation>
    </message>
</context>
<context>
    <name>RightEditor</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Reason code</translation>
    </message>
    <message>
        <source>Reasons told to the requester</source>
        <translation>Reasons told to the requester</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Action date</source>
        <translation>Action date</translation>
    </message>
    <message>
        <source>Why the holds are overridden</source>
        <translation>Why the holds are overridden</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>To decide (open and escalated)</source>
        <translation>To decide (open and escalated)</translation>
    </message>
    <message>
        <source>All hits</source>
        <translation>All hits</translation>
    </message>
    <message>
        <source>Screen all customers now</source>
        <translation>Screen all customers now</translation>
    </message>
    <message>
        <source>Lists…</source>
        <translation>Lists…</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Hit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>No sanctions list is loaded: open Lists… and import one.</source>
        <translation>No sanctions list is loaded: open Lists… and import one.</translation>
    </message>
    <message>
        <source>%1 to decide, %2 confirmed. Lists: %3</source>
        <translation>%1 to decide, %2 confirmed. Lists: %3</translation>
    </message>
    <message>
        <source>Screening customers against the lists …</source>
        <translation>Screening customers against the lists …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: %2 customers screened, %3 new hits, %4 decided false positives not raised again.</source>
        <translation>%1: %2 customers screened, %3 new hits, %4 decided false positives not raised again.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As the language writes them</source>
        <translation>As the language writes them</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>Latin (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>Arabic-Indic (٠١٢٣)</translation>
    </message>
    <message>
        <source>Show Hijri (Umm al-Qura) dates beside Gregorian dates</source>
        <translation>Show Hijri (Umm al-Qura) dates beside Gregorian dates</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Your name, as written in the audit trail</source>
        <translation>Your name, as written in the audit trail</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Reports: show the Umm al-Qura Hijri date beside Gregorian dates</source>
        <translation>Reports: show the Umm al-Qura Hijri date beside Gregorian dates</translation>
    </message>
    <message>
        <source>Reports: show identifiers in full (masked by default)</source>
        <translation>Reports: show identifiers in full (masked by default)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <source>Oldest proof of address</source>
        <translation>Oldest proof of address</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Records a notice you made to SDAIA elsewhere; the app sends nothing.</source>
        <translation>Records a notice you made to SDAIA elsewhere; the app sends nothing.</translation>
    </message>
    <message>
        <source>Aware at %1 · deadline %2</source>
        <translation>Aware at %1 · deadline %2</translation>
    </message>
    <message>
        <source>Enter the times below in %1 time: the zone this breach is recorded in.</source>
        <translation>Enter the times below in %1 time: the zone this breach is recorded in.</translation>
    </message>
</context>
<context>
    <name>StagedPage</name>
    <message>
        <source>Workflow:</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Due within %1</source>
        <translation>Due within %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>This page will be shown when the server answers again; the app retries every second.</source>
        <translation>This page will be shown when the server answers again; the app retries every second.</translation>
    </message>
    <message>
        <source>Opened read-only: your login %1 may read this register on the server but not change it. You can read every record and produce every report.</source>
        <translation>Opened read-only: your login %1 may read this register on the server but not change it. You can read every record and produce every report.</translation>
    </message>
    <message>
        <source>You can read every record and produce every report; changes, imports and queue acknowledgements are off until you open the register again when it is free.</source>
        <translation>You can read every record and produce every report; changes, imports and queue acknowledgements are off until you open the register again when it is free.</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Opened read-only.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Opened read-only: %1 has this register open for changes since %2.</source>
        <translation>Opened read-only: %1 has this register open for changes since %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Seal %1</source>
        <translation>Seal %1</translation>
    </message>
    <message>
        <source>Register seal (audit chain head): %1</source>
        <translation>Register seal (audit chain head): %1</translation>
    </message>
</context>
<context>
    <name>StepsDialog</name>
    <message>
        <source>Containment and remediation steps — %1</source>
        <translation>Containment and remediation steps — %1</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Mark the selected step done today</source>
        <translation>Mark the selected step done today</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TimeEcho</name>
    <message>
        <source>As the notice will show it: %1</source>
        <translation>As the notice will show it: %1</translation>
    </message>
</context>
<context>
    <name>TransparencyPage</name>
    <message>
        <source>Show figures</source>
        <translation>Show figures</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Government and legal demands received</source>
        <translation>Government and legal demands received</translation>
    </message>
    <message>
        <source>Decided (complied, partly complied, refused)</source>
        <translation>Decided (complied, partly complied, refused)</translation>
    </message>
    <message>
        <source>Some data disclosed (share of decided requests)</source>
        <translation>Some data disclosed (share of decided requests)</translation>
    </message>
    <message>
        <source>Accounts requested / affected by a disclosure</source>
        <translation>Accounts requested / affected by a disclosure</translation>
    </message>
    <message>
        <source>Emergency requests</source>
        <translation>Emergency requests</translation>
    </message>
    <message>
        <source>Commercial disclosures (partners, mergers)</source>
        <translation>Commercial disclosures (partners, mergers)</translation>
    </message>
    <message>
        <source>Median days from receipt to decision</source>
        <translation>Median days from receipt to decision</translation>
    </message>
    <message>
        <source>Open requests past their due date</source>
        <translation>Open requests past their due date</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>By requesting authority</source>
        <translation>By requesting authority</translation>
    </message>
    <message>
        <source>By request type</source>
        <translation>By request type</translation>
    </message>
    <message>
        <source>By decision</source>
        <translation>By decision</translation>
    </message>
    <message>
        <source>By jurisdiction</source>
        <translation>By jurisdiction</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Compliance Desk — open a register</source>
        <translation>Compliance Desk — open a register</translation>
    </message>
    <message>
        <source>Compliance Desk</source>
        <translation>Compliance Desk</translation>
    </message>
    <message>
        <source>Encrypted registers of processing, disclosures and KYC checks</source>
        <translation>Encrypted registers of processing, disclosures and KYC checks</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>New register…</source>
        <translation>New register…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Register passphrase</source>
        <translation>Register passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Connect to a server…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Welcome. Create the register of your organisation, or look around the demo register of a fictional jeweller first.</source>
        <translation>Welcome. Create the register of your organisation, or look around the demo register of a fictional jeweller first.</translation>
    </message>
    <message>
        <source>Create a register</source>
        <translation>Create a register</translation>
    </message>
    <message>
        <source>Open the demo register</source>
        <translation>Open the demo register</translation>
    </message>
    <message>
        <source>Recent registers</source>
        <translation>Recent registers</translation>
    </message>
    <message>
        <source>No register yet: create one, or open an existing file.</source>
        <translation>No register yet: create one, or open an existing file.</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>Database password: your login to the server. Register passphrase: your own, it unlocks the register&apos;s encrypted documents and identifiers (left blank, they read “encrypted — no key”).</source>
        <translation>Database password: your login to the server. Register passphrase: your own, it unlocks the register&apos;s encrypted documents and identifiers (left blank, they read “encrypted — no key”).</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Open a register</translation>
    </message>
    <message>
        <source>Compliance Desk register (*.cdesk)</source>
        <translation>Compliance Desk register (*.cdesk)</translation>
    </message>
    <message>
        <source>Choose a register first.</source>
        <translation>Choose a register first.</translation>
    </message>
    <message>
        <source>%1 on a server on this computer</source>
        <translation>%1 on a server on this computer</translation>
    </message>
    <message>
        <source>%1 on the server %2</source>
        <translation>%1 on the server %2</translation>
    </message>
    <message>
        <source>Login %1</source>
        <translation>Login %1</translation>
    </message>
    <message>
        <source>plain connection on this computer</source>
        <translation>plain connection on this computer</translation>
    </message>
    <message>
        <source>TLS, certificate checked</source>
        <translation>TLS, certificate checked</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify the register</source>
        <translation>Verify the register</translation>
    </message>
    <message>
        <source>Checks every page&apos;s integrity code, the database structure, the audit chain entry by entry, and that every record matches its last audit entry.</source>
        <translation>Checks every page&apos;s integrity code, the database structure, the audit chain entry by entry, and that every record matches its last audit entry.</translation>
    </message>
    <message>
        <source>Checking pages and structure…</source>
        <translation>Checking pages and structure…</translation>
    </message>
    <message>
        <source>Checking the audit chain: %1 of %2 entries</source>
        <translation>Checking the audit chain: %1 of %2 entries</translation>
    </message>
    <message>
        <source>Comparing every record with its audit entry…</source>
        <translation>Comparing every record with its audit entry…</translation>
    </message>
    <message>
        <source>Verification cancelled: the register was not checked to the end.</source>
        <translation>Verification cancelled: the register was not checked to the end.</translation>
    </message>
    <message>
        <source>The register is intact: %1 audit entries verified. Seal %2.</source>
        <translation>The register is intact: %1 audit entries verified. Seal %2.</translation>
    </message>
    <message>
        <source>The register does not verify. First problem: %1</source>
        <translation>The register does not verify. First problem: %1</translation>
    </message>
    <message>
        <source>Keep this file as it is, for the record, and restore the register from a backup made before the problem (Register menu, Restore from a backup…).</source>
        <translation>Keep this file as it is, for the record, and restore the register from a backup made before the problem (Register menu, Restore from a backup…).</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>The check could not run: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>
