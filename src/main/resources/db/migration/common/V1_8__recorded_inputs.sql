-- How many rows of a snapshot record each input a metric may need (activities with leads, accept dates, lost deals,
-- amounts, …), counted when the snapshot is published: an input with no row is not recorded at all, and the
-- metrics that need it are not measurable.
CREATE TABLE snapshot_input (
    snapshot_id BIGINT      NOT NULL,
    input       VARCHAR(32) NOT NULL,
    recorded    BIGINT      NOT NULL,
    PRIMARY KEY (snapshot_id, input)
);
