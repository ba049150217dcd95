-- Sign-in through Keycloak: an account is linked to the identity provider's subject ("sub" claim) of its person.
-- Numbered 8 so that the feature migrations being written alongside (6 and 7) keep their numbers.

alter table account add column external_subject varchar(255);
create unique index uq_account_external_subject on account (external_subject);
