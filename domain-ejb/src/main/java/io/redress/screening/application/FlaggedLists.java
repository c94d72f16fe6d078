package io.redress.screening.application;

import io.redress.audit.application.AuditTrail;
import io.redress.jobs.api.Jobs;
import io.redress.screening.domain.Category;
import io.redress.screening.domain.FlaggedAddress;
import io.redress.screening.domain.FlaggedAddressView;
import io.redress.screening.domain.FlaggedListReader;
import io.redress.screening.domain.FlagsChanged;
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
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The flagged-address lists: an import reads a source's files, checks every address in its asset's formats (bad lines
 * reported by file and line, the others read on), and makes the source's list for the assets it covers what the files
 * say, recording what was added, changed and removed since the source's last import. One transaction per import, a
 * normal service call; shaped as read, compare, apply so that a batch chunk step can later run the apply part in pages
 * (README, known issues). An import that adds or changes listings submits the re-screening of the look-back's deposits
 * ({@link RescreenJobWork}), which starts once the import has committed.
 */
@Stateless
public class FlaggedLists {

    public static final int MAX_FILES = 50;
    public static final int MAX_CHARS = 2 * 1024 * 1024;
    /** The subject of an import's re-screening job. */
    public static final String RESCREEN_SUBJECT = "flagged-list-import:";

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

    public ImportReport importList(Actor actor, String source, FlaggedListReader.Format format, Category category,
                                   Severity severity, List<FlaggedListReader.ListFile> files) {
        String role = access.require(actor, Permission.SCREENING_LIST_IMPORT);
        List<FieldError> errors = new ArrayList<>();
        if (source == null || !ScreeningRules.SOURCE.matcher(source).matches()) {
            errors.add(new FieldError("source", "is required: 2 to 64 letters, digits, '.', '_' or '-' (e.g. OFAC-SDN)"));
        }
        if (format == null) {
            errors.add(new FieldError("format", "is required: OFAC_LINES or CSV"));
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
                    errors.add(new FieldError("files[" + i + "].content", "is required"));
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
        // OFAC's files are sanctions lists; a CSV names its categories per line or takes the import's
        Category defaultCategory = category != null ? category : format == FlaggedListReader.Format.OFAC_LINES ? Category.SANCTIONS : null;
        Severity defaultSeverity = severity != null ? severity : format == FlaggedListReader.Format.OFAC_LINES ? Severity.CRITICAL : Severity.HIGH;
        String src = source.toUpperCase(Locale.ROOT);
        Instant now = clock.instant();

        FlaggedListReader.Result read = FlaggedListReader.read(format, files, defaultCategory, defaultSeverity);
        Map<String, FlaggedAddress> stored = new HashMap<>();
        Map<String, ListDiff.Listed> listed = new HashMap<>();
        for (FlaggedAddress f : em.createNamedQuery(FlaggedAddress.OF_SOURCE, FlaggedAddress.class).setParameter("source", src)
                .getResultList()) {
            stored.put(f.key(), f);
            listed.put(f.key(), f.listed());
        }
        ListDiff.Result diff = ListDiff.between(listed, read.entries(), read.assets());

        ListImport record = new ListImport(src, format, files.stream().map(FlaggedListReader.ListFile::name).toList(),
                actor.name(), now);
        em.persist(record);
        Set<String> touched = new HashSet<>();
        for (FlaggedListReader.Entry e : diff.added()) {
            FlaggedAddress before = stored.get(e.key());
            if (before == null) {
                em.persist(new FlaggedAddress(src, e, record.id(), now));
            } else {
                before.listAgain(e, record.id(), now);
            }
            touched.add(e.address());
        }
        for (FlaggedListReader.Entry e : diff.changed()) {
            stored.get(e.key()).listAgain(e, record.id(), now);
            touched.add(e.address());
        }
        for (ListDiff.Listed l : diff.removed()) {
            stored.get(l.key()).remove(record.id(), now);
            touched.add(l.address());
        }
        em.flush();
        if (!touched.isEmpty()) {
            flagsChanged.fire(new FlagsChanged(Listings.categoriesOf(em, touched)));
        }
        int listedAfter = em.createNamedQuery(FlaggedAddress.COUNT_ACTIVE_OF_SOURCE, Long.class).setParameter("source", src)
                .getSingleResult().intValue();
        record.record(read, diff, listedAfter);
        Long rescreenJob = null;
        if (!diff.added().isEmpty() || !diff.changed().isEmpty()) {
            // the deposits screened in the look-back are traced again once this import has committed (a job of their own)
            rescreenJob = jobs.submit(actor, role, RescreenJobWork.KIND, RESCREEN_SUBJECT + record.id(), Map.of(
                    RescreenJobWork.IMPORT, Long.toString(record.id()),
                    RescreenJobWork.SINCE, now.minus(settings.rescreenLookBack()).toString(),
                    RescreenJobWork.UNTIL, now.toString())).id();
        }
        audit.record(actor, role, "FLAGGED_LIST_IMPORTED", "FlaggedList", src, null, null,
                format + " " + String.join(" ", read.assets()) + ": " + read.linesRead() + " lines, " + diff.added().size()
                        + " added, " + diff.changed().size() + " changed, " + diff.removed().size() + " removed, "
                        + diff.unchanged() + " unchanged, " + read.badLines().size() + " bad lines");
        return record.report().withRescreenJob(rescreenJob);
    }

    /** The latest imports, of one source or all, newest first. */
    public List<ImportReport> imports(Actor actor, String source, int max) {
        access.require(actor, Permission.SCREENING_LIST_READ);
        var q = source == null ? em.createNamedQuery(ListImport.LATEST, ListImport.class)
                : em.createNamedQuery(ListImport.LATEST_OF_SOURCE, ListImport.class).setParameter("source", source.toUpperCase(Locale.ROOT));
        return q.setMaxResults(max).getResultList().stream().map(i -> i.report().withRescreenJob(rescreenJobOf(i.id()))).toList();
    }

    public ImportReport importReport(Actor actor, long id) {
        access.require(actor, Permission.SCREENING_LIST_READ);
        ListImport i = em.find(ListImport.class, id);
        if (i == null) {
            throw new NotFound("FlaggedListImport", Long.toString(id));
        }
        return i.report().withRescreenJob(rescreenJobOf(id));
    }

    private Long rescreenJobOf(long importId) {
        return jobs.forSubject(RESCREEN_SUBJECT + importId).stream().findFirst().map(j -> j.id()).orElse(null);
    }

    /** Every listing of an address (in force or removed), across sources; the address as written or in canonical form. */
    public List<FlaggedAddressView> listingsOf(Actor actor, String address) {
        access.require(actor, Permission.SCREENING_LIST_READ);
        if (address == null || address.isBlank() || address.length() > 128) {
            throw new InvalidInput("address", "is required: at most 128 characters");
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
