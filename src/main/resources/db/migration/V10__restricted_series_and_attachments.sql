-- Trust (issue 10). Restricted statements are numbered in a series of their own within their theme (RF-R1 beside
-- RF-1), so readers who do not see them find no gap in the numbers: existing positions are renumbered per
-- (input, theme, restricted), keeping their order. Attachments (photos, testimonies) can be restricted too.
update input_statement set position = (
    select count(*) from input_statement t
    where t.input_id = input_statement.input_id and t.theme_id = input_statement.theme_id
      and t.restricted = input_statement.restricted
      and (t.position < input_statement.position or (t.position = input_statement.position and t.id <= input_statement.id)));

alter table input_attachment add column restricted boolean default false not null;
