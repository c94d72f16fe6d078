package io.redress.web.restrictions;

import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.security.CurrentActor;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The report compliance officers and auditors read: every restriction that followed complaint activity. */
@Named
@ViewScoped
public class AfterComplaintsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RestrictionService restrictions;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private List<RestrictionView> rows;

    public void load() {
        rows = restrictions.afterComplaints(actor.get());
    }

    public List<RestrictionView> getRows() {
        return rows;
    }
}
