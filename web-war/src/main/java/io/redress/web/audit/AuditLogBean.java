package io.redress.web.audit;

import io.redress.audit.application.AuditLog;
import io.redress.audit.domain.AuditQuery;
import io.redress.audit.domain.AuditRecord;
import io.redress.audit.domain.ChainStatus;
import io.redress.audit.domain.SnapshotDiff;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Page;
import io.redress.web.shell.ConsoleFormat;
import io.redress.web.shell.CsvFile;
import io.redress.web.shell.Formats;
import io.redress.web.shell.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The auditor's screen: the chain's status on demand and a searchable, paged log. Search: words contained, in any
 * case, in who, what, the record or the reason; exactly one actor, action, record type or customer account; a date
 * range in the person's time zone (both days included). Each change shows the fields it changed. The whole result
 * (not only the page) exports as CSV.
 */
@Named
@ViewScoped
public class AuditLogBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;
    static final int EXPORT_MAX = 50_000;

    @Inject
    transient AuditLog auditLog;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient ConsoleFormat fmt;

    private String text;
    private String actorName;
    private String action;
    private String entityType;
    private String accountId;
    private String from;
    private String to;
    private int page;
    private ChainStatus chain;
    private transient Page<AuditRecord> result;

    public void verify() {
        chain = auditLog.verify(actor.get());
    }

    public void search() {
        page = 0;
        load();
    }

    public void next() {
        if (getResult().hasMore()) {
            page++;
        }
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    private void load() {
        AuditQuery query = query();
        result = query == null ? new Page<>(List.of(), 0, PAGE_SIZE, false) : auditLog.search(actor.get(), query, page, PAGE_SIZE);
    }

    /** The filters as a query; null (with a message next to the field) when a date cannot be read. */
    private AuditQuery query() {
        FacesContext faces = FacesContext.getCurrentInstance();
        LocalDate first = day(from, "log:from", faces);
        LocalDate last = day(to, "log:to", faces);
        if (first != null && last != null && first.isAfter(last)) {
            error(faces, "log:to", Messages.text(faces, "audit.filter.toBeforeFrom"));
            return null;
        }
        if (faces.isValidationFailed()) {
            return null;
        }
        Instant since = first == null ? null : first.atStartOfDay(fmt.getZone()).toInstant();
        Instant until = last == null ? null : last.plusDays(1).atStartOfDay(fmt.getZone()).toInstant();
        String act = blankToNull(action);
        return new AuditQuery(blankToNull(actorName), act == null ? null : act.toUpperCase(java.util.Locale.ROOT),
                blankToNull(entityType), null, blankToNull(text), since, until, blankToNull(accountId));
    }

    private static LocalDate day(String value, String clientId, FacesContext faces) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            error(faces, clientId, Messages.text(faces, "audit.filter.dateFormat"));
            return null;
        }
    }

    private static void error(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** Every entry of the current search, newest first, with the fields each change changed; times in UTC. */
    public void exportCsv() {
        FacesContext faces = FacesContext.getCurrentInstance();
        AuditQuery query = query();
        if (query == null) {
            return;
        }
        CsvFile csv = new CsvFile(Stream.of("audit.seq", "audit.when", "audit.who", "audit.role", "audit.action",
                "audit.record", "audit.recordId", "audit.reason", "audit.change", "audit.origin")
                .map(k -> Messages.text(faces, k)).toList());
        Page<AuditRecord> p;
        int n = 0;
        do {
            p = auditLog.search(actor.get(), query, n++, Page.MAX_SIZE);
            for (AuditRecord e : p.items()) {
                csv.row(e.seq(), Formats.utc(e.occurredAt()), e.actor(), e.actorRole(), e.action(), e.entityType(),
                        e.entityId(), e.reason(), changes(e), e.origin());
            }
        } while (p.hasMore() && csv.rows() < EXPORT_MAX);
        csv.send(faces, "audit-log");
    }

    private static String changes(AuditRecord e) {
        List<SnapshotDiff.Change> changes = e.changes();
        if (changes.isEmpty()) {
            return Stream.of(e.before(), e.after()).filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" → "));
        }
        return changes.stream().map(c -> c.field() + ": " + (c.added() ? "" : c.before() + " → ")
                + (c.removed() ? "(removed)" : c.after())).collect(Collectors.joining("; "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Page<AuditRecord> getResult() {
        if (result == null) {
            load();
        }
        return result;
    }

    public ChainStatus getChain() {
        if (chain == null) {
            verify();
        }
        return chain;
    }

    /** An entry committed over a minute ago and still not chained: the chainer is failing. */
    public boolean isChainStalled() {
        return getChain().stalled(java.time.Instant.now());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }
}
