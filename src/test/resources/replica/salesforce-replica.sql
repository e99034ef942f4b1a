-- A Fivetran-style MySQL replica of a small Salesforce org (snake_case tables and columns, soft deletes in
-- is_deleted and _fivetran_deleted). Hand counts: deals closed in 2025-Q3, deleted ones left out: Web 2 won of 3,
-- Partner Referral 1 of 2, all 3 of 5; leads that became MQLs in 2025-Q3: 3, of which 1 an SQL.
DROP TABLE IF EXISTS `lead`, `opportunity`, `opportunity_history`, `task`, `event`, `user`, `user_role`;

CREATE TABLE `user_role` (id VARCHAR(18) PRIMARY KEY, name VARCHAR(255), parent_role_id VARCHAR(18),
    _fivetran_deleted BOOLEAN NOT NULL DEFAULT FALSE, _fivetran_synced DATETIME);
CREATE TABLE `user` (id VARCHAR(18) PRIMARY KEY, name VARCHAR(255), email VARCHAR(255), user_role_id VARCHAR(18),
    is_active BOOLEAN, manager_id VARCHAR(18), system_modstamp DATETIME,
    _fivetran_deleted BOOLEAN NOT NULL DEFAULT FALSE, _fivetran_synced DATETIME);
CREATE TABLE `lead` (id VARCHAR(18) PRIMARY KEY, owner_id VARCHAR(18), status VARCHAR(64), lead_source VARCHAR(64),
    created_date DATETIME, is_converted BOOLEAN, converted_date DATE, converted_opportunity_id VARCHAR(18),
    company VARCHAR(255), industry VARCHAR(64), number_of_employees INT, rating VARCHAR(16), is_deleted BOOLEAN,
    system_modstamp DATETIME, _fivetran_deleted BOOLEAN NOT NULL DEFAULT FALSE, _fivetran_synced DATETIME);
CREATE TABLE `opportunity` (id VARCHAR(18) PRIMARY KEY, owner_id VARCHAR(18), stage_name VARCHAR(64),
    amount DECIMAL(18, 2), close_date DATE, is_closed BOOLEAN, is_won BOOLEAN, lead_source VARCHAR(64),
    created_date DATETIME, account_id VARCHAR(18), is_deleted BOOLEAN, system_modstamp DATETIME,
    _fivetran_deleted BOOLEAN NOT NULL DEFAULT FALSE, _fivetran_synced DATETIME);
CREATE TABLE `opportunity_history` (id VARCHAR(18) PRIMARY KEY, opportunity_id VARCHAR(18), created_date DATETIME,
    stage_name VARCHAR(64), amount DECIMAL(18, 2), from_opportunity_stage_name VARCHAR(64), is_deleted BOOLEAN,
    _fivetran_deleted BOOLEAN NOT NULL DEFAULT FALSE);
CREATE TABLE `task` (id VARCHAR(18) PRIMARY KEY, who_id VARCHAR(18), what_id VARCHAR(18), owner_id VARCHAR(18),
    subject VARCHAR(255), type VARCHAR(64), task_subtype VARCHAR(32), status VARCHAR(64), activity_date DATE,
    created_date DATETIME, completed_date_time DATETIME, is_closed BOOLEAN, is_deleted BOOLEAN,
    system_modstamp DATETIME, _fivetran_deleted BOOLEAN NOT NULL DEFAULT FALSE);
CREATE TABLE `event` (id VARCHAR(18) PRIMARY KEY, who_id VARCHAR(18), what_id VARCHAR(18), owner_id VARCHAR(18),
    subject VARCHAR(255), activity_date_time DATETIME, activity_date DATE, duration_in_minutes INT,
    is_deleted BOOLEAN, system_modstamp DATETIME, _fivetran_deleted BOOLEAN NOT NULL DEFAULT FALSE);

INSERT INTO `user_role` (id, name) VALUES ('00E000000000001AAA', 'Western Sales Team'), ('00E000000000002AAA', 'Marketing Team');
INSERT INTO `user` (id, name, email, user_role_id, is_active) VALUES
    ('005000000000001AAA', 'Ann Lee', 'ann@example.com', '00E000000000001AAA', TRUE),
    ('005000000000002AAA', 'Bo Chen', 'bo@example.com', '00E000000000002AAA', TRUE),
    ('005000000000003AAA', 'Cy Dunn', 'cy@example.com', NULL, FALSE);

INSERT INTO `lead` (id, owner_id, status, lead_source, created_date, is_converted, converted_date, converted_opportunity_id,
                    company, number_of_employees, rating, is_deleted, _fivetran_deleted) VALUES
    ('00Q000000000001AAA', '005000000000001AAA', 'Working - Contacted', 'Web', '2025-07-01 09:00:00', FALSE, NULL, NULL, 'Acme', 40, 'Hot', FALSE, FALSE),
    ('00Q000000000002AAA', '005000000000001AAA', 'Closed - Converted', 'Web', '2025-07-01 10:00:00', TRUE, '2025-07-03', '006000000000001AAA', 'Bolt', 5000, NULL, FALSE, FALSE),
    ('00Q000000000003AAA', '005000000000001AAA', 'Closed - Not Converted', 'Partner Referral', '2025-07-02 09:00:00', FALSE, NULL, NULL, 'Cog', 200, NULL, FALSE, FALSE),
    ('00Q000000000004AAA', '005000000000001AAA', 'Open - Not Contacted', 'Web', '2025-07-05 09:00:00', FALSE, NULL, NULL, 'Dot', NULL, NULL, FALSE, FALSE),
    ('00Q000000000005AAA', '005000000000001AAA', 'Working - Contacted', 'Web', '2025-07-05 09:00:00', FALSE, NULL, NULL, 'Gone', NULL, NULL, TRUE, FALSE),
    ('00Q000000000006AAA', '005000000000001AAA', 'Working - Contacted', 'Trade Show', '2025-07-05 09:00:00', FALSE, NULL, NULL, 'Gone too', NULL, NULL, FALSE, TRUE);

INSERT INTO `opportunity` (id, owner_id, stage_name, amount, close_date, is_closed, is_won, lead_source, created_date,
                           is_deleted, _fivetran_deleted) VALUES
    ('006000000000001AAA', '005000000000001AAA', 'Closed Won', 1200.00, '2025-07-20', TRUE, TRUE, 'Web', '2025-07-03 10:00:00', FALSE, FALSE),
    ('006000000000002AAA', '005000000000001AAA', 'Closed Won', 800.00, '2025-08-15', TRUE, TRUE, 'Web', '2025-07-10 10:00:00', FALSE, FALSE),
    ('006000000000003AAA', '005000000000001AAA', 'Closed Lost', 500.00, '2025-09-01', TRUE, FALSE, 'Web', '2025-07-11 10:00:00', FALSE, FALSE),
    ('006000000000004AAA', '005000000000001AAA', 'Closed Won', 900.00, '2025-08-01', TRUE, TRUE, 'Partner Referral', '2025-07-12 10:00:00', FALSE, FALSE),
    ('006000000000005AAA', '005000000000001AAA', 'Closed Lost', 300.00, '2025-09-10', TRUE, FALSE, 'Partner Referral', '2025-07-13 10:00:00', FALSE, FALSE),
    ('006000000000006AAA', '005000000000001AAA', 'Closed Won', 999.00, '2025-08-20', TRUE, TRUE, 'Web', '2025-07-14 10:00:00', TRUE, FALSE),
    ('006000000000007AAA', '005000000000001AAA', 'Closed Won', 999.00, '2025-08-21', TRUE, TRUE, 'Web', '2025-07-15 10:00:00', FALSE, TRUE),
    ('006000000000008AAA', '005000000000001AAA', 'Negotiation', 700.00, '2025-12-31', FALSE, FALSE, 'Web', '2025-09-01 10:00:00', FALSE, FALSE),
    ('006000000000009AAA', '005000000000001AAA', 'Closed Lost', 100.00, '2025-06-30', TRUE, FALSE, 'Web', '2025-06-01 10:00:00', FALSE, FALSE);

INSERT INTO `opportunity_history` (id, opportunity_id, created_date, stage_name, amount, from_opportunity_stage_name, is_deleted) VALUES
    ('008000000000001AAA', '006000000000001AAA', '2025-07-03 10:00:00', 'Prospecting', 1000.00, NULL, FALSE),
    ('008000000000002AAA', '006000000000001AAA', '2025-07-10 10:00:00', 'Prospecting', 1200.00, 'Prospecting', FALSE),
    ('008000000000003AAA', '006000000000001AAA', '2025-07-20 10:00:00', 'Closed Won', 1200.00, 'Prospecting', FALSE);

INSERT INTO `task` (id, who_id, what_id, owner_id, subject, type, status, activity_date, created_date, completed_date_time,
                    is_closed, is_deleted) VALUES
    ('00T000000000001AAA', '00Q000000000001AAA', NULL, '005000000000001AAA', 'Call', 'Call', 'Completed', '2025-07-01', '2025-07-01 09:30:00', '2025-07-01 11:00:00', TRUE, FALSE),
    ('00T000000000002AAA', NULL, '006000000000001AAA', '005000000000001AAA', 'Proposal', 'Email', 'Completed', '2025-07-05', '2025-07-05 09:30:00', '2025-07-05 10:00:00', TRUE, FALSE),
    ('00T000000000003AAA', '00Q000000000004AAA', NULL, '005000000000001AAA', 'Call', 'Call', 'Not Started', '2025-07-06', '2025-07-05 09:30:00', NULL, FALSE, FALSE),
    ('00T000000000004AAA', '003000000000001AAA', '001000000000001AAA', '005000000000001AAA', 'Lunch', NULL, 'Completed', '2025-07-06', '2025-07-05 09:30:00', '2025-07-06 12:00:00', TRUE, FALSE);

INSERT INTO `event` (id, who_id, what_id, owner_id, subject, activity_date_time, activity_date, duration_in_minutes, is_deleted) VALUES
    ('00U000000000001AAA', NULL, '006000000000002AAA', '005000000000001AAA', 'Demo', '2025-08-10 10:00:00', '2025-08-10', 60, FALSE);
