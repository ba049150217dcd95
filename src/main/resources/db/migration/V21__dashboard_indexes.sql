-- What the dashboards ask on every visit (issue 14): the replies of a thread (the open discussions a person wrote in)
-- and a person's unread notices. PostgreSQL does not index a foreign key by itself.
create index ix_review_comment_parent on review_comment (parent_id);
create index ix_notice_unread on notice (account_id, read_at);
