-- What each run computed, kept so later runs can show trends and compare with the previous period.
-- Rows keep the order they were computed in (row_no, as in metrics.csv); evidence rows are planner-only
-- figures that never go into metrics.csv; dimensions hold free-text loss reasons (up to 1000 characters),
-- which is why the key is the row number and not the dimension.
CREATE TABLE metric_result (
    run_id       BIGINT        NOT NULL,
    row_no       INT           NOT NULL,
    evidence     BOOLEAN       NOT NULL,
    snapshot_id  BIGINT        NOT NULL,
    as_of        BIGINT        NOT NULL,
    period_label VARCHAR(32)   NOT NULL,
    period_start BIGINT        NOT NULL,
    period_end   BIGINT        NOT NULL,
    scope        VARCHAR(128)  NOT NULL,
    metric       VARCHAR(64)   NOT NULL,
    dimension    VARCHAR(1100) NOT NULL,
    metric_value DOUBLE        NOT NULL,
    ci_low       DOUBLE,
    ci_high      DOUBLE,
    numerator    BIGINT,
    denominator  BIGINT,
    unit         VARCHAR(16),
    PRIMARY KEY (run_id, row_no)
);
CREATE INDEX metric_result_by_period ON metric_result (period_label, scope, metric);
