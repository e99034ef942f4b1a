-- Where each quarantined row came from: the export's file and line when a source mapped it (for a canonical
-- snapshot the same file and line as file_name and line_no).
ALTER TABLE quarantine ADD COLUMN source_file VARCHAR(255);
ALTER TABLE quarantine ADD COLUMN source_line BIGINT;

-- What each source file gave each canonical file of an import: records read, canonical rows mapped, and as JSON
-- the records skipped by reason, the columns nothing read and the notes on derived values, with counts.
CREATE TABLE source_tally (
    snapshot_id    BIGINT       NOT NULL,
    canonical_file VARCHAR(64)  NOT NULL,
    source_file    VARCHAR(255) NOT NULL,
    position       INT          NOT NULL,
    rows_read      BIGINT       NOT NULL,
    rows_mapped    BIGINT       NOT NULL,
    details        TEXT         NOT NULL,
    PRIMARY KEY (snapshot_id, canonical_file, source_file)
);
