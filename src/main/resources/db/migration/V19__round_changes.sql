-- A round-wide change counter: every transaction that inserts, changes or deletes anything of a round (its set-up,
-- inputs and statements, recommendations and fates, versions, comments, positions, submissions) adds one to it
-- (round.RoundChanges). What is worked out from a whole round (the guards' verdict, the completeness matrix) is kept
-- under the counter read from the database, so no instance can serve a result older than the round.

alter table round add column changes bigint default 0 not null;

-- The harmonization workspace and the source matrix read one theme at a time.
create index ix_input_statement_theme on input_statement (theme_id);
create index ix_recommendation_theme on recommendation (theme_id, position);
