package io.redress.web.publicposts;

import io.redress.publicposts.application.PostDesk;
import io.redress.publicposts.domain.CampaignView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.TableQuery;
import io.redress.web.shell.ServerTable;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A campaign (posts, handles, timeline), or the list of recent campaigns when no id is given. */
@Named
@ViewScoped
public class CampaignBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PostDesk desk;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private Long id;
    private CampaignView campaign;
    private final ServerTable<CampaignView> campaigns = new ServerTable<>(
            query -> desk.campaignTable(actor.get(), query), c -> Long.toString(c.id()));

    /** One campaign, or the first page of the list (latest post first), read before the page renders. */
    public void load() {
        if (id != null) {
            campaign = desk.campaign(actor.get(), id);
        } else {
            campaigns.preload(new TableQuery(0, 25, null, false, java.util.Map.of()));
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public ServerTable<CampaignView> getCampaigns() {
        return campaigns;
    }
}
