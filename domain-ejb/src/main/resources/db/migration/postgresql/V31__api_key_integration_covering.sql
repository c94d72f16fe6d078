-- An incident's blast radius counts its integration's keys by status, allowlist and WITHDRAW, and their accounts
-- (KeyDirectoryService.exposure); a bulk action's scope counts them by creation time and allowlist, and its job pages
-- their accounts (scope, accountsLinkedTo). With (integration_id, account_id) alone, each of those read every linked
-- key's row from the table: with 10,000,000 keys and 100,000 of them linked, 100,000 scattered pages and 2 to 6 s for
-- the blast radius (bench/keys-benchmark.sh, 2 December 2026). Carrying the columns they read in the index makes them
-- index-only scans of the linked keys' entries. Keys linked to no integration, most of them, have no entry.
-- H2, which has no partial indexes, keeps the index of V14_1.
CREATE INDEX api_key_integration_covering ON api_key (integration_id, account_id)
    INCLUDE (status, has_allowlist, created_at, permissions) WHERE integration_id IS NOT NULL;
DROP INDEX api_key_integration_account;
