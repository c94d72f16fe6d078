package io.redress.web.restrictions;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountView;
import io.redress.restrictions.application.ReasonCatalogue;
import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.ReasonView;
import io.redress.restrictions.domain.RequestRules;
import io.redress.restrictions.domain.RestrictionRequest;
import io.redress.restrictions.domain.RestrictionState;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.RuleViolation;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Requesting a measure against one account: a catalogue reason that justifies it, evidence, a justification. */
@Named
@ViewScoped
public class RestrictionRequestBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = fields();
    /** Each due-process rule's refusal next to the field it concerns; the others (e.g. account-closed) at the top. */
    private static final Map<String, String> RULES = Map.of("window-below-minimum", "request:windowDays",
            "window-below-floor", "request:windowDays", "evidence-required", "request:evidence",
            "measure-not-justified", "request:measure", "duplicate-pending", "request:measure",
            "unknown-reason", "request:reason", "reason-retired", "request:reason",
            "lift-target-unknown", "request:lifts", "lift-target-not-in-force", "request:lifts");

    @Inject
    transient AccountService accounts;
    @Inject
    transient RestrictionService restrictions;
    @Inject
    transient ReasonCatalogue catalogue;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private String accountId;
    private AccountView account;
    private List<ReasonView> reasons;
    private List<RestrictionView> inForce;

    private Measure measure;
    private String reasonCode;
    private String justification;
    private String evidence;
    private Integer windowDays;
    private Integer durationDays;
    private Long liftsRestrictionId;
    /** The request already waiting that a refused duplicate points to. */
    private Long pendingDuplicate;

    private static Map<String, String> fields() {
        Map<String, String> f = new HashMap<>(Map.of("measure", "request:measure", "reasonCode", "request:reason",
                "justification", "request:justification", "evidence", "request:evidence", "windowDays", "request:windowDays",
                "durationDays", "request:durationDays", "liftsRestrictionId", "request:lifts"));
        for (int i = 0; i < RequestRules.MAX_EVIDENCE_ITEMS; i++) {
            f.put("evidence[" + i + "]", "request:evidence");
        }
        return Map.copyOf(f);
    }

    public void load() {
        if (accountId == null || accountId.isBlank()) {
            throw new NotFound("Account", "(none given)");
        }
        account = accounts.get(actor.get(), accountId);
        reasons = catalogue.list(actor.get());
        inForce = restrictions.forAccount(actor.get(), accountId).stream()
                .filter(r -> r.state() == RestrictionState.APPROVED && r.measure() != Measure.LIFT).toList();
    }

    /** A new measure may invalidate the chosen reason; the window applies only to measures that have one. */
    public void measureChanged() {
        if (reasonCode != null && getSelectedReason() == null) {
            reasonCode = null;
        }
        if (measure == null || !measure.hasWindow()) {
            windowDays = null;
        } else if (windowDays == null && getSelectedReason() != null) {
            windowDays = getSelectedReason().minWindowDays();
        }
    }

    public void reasonChanged() {
        ReasonView reason = getSelectedReason();
        if (reason != null && measure != null && measure.hasWindow()) {
            windowDays = reason.minWindowDays();
        }
    }

    public String submit() {
        boolean lift = measure == Measure.LIFT;
        RestrictionRequest request = new RestrictionRequest(measure, lift ? null : reasonCode, justification, evidenceLines(),
                measure != null && measure.hasWindow() ? windowDays : null,
                measure == Measure.CLOSE || lift ? null : durationDays, lift ? liftsRestrictionId : null);
        try {
            RestrictionView created = restrictions.request(actor.get(), accountId, request);
            Messages.info(faces, "request.msg.requested", created.id(), created.measure(), accountId);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/app/accounts/detail?faces-redirect=true&id=" + accountId;
        } catch (AccessDenied e) {
            throw e; // the Not allowed page, as the page itself answers (RefusalPages), never the refusal's raw text
        } catch (RedressException e) {
            Messages.refusal(faces, e, FIELDS, RULES);
            pendingDuplicate = e instanceof RuleViolation v && v.rules().contains(RequestRules.DUPLICATE_PENDING)
                    ? restrictions.forAccount(actor.get(), accountId).stream()
                            .filter(r -> r.state() == RestrictionState.REQUESTED && r.measure() == measure)
                            .map(RestrictionView::id).findFirst().orElse(null)
                    : null;
            return null;
        }
    }

    /** One reference a line; blank lines are spacing, not evidence. */
    private List<String> evidenceLines() {
        return evidence == null ? List.of()
                : Arrays.stream(evidence.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<Measure> getMeasures() {
        return Arrays.asList(Measure.values());
    }

    /** Active reasons that justify the chosen measure. */
    public List<ReasonView> getReasonsForMeasure() {
        if (measure == null || measure == Measure.LIFT || reasons == null) {
            return List.of();
        }
        return reasons.stream().filter(r -> r.active() && r.measures().contains(measure)).toList();
    }

    public ReasonView getSelectedReason() {
        return reasonCode == null ? null
                : getReasonsForMeasure().stream().filter(r -> r.code().equals(reasonCode)).findFirst().orElse(null);
    }

    public boolean isLift() {
        return measure == Measure.LIFT;
    }

    public boolean isWindowApplies() {
        return measure != null && measure.hasWindow();
    }

    public boolean isDurationApplies() {
        return measure != null && measure != Measure.CLOSE && measure != Measure.LIFT;
    }

    public Long getPendingDuplicate() {
        return pendingDuplicate;
    }

    public AccountView getAccount() {
        return account;
    }

    public List<RestrictionView> getInForce() {
        return inForce;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(Integer windowDays) {
        this.windowDays = windowDays;
    }

    public Integer getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(Integer durationDays) {
        this.durationDays = durationDays;
    }

    public Long getLiftsRestrictionId() {
        return liftsRestrictionId;
    }

    public void setLiftsRestrictionId(Long liftsRestrictionId) {
        this.liftsRestrictionId = liftsRestrictionId;
    }
}
