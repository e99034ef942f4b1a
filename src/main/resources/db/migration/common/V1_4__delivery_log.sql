-- Who received which blueprint: one message per recipient, blueprint (team or ALL) and period, unless --force.
CREATE TABLE delivery_log (
    recipient    VARCHAR(320) NOT NULL,
    scope        VARCHAR(128) NOT NULL,
    period_label VARCHAR(32)  NOT NULL,
    run_id       BIGINT       NOT NULL,
    channel      VARCHAR(16)  NOT NULL,
    delivered_at BIGINT       NOT NULL,
    PRIMARY KEY (recipient, scope, period_label)
);
