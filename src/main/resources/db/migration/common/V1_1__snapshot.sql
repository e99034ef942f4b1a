-- Imported CRM snapshots. Instants are epoch milliseconds (UTC): portable across H2 and MySQL
-- and free of driver time-zone conversions. Every row keeps the CSV line it came from.
-- Primary keys lead with the id so the import's "which of these 1,000 ids exist" checks are index
-- lookups on H2 too; queries by snapshot use the snapshot_id-first indexes.

CREATE TABLE snapshot (
    snapshot_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    as_of           BIGINT        NOT NULL,
    company         VARCHAR(255),
    source_system   VARCHAR(100),
    timezone        VARCHAR(64)   NOT NULL,
    location        VARCHAR(1000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    row_count       BIGINT,
    bad_row_count   BIGINT,
    started_at      BIGINT        NOT NULL,
    published_at    BIGINT
);
CREATE INDEX snapshot_by_as_of ON snapshot (as_of, status);

CREATE TABLE crm_team (
    snapshot_id      BIGINT       NOT NULL,
    team_id          VARCHAR(128) NOT NULL,
    line_no          BIGINT       NOT NULL,
    name             VARCHAR(255) NOT NULL,
    team_function    VARCHAR(16)  NOT NULL,
    segment          VARCHAR(16)  NOT NULL,
    timezone         VARCHAR(64)  NOT NULL,
    workday_start    VARCHAR(5)   NOT NULL,
    workday_end      VARCHAR(5)   NOT NULL,
    workdays         VARCHAR(64)  NOT NULL,
    holiday_calendar VARCHAR(128),
    PRIMARY KEY (team_id, snapshot_id)
);

CREATE TABLE crm_user (
    snapshot_id BIGINT       NOT NULL,
    user_id     VARCHAR(128) NOT NULL,
    line_no     BIGINT       NOT NULL,
    name        VARCHAR(255) NOT NULL,
    email       VARCHAR(320),
    role        VARCHAR(32)  NOT NULL,
    team_id     VARCHAR(128) NOT NULL,
    active      BOOLEAN      NOT NULL,
    PRIMARY KEY (user_id, snapshot_id)
);

CREATE TABLE crm_holiday (
    snapshot_id      BIGINT       NOT NULL,
    line_no          BIGINT       NOT NULL,
    holiday_calendar VARCHAR(128) NOT NULL,
    holiday_date     DATE         NOT NULL,
    name             VARCHAR(255),
    PRIMARY KEY (snapshot_id, line_no)
);

CREATE TABLE crm_campaign (
    snapshot_id BIGINT       NOT NULL,
    campaign_id VARCHAR(128) NOT NULL,
    line_no     BIGINT       NOT NULL,
    name        VARCHAR(255),
    channel     VARCHAR(128),
    cost        DECIMAL(19, 4),
    currency    VARCHAR(3),
    PRIMARY KEY (campaign_id, snapshot_id)
);

CREATE TABLE crm_lead (
    snapshot_id              BIGINT       NOT NULL,
    lead_id                  VARCHAR(128) NOT NULL,
    line_no                  BIGINT       NOT NULL,
    created_at               BIGINT       NOT NULL,
    owner_id                 VARCHAR(128),
    source                   VARCHAR(255) NOT NULL,
    source_category          VARCHAR(16)  NOT NULL,
    campaign_id              VARCHAR(128),
    score                    INT,
    industry                 VARCHAR(255),
    company_size             INT,
    country                  VARCHAR(128),
    mql_at                   BIGINT,
    accepted_at              BIGINT,
    rejected_at              BIGINT,
    sql_at                   BIGINT,
    disqualified_at          BIGINT,
    disqualification_reason  VARCHAR(255),
    converted_opportunity_id VARCHAR(128),
    PRIMARY KEY (lead_id, snapshot_id)
);
CREATE INDEX crm_lead_by_mql ON crm_lead (snapshot_id, mql_at);
-- The dispositions cohort reads leads by when they were disqualified or rejected.
CREATE INDEX crm_lead_by_disqualified ON crm_lead (snapshot_id, disqualified_at);
CREATE INDEX crm_lead_by_rejected ON crm_lead (snapshot_id, rejected_at);

CREATE TABLE crm_opportunity (
    snapshot_id     BIGINT       NOT NULL,
    opportunity_id  VARCHAR(128) NOT NULL,
    line_no         BIGINT       NOT NULL,
    created_at      BIGINT       NOT NULL,
    owner_id        VARCHAR(128) NOT NULL,
    lead_id         VARCHAR(128),
    account_id      VARCHAR(128),
    source          VARCHAR(255),
    source_category VARCHAR(16),
    segment         VARCHAR(16),
    amount          DECIMAL(19, 4),
    currency        VARCHAR(3),
    stage           VARCHAR(255) NOT NULL,
    is_closed       BOOLEAN      NOT NULL,
    is_won          BOOLEAN      NOT NULL,
    closed_at       BIGINT,
    loss_reason     VARCHAR(1000),
    competitor      VARCHAR(255),
    PRIMARY KEY (opportunity_id, snapshot_id)
);
CREATE INDEX crm_opportunity_by_close ON crm_opportunity (snapshot_id, closed_at);

CREATE TABLE crm_activity (
    snapshot_id    BIGINT       NOT NULL,
    activity_id    VARCHAR(128) NOT NULL,
    line_no        BIGINT       NOT NULL,
    lead_id        VARCHAR(128),
    opportunity_id VARCHAR(128),
    owner_id       VARCHAR(128) NOT NULL,
    activity_type  VARCHAR(16)  NOT NULL,
    occurred_at    BIGINT       NOT NULL,
    automated      BOOLEAN      NOT NULL,
    PRIMARY KEY (activity_id, snapshot_id)
);
CREATE INDEX crm_activity_by_lead ON crm_activity (snapshot_id, lead_id, occurred_at);

CREATE TABLE crm_stage_change (
    snapshot_id    BIGINT       NOT NULL,
    line_no        BIGINT       NOT NULL,
    opportunity_id VARCHAR(128) NOT NULL,
    stage          VARCHAR(255) NOT NULL,
    entered_at     BIGINT       NOT NULL,
    PRIMARY KEY (snapshot_id, line_no)
);

-- Rows the import rejected, with why; a row is quarantined once, for its first broken rule.
CREATE TABLE quarantine (
    snapshot_id BIGINT       NOT NULL,
    file_name   VARCHAR(64)  NOT NULL,
    line_no     BIGINT       NOT NULL,
    column_name VARCHAR(128),
    reason      VARCHAR(1000) NOT NULL,
    raw_row     TEXT,
    PRIMARY KEY (snapshot_id, file_name, line_no)
);
CREATE INDEX crm_team_by_snapshot ON crm_team (snapshot_id);
CREATE INDEX crm_user_by_snapshot ON crm_user (snapshot_id);
CREATE INDEX crm_campaign_by_snapshot ON crm_campaign (snapshot_id);
