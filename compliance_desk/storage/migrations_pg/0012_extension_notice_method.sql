-- How the requester was told of the extension in advance (PDPL Implementing Regulation Art. 3(1)(a)):
-- letter, e-mail, phone or in person; the notice itself is attached to the request.
ALTER TABLE requests ADD COLUMN extension_notice_method TEXT;
