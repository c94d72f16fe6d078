-- A job's done-markers (one per item, 200,000 for a bulk job of 100,000 keys) no longer check their job's row: the
-- markers are written by the job's own runner, in the chunk's transaction, for the job it runs, and a job is never
-- deleted. Each check locked the job's one row FOR KEY SHARE from every lane at once (a multixact on the row each
-- lane's progress update then rewrites). The key was named by PostgreSQL (V14_1 declared it inline), so this step is
-- PostgreSQL's; H2, where the name is H2's own, keeps it.
ALTER TABLE batch_job_item DROP CONSTRAINT batch_job_item_job_id_fkey;
