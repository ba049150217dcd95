-- The open discussions of a dashboard include the threads a person replied to: found by the replies' author. Without
-- this index PostgreSQL reads every comment of every round on each visit (seen with EXPLAIN on the benchmark's large
-- network, docs/performance.md).
create index ix_review_comment_author on review_comment (author_id);
