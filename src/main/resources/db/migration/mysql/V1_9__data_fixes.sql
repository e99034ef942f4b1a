-- A data fix (an input the snapshot does not record) has no current figure and no target.
ALTER TABLE fix_record MODIFY current_value DOUBLE NULL;
ALTER TABLE fix_record MODIFY target_value DOUBLE NULL;
