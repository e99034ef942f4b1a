-- A sales team may name the marketing team that feeds it: that team's people own its marketing fixes.
ALTER TABLE crm_team ADD COLUMN marketing_team_id VARCHAR(128);
-- A fix's owner is a user of the snapshot: kept by id, so every owner receives the blueprint.
ALTER TABLE fix_record ADD COLUMN owner_id VARCHAR(128);
