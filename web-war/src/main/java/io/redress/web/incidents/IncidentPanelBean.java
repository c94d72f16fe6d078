package io.redress.web.incidents;

import io.redress.incidents.application.IncidentService;
import io.redress.incidents.domain.ActionView;
import io.redress.incidents.domain.IncidentDetail;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Permission;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The dashboard's open incidents: each with its blast radius and its latest job's progress. */
@Named
@ViewScoped
public class IncidentPanelBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX = 10;

    @Inject
    transient IncidentService incidents;
    @Inject
    transient CurrentActor actor;

    private List<IncidentDetail> open;

    public List<IncidentDetail> getOpen() {
        if (open == null) {
            open = Permission.INCIDENT_READ.allows(actor.get()) ? incidents.openWithRadius(actor.get(), MAX) : List.of();
        }
        return open;
    }

    /** The incident's newest action that has a job, or null. */
    public ActionView latestJob(IncidentDetail d) {
        return d.actions().stream().filter(a -> a.job() != null).findFirst().orElse(null);
    }
}
