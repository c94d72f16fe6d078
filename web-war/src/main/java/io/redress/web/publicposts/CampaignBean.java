package io.redress.web.publicposts;

import io.redress.publicposts.application.PostBulk;
import io.redress.publicposts.application.PostDesk;
import io.redress.publicposts.domain.BulkOutcome;
import io.redress.publicposts.domain.CampaignView;
import io.redress.publicposts.domain.ComplaintKind;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.TableQuery;
import io.redress.web.shell.Messages;
import io.redress.web.shell.ServerTable;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A campaign (posts, handles, timeline) with its bulk actions — classify all, link all to one case — and the report
 * of the last one; or the list of recent campaigns when no id is given.
 */
@Named
@ViewScoped
public class CampaignBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The kinds a bulk action may give: the separation kinds are decided post by post. */
    /** The reasons' labels: campaign.bulk.refused.&lt;rule of BulkPostRules&gt;. */
    private static final String REFUSED_PREFIX = "campaign.bulk.refused.";
    static final List<ComplaintKind> BULK_KINDS = List.of(ComplaintKind.FUD_CAMPAIGN, ComplaintKind.USER_ERROR,
            ComplaintKind.LONG_TAIL);

    @Inject
    transient PostDesk desk;
    @Inject
    transient PostBulk bulk;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private Long id;
    private CampaignView campaign;
    private final ServerTable<CampaignView> campaigns = new ServerTable<>(
            query -> desk.campaignTable(actor.get(), query), c -> Long.toString(c.id()));
    private Map<Long, String> tickets = Map.of();
    private String bulkKind;
    private String bulkNote;
    private String ticket;
    private BulkOutcome outcome;
    private String outcomeKey;

    /** One campaign, or the first page of the list (latest post first), read before the page renders. */
    public void load() {
        if (id != null) {
            campaign = desk.campaign(actor.get(), id);
            tickets = desk.tickets(actor.get(), campaign);
        } else {
            campaigns.preload(new TableQuery(0, 25, null, false, java.util.Map.of()));
        }
    }

    public void classifyAll() {
        try {
            outcome = bulk.classifyAll(actor.get(), id, bulkKind, bulkNote);
            outcomeKey = "campaign.bulk.classified";
            load();
        } catch (RedressException e) {
            outcome = null;
            Messages.refusal(faces, e, Map.of("kind", "bulk:kind", "note", "bulk:note"));
        }
    }

    public void linkAll() {
        try {
            outcome = bulk.linkAll(actor.get(), id, ticket);
            outcomeKey = "campaign.bulk.linked";
            load();
        } catch (RedressException e) {
            outcome = null;
            Messages.refusal(faces, e, Map.of("ticket", "bulk:ticket"), Map.of(PostBulk.LINK_TARGET_CLOSED, "bulk:ticket"));
        }
    }

    /** "N classified, M already so, K refused", in the page's language. */
    public String getOutcomeSummary() {
        return outcome == null ? null
                : Messages.text(faces, outcomeKey, outcome.changed(), outcome.already(), outcome.refused().size());
    }

    /** Why posts were refused: one line per rule, with how many posts it refused. */
    public List<String> getOutcomeReasons() {
        List<String> lines = new ArrayList<>();
        if (outcome != null) {
            outcome.refusedByRule().forEach((rule, count) -> lines.add(Messages.text(faces, REFUSED_PREFIX + rule, count)));
        }
        return lines;
    }

    public String ticketOf(Long caseId) {
        return caseId == null ? null : tickets.get(caseId);
    }

    public List<ComplaintKind> getBulkKinds() {
        return BULK_KINDS;
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

    public BulkOutcome getOutcome() {
        return outcome;
    }

    public String getBulkKind() {
        return bulkKind;
    }

    public void setBulkKind(String bulkKind) {
        this.bulkKind = bulkKind;
    }

    public String getBulkNote() {
        return bulkNote;
    }

    public void setBulkNote(String bulkNote) {
        this.bulkNote = bulkNote;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }
}
