package io.redress.screening.application;

import io.redress.jobs.api.JobItem;
import io.redress.jobs.api.JobRun;
import io.redress.jobs.api.JobWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * A flagged-list import as a restartable job (the jobs context): its items are pages of the import's staged lines
 * ({@link #PAGE} lines each, numbered from 1), each applied in a transaction of its own beside its done-marker, so a
 * crash or a stop resumes after the last page that committed and no line is applied twice. The removal of the listings
 * the files no longer name and the report happen once, in the transaction that completes the job.
 */
@ApplicationScoped
public class ImportJobWork implements JobWork {

    public static final String KIND = "screening.list-import";
    /** Lines per item: one transaction each, one statement to read the page's stored listings. */
    public static final int PAGE = 100;
    static final String IMPORT = "import";
    static final String LINES = "lines";
    private static final String ITEM = "lines:";

    @Inject
    FlaggedLists lists;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public long count(JobRun run) {
        return pages(lines(run));
    }

    static long pages(int lines) {
        return (lines + PAGE - 1) / PAGE;
    }

    @Override
    public List<JobItem> next(JobRun run, String cursor, int max) {
        return page(lines(run), cursor, max);
    }

    /** Up to {@code max} pages after the line {@code cursor} (null: from the first line); key {@code lines:101-200}. */
    static List<JobItem> page(int lines, String cursor, int max) {
        int after = cursor == null ? 0 : Integer.parseInt(cursor);
        List<JobItem> out = new ArrayList<>();
        for (int from = after; from < lines && out.size() < max; from += PAGE) {
            int last = Math.min(lines, from + PAGE);
            out.add(new JobItem(ITEM + (from + 1) + "-" + last, Integer.toString(last)));
        }
        return out;
    }

    @Override
    public String apply(JobRun run, JobItem item) {
        String range = item.key().substring(ITEM.length());
        int first = Integer.parseInt(range.substring(0, range.indexOf('-')));
        int last = Integer.parseInt(range.substring(range.indexOf('-') + 1));
        return lists.applyLines(importId(run), first - 1, last);
    }

    @Override
    public void completed(JobRun run) {
        lists.complete(importId(run), run.actor(), run.actor().roles().iterator().next().name());
    }

    private static long importId(JobRun run) {
        return Long.parseLong(run.param(IMPORT));
    }

    private static int lines(JobRun run) {
        return Integer.parseInt(run.param(LINES));
    }
}
