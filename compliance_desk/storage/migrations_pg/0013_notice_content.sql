-- What the privacy notice must say beyond the earlier fields, each in English and in Arabic:
-- per activity, what happens if the data subject does not provide the data (PDPL Art. 13), the means
-- of storage, where and how the data are kept (PDPL Art. 12), and the data items actually collected
-- (one per line; the notice names the category alone when none are listed); per recipient, who they
-- are and what they do with the data (a type such as "business partners" alone tells a reader nothing).
ALTER TABLE activities ADD COLUMN consequences TEXT;
ALTER TABLE activities ADD COLUMN consequences_ar TEXT;
ALTER TABLE activities ADD COLUMN storage_means TEXT;
ALTER TABLE activities ADD COLUMN storage_means_ar TEXT;
ALTER TABLE activities ADD COLUMN data_items TEXT;
ALTER TABLE activities ADD COLUMN data_items_ar TEXT;
ALTER TABLE recipients ADD COLUMN description TEXT;
ALTER TABLE recipients ADD COLUMN description_ar TEXT;
