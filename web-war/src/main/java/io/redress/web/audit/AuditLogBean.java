package io.redress.web.audit;

import io.redress.audit.application.AuditLog;
import io.redress.audit.domain.AuditQuery;
import io.redress.audit.domain.AuditRecord;
import io.redress.audit.domain.ChainStatus;
import io.redress.audit.domain.SnapshotDiff;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.TablePage;
import io.redress.shared.domain.TableQuery;
import io.redress.web.shell.ConsoleFormat;
import io.redress.web.shell.CsvFile;
import io.redress.web.shell.Formats;
import io.redress.web.shell.Messages;
import io.redress.web.shell.ServerTable;
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
    private ChainStatus chain;
    private final ServerTable<AuditRecord> entries = new ServerTable<>(this::page, e -> Long.toString(e.id()));

    public void verify() {
        chain = auditLog.verify(actor.get());
    }

    /** The filters changed: checked (a message next to a date that cannot be read), then from the first page. */
    public void search() {
        query(true);
        ServerTable.toFirstPage(FacesContext.getCurrentInstance(), "log:entries");
    }

    /** The page the table asks for; nothing while a date cannot be read (its message is shown already). */
    private TablePage<AuditRecord> page(TableQuery page) {
        AuditQuery query = query(false);
        return query == null ? new TablePage<>(List.of(), 0) : auditLog.table(actor.get(), query, page);
    }

    /**
     * The filters as a query; null when a date cannot be read (with {@code report}, a message next to the field says
     * why: once, when the person searches, not again at every page the table reads).
     */
    private AuditQuery query(boolean report) {
        FacesContext faces = FacesContext.getCurrentInstance();
        LocalDate first;
        LocalDate last;
        try {
            first = day(from);
        } catch (DateTimeParseException e) {
            first = null;
            if (report) {
                error(faces, "log:from", Messages.text(faces, "audit.filter.dateFormat"));
            }
        }
        try {
            last = day(to);
        } catch (DateTimeParseException e) {
            last = null;
            if (report) {
                error(faces, "log:to", Messages.text(faces, "audit.filter.dateFormat"));
            }
        }
        if (bad(from, first) || bad(to, last)) {
            return null;
        }
        if (first != null && last != null && first.isAfter(last)) {
            if (report) {
                error(faces, "log:to", Messages.text(faces, "audit.filter.toBeforeFrom"));
            }
            return null;
        }
        Instant since = first == null ? null : first.atStartOfDay(fmt.getZone()).toInstant();
        Instant until = last == null ? null : last.plusDays(1).atStartOfDay(fmt.getZone()).toInstant();
        String act = blankToNull(action);
        return new AuditQuery(blankToNull(actorName), act == null ? null : act.toUpperCase(java.util.Locale.ROOT),
                blankToNull(entityType), null, blankToNull(text), since, until, blankToNull(accountId));
    }

    private static LocalDate day(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    /** Something was typed and it is no date. */
    private static boolean bad(String typed, LocalDate read) {
        return typed != null && !typed.isBlank() && read == null;
    }

    private static void error(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** Every entry of the current search, newest first, with the fields each change changed; times in UTC. */
    public void exportCsv() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (query(true) == null) {
            return;
        }
        CsvFile csv = new CsvFile(Stream.of("audit.seq", "audit.when", "audit.who", "audit.role", "audit.action",
                "audit.record", "audit.recordId", "audit.reason", "audit.change", "audit.origin")
                .map(k -> Messages.text(faces, k)).toList());
        entries.forEachRow(EXPORT_MAX, e -> csv.row(e.seq(), Formats.utc(e.occurredAt()), e.actor(), e.actorRole(),
                e.action(), e.entityType(), e.entityId(), e.reason(), changes(e), e.origin()));
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

    public ServerTable<AuditRecord> getEntries() {
        return entries;
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
}
