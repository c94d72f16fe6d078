package io.redress.screening.domain;

import java.time.Instant;
import java.util.List;

/**
 * An import's results: lines read, listings added, changed, removed and unchanged since the source's last import, the
 * source's listings after it, and the bad lines ({@code file:line: why}). The lists keep the first 200 of each.
 * {@code rescreenJobId}: the job re-screening the deposits of the look-back when the import added or changed listings
 * (null when it did not). {@code state}: {@code RUNNING} while its job ({@code jobId}) applies its lines ({@code percent}
 * done; the counts of added, changed, removed and unchanged listings are 0 until then), {@code COMPLETED} from
 * {@code finishedAt}. What was read and the bad lines are known from the start.
 */
public record ImportReport(long id, String source, String format, String files, List<String> assets, String importedBy,
                           Instant importedAt, int linesRead, int added, int changed, int removed, int unchanged,
                           int badLines, int listedAfter, List<String> badLineDetails, List<String> addedListings,
                           List<String> removedListings, Long rescreenJobId, String state, Long jobId,
                           int percent, Instant finishedAt) {

    public boolean completed() {
        return "COMPLETED".equals(state);
    }

    public ImportReport withRescreenJob(Long jobId) {
        return new ImportReport(id, source, format, files, assets, importedBy, importedAt, linesRead, added, changed, removed,
                unchanged, badLines, listedAfter, badLineDetails, addedListings, removedListings, jobId, state, this.jobId, percent, finishedAt);
    }
}
