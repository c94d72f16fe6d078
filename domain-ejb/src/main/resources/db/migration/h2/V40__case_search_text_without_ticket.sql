-- The cases' search text without the ticket, as on PostgreSQL (see its V40): a whole ticket is found by its unique
-- index, the beginning of one by a range of it.
UPDATE support_case SET search_text = SUBSTRING(search_text, LENGTH(ticket) + 2)
    WHERE SUBSTRING(search_text, 1, LENGTH(ticket) + 1) = LOWER(ticket) || ' ';
