-- The scratch table of the raw insert baseline: the same columns and indexes as table_event, no foreign key.
DROP TABLE IF EXISTS bench_event;
DROP SEQUENCE IF EXISTS bench_event_seq;
CREATE SEQUENCE bench_event_seq;
CREATE TABLE bench_event (
    table_id      uuid        NOT NULL,
    seq           bigint      NOT NULL,
    type          varchar(40) NOT NULL,
    actor         varchar(20) NOT NULL,
    audience      varchar(200),
    client_msg_id varchar(64),
    payload       jsonb       NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (table_id, seq)
);
CREATE UNIQUE INDEX bench_event_client_msg ON bench_event (table_id, actor, client_msg_id) WHERE client_msg_id IS NOT NULL;
