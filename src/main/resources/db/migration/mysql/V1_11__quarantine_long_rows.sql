-- A quarantined row keeps its text as read; MySQL's TEXT stops at 64 KB, so a row with one very long cell needs
-- MEDIUMTEXT (H2's TEXT has no such limit).
ALTER TABLE quarantine MODIFY raw_row MEDIUMTEXT;
