package io.redress.web.cases;

import io.redress.cases.application.CannedReplies;
import io.redress.cases.application.CaseService;
import io.redress.cases.application.CaseService.CaseChange;
import io.redress.cases.application.CaseService.CaseDetail;
import io.redress.cases.application.Outbox;
import io.redress.cases.domain.CaseRules;
import io.redress.cases.domain.CannedReplyRules;
import io.redress.cases.domain.CannedReplyView;
import io.redress.cases.domain.CaseOutcome;
import io.redress.cases.domain.CaseState;
import io.redress.cases.domain.CaseView;
import io.redress.cases.domain.Category;
import io.redress.cases.domain.Priority;
import io.redress.cases.domain.Queues;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StaleVersion;
import io.redress.web.shell.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The case page: timeline, messages, compose from a template with preview, and the case's settings. */
@Named
@ViewScoped
public class CaseBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> TEMPLATES = CaseRules.REPLY_TEMPLATES;

    @Inject
    transient CaseService cases;
    @Inject
    transient CannedReplies canned;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private String ticket;
    private CaseDetail detail;
    // settings
    private String assignee;
    private Priority priority;
    private Category category;
    private String subcategory;
    private String queue;
    private CaseState state;
    private CaseOutcome outcome;
    private String changeNote;
    /** The version of the case the settings form shows, sent back with it. */
    private long formVersion;
    // compose
    private String template = CaseRules.DEFAULT_REPLY_TEMPLATE;
    private String message;
    private Outbox.Rendered preview;
    /** The canned replies offered for the case's language, and the one picked to insert. */
    private List<CannedReplyView> cannedReplies = List.of();
    private Long cannedId;
    // note, link, merge
    private String note;
    private String linkKind = "ACCOUNT";
    private String linkTarget;
    private String mergeInto;
    /** The case the typed ticket leads to (following merges), read before the confirmation names it; null until then. */
    private CaseView mergeTarget;

    public void load() {
        reload();
    }

    private void reload() {
        detail = cases.detail(actor.get(), ticket);
        CaseView c = detail.c();
        ticket = c.ticket();
        assignee = c.assignee();
        priority = c.priority();
        category = c.category();
        subcategory = c.subcategory();
        queue = c.queue();
        state = c.state();
        outcome = c.outcome();
        formVersion = c.version();
        cannedReplies = Permission.CANNED_REPLY_READ.allows(actor.get()) ? canned.offered(actor.get(), c.language()) : List.of();
    }

    /** Puts the picked canned reply into the reply box, after what was typed; the agent edits it before sending. */
    public void insertCanned() {
        if (cannedId != null) {
            cannedReplies.stream().filter(r -> r.id() == cannedId).findFirst()
                    .ifPresent(r -> message = CannedReplyRules.insert(message, r.body()));
        }
        cannedId = null;
    }

    /**
     * Saves what the person changed in the settings form, nothing else: a field left as it was loaded is not sent, so
     * a save never moves the state back or touches what it did not show. The form carries the version it was rendered
     * with; when the case changed since (another person, or an action elsewhere on the page), the save is refused.
     */
    public void save() {
        CaseView c = detail.c();
        String newAssignee = blank(assignee);
        boolean unassign = newAssignee == null && c.assignee() != null;
        boolean categoryChanged = category != c.category() || !java.util.Objects.equals(blank(subcategory), c.subcategory());
        boolean stateChanged = state != null && state != c.state();
        try {
            cases.change(actor.get(), c.ticket(), formVersion, new CaseChange(
                    java.util.Objects.equals(newAssignee, c.assignee()) ? null : newAssignee, unassign,
                    priority == c.priority() ? null : priority,
                    categoryChanged ? category : null, categoryChanged ? blank(subcategory) : null,
                    java.util.Objects.equals(queue, c.queue()) ? null : queue,
                    stateChanged ? state : null, stateChanged && state == CaseState.RESOLVED ? outcome : null, null,
                    blank(changeNote)));
            changeNote = null;
            Messages.info(faces, "case.msg.saved", c.ticket());
            reload();
        } catch (StaleVersion e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(faces, "case.msg.stale", c.ticket()), null));
            faces.validationFailed();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("assignee", "settings:assignee", "queue", "settings:queue", "note", "settings:changeNote"),
                    Map.of("outcome-required", "settings:outcome", "case-transition", "settings:state", "subcategory", "settings:subcategory"));
        }
    }

    public void takeIt() {
        assignee = actor.get().name(); // taking a new case opens it (SupportCase.assign)
        save();
    }

    public void showPreview() {
        try {
            preview = cases.preview(actor.get(), ticket, template, message);
            if (preview.blocked().isPresent()) {
                faces.addMessage("compose:message", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text(faces, "case.compose.blocked", preview.blocked().get().term(), preview.blocked().get().why()), null));
            }
        } catch (RedressException e) {
            preview = null;
            Messages.refusal(faces, e, Map.of("template", "compose:template", "message", "compose:message"));
        }
    }

    public void send() {
        try {
            cases.reply(actor.get(), ticket, detail.c().version(), template, message);
            String templateLabel = "template." + template; // the template as people name it, not its code
            Messages.info(faces, "case.msg.sent", Messages.text(faces, templateLabel));
            message = null;
            preview = null;
            reload();
        } catch (RuleViolation e) {
            // the check point: the message is not sent; the agent sees which term and why next to the text
            faces.addMessage("compose:message", new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.refusalText(faces, e), null));
            faces.validationFailed();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("template", "compose:template", "message", "compose:message"));
        }
    }

    public void addNote() {
        try {
            cases.note(actor.get(), ticket, note);
            note = null;
            reload();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("body", "notes:note"));
        }
    }

    public void link() {
        try {
            cases.link(actor.get(), ticket, linkKind, linkTarget);
            linkTarget = null;
            reload();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("target", "links:target", "kind", "links:kind"));
        }
    }

    /**
     * The merge's first step: reads the case the typed ticket leads to, so that the confirmation says which case merges
     * into which before anything is merged. An unknown ticket is said next to the field and asks nothing. Whether the
     * merge is allowed stays the service's answer to {@link #merge}.
     */
    public void prepareMerge() {
        mergeTarget = null;
        if (mergeInto == null || mergeInto.isBlank()) {
            faces.addMessage("links:mergeInto", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "case.mergeInto.required"), null));
            faces.validationFailed();
            return;
        }
        try {
            mergeTarget = cases.detail(actor.get(), mergeInto.strip()).c();
        } catch (RedressException e) {
            faces.addMessage("links:mergeInto", new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.refusalText(faces, e), null));
            faces.validationFailed();
        }
    }

    /** The merge's confirmation: this case, the case it merges into and its subject. */
    public String getMergeConfirmation() {
        return mergeTarget == null ? "" : Messages.text(faces, "case.merge.confirm", ticket, mergeTarget.ticket(),
                mergeTarget.subject());
    }

    public void merge() {
        if (mergeTarget == null) {
            return; // confirmed only after prepareMerge read the target
        }
        try {
            CaseView survivor = cases.merge(actor.get(), ticket, mergeTarget.ticket());
            Messages.info(faces, "case.msg.merged", ticket, survivor.ticket());
            ticket = survivor.ticket();
            mergeInto = null;
            mergeTarget = null;
            reload();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of());
            faces.addMessage("links:mergeInto", new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.refusalText(faces, e), null));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<CaseState> getNextStates() {
        List<CaseState> states = new ArrayList<>();
        states.add(detail.c().state());
        states.addAll(detail.c().state().next());
        return states;
    }

    public String badge(io.redress.cases.domain.SlaClock.State s) {
        return CaseQueueBean.severity(s);
    }

    public List<CannedReplyView> getCannedReplies() {
        return cannedReplies;
    }

    public Long getCannedId() {
        return cannedId;
    }

    public void setCannedId(Long cannedId) {
        this.cannedId = cannedId;
    }

    public List<String> getTemplates() {
        return TEMPLATES;
    }

    public List<String> getQueues() {
        return Queues.ALL;
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public List<String> getSubcategories() {
        return category == null ? List.of() : category.subcategories();
    }

    public CaseOutcome[] getOutcomes() {
        return CaseOutcome.values();
    }

    public CaseDetail getDetail() {
        return detail;
    }

    public CaseView getC() {
        return detail == null ? null : detail.c();
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getSubcategory() {
        return subcategory;
    }

    public void setSubcategory(String subcategory) {
        this.subcategory = subcategory;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public CaseState getState() {
        return state;
    }

    public void setState(CaseState state) {
        this.state = state;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CaseOutcome outcome) {
        this.outcome = outcome;
    }

    public long getFormVersion() {
        return formVersion;
    }

    public void setFormVersion(long formVersion) {
        this.formVersion = formVersion;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Outbox.Rendered getPreview() {
        return preview;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getLinkKind() {
        return linkKind;
    }

    public void setLinkKind(String linkKind) {
        this.linkKind = linkKind;
    }

    public String getLinkTarget() {
        return linkTarget;
    }

    public void setLinkTarget(String linkTarget) {
        this.linkTarget = linkTarget;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }
}
