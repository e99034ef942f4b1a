-- The peer lists a run ranked its teams against, each stored once per run: every team of a segment shares one, so
-- keeping it inside each team's plan_json made a run's plans grow with the square of its teams (83 MB at 200).
CREATE TABLE team_plan_peers (
    run_id     BIGINT   NOT NULL,
    peers_no   INT      NOT NULL,
    peers_json LONGTEXT NOT NULL,
    PRIMARY KEY (run_id, peers_no)
);
