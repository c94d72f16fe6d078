package io.redress.screening.application;

import io.redress.jobs.api.JobItem;
import io.redress.jobs.api.JobRun;
import io.redress.jobs.api.JobWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The re-screening after a list import gained addresses, as a restartable job (the jobs context): submitted in the
 * import's transaction, it starts once the import has committed, so the import is never held back by it and never
 * re-screens against lists that did not commit. Its items are the deposits screened between the look-back's start and
 * the import, by id, each re-screened in its own transaction with its done-marker: a crash or a stop resumes after the
 * last one, and none is re-screened twice for the import. Thousands of deposits a minute over 90 days make millions
 * of items: pages and chunks keep each transaction small, and the job's progress shows how far it got.
 */
@ApplicationScoped
public class RescreenJobWork implements JobWork {

    public static final String KIND = "screening.rescreen";
    static final String IMPORT = "import";
    static final String SINCE = "since";
    static final String UNTIL = "until";
    private static final String ITEM = "deposit-screening:";

    @Inject
    DepositRescreener rescreener;

    /** The imports whose listings this instance's graph was brought up to date with (once per job and instance). */
    private final Set<Long> flagsRefreshed = ConcurrentHashMap.newKeySet();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public long count(JobRun run) {
        return rescreener.countScreened(since(run), until(run));
    }

    @Override
    public List<JobItem> next(JobRun run, String cursor, int max) {
        long importId = importId(run);
        if (!flagsRefreshed.contains(importId)) {
            rescreener.refreshFlags(importId);
            flagsRefreshed.add(importId);
        }
        long after = cursor == null ? 0 : Long.parseLong(cursor);
        return rescreener.screenedBetween(since(run), until(run), after, max).stream()
                .map(id -> new JobItem(ITEM + id, Long.toString(id))).toList();
    }

    @Override
    public String apply(JobRun run, JobItem item) {
        return rescreener.rescreen(Long.parseLong(item.key().substring(ITEM.length())), importId(run), run.jobId());
    }

    @Override
    public void completed(JobRun run) {
        flagsRefreshed.remove(importId(run));
    }

    private static long importId(JobRun run) {
        return Long.parseLong(run.param(IMPORT));
    }

    private static Instant since(JobRun run) {
        return Instant.parse(run.param(SINCE));
    }

    private static Instant until(JobRun run) {
        return Instant.parse(run.param(UNTIL));
    }
}
