-- Scenarios uploaded by instructors, so that every game-server process can play them.
CREATE TABLE scenario_source (
    id         varchar(100) PRIMARY KEY,
    yaml       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
