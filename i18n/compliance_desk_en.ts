<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="58" />
      <source>About Compliance Desk</source>
      <translation>About Compliance Desk</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="64" />
      <source>Component</source>
      <translation>Component</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="64" />
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="64" />
      <source>Used for</source>
      <translation>Used for</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="75" />
      <source>Bundled software and fonts, and their licences</source>
      <translation>Bundled software and fonts, and their licences</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <location filename="../compliance_desk/ui/activity_dialog.py" line="53" />
      <source>Recipients of the data</source>
      <translation>Recipients of the data</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/activity_dialog.py" line="58" />
      <source>Transfers abroad</source>
      <translation>Transfers abroad</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/activity_dialog.py" line="61" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/activity_dialog.py" line="61" />
      <source>Safeguard</source>
      <translation>Safeguard</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/activity_dialog.py" line="61" />
      <source>Recipient</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/activity_dialog.py" line="66" />
      <source>Add transfer</source>
      <translation>Add transfer</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/activity_dialog.py" line="68" />
      <source>Remove transfer</source>
      <translation>Remove transfer</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/activity_dialog.py" line="74" />
      <source>Recipients and transfers</source>
      <translation>Recipients and transfers</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/activity_dialog.py" line="130" />
      <source>Missing for a complete record of processing: %1</source>
      <translation>Missing for a complete record of processing: %1</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/activity_dialog.py" line="135" />
      <source>All minimum fields of a record of processing are filled.</source>
      <translation>All minimum fields of a record of processing are filled.</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../compliance_desk/ui/attachments_panel.py" line="41" />
      <source>Attach a file…</source>
      <translation>Attach a file…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/attachments_panel.py" line="43" />
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/attachments_panel.py" line="44" />
      <source>Writes an unencrypted copy to disk; the export is audited.</source>
      <translation>Writes an unencrypted copy to disk; the export is audited.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/attachments_panel.py" line="59" />
      <source>PDF, JPEG, PNG, TIFF or WebP, up to 20 MB; stored encrypted in the register.</source>
      <translation>PDF, JPEG, PNG, TIFF or WebP, up to 20 MB; stored encrypted in the register.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/attachments_panel.py" line="77" />
      <source>No preview for this file.</source>
      <translation>No preview for this file.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/attachments_panel.py" line="89" />
      <source>Save the record first, then attach files to it.</source>
      <translation>Save the record first, then attach files to it.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/attachments_panel.py" line="121" />
      <source>Attach a file</source>
      <translation>Attach a file</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/attachments_panel.py" line="122" />
      <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
      <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/attachments_panel.py" line="147" />
      <source>Export attachment</source>
      <translation>Export attachment</translation>
    </message>
  </context>
  <context>
    <name>CheckDialog</name>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="234" />
      <source>Check of %1</source>
      <translation>Check of %1</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="259" />
      <source>This document breaks: %1</source>
      <translation>This document breaks: %1</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="262" />
      <source>The document meets every rule on this date.</source>
      <translation>The document meets every rule on this date.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="265" />
      <source>Saving as verified overrides these rules: give the reason.</source>
      <translation>Saving as verified overrides these rules: give the reason.</translation>
    </message>
  </context>
  <context>
    <name>Controller</name>
    <message>
      <location filename="../compliance_desk/ui/controller.py" line="139" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/controller.py" line="140" />
      <source>Save the record you are editing before locking?</source>
      <translation>Save the record you are editing before locking?</translation>
    </message>
  </context>
  <context>
    <name>CrashHandler</name>
    <message>
      <location filename="../compliance_desk/ui/errors.py" line="17" />
      <source>Compliance Desk</source>
      <translation>Compliance Desk</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/errors.py" line="38" />
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/errors.py" line="39" />
      <source>Something went wrong and the action was not completed. Nothing saved before it was lost. The details were written to:
%1</source>
      <translation>Something went wrong and the action was not completed. Nothing saved before it was lost. The details were written to:
%1</translation>
    </message>
  </context>
  <context>
    <name>CustomerDialog</name>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="64" />
      <source>%1: the order prohibits telling this customer about the request.</source>
      <translation>%1: the order prohibits telling this customer about the request.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="67" />
      <source>%1: telling this customer is deferred until %2.</source>
      <translation>%1: telling this customer is deferred until %2.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="70" />
      <source>Do not tip off the customer.</source>
      <translation>Do not tip off the customer.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="77" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="77" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="77" />
      <source>Issued by</source>
      <translation>Issued by</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="78" />
      <source>Expires</source>
      <translation>Expires</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="78" />
      <source>Latest check</source>
      <translation>Latest check</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="86" />
      <source>Add document…</source>
      <translation>Add document…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="88" />
      <source>Edit document…</source>
      <translation>Edit document…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="90" />
      <source>Record check…</source>
      <translation>Record check…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="97" />
      <source>Save the customer first, then add documents.</source>
      <translation>Save the customer first, then add documents.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="99" />
      <source>Documents and checks</source>
      <translation>Documents and checks</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="116" />
      <source>not checked</source>
      <translation>not checked</translation>
    </message>
  </context>
  <context>
    <name>DisclosureDialog</name>
    <message>
      <location filename="../compliance_desk/ui/disclosure_dialog.py" line="57" />
      <source>This request is closed: it can be read, not changed.</source>
      <translation>This request is closed: it can be read, not changed.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_dialog.py" line="64" />
      <source>Customers concerned (client references, separated by commas)</source>
      <translation>Customers concerned (client references, separated by commas)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_dialog.py" line="69" />
      <source>Processing activities concerned</source>
      <translation>Processing activities concerned</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_dialog.py" line="75" />
      <source>Customers and activities</source>
      <translation>Customers and activities</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_dialog.py" line="77" />
      <source>Attachments</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_dialog.py" line="101" />
      <source>Stage: %1</source>
      <translation>Stage: %1</translation>
    </message>
  </context>
  <context>
    <name>DisclosurePage</name>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="30" />
      <source>Start legal review</source>
      <translation>Start legal review</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="32" />
      <source>Record decision…</source>
      <translation>Record decision…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="33" />
      <source>Record disclosure…</source>
      <translation>Record disclosure…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="35" />
      <source>Close request</source>
      <translation>Close request</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="42" />
      <source>Import log…</source>
      <translation>Import log…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="51" />
      <source>Any stage</source>
      <translation>Any stage</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="52" />
      <source>Any requester</source>
      <translation>Any requester</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="53" />
      <source>Any request type</source>
      <translation>Any request type</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="54" />
      <source>Any decision</source>
      <translation>Any decision</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="58" />
      <source>Unanswered</source>
      <translation>Unanswered</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="59" />
      <source>Due within 14 days</source>
      <translation>Due within 14 days</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="60" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="88" />
      <source>The order prohibits telling the subjects about this request. Do not contact or inform the customers concerned.</source>
      <translation>The order prohibits telling the subjects about this request. Do not contact or inform the customers concerned.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/disclosure_page.py" line="92" />
      <source>Notifying the subjects is deferred until %1.</source>
      <translation>Notifying the subjects is deferred until %1.</translation>
    </message>
  </context>
  <context>
    <name>DocumentDialog</name>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="191" />
      <source>Scans</source>
      <translation>Scans</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="212" />
      <source>check digits hold</source>
      <translation>check digits hold</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="212" />
      <source>check digits FAIL: %1</source>
      <translation>check digits FAIL: %1</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_dialogs.py" line="217" />
      <source>Differs from the entered data: %1</source>
      <translation>Differs from the entered data: %1</translation>
    </message>
  </context>
  <context>
    <name>DuePage</name>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="48" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="48" />
      <source>Reference</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="55" />
      <source>Nothing is overdue or coming due.</source>
      <translation>Nothing is overdue or coming due.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="58" />
      <source>Disclosure requests due within 14 days, identity documents expiring within 90 days, and customers overdue for re-verification.</source>
      <translation>Disclosure requests due within 14 days, identity documents expiring within 90 days, and customers overdue for re-verification.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="70" />
      <source>Overdue by %1 days</source>
      <translation>Overdue by %1 days</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="72" />
      <source>Due today</source>
      <translation>Due today</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="73" />
      <source>In %1 days</source>
      <translation>In %1 days</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="88" />
      <source>Expired %1 days ago</source>
      <translation>Expired %1 days ago</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="89" />
      <source>Expires in %1 days</source>
      <translation>Expires in %1 days</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="97" />
      <source>Re-verification</source>
      <translation>Re-verification</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="49" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="48" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="49" />
      <source>Customer or requester</source>
      <translation>Customer or requester</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/due_page.py" line="123" />
      <source>Due: %1 items, %2 overdue</source>
      <translation>Due: %1 items, %2 overdue</translation>
    </message>
  </context>
  <context>
    <name>FieldEditor</name>
    <message>
      <location filename="../compliance_desk/ui/record_form.py" line="127" />
      <source>YYYY-MM-DD, e.g. 2026-01-31</source>
      <translation>YYYY-MM-DD, e.g. 2026-01-31</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/record_form.py" line="136" />
      <source>Pick a date</source>
      <translation>Pick a date</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="24" />
      <source>How Compliance Desk works</source>
      <translation>How Compliance Desk works</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="28" />
      <source>Registers</source>
      <translation>Registers</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="29" />
      <source>A register is one encrypted file per organisation. It holds the record of processing activities and its recipients, the third-party disclosures (court orders, law-enforcement and regulator requests), and the KYC checks of customers' documents. Every change is written into a tamper-evident audit trail.</source>
      <translation>A register is one encrypted file per organisation. It holds the record of processing activities and its recipients, the third-party disclosures (court orders, law-enforcement and regulator requests), and the KYC checks of customers' documents. Every change is written into a tamper-evident audit trail.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="33" />
      <source>The passphrase cannot be recovered</source>
      <translation>The passphrase cannot be recovered</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="34" />
      <source>The register is encrypted with its passphrase. Nobody, not even the makers of this application, can open it without the passphrase, and there is no way to reset it. Write it down and keep it somewhere safe, away from the computer.</source>
      <translation>The register is encrypted with its passphrase. Nobody, not even the makers of this application, can open it without the passphrase, and there is no way to reset it. Write it down and keep it somewhere safe, away from the computer.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="37" />
      <source>Backups</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="38" />
      <source>Keep encrypted backups on another disk: the command `compliance-desk backup REGISTER DEST` writes one that opens with the same passphrase. A restore checks the backup before it replaces anything.</source>
      <translation>Keep encrypted backups on another disk: the command `compliance-desk backup REGISTER DEST` writes one that opens with the same passphrase. A restore checks the backup before it replaces anything.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="41" />
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/help.py" line="42" />
      <source>Reports (Ctrl+P) are written in Arabic or English as PDF or Excel files. Each carries the register seal: the audit trail's fingerprint at the time of the report, so a printed report can be matched to the register later.</source>
      <translation>Reports (Ctrl+P) are written in Arabic or English as PDF or Excel files. Each carries the register seal: the audit trail's fingerprint at the time of the report, so a printed report can be matched to the register later.</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <location filename="../compliance_desk/ui/history_panel.py" line="22" />
      <source>When (UTC)</source>
      <translation>When (UTC)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/history_panel.py" line="22" />
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/history_panel.py" line="22" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/history_panel.py" line="22" />
      <source>Before → after</source>
      <translation>Before → after</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/history_panel.py" line="32" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/history_panel.py" line="32" />
      <source>Changed</source>
      <translation>Changed</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/history_panel.py" line="33" />
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../compliance_desk/ui/import_dialog.py" line="26" />
      <source>Import %1</source>
      <translation>Import %1</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/import_dialog.py" line="33" />
      <source>Import the valid rows</source>
      <translation>Import the valid rows</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/import_dialog.py" line="56" />
      <source>%1 rows are invalid, so nothing was imported. Correct the file and import it again, or import only the %2 valid rows.</source>
      <translation>%1 rows are invalid, so nothing was imported. Correct the file and import it again, or import only the %2 valid rows.</translation>
    </message>
  </context>
  <context>
    <name>KycPage</name>
    <message>
      <location filename="../compliance_desk/ui/kyc_page.py" line="25" />
      <source>Import customers…</source>
      <translation>Import customers…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_page.py" line="30" />
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_page.py" line="31" />
      <source>Any risk</source>
      <translation>Any risk</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_page.py" line="34" />
      <source>Re-verification due</source>
      <translation>Re-verification due</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/kyc_page.py" line="35" />
      <source>Politically exposed</source>
      <translation>Politically exposed</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="42" />
      <source>Compliance Desk — %1</source>
      <translation>Compliance Desk — %1</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="59" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="60" />
      <source>Processing activities</source>
      <translation>Processing activities</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="61" />
      <source>Recipients</source>
      <translation>Recipients</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="62" />
      <source>Disclosures</source>
      <translation>Disclosures</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="63" />
      <source>Transparency figures</source>
      <translation>Transparency figures</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="64" />
      <source>KYC</source>
      <translation>KYC</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="65" />
      <source>Policy check</source>
      <translation>Policy check</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="86" />
      <source>Search (Ctrl+F)</source>
      <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="119" />
      <source>Lock</source>
      <translation>Lock</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="123" />
      <source>Settings…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="126" />
      <source>Find</source>
      <translation>Find</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="129" />
      <source>Reports…</source>
      <translation>Reports…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="133" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="137" />
      <source>&amp;Register</source>
      <translation>&amp;Register</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="143" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="145" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="146" />
      <source>How Compliance Desk works</source>
      <translation>How Compliance Desk works</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="149" />
      <source>About Compliance Desk</source>
      <translation>About Compliance Desk</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="152" />
      <source>Main</source>
      <translation>Main</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="171" />
      <source>read-only</source>
      <translation>read-only</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="265" />
      <source>%1 records</source>
      <translation>%1 records</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="269" />
      <source>Seal %1</source>
      <translation>Seal %1</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/main_window.py" line="270" />
      <source>Register seal (audit chain head): %1</source>
      <translation>Register seal (audit chain head): %1</translation>
    </message>
  </context>
  <context>
    <name>NewRegisterDialog</name>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="37" />
      <location filename="../compliance_desk/ui/new_register.py" line="94" />
      <source>New register</source>
      <translation>New register</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="42" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="67" />
      <source>Register file</source>
      <translation>Register file</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="68" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="69" />
      <source>Passphrase again</source>
      <translation>Passphrase again</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="70" />
      <source>Strength</source>
      <translation>Strength</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="71" />
      <source>The passphrase cannot be recovered. Without it the register cannot be opened: keep it safe, and keep backups.</source>
      <translation>The passphrase cannot be recovered. Without it the register cannot be opened: keep it safe, and keep backups.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="80" />
      <source>Create register</source>
      <translation>Create register</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="85" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="94" />
      <source>Compliance Desk register (*.cdesk)</source>
      <translation>Compliance Desk register (*.cdesk)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="102" />
      <source>Enter the organisation's name in Arabic or English.</source>
      <translation>Enter the organisation's name in Arabic or English.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="104" />
      <source>Choose where to save the register.</source>
      <translation>Choose where to save the register.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="106" />
      <source>That file already exists.</source>
      <translation>That file already exists.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="108" />
      <source>The passphrase needs at least %1 characters.</source>
      <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="110" />
      <source>The two passphrases differ.</source>
      <translation>The two passphrases differ.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="116" />
      <source>weak</source>
      <translation>weak</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="116" />
      <source>fair</source>
      <translation>fair</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/new_register.py" line="116" />
      <source>strong</source>
      <translation>strong</translation>
    </message>
  </context>
  <context>
    <name>PolicyPage</name>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="48" />
      <source>Paste the privacy policy here, or open its file (.txt, .docx, .html).</source>
      <translation>Paste the privacy policy here, or open its file (.txt, .docx, .html).</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="49" />
      <source>Open policy…</source>
      <translation>Open policy…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="51" />
      <source>Check against the register</source>
      <translation>Check against the register</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="58" />
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="58" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="58" />
      <source>Evidence</source>
      <translation>Evidence</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="71" />
      <source>Gaps (double-click to open the records concerned)</source>
      <translation>Gaps (double-click to open the records concerned)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="73" />
      <source>What the policy states</source>
      <translation>What the policy states</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="94" />
      <source>Open policy</source>
      <translation>Open policy</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="95" />
      <source>Policies (*.txt *.docx *.html *.htm)</source>
      <translation>Policies (*.txt *.docx *.html *.htm)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/policy_page.py" line="114" />
      <source>%1 statements found; %2 gaps with the register.</source>
      <translation>%1 statements found; %2 gaps with the register.</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../compliance_desk/ui/record_dialog.py" line="51" />
      <source>New %1</source>
      <translation>New %1</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/record_dialog.py" line="51" />
      <source>Edit %1</source>
      <translation>Edit %1</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/record_dialog.py" line="164" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/record_dialog.py" line="165" />
      <source>This record has changes that are not saved. Save them?</source>
      <translation>This record has changes that are not saved. Save them?</translation>
    </message>
  </context>
  <context>
    <name>RecordTableModel</name>
    <message>
      <location filename="../compliance_desk/ui/table_model.py" line="165" />
      <source>Complete</source>
      <translation>Complete</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/table_model.py" line="166" />
      <source>Missing %1</source>
      <translation>Missing %1</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="96" />
      <source>History of the selected record</source>
      <translation>History of the selected record</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="127" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="128" />
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="129" />
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="130" />
      <source>Retire</source>
      <translation>Retire</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="131" />
      <location filename="../compliance_desk/ui/register_page.py" line="325" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="146" />
      <source>Import…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="149" />
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="189" />
      <location filename="../compliance_desk/ui/register_page.py" line="193" />
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="190" />
      <source>Any legal basis</source>
      <translation>Any legal basis</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="191" />
      <source>Any data category</source>
      <translation>Any data category</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="194" />
      <source>Any type</source>
      <translation>Any type</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="198" />
      <source>Review due</source>
      <translation>Review due</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="199" />
      <source>Incomplete</source>
      <translation>Incomplete</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/register_page.py" line="326" />
      <source>Delete this record? The deletion is kept in the audit trail.</source>
      <translation>Delete this record? The deletion is kept in the audit trail.</translation>
    </message>
  </context>
  <context>
    <name>ReportsDialog</name>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="52" />
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="56" />
      <source>Record of processing activities (PDF)</source>
      <translation>Record of processing activities (PDF)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="57" />
      <source>Third-party disclosures and transparency (PDF)</source>
      <translation>Third-party disclosures and transparency (PDF)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="58" />
      <source>KYC document checks (PDF)</source>
      <translation>KYC document checks (PDF)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="59" />
      <source>Record sheet with its audit history (PDF)</source>
      <translation>Record sheet with its audit history (PDF)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="60" />
      <source>Register workbook (Excel)</source>
      <translation>Register workbook (Excel)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="61" />
      <source>Audit pack: every report in both languages (folder)</source>
      <translation>Audit pack: every report in both languages (folder)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="69" />
      <location filename="../compliance_desk/ui/reports_dialog.py" line="71" />
      <source>YYYY-MM-DD, e.g. 2026-01-31</source>
      <translation>YYYY-MM-DD, e.g. 2026-01-31</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="72" />
      <source>Show the Umm al-Qura Hijri date</source>
      <translation>Show the Umm al-Qura Hijri date</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="74" />
      <source>Show identifiers in full</source>
      <translation>Show identifiers in full</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="78" />
      <source>e.g. PA-0001, DSC-2026-0001, CUS-00001</source>
      <translation>e.g. PA-0001, DSC-2026-0001, CUS-00001</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="81" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="87" />
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="88" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="89" />
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="91" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="92" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="95" />
      <source>Save to</source>
      <translation>Save to</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="104" />
      <source>Generate</source>
      <translation>Generate</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="106" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="108" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="136" />
      <source>Audit pack folder</source>
      <translation>Audit pack folder</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="138" />
      <source>Save report</source>
      <translation>Save report</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="160" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="191" />
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="205" />
      <source>Cancelled; no report was written.</source>
      <translation>Cancelled; no report was written.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/reports_dialog.py" line="213" />
      <source>Written to %1</source>
      <translation>Written to %1</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="25" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="33" />
      <source>As the language writes them</source>
      <translation>As the language writes them</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="34" />
      <source>Latin (0123)</source>
      <translation>Latin (0123)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="35" />
      <source>Arabic-Indic (٠١٢٣)</source>
      <translation>Arabic-Indic (٠١٢٣)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="37" />
      <source>Show Hijri (Umm al-Qura) dates beside Gregorian dates</source>
      <translation>Show Hijri (Umm al-Qura) dates beside Gregorian dates</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="43" />
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="44" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="48" />
      <source>Your name, as written in the audit trail</source>
      <translation>Your name, as written in the audit trail</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="52" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="59" />
      <source>Reports: show the Umm al-Qura Hijri date beside Gregorian dates</source>
      <translation>Reports: show the Umm al-Qura Hijri date beside Gregorian dates</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="61" />
      <source>Reports: show identifiers in full (masked by default)</source>
      <translation>Reports: show identifiers in full (masked by default)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="65" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="66" />
      <source>Digits</source>
      <translation>Digits</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="68" />
      <source>Lock after inactivity</source>
      <translation>Lock after inactivity</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="69" />
      <source>Officer name</source>
      <translation>Officer name</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="70" />
      <source>Oldest proof of address</source>
      <translation>Oldest proof of address</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/settings_dialog.py" line="71" />
      <source>Report language</source>
      <translation>Report language</translation>
    </message>
  </context>
  <context>
    <name>TransparencyPage</name>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="43" />
      <source>Show figures</source>
      <translation>Show figures</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="48" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="50" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="59" />
      <source>Requests received</source>
      <translation>Requests received</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="60" />
      <source>Accounts requested</source>
      <translation>Accounts requested</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="61" />
      <source>Requests where some data was disclosed</source>
      <translation>Requests where some data was disclosed</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="62" />
      <source>Emergency / other requests</source>
      <translation>Emergency / other requests</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="63" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="69" />
      <source>By requesting authority</source>
      <translation>By requesting authority</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="69" />
      <source>By request type</source>
      <translation>By request type</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="70" />
      <source>By decision</source>
      <translation>By decision</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="70" />
      <source>By jurisdiction</source>
      <translation>By jurisdiction</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="85" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/transparency_page.py" line="85" />
      <source>Requests</source>
      <translation>Requests</translation>
    </message>
  </context>
  <context>
    <name>UnlockWindow</name>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="43" />
      <source>Compliance Desk — open a register</source>
      <translation>Compliance Desk — open a register</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="46" />
      <source>Compliance Desk</source>
      <translation>Compliance Desk</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="51" />
      <source>Encrypted registers of processing, disclosures and KYC checks</source>
      <translation>Encrypted registers of processing, disclosures and KYC checks</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="59" />
      <source>Open…</source>
      <translation>Open…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="61" />
      <source>New register…</source>
      <translation>New register…</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="71" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="73" />
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="77" />
      <source>Open read-only</source>
      <translation>Open read-only</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="86" />
      <source>Help</source>
      <translation>Help</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="98" />
      <source>Welcome. Create the register of your organisation, or look around the demo register of a fictional jeweller first.</source>
      <translation>Welcome. Create the register of your organisation, or look around the demo register of a fictional jeweller first.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="101" />
      <source>Create a register</source>
      <translation>Create a register</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="104" />
      <source>Open the demo register</source>
      <translation>Open the demo register</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="122" />
      <source>Recent registers</source>
      <translation>Recent registers</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="141" />
      <source>No register yet: create one, or open an existing file.</source>
      <translation>No register yet: create one, or open an existing file.</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="168" />
      <source>Open a register</source>
      <translation>Open a register</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="168" />
      <source>Compliance Desk register (*.cdesk)</source>
      <translation>Compliance Desk register (*.cdesk)</translation>
    </message>
    <message>
      <location filename="../compliance_desk/ui/unlock.py" line="174" />
      <source>Choose a register first.</source>
      <translation>Choose a register first.</translation>
    </message>
  </context>
</TS>