-- Each run's plan per team, as JSON, for the report and for later runs; fix_record stays the queryable history.
CREATE TABLE team_plan (
    run_id       BIGINT       NOT NULL,
    scope        VARCHAR(128) NOT NULL,
    period_label VARCHAR(32)  NOT NULL,
    plan_json    LONGTEXT     NOT NULL,
    PRIMARY KEY (run_id, scope)
);
CREATE INDEX team_plan_by_scope ON team_plan (scope, run_id);
