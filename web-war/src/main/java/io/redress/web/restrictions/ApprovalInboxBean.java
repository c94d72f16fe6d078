package io.redress.web.restrictions;

import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.application.RestrictionService.DecisionRights;
import io.redress.restrictions.application.RestrictionService.PendingRestriction;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.domain.TableQuery;
import io.redress.web.shell.Messages;
import io.redress.web.shell.ServerTable;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The approval inbox: pending requests with what the approver must know first (the role the approval
 * needs, complaint activity that triggers the retaliation guard); approve with a note, or reject with a reason.
 */
@Named
@ViewScoped
public class ApprovalInboxBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String REFUSAL = "decide-refusal";

    @Inject
    transient RestrictionService restrictions;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private final ServerTable<PendingRestriction> pending = new ServerTable<>(
            query -> restrictions.inboxTable(actor.get(), this.mine, query), p -> Long.toString(p.restriction().id()));
    private final Map<Long, DecisionRights> rights = new HashMap<>();
    private PendingRestriction selected;
    private String note;
    private String attestation;
    private String rejectReason;
    private boolean mine;

    /**
     * Every pending request, or with "only what I may decide" ({@code ?mine=true}, the home page's count) those the
     * person may approve; the table reads its page as it renders.
     */
    public void load() {
        rights.clear();
        pending.preload(new TableQuery(0, 25, null, false, Map.of()));
    }

    /** The "only what I may decide" box changed: from the first page again. */
    public void filterChanged() {
        rights.clear();
        ServerTable.toFirstPage(faces, "inbox:pending");
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    /** What the signed-in person may do with a request, as the domain answers it (asked once per row and view). */
    public DecisionRights rights(PendingRestriction p) {
        return rights.computeIfAbsent(p.restriction().id(), id -> restrictions.rights(actor.get(), p));
    }

    public DecisionRights getSelectedRights() {
        return selected == null ? null : rights.computeIfAbsent(selected.restriction().id(), id -> restrictions.rights(actor.get(), selected));
    }

    /** Re-reads the request, so the dialog shows the guard's assessment as of now, not as of the page load. */
    public void select(PendingRestriction p) {
        note = null;
        attestation = null;
        rejectReason = null;
        try {
            selected = restrictions.pendingDetails(actor.get(), p.restriction().id());
        } catch (RedressException e) {
            selected = null;
            Messages.refusal(faces, e, Map.of());
        }
    }

    public void approve() {
        RestrictionView r = selected.restriction();
        try {
            restrictions.approve(actor.get(), r.id(), r.version(), note, attestation);
            Messages.info(faces, "inbox.msg.approved", r.id(), r.measure(), r.accountId());
            selected = null;
            rights.clear();
        } catch (StaleVersion e) {
            Refusals.inDialog(faces, e, Map.of(), REFUSAL);
            rights.clear();
        } catch (RedressException e) {
            Refusals.inDialog(faces, e, Map.of("attestation", "decide:attestation", "note", "decide:note"), REFUSAL);
        }
    }

    public void reject() {
        RestrictionView r = selected.restriction();
        try {
            restrictions.reject(actor.get(), r.id(), r.version(), rejectReason);
            Messages.info(faces, "inbox.msg.rejected", r.id(), r.accountId());
            selected = null;
            rights.clear();
        } catch (StaleVersion e) {
            Refusals.inDialog(faces, e, Map.of(), REFUSAL);
            rights.clear();
        } catch (RedressException e) {
            Refusals.inDialog(faces, e, Map.of("reason", "decide:rejectReason"), REFUSAL);
        }
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public ServerTable<PendingRestriction> getPending() {
        return pending;
    }

    public PendingRestriction getSelected() {
        return selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAttestation() {
        return attestation;
    }

    public void setAttestation(String attestation) {
        this.attestation = attestation;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }
}
