package io.redress.web.claims;

import io.redress.claims.application.ClaimService;
import io.redress.claims.domain.AppealVerdict;
import io.redress.claims.domain.ClaimDetail;
import io.redress.claims.domain.ClaimOutcome;
import io.redress.claims.domain.ClaimState;
import io.redress.claims.domain.ClaimView;
import io.redress.claims.domain.DecisionRequest;
import io.redress.claims.domain.Liability;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.ConsoleFormat;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The claim page: the claim, the decisions already taken on its incident's other claims, and the next step —
 * assess, decide, approve or send back, review an appeal — each against the version shown.
 */
@Named
@ViewScoped
public class ClaimBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClaimService claims;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;
    @Inject
    transient ConsoleFormat fmt;

    private String id;
    private ClaimDetail detail;

    private Liability liability;
    private String reasoning;
    private ClaimOutcome outcome;
    private String amount;
    private String reasons;
    private String referenceRate;
    private String note;
    private String returnReason;
    private AppealVerdict verdict;
    private String appealReasons;

    public void load() {
        detail = claims.detail(actor.get(), parseId(id));
    }

    /** A missing or malformed id names no claim: the page answers 404, like an unknown one. */
    private static long parseId(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new NotFound("Claim", String.valueOf(id));
        }
    }

    private ClaimView claim() {
        return detail.claim();
    }

    private void reload() {
        detail = claims.detail(actor.get(), claim().id());
    }

    public void assess() {
        try {
            claims.assess(actor.get(), claim().id(), liability, reasoning, claim().version());
            Messages.info(faces, "claim.msg.assessed", Long.toString(claim().id()));
            reload();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("liability", "assess:liability", "reasoning", "assess:reasoning"));
        }
    }

    public void decide() {
        try {
            claims.decide(actor.get(), claim().id(), new DecisionRequest(outcome, blank(amount), reasons, blank(referenceRate)),
                    claim().version());
            Messages.info(faces, "claim.msg.decided", Long.toString(claim().id()));
            reload();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("outcome", "decide:outcome", "amount", "decide:amount",
                    "reasons", "decide:reasons", "referenceRate", "decide:referenceRate"));
        }
    }

    /**
     * The approval's confirmation: what approving pays (the decided amount in the claim's asset) and to which account,
     * or that a denial pays nothing.
     */
    public String getApproveConfirmation() {
        ClaimView c = claim();
        if (c.outcome() == ClaimOutcome.DENY) {
            return Messages.text(faces, "claim.approve.confirm.deny", Long.toString(c.id()), c.accountId());
        }
        return Messages.text(faces, "claim.approve.confirm", Long.toString(c.id()), fmt.amount(c.amountDecided(), c.asset()),
                c.accountId());
    }

    public void approve() {
        try {
            ClaimView approved = claims.approve(actor.get(), claim().id(), claim().version(), blank(note));
            Messages.info(faces, approved.state().pendingApproval() ? "claim.msg.firstApproval" : "claim.msg.approved",
                    Long.toString(claim().id()));
            reload();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("note", "approve:note"));
        }
    }

    public void sendBack() {
        try {
            claims.sendBack(actor.get(), claim().id(), claim().version(), returnReason);
            Messages.info(faces, "claim.msg.returned", Long.toString(claim().id()));
            reload();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("reason", "approve:returnReason"));
        }
    }

    public void decideAppeal() {
        try {
            claims.decideAppeal(actor.get(), claim().id(), verdict, appealReasons, claim().version());
            Messages.info(faces, "claim.msg.appealDecided", Long.toString(claim().id()));
            reload();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("outcome", "appeal:verdict", "reasons", "appeal:appealReasons"));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isAssessable() {
        return detail != null && (claim().state() == ClaimState.FILED || claim().state() == ClaimState.ASSESSED);
    }

    public boolean isDecidable() {
        return detail != null && claim().state() == ClaimState.ASSESSED;
    }

    public boolean isApprovable() {
        return detail != null && claim().state().pendingApproval();
    }

    public boolean isAppealed() {
        return detail != null && claim().state() == ClaimState.APPEALED;
    }

    public List<Liability> getLiabilities() {
        return Arrays.asList(Liability.values());
    }

    public List<ClaimOutcome> getOutcomes() {
        return Arrays.asList(ClaimOutcome.values());
    }

    public List<AppealVerdict> getVerdicts() {
        return Arrays.asList(AppealVerdict.values());
    }

    public ClaimDetail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Liability getLiability() {
        return liability;
    }

    public void setLiability(Liability liability) {
        this.liability = liability;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }

    public ClaimOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ClaimOutcome outcome) {
        this.outcome = outcome;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getReferenceRate() {
        return referenceRate;
    }

    public void setReferenceRate(String referenceRate) {
        this.referenceRate = referenceRate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public AppealVerdict getVerdict() {
        return verdict;
    }

    public void setVerdict(AppealVerdict verdict) {
        this.verdict = verdict;
    }

    public String getAppealReasons() {
        return appealReasons;
    }

    public void setAppealReasons(String appealReasons) {
        this.appealReasons = appealReasons;
    }
}
