-- Sessions that really end, and sign-in throttling instead of a lock-out that strangers can trigger.
-- Written to run unchanged on H2 (embedded) and PostgreSQL (production).

-- Carried in the session cookie; raising it ends every session of the account at its next request (sign-out,
-- password change or reset, a revoked grant, disabling).
alter table account add column session_generation integer not null default 0;
-- When the last wrong password for the account was given; failed_logins counts those in a row since then, and
-- locked_until now holds the time before which no further password is checked for the account.
alter table account add column failed_login_at timestamp with time zone;

-- Wrong passwords by client address, and by username from one client address (keys "address:..." and
-- "account:USERNAME@address"); a row is forgotten a day after its last failure.
create table signin_throttle (
    throttle_key     varchar(200) not null primary key,
    failures         integer      not null,
    last_failure_at  timestamp with time zone not null,
    next_attempt_at  timestamp with time zone
);
create index ix_signin_throttle_last on signin_throttle (last_failure_at);
