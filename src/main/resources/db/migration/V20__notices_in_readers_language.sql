-- Notices and e-mails in the reader's language. A notice keeps its subject and body as message keys with their
-- arguments (JSON, see web.Text) and is written in each reader's language when read; subject and body hold it as
-- written for the recipient when it was made (what notices made before this migration have only). E-mails are
-- written in the recipient's language: the one they last chose (account.language; null is English).
alter table account add column language varchar(8);
alter table notice add column subject_text varchar(20000);
alter table notice add column body_text varchar(20000);
