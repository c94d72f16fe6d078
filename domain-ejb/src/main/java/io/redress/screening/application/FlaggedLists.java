package io.redress.screening.application;

import io.redress.audit.application.AuditTrail;
import io.redress.jobs.api.JobView;
import io.redress.jobs.api.Jobs;
import io.redress.screening.domain.Category;
import io.redress.screening.domain.FlaggedAddress;
import io.redress.screening.domain.FlaggedAddressView;
import io.redress.screening.domain.FlaggedListReader;
import io.redress.screening.domain.FlagsChanged;
import io.redress.screening.domain.ImportLine;
import io.redress.screening.domain.ImportReport;
import io.redress.screening.domain.ListDiff;
import io.redress.screening.domain.ListImport;
import io.redress.screening.domain.ScreeningRules;
import io.redress.screening.domain.Severity;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RuleViolation;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The flagged-address lists. An import is asked for in one call that reads the files, checks every address in its
 * asset's formats (bad lines reported by file and line, the others read on), records the import with its bad lines and
 * stages its good lines; a restartable job ({@link ImportJobWork}, the jobs context) then applies them page by page,
 * each page once beside its done-marker, and when every page is applied removes, once, the source's listings of the
 * covered assets that the files no longer name, and completes the report: what was added, changed, removed and
 * unchanged since the source's last import. An import that adds or changes listings then submits the re-screening of
 * the look-back's deposits ({@link RescreenJobWork}), which starts once the import has completed.
 */
@Stateless
public class FlaggedLists {

    public static final int MAX_FILES = 50;
    public static final int MAX_CHARS = 2 * 1024 * 1024;
    /** The subject of an import's re-screening job. */
    public static final String RESCREEN_SUBJECT = "flagged-list-import:";
    /** The subject of the job applying an import's lines ({@code flagged-list-import:7/lines}). */
    public static final String IMPORT_SUBJECT_SUFFIX = "/lines";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Event<FlagsChanged> flagsChanged;
    @Inject
    Clock clock;
    @Inject
    Jobs jobs;
    @Inject
    ScreeningSettings settings;

    /**
     * Reads and checks the files, records the import (RUNNING, with its bad lines) and submits the job that applies its
     * lines; the job starts once this call's transaction has committed. The report ({@link #importReport}) follows it.
     */
    public ImportReport importList(Actor actor, String source, FlaggedListReader.Format format, Category category,
                                   Severity severity, List<FlaggedListReader.ListFile> files) {
        String role = access.require(actor, Permission.SCREENING_LIST_IMPORT);
        Staged staged = stage(actor, role, source, format, category, severity, files);
        JobView job = jobs.submit(actor, role, ImportJobWork.KIND, RESCREEN_SUBJECT + staged.record().id() + IMPORT_SUBJECT_SUFFIX,
                Map.of(ImportJobWork.IMPORT, Long.toString(staged.record().id()), ImportJobWork.LINES, Integer.toString(staged.lines())));
        staged.record().appliedBy(job.id());
        return staged.record().report(0);
    }

    /**
     * The same import applied at once in the caller's transaction, without a job: for the demo's seeding at start-up
     * (small lists that the demo's screenings need listed before they run). Not offered over REST or in the console.
     */
    public ImportReport importNow(Actor actor, String source, FlaggedListReader.Format format, Category category,
                                  Severity severity, List<FlaggedListReader.ListFile> files) {
        String role = access.require(actor, Permission.SCREENING_LIST_IMPORT);
        Staged staged = stage(actor, role, source, format, category, severity, files);
        long id = staged.record().id();
        for (int after = 0; after < staged.lines(); after += ImportJobWork.PAGE) {
            applyLines(id, after, Math.min(staged.lines(), after + ImportJobWork.PAGE));
        }
        complete(id, actor, role);
        return importReport(actor, id);
    }

    private record Staged(ListImport record, int lines) {
    }

    private Staged stage(Actor actor, String role, String source, FlaggedListReader.Format format, Category category,
                         Severity severity, List<FlaggedListReader.ListFile> files) {
        List<FieldError> errors = new ArrayList<>();
        if (source == null || !ScreeningRules.SOURCE.matcher(source).matches()) {
            errors.add(new FieldError("source", "is required: 2 to 64 letters, digits, '.', '_' or '-' (e.g. OFAC-SDN)"));
        }
        if (format == null) {
            errors.add(FieldError.of("format", FieldError.Code.REQUIRED_ONE_OF, "is required: OFAC_LINES or CSV", "OFAC_LINES, CSV"));
        }
        if (files == null || files.isEmpty() || files.size() > MAX_FILES) {
            errors.add(new FieldError("files", "1 to " + MAX_FILES + " files"));
        } else {
            long chars = 0;
            for (int i = 0; i < files.size(); i++) {
                FlaggedListReader.ListFile f = files.get(i);
                if (f.name() == null || f.name().isBlank() || f.name().length() > 200) {
                    errors.add(new FieldError("files[" + i + "].name", "is required: at most 200 characters"));
                }
                if (f.content() == null) {
                    errors.add(FieldError.required("files[" + i + "].content"));
                } else {
                    chars += f.content().length();
                }
                if (f.asset() != null && !io.redress.screening.domain.AddressFormats.known(f.asset())) {
                    errors.add(new FieldError("files[" + i + "].asset", "unknown asset; known: "
                            + String.join(", ", io.redress.screening.domain.AddressFormats.codes())));
                }
            }
            if (chars > MAX_CHARS) {
                errors.add(new FieldError("files", "at most " + MAX_CHARS + " characters in all"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String src = source.toUpperCase(Locale.ROOT);
        List<Long> running = em.createNamedQuery(ListImport.RUNNING_OF_SOURCE, Long.class).setParameter("source", src)
                .setParameter("state", ListImport.State.RUNNING).getResultList();
        if (!running.isEmpty()) {
            // two imports of one source at once would each remove what the other names
            throw RuleViolation.of("import-running", "An import of " + src + " is still running (import " + running.get(0)
                    + "); import again once its report is complete", src, running.get(0));
        }
        // OFAC's files are sanctions lists; a CSV names its categories per line or takes the import's
        Category defaultCategory = category != null ? category : format == FlaggedListReader.Format.OFAC_LINES ? Category.SANCTIONS : null;
        Severity defaultSeverity = severity != null ? severity : format == FlaggedListReader.Format.OFAC_LINES ? Severity.CRITICAL : Severity.HIGH;
        FlaggedListReader.Result read = FlaggedListReader.read(format, files, defaultCategory, defaultSeverity);

        ListImport record = new ListImport(src, format, files.stream().map(FlaggedListReader.ListFile::name).toList(),
                actor.name(), clock.instant());
        record.read(read);
        em.persist(record);
        em.flush();
        int seq = 0;
        for (FlaggedListReader.Entry e : read.entries()) {
            em.persist(new ImportLine(record.id(), ++seq, e));
            if (seq % 500 == 0) {
                em.flush();
                em.clear();
                record = em.find(ListImport.class, record.id());
            }
        }
        audit.record(actor, role, "FLAGGED_LIST_IMPORT_STARTED", "FlaggedList", src, null, null,
                "import " + record.id() + ", " + format + " " + String.join(" ", read.assets()) + ": " + read.linesRead()
                        + " lines, " + read.entries().size() + " to apply, " + read.badLines().size() + " bad lines");
        return new Staged(record, seq);
    }

    /**
     * Applies the import's lines {@code after+1..last} (one page of its job, in the transaction of the page's
     * done-marker): each is added, listed again, changed or left as it is, and what it did is kept on the line.
     */
    public String applyLines(long importId, int after, int last) {
        ListImport record = em.find(ListImport.class, importId);
        if (record == null || record.state() != ListImport.State.RUNNING) {
            return "import " + importId + " is not running";
        }
        List<ImportLine> lines = em.createNamedQuery(ImportLine.RANGE, ImportLine.class).setParameter("import", importId)
                .setParameter("after", after).setParameter("last", last).getResultList();
        if (lines.isEmpty()) {
            return "no lines";
        }
        Map<String, FlaggedAddress> stored = new HashMap<>();
        em.createNamedQuery(FlaggedAddress.OF_SOURCE_ADDRESSES, FlaggedAddress.class).setParameter("source", record.source())
                .setParameter("addresses", lines.stream().map(ImportLine::address).distinct().toList())
                .getResultList().forEach(f -> stored.put(f.key(), f));
        Instant now = clock.instant();
        Map<ListDiff.Outcome, List<Integer>> seqs = new EnumMap<>(ListDiff.Outcome.class);
        for (ImportLine line : lines) {
            FlaggedListReader.Entry e = line.entry();
            FlaggedAddress before = stored.get(e.key());
            ListDiff.Outcome outcome = ListDiff.outcome(before == null ? null : before.listed(), e);
            if (outcome != ListDiff.Outcome.UNCHANGED) {
                if (before == null) {
                    em.persist(new FlaggedAddress(record.source(), e, importId, now));
                } else {
                    before.listAgain(e, importId, now);
                }
            }
            seqs.computeIfAbsent(outcome, o -> new ArrayList<>()).add(line.seq());
        }
        seqs.forEach((outcome, of) -> em.createNamedQuery(ImportLine.APPLIED).setParameter("outcome", outcome)
                .setParameter("import", importId).setParameter("seqs", of).executeUpdate());
        return "lines " + (after + 1) + "-" + last + ": " + count(seqs, ListDiff.Outcome.ADDED) + " added, "
                + count(seqs, ListDiff.Outcome.CHANGED) + " changed, " + count(seqs, ListDiff.Outcome.UNCHANGED) + " unchanged";
    }

    private static int count(Map<ListDiff.Outcome, List<Integer>> seqs, ListDiff.Outcome outcome) {
        return seqs.getOrDefault(outcome, List.of()).size();
    }

    /**
     * The source's listings in force of the assets the import covers that none of its lines names, by asset and
     * address: the listings' keys and the lines' keys read once each and compared here (see
     * {@link FlaggedAddress#ACTIVE_KEYS_OF_SOURCE}), then the listings to remove read by id.
     */
    private List<FlaggedAddress> notNamed(ListImport record, long importId) {
        Set<String> named = new HashSet<>();
        for (Object[] line : em.createNamedQuery(ImportLine.KEYS, Object[].class).setParameter("import", importId).getResultList()) {
            named.add(line[0] + " " + line[1]);
        }
        List<Long> gone = new ArrayList<>();
        for (Object[] listed : em.createNamedQuery(FlaggedAddress.ACTIVE_KEYS_OF_SOURCE, Object[].class)
                .setParameter("source", record.source()).setParameter("assets", record.assets()).getResultList()) {
            if (!named.contains(listed[1] + " " + listed[2])) {
                gone.add(((Number) listed[0]).longValue());
            }
        }
        List<FlaggedAddress> out = new ArrayList<>();
        for (int from = 0; from < gone.size(); from += Listings.CHUNK) {
            out.addAll(em.createNamedQuery(FlaggedAddress.OF_IDS, FlaggedAddress.class)
                    .setParameter("ids", gone.subList(from, Math.min(gone.size(), from + Listings.CHUNK))).getResultList());
        }
        out.sort(Comparator.comparing(FlaggedAddress::key));
        return out;
    }

    /**
     * Once every line is applied (the job's completion, once): removes the source's listings of the covered assets the
     * import does not name, completes the report, brings the graph up to date, submits the re-screening when listings
     * were added or changed, and deletes the staged lines.
     */
    public void complete(long importId, Actor actor, String role) {
        ListImport record = em.find(ListImport.class, importId);
        if (record == null || record.state() != ListImport.State.RUNNING) {
            return;
        }
        Instant now = clock.instant();
        String src = record.source();
        Set<String> touched = new HashSet<>();
        List<String> removedKeys = new ArrayList<>();
        if (!record.assets().isEmpty()) {
            for (FlaggedAddress f : notNamed(record, importId)) {
                f.remove(importId, now);
                removedKeys.add(f.key());
                touched.add(f.address());
            }
        }
        Map<ListDiff.Outcome, Integer> counts = new EnumMap<>(ListDiff.Outcome.class);
        for (Object[] row : em.createNamedQuery(ImportLine.OUTCOMES, Object[].class).setParameter("import", importId).getResultList()) {
            if (row[0] != null) {
                counts.put((ListDiff.Outcome) row[0], ((Number) row[1]).intValue());
            }
        }
        List<String> addedKeys = new ArrayList<>();
        for (ImportLine line : em.createNamedQuery(ImportLine.WITH_OUTCOMES, ImportLine.class).setParameter("import", importId)
                .setParameter("outcomes", List.of(ListDiff.Outcome.ADDED, ListDiff.Outcome.CHANGED)).getResultList()) {
            touched.add(line.address());
            if (line.outcome() == ListDiff.Outcome.ADDED) {
                addedKeys.add(line.key());
            }
        }
        em.flush();
        if (!touched.isEmpty()) {
            flagsChanged.fire(new FlagsChanged(Listings.categoriesOf(em, touched)));
        }
        int listedAfter = em.createNamedQuery(FlaggedAddress.COUNT_ACTIVE_OF_SOURCE, Long.class).setParameter("source", src)
                .getSingleResult().intValue();
        int added = counts.getOrDefault(ListDiff.Outcome.ADDED, 0);
        int changed = counts.getOrDefault(ListDiff.Outcome.CHANGED, 0);
        int unchanged = counts.getOrDefault(ListDiff.Outcome.UNCHANGED, 0);
        record.completed(added, changed, unchanged, addedKeys, removedKeys, listedAfter, now);
        em.createNamedQuery(ImportLine.DELETE).setParameter("import", importId).executeUpdate();
        if (added > 0 || changed > 0) {
            // the deposits screened in the look-back are traced again once this completion has committed (a job of their own)
            jobs.submit(actor, role, RescreenJobWork.KIND, RESCREEN_SUBJECT + importId, Map.of(
                    RescreenJobWork.IMPORT, Long.toString(importId),
                    RescreenJobWork.SINCE, now.minus(settings.rescreenLookBack()).toString(),
                    RescreenJobWork.UNTIL, now.toString()));
        }
        audit.record(actor, role, "FLAGGED_LIST_IMPORTED", "FlaggedList", src, null, null,
                "import " + importId + ", " + record.format() + " " + String.join(" ", record.assets()) + ": " + record.linesRead()
                        + " lines, " + added + " added, " + changed + " changed, " + removedKeys.size() + " removed, "
                        + unchanged + " unchanged, " + record.badLines() + " bad lines");
    }

    /** The latest imports, of one source or all, newest first. */
    public List<ImportReport> imports(Actor actor, String source, int max) {
        access.require(actor, Permission.SCREENING_LIST_READ);
        var q = source == null ? em.createNamedQuery(ListImport.LATEST, ListImport.class)
                : em.createNamedQuery(ListImport.LATEST_OF_SOURCE, ListImport.class).setParameter("source", source.toUpperCase(Locale.ROOT));
        return q.setMaxResults(max).getResultList().stream().map(i -> report(i)).toList();
    }

    public ImportReport importReport(Actor actor, long id) {
        access.require(actor, Permission.SCREENING_LIST_READ);
        ListImport i = em.find(ListImport.class, id);
        if (i == null) {
            throw new NotFound("FlaggedListImport", Long.toString(id));
        }
        return report(i);
    }

    private ImportReport report(ListImport i) {
        int percent = i.state() == ListImport.State.COMPLETED || i.jobId() == null ? 0
                : jobs.find(i.jobId()).map(JobView::percent).orElse(0);
        return i.report(percent).withRescreenJob(rescreenJobOf(i.id()));
    }

    private Long rescreenJobOf(long importId) {
        return jobs.forSubject(RESCREEN_SUBJECT + importId).stream().findFirst().map(j -> j.id()).orElse(null);
    }

    /** Every listing of an address (in force or removed), across sources; the address as written or in canonical form. */
    public List<FlaggedAddressView> listingsOf(Actor actor, String address) {
        access.require(actor, Permission.SCREENING_LIST_READ);
        if (address == null || address.isBlank() || address.length() > 128) {
            throw new InvalidInput(FieldError.of("address", FieldError.Code.REQUIRED_TOO_LONG, "is required: at most 128 characters", 128));
        }
        String a = address.strip();
        List<FlaggedAddressView> out = new ArrayList<>(em.createNamedQuery(FlaggedAddress.OF_ADDRESS, FlaggedAddress.class)
                .setParameter("address", a).getResultList().stream().map(FlaggedAddress::view).toList());
        String lower = a.toLowerCase(Locale.ROOT);
        if (!lower.equals(a)) {
            em.createNamedQuery(FlaggedAddress.OF_ADDRESS, FlaggedAddress.class).setParameter("address", lower)
                    .getResultList().forEach(f -> out.add(f.view()));
        }
        return out;
    }
}
