package io.redress.web.cases;

import io.redress.cases.application.CaseQueue;
import io.redress.cases.domain.CaseState;
import io.redress.cases.domain.Category;
import io.redress.cases.domain.Priority;
import io.redress.cases.domain.QueueFilter;
import io.redress.cases.domain.QueueRow;
import io.redress.cases.domain.Queues;
import io.redress.cases.domain.SlaClock;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.TableQuery;
import io.redress.web.shell.Formats;
import io.redress.web.shell.CsvFile;
import io.redress.web.shell.Messages;
import io.redress.web.shell.ServerTable;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The case queue: filters, search by ticket, handle or phrase, "my cases" and "needs my role", column filters and
 * sorting, pages counted by the server, the nearest SLA breach first; SLA badges.
 */
@Named
@ViewScoped
public class CaseQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 25;
    static final int EXPORT_MAX = 50_000;

    @Inject
    transient CaseQueue queue;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private String queueName;
    private String state = QueueFilter.ACTIVE;
    private String priority;
    private String category;
    private String sla;
    private String text;
    private boolean mine;
    private boolean needsMyRole;
    private final ServerTable<QueueRow> cases = new ServerTable<>(
            query -> queue.table(actor.get(), filter(), needsMyRole, query), r -> Long.toString(r.id()))
            .refusalsAt(Map.of("q", "filters:text", "state", "filters:state", "sla", "filters:sla"));

    /** The first page, most urgent first, read before the page renders (a refusal shows the error page). */
    public void load() {
        cases.preload(new TableQuery(0, PAGE, "sla", false, Map.of()));
    }

    /** The filters above the table changed: from the first page again. */
    public void search() {
        ServerTable.toFirstPage(faces, "filters:cases");
    }

    /**
     * Every case of the current filters, column filters and sort (not only the page on screen) as CSV, with the
     * columns of the table, up to {@link #EXPORT_MAX} rows.
     */
    public void exportCsv() {
        CsvFile csv = new CsvFile(List.of(label("case.ticket"), label("case.subject"), label("case.priority"),
                label("case.state"), label("case.queue"), label("case.category"), label("case.assignee"),
                label("case.opened"), label("case.sla")));
        try {
            cases.forEachRow(EXPORT_MAX, r -> csv.row(r.ticket(), r.subject(), r.priority(), r.state(), r.queue(),
                    r.category(), r.assignee(), Formats.utc(r.openedAt()), (r.slaState() + " " + due(r)).strip()));
        } catch (AccessDenied e) {
            throw e;
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("q", "filters:text", "state", "filters:state", "sla", "filters:sla"));
            return;
        }
        csv.send(faces, "cases");
    }

    /** The filters on screen; "only my cases" is the cases assigned to the signed-in person. */
    private QueueFilter filter() {
        return new QueueFilter(queueName, state, priority, category, sla, blank(text), mine ? actor.get().name() : null);
    }

    private String label(String key) {
        return Messages.text(faces, key);
    }

    /** "12 min left", "3 h late": what the SLA badge says. */
    public String due(QueueRow r) {
        if (r.slaDueAt() == null) {
            return r.slaState() == SlaClock.State.PAUSED ? Messages.text(faces, "case.sla.paused") : "";
        }
        Duration d = Duration.between(Instant.now(), r.slaDueAt());
        String amount = human(d.abs());
        return d.isNegative() ? Messages.text(faces, "case.sla.late", amount) : Messages.text(faces, "case.sla.left", amount);
    }

    public static String severity(SlaClock.State s) {
        return switch (s) {
            case BREACHED -> "danger";
            case WARNING -> "warning";
            case PAUSED -> "info";
            case MET -> "success";
            default -> "secondary";
        };
    }

    public String badge(SlaClock.State s) {
        return severity(s);
    }

    /** A duration as the SLA badge says it, in the page's language: whole days from two days on, else hours, else minutes. */
    private String human(Duration d) {
        if (d.toDays() >= 2) {
            return Messages.text(faces, "case.sla.days", d.toDays());
        }
        if (d.toHours() >= 1) {
            return Messages.text(faces, "case.sla.hours", d.toHours());
        }
        return Messages.text(faces, "case.sla.minutes", Math.max(1, d.toMinutes()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public List<String> getQueues() {
        return Queues.ALL;
    }

    public List<String> getStates() {
        List<String> states = new java.util.ArrayList<>(List.of(QueueFilter.ACTIVE));
        for (CaseState s : CaseState.values()) {
            states.add(s.name());
        }
        return states;
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public SlaClock.State[] getSlaStates() {
        return SlaClock.State.values();
    }

    public ServerTable<QueueRow> getCases() {
        return cases;
    }

    public boolean isNeedsMyRole() {
        return needsMyRole;
    }

    public void setNeedsMyRole(boolean needsMyRole) {
        this.needsMyRole = needsMyRole;
    }

    public String getQueueName() {
        return queueName;
    }

    public void setQueueName(String queueName) {
        this.queueName = blank(queueName);
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = blank(state);
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = blank(priority);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = blank(category);
    }

    public String getSla() {
        return sla;
    }

    public void setSla(String sla) {
        this.sla = blank(sla);
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
