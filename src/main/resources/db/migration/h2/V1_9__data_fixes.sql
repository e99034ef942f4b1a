-- A data fix (an input the snapshot does not record) has no current figure and no target.
ALTER TABLE fix_record ALTER COLUMN current_value SET NULL;
ALTER TABLE fix_record ALTER COLUMN target_value SET NULL;
