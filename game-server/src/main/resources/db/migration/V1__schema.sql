-- Seminars, tables, seats and participants are plain records; a table's game is its append-only event log.

CREATE TABLE seminar (
    id                    uuid PRIMARY KEY,
    title                 varchar(200) NOT NULL,
    join_code             varchar(16)  NOT NULL UNIQUE,
    instructor_token_hash varchar(64)  NOT NULL UNIQUE,
    scenario_id           varchar(100) NOT NULL,
    locked                boolean      NOT NULL DEFAULT false,
    created_at            timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE game_table (
    id               uuid PRIMARY KEY,
    seminar_id       uuid        NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    number           int         NOT NULL,
    -- a projection of the event log, written in the same transaction as the events, for listings and the clock sweep
    phase            varchar(20) NOT NULL DEFAULT 'LOBBY',
    last_seq         bigint      NOT NULL DEFAULT 0,
    draft_version    int         NOT NULL DEFAULT 0,
    round            int         NOT NULL DEFAULT 0,
    signatures       int         NOT NULL DEFAULT 0,
    deadline_at      timestamptz,
    last_activity_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (seminar_id, number)
);
CREATE INDEX game_table_deadline ON game_table (deadline_at) WHERE phase = 'NEGOTIATION';

CREATE TABLE seat (
    id           uuid PRIMARY KEY,
    table_id     uuid        NOT NULL REFERENCES game_table (id) ON DELETE CASCADE,
    role         varchar(20) NOT NULL,
    controller   varchar(10) NOT NULL DEFAULT 'HUMAN',
    bot_strategy varchar(30),
    UNIQUE (table_id, role)
);

CREATE TABLE participant (
    id           uuid PRIMARY KEY,
    seminar_id   uuid        NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    seat_id      uuid        NOT NULL REFERENCES seat (id) ON DELETE CASCADE,
    display_name varchar(80) NOT NULL,
    browser_key  varchar(64) NOT NULL,
    token_hash   varchar(64) NOT NULL UNIQUE,
    revoked      boolean     NOT NULL DEFAULT false,
    joined_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (seminar_id, browser_key)
);
CREATE INDEX participant_seat ON participant (seat_id);

CREATE TABLE table_event (
    table_id      uuid        NOT NULL REFERENCES game_table (id) ON DELETE CASCADE,
    seq           bigint      NOT NULL,
    type          varchar(40) NOT NULL,
    actor         varchar(20) NOT NULL,
    audience      varchar(200),
    client_msg_id varchar(64),
    payload       jsonb       NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (table_id, seq)
);
-- a retried client message is recognised across processes and restarts
CREATE UNIQUE INDEX table_event_client_msg ON table_event (table_id, actor, client_msg_id)
    WHERE client_msg_id IS NOT NULL;

CREATE TABLE rating_outbox (
    table_id        uuid PRIMARY KEY REFERENCES game_table (id) ON DELETE CASCADE,
    draft_version   int         NOT NULL,
    deal            jsonb       NOT NULL,
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    rated_at        timestamptz
);
CREATE INDEX rating_outbox_due ON rating_outbox (next_attempt_at) WHERE rated_at IS NULL;
