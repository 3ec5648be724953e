-- One event-sized row per transaction, shaped like table_event: a table id, the next seq, type, actor, client id and a
-- ~300-byte jsonb payload. pgbench runs it as fast as PostgreSQL commits on this machine.
\set t random(1, 2500)
INSERT INTO bench_event (table_id, seq, type, actor, client_msg_id, payload, created_at)
VALUES (md5(:t::text)::uuid, nextval('bench_event_seq'), 'chat.posted', 'ukraine', 'u-' || nextval('bench_event_seq'),
        '{"text": "Could we look again at the monitoring clause before the next round? Observers alone will not reassure anyone, and a separation zone without a mandate is an invitation. What would the United States and Europe commit to if the line is crossed? We need an answer this round.", "to": null}'::jsonb,
        now());
