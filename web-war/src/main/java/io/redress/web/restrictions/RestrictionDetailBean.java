package io.redress.web.restrictions;

import io.redress.restrictions.application.AppealService;
import io.redress.restrictions.application.ReasonCatalogue;
import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.domain.AppealView;
import io.redress.restrictions.domain.ReasonView;
import io.redress.restrictions.domain.RestrictionState;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.restrictions.domain.WithdrawalWindow;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** One restriction: the request, the decision, the window, the appeals against it; the requester may cancel it. */
@Named
@ViewScoped
public class RestrictionDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RestrictionService restrictions;
    @Inject
    transient AppealService appeals;
    @Inject
    transient ReasonCatalogue catalogue;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;
    @Inject
    transient Clock clock;

    private String id;
    private RestrictionView restriction;
    private ReasonView reason;
    private List<AppealView> appealList;

    public void load() {
        long restrictionId = parseId(id);
        restriction = restrictions.get(actor.get(), restrictionId);
        // the version of the reason the restriction was decided under, not today's
        reason = restriction.reasonRevision() == null ? catalogue.find(restriction.reasonCode()).orElse(null)
                : catalogue.revision(actor.get(), restriction.reasonCode(), restriction.reasonRevision()).terms();
        appealList = appeals.forRestriction(actor.get(), restrictionId);
    }

    /** A missing or malformed id names no restriction: the page answers 404, like an unknown one. */
    private static long parseId(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new NotFound("Restriction", String.valueOf(id));
        }
    }

    public void cancel() {
        try {
            restriction = restrictions.cancel(actor.get(), restriction.id(), restriction.version());
            Messages.info(faces, "restriction.msg.cancelled", restriction.id());
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of());
        }
    }

    public boolean isMayCancel() {
        return restriction != null && restriction.state() == RestrictionState.REQUESTED
                && actor.get().name().equals(restriction.requestedBy());
    }

    public String getWindowRemaining() {
        return restriction == null || restriction.windowEndsAt() == null ? null
                : WithdrawalWindow.describe(restriction.windowEndsAt(), clock.instant());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RestrictionView getRestriction() {
        return restriction;
    }

    public ReasonView getReason() {
        return reason;
    }

    public List<AppealView> getAppeals() {
        return appealList;
    }
}
