-- Evidence rows are mql_to_sql_rate broken down by response_sla (a dimension like any other), no longer a metric
-- name of their own: every stored metric name is now a metric of the catalogue.
UPDATE metric_result SET metric = 'mql_to_sql_rate' WHERE metric = 'mql_to_sql_rate_by_response_sla';
-- The plan is stored once: each fix's judgement, play and revenue formula live with its fix_record row (JSON);
-- team_plan keeps the team's judgements, closed loop and benchmark comparisons. Rows of earlier runs have no
-- detail; the closed loop reads only their columns.
ALTER TABLE fix_record ADD COLUMN detail_json LONGTEXT;
