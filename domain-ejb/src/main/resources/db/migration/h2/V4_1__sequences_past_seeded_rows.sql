-- V3 seeded forbidden terms 1-8 while forbidden_term_seq started at 50: EclipseLink (allocationSize 50) takes
-- NEXT VALUE N and hands out N-49..N, so the first terms added on a fresh database collided with the seeded ones.
-- The next value becomes at least 50 past the highest id, and never goes back (ids already handed out stay taken).
-- Every table a migration seeds with numeric ids drawn from a sequence belongs here (the others are keyed by code).
ALTER SEQUENCE forbidden_term_seq RESTART WITH (
    SELECT GREATEST(COALESCE(MAX(id), 0) + 50,
                    (SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES
                     WHERE LOWER(SEQUENCE_NAME) = 'forbidden_term_seq' AND SEQUENCE_SCHEMA = SCHEMA()))
    FROM forbidden_term);
