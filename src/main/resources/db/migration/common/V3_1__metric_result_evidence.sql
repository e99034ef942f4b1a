-- Metric rows keep the order they were computed in (row_no, as in metrics.csv), an evidence flag (planner-only
-- figures that never go into metrics.csv) and room for long dimensions such as free-text loss reasons (up to
-- 1000 characters). Rebuilt rather than altered: widening a column has no syntax common to H2 and MySQL, and a
-- 1100-character dimension cannot be part of a MySQL primary key.
CREATE TABLE metric_row (
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

INSERT INTO metric_row (run_id, row_no, evidence, snapshot_id, as_of, period_label, period_start, period_end, scope,
                        metric, dimension, metric_value, ci_low, ci_high, numerator, denominator, unit)
SELECT run_id, ROW_NUMBER() OVER (PARTITION BY run_id ORDER BY scope, metric, dimension), FALSE, snapshot_id, as_of,
       period_label, period_start, period_end, scope, metric, dimension, metric_value, ci_low, ci_high, numerator,
       denominator, unit
FROM metric_result;

DROP TABLE metric_result;
ALTER TABLE metric_row RENAME TO metric_result;
CREATE INDEX metric_result_by_period ON metric_result (period_label, scope, metric);

-- The dispositions cohort reads leads by when they were disqualified or rejected.
CREATE INDEX crm_lead_by_disqualified ON crm_lead (snapshot_id, disqualified_at);
CREATE INDEX crm_lead_by_rejected ON crm_lead (snapshot_id, rejected_at);
