package io.redress.jobs.domain;

/** The progress bar's number: done of total in whole percent, 100 only when every item is dealt with. */
public final class JobProgress {

    private JobProgress() {
    }

    public static int percent(long done, long total, boolean completed) {
        if (completed) {
            return 100;
        }
        if (total <= 0) {
            return 0;
        }
        // 100 is kept for the moment the job is marked completed
        return (int) Math.min(99, Math.min(done, total) * 100 / total);
    }
}
