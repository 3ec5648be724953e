-- A bot seat is run by exactly one game-server process: the holder of its lease. The holder renews the lease while it
-- runs the bot; when a process dies its lease expires and another process takes the bot over.
CREATE TABLE bot_lease (
    seat_id    uuid PRIMARY KEY REFERENCES seat (id) ON DELETE CASCADE,
    owner      varchar(64) NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX seat_bot ON seat (controller) WHERE controller = 'BOT';
