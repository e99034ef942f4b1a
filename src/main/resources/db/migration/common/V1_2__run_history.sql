-- What each run computed, kept so later runs can show trends and compare with the previous period.
CREATE TABLE metric_result (
    run_id       BIGINT       NOT NULL,
    snapshot_id  BIGINT       NOT NULL,
    as_of        BIGINT       NOT NULL,
    period_label VARCHAR(32)  NOT NULL,
    period_start BIGINT       NOT NULL,
    period_end   BIGINT       NOT NULL,
    scope        VARCHAR(128) NOT NULL,
    metric       VARCHAR(64)  NOT NULL,
    dimension    VARCHAR(300) NOT NULL,
    metric_value DOUBLE       NOT NULL,
    ci_low       DOUBLE,
    ci_high      DOUBLE,
    numerator    BIGINT,
    denominator  BIGINT,
    unit         VARCHAR(16),
    PRIMARY KEY (run_id, scope, metric, dimension)
);
CREATE INDEX metric_result_by_period ON metric_result (period_label, scope, metric);
