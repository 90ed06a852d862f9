-- Where an imported subject's values came from, kept on the subject row instead of one
-- subject_field_source row per field (an import of 100,000 children wrote 600,000 of those).
-- The fields named in source_fields (columns, comma-separated) came from source, unless
-- subject_field_source has a row for the field: that row, written later, tells.
ALTER TABLE subject ADD COLUMN source TEXT;
ALTER TABLE subject ADD COLUMN source_fields TEXT NOT NULL DEFAULT '';
