package io.redress.web.accounts;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountView;
import io.redress.audit.domain.AuditRecord;
import io.redress.restrictions.application.AppealService;
import io.redress.restrictions.application.DecisionService;
import io.redress.restrictions.application.NoticeService;
import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.domain.AccountDecision;
import io.redress.restrictions.domain.AppealView;
import io.redress.restrictions.domain.Action;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.NoticeView;
import io.redress.restrictions.domain.RestrictionState;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.restrictions.domain.WithdrawalWindow;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One account: its profile, its standing (the measure in force, the withdrawal window, what it may do now),
 * its restrictions, the notices sent to the customer, and its audit history.
 */
@Named
@ViewScoped
public class AccountDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;
    @Inject
    transient RestrictionService restrictionService;
    @Inject
    transient DecisionService decisionService;
    @Inject
    transient NoticeService noticeService;
    @Inject
    transient AppealService appeals;
    @Inject
    transient io.redress.cases.application.CaseService caseService;
    @Inject
    transient io.redress.apikeys.application.ApiKeyRegistry keyRegistry;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient Clock clock;

    private String id;
    private AccountView account;
    private List<AuditRecord> history;
    private List<RestrictionView> restrictions;
    private List<AccountDecision> decisions;
    private List<NoticeView> notices;
    private RestrictionView definingRestriction;
    private List<io.redress.cases.domain.QueueRow> cases;
    private boolean confidential;
    private String confidentialReason;

    private List<io.redress.apikeys.api.ApiKeyView> apiKeys;
    private String revoking;
    private String revokeReason;

    private Long appealRestrictionId;
    private String appealStatement;

    public void load() {
        account = accounts.get(actor.get(), id);
        history = accounts.history(actor.get(), id, 100);
        restrictions = restrictionService.forAccount(actor.get(), id);
        notices = noticeService.forAccount(actor.get(), id);
        cases = caseService.forAccount(actor.get(), id);
        confidential = accounts.confidential(actor.get(), id);
        apiKeys = io.redress.shared.domain.Permission.APIKEY_READ.allows(actor.get())
                ? keyRegistry.forAccount(actor.get(), id) : List.of();
        decisions = new ArrayList<>();
        for (Action action : Action.values()) {
            decisions.add(decisionService.decide(actor.get(), id, action, null));
        }
        Long defining = account.restrictionId();
        definingRestriction = defining == null ? null
                : find(defining).orElseGet(() -> restrictionService.get(actor.get(), defining));
    }

    /** An agent or supervisor files an appeal for the customer, e.g. after a phone call. */
    public void fileAppeal() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            AppealView appeal = appeals.file(actor.get(), appealRestrictionId, appealStatement);
            Messages.info(faces, "appeal.msg.filed", appeal.id(), appeal.restrictionId(), appeal.deadline());
            appealRestrictionId = null;
            appealStatement = null;
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("statement", "fileAppeal:statement"));
        }
    }

    /** The restriction that sets the account's status (or its withdrawal freeze), if any. */
    /** COMPLIANCE sets or clears the confidentiality flag that makes the message check point strict. */
    public void toggleConfidential() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            confidential = accounts.markConfidential(actor.get(), id, !confidential, confidentialReason);
            confidentialReason = null;
            Messages.info(faces, confidential ? "account.confidential.set" : "account.confidential.cleared");
            history = accounts.history(actor.get(), id, 100);
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("reason", "confidentiality:reason"));
        }
    }

    /** SECURITY picks a key to revoke; the dialog asks why. */
    public void chooseKey(io.redress.apikeys.api.ApiKeyView key) {
        revoking = key.keyId();
        revokeReason = null;
    }

    public void revokeKey() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            keyRegistry.revoke(actor.get(), revoking, null, revokeReason);
            Messages.info(faces, "apikeys.msg.revoked", revoking);
            apiKeys = keyRegistry.forAccount(actor.get(), id);
            history = accounts.history(actor.get(), id, 100);
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("reason", "revokeKey:reason"));
        }
    }

    public List<io.redress.apikeys.api.ApiKeyView> getApiKeys() {
        return apiKeys;
    }

    public String getRevoking() {
        return revoking;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public List<io.redress.cases.domain.QueueRow> getCases() {
        return cases;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public String getConfidentialReason() {
        return confidentialReason;
    }

    public void setConfidentialReason(String confidentialReason) {
        this.confidentialReason = confidentialReason;
    }

    public RestrictionView getDefiningRestriction() {
        return definingRestriction;
    }

    /** Every approved punitive measure, the defining one included: a freeze and a status measure can coexist. */
    public List<RestrictionView> getInForce() {
        return restrictions == null ? List.of() : restrictions.stream()
                .filter(r -> r.state() == RestrictionState.APPROVED && r.measure() != Measure.LIFT).toList();
    }

    /** "3 d 4 h", recomputed at every render (the page polls); empty when there is no window. */
    public String getWindowRemaining() {
        return account == null || account.windowEndsAt() == null ? null
                : WithdrawalWindow.describe(account.windowEndsAt(), clock.instant());
    }

    public boolean isWindowOpen() {
        return account != null && account.windowEndsAt() != null && clock.instant().isBefore(account.windowEndsAt());
    }

    private Optional<RestrictionView> find(long restrictionId) {
        return restrictions == null ? Optional.empty()
                : restrictions.stream().filter(r -> r.id() == restrictionId).findFirst();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AccountView getAccount() {
        return account;
    }

    public List<AuditRecord> getHistory() {
        return history;
    }

    public List<RestrictionView> getRestrictions() {
        return restrictions;
    }

    public List<AccountDecision> getDecisions() {
        return decisions;
    }

    public List<NoticeView> getNotices() {
        return notices;
    }

    public Long getAppealRestrictionId() {
        return appealRestrictionId;
    }

    public void setAppealRestrictionId(Long appealRestrictionId) {
        this.appealRestrictionId = appealRestrictionId;
    }

    public String getAppealStatement() {
        return appealStatement;
    }

    public void setAppealStatement(String appealStatement) {
        this.appealStatement = appealStatement;
    }
}
