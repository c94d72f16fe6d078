package io.redress.web.restrictions;

import io.redress.accounts.domain.AccountView;
import io.redress.restrictions.application.AppealService;
import io.redress.restrictions.application.DecisionService;
import io.redress.restrictions.application.NoticeService;
import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.domain.AccountDecision;
import io.redress.restrictions.domain.Action;
import io.redress.restrictions.domain.AppealView;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account page's restrictions part: the standing (the measure in force, the withdrawal window, what the account
 * may do now), its restrictions, the notices sent to the customer, and filing an appeal for the customer.
 */
@Named
@ViewScoped
public class AccountStandingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RestrictionService restrictionService;
    @Inject
    transient DecisionService decisionService;
    @Inject
    transient NoticeService noticeService;
    @Inject
    transient AppealService appeals;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient Clock clock;

    private String accountId;
    private Instant windowEndsAt;
    private List<RestrictionView> restrictions;
    private List<AccountDecision> decisions;
    private List<NoticeView> notices;
    private RestrictionView definingRestriction;

    private Long appealRestrictionId;
    private String appealStatement;

    /** Loads the restrictions' side of the account the page shows. */
    public void load(AccountView account) {
        accountId = account.accountId();
        windowEndsAt = account.windowEndsAt();
        restrictions = restrictionService.forAccount(actor.get(), accountId);
        notices = noticeService.forAccount(actor.get(), accountId);
        decisions = new ArrayList<>();
        for (Action action : Action.values()) {
            decisions.add(decisionService.decide(actor.get(), accountId, action, null));
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
        return windowEndsAt == null ? null : WithdrawalWindow.describe(windowEndsAt, clock.instant());
    }

    public boolean isWindowOpen() {
        return windowEndsAt != null && clock.instant().isBefore(windowEndsAt);
    }

    private Optional<RestrictionView> find(long restrictionId) {
        return restrictions == null ? Optional.empty()
                : restrictions.stream().filter(r -> r.id() == restrictionId).findFirst();
    }

    public String getAccountId() {
        return accountId;
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
