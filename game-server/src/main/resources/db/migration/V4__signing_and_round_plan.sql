-- A version out for signature closes on its own clock; the sweeper wakes tables whose window has passed.
ALTER TABLE game_table ADD COLUMN signing_closes_at TIMESTAMPTZ;
CREATE INDEX game_table_signing_due ON game_table (signing_closes_at) WHERE phase = 'NEGOTIATION';
-- The round lengths the instructor chose for the seminar's tables ("20,20,20,15"); null means the scenario's rounds.
ALTER TABLE seminar ADD COLUMN round_minutes VARCHAR(200);
