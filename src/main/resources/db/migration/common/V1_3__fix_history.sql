-- Each run's prioritized fixes, so the next run can report on them (the closed loop).
CREATE TABLE fix_record (
    run_id           BIGINT        NOT NULL,
    period_label     VARCHAR(32)   NOT NULL,
    scope            VARCHAR(128)  NOT NULL,
    fix_rank         INT           NOT NULL,
    metric           VARCHAR(64)   NOT NULL,
    dimension        VARCHAR(300)  DEFAULT '' NOT NULL,
    current_value    DOUBLE        NOT NULL,
    target_value     DOUBLE        NOT NULL,
    benchmark_value  DOUBLE,
    revenue_at_stake DECIMAL(19, 2),
    action_text      VARCHAR(2000) NOT NULL,
    owner_name       VARCHAR(255),
    owner_role       VARCHAR(32),
    start_date       DATE          NOT NULL,
    due_date         DATE          NOT NULL,
    PRIMARY KEY (run_id, scope, fix_rank)
);
