package io.redress.web.restrictions;

import io.redress.restrictions.application.AppealService;
import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.domain.AppealDecision;
import io.redress.restrictions.domain.AppealOutcome;
import io.redress.restrictions.domain.AppealView;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.StaleVersion;
import io.redress.web.shell.Labels;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Open appeals, soonest deadline first, and the reviewer's decision: upheld, overturned or modified. */
@Named
@ViewScoped
public class AppealsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String REFUSAL = "appeal-refusal";

    @Inject
    transient AppealService appeals;
    @Inject
    transient RestrictionService restrictions;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;
    @Inject
    transient Labels labels;

    private List<AppealView> open;
    private AppealView selected;
    private RestrictionView appealed;
    private AppealOutcome outcome;
    private String reasons;
    private Measure newMeasure;
    private Integer extraWindowDays;
    private boolean near;

    /** Open appeals, or with {@code ?near=true} (the home page's count) those near their deadline the person may decide. */
    public void load() {
        open = near ? appeals.nearDeadlineFor(actor.get()) : appeals.open(actor.get());
    }

    public boolean isNear() {
        return near;
    }

    public void setNear(boolean near) {
        this.near = near;
    }

    public void select(AppealView appeal) {
        outcome = null;
        reasons = null;
        newMeasure = null;
        extraWindowDays = null;
        try {
            selected = appeals.get(actor.get(), appeal.id());
            appealed = restrictions.get(actor.get(), selected.restrictionId());
        } catch (RedressException e) {
            selected = null;
            Messages.refusal(faces, e, Map.of());
        }
    }

    public void decide() {
        boolean modified = outcome == AppealOutcome.MODIFIED;
        AppealDecision decision = new AppealDecision(outcome, reasons, modified ? newMeasure : null,
                modified ? extraWindowDays : null);
        try {
            AppealView decided = appeals.decide(actor.get(), selected.id(), decision, selected.version());
            Messages.info(faces, "appeals.msg.decided", decided.id(), labels.of("appealState", decided.state()),
                    decided.restrictionId());
            selected = null;
            load();
        } catch (StaleVersion e) {
            Refusals.inDialog(faces, e, Map.of(), REFUSAL);
            load();
        } catch (RedressException e) {
            Refusals.inDialog(faces, e, Map.of("outcome", "appeal:outcome", "reasons", "appeal:reasons",
                    "newMeasure", "appeal:newMeasure", "extraWindowDays", "appeal:extraWindowDays"), REFUSAL);
        }
    }

    /** Only ever towards the customer: measures milder than the one appealed. */
    public List<Measure> getMilderMeasures() {
        if (appealed == null) {
            return List.of();
        }
        int current = appealed.measure().severity();
        return Arrays.stream(Measure.values())
                .filter(m -> m != Measure.LIFT && m != Measure.FREEZE_WITHDRAWALS && m.severity() > 0 && m.severity() < current)
                .toList();
    }

    public List<AppealOutcome> getOutcomes() {
        return Arrays.asList(AppealOutcome.values());
    }

    public boolean isModified() {
        return outcome == AppealOutcome.MODIFIED;
    }

    public List<AppealView> getOpen() {
        return open;
    }

    public AppealView getSelected() {
        return selected;
    }

    public RestrictionView getAppealed() {
        return appealed;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AppealOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public Measure getNewMeasure() {
        return newMeasure;
    }

    public void setNewMeasure(Measure newMeasure) {
        this.newMeasure = newMeasure;
    }

    public Integer getExtraWindowDays() {
        return extraWindowDays;
    }

    public void setExtraWindowDays(Integer extraWindowDays) {
        this.extraWindowDays = extraWindowDays;
    }
}
