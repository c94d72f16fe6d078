package io.redress.web.publicposts;

import io.redress.publicposts.application.PostDesk;
import io.redress.publicposts.domain.CampaignView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
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

    public void load() throws IOException {
        try {
            if (id != null) {
                campaign = desk.campaign(actor.get(), id);
            } else {
                campaigns = desk.campaigns(actor.get(), 50);
            }
        } catch (AccessDenied e) {
            faces.getExternalContext().responseSendError(403, e.getMessage());
            faces.responseComplete();
        } catch (NotFound e) {
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
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
