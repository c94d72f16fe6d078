package io.redress.web.publicposts;

import io.redress.publicposts.application.PostDesk;
import io.redress.publicposts.domain.CampaignView;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A campaign (posts, handles, timeline), or the list of recent campaigns when no id is given. */
@Named
@RequestScoped
public class CampaignBean {

    @Inject
    PostDesk desk;
    @Inject
    CurrentActor actor;
    @Inject
    FacesContext faces;

    private Long id;
    private CampaignView campaign;
    private List<CampaignView> campaigns = List.of();

    public void load() {
        if (id != null) {
            campaign = desk.campaign(actor.get(), id);
        } else {
            campaigns = desk.campaigns(actor.get(), 50);
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

    public List<CampaignView> getCampaigns() {
        return campaigns;
    }
}
