package io.redress.publicposts.application;

import io.redress.audit.application.AuditTrail;
import io.redress.cases.api.Cases;
import io.redress.publicposts.domain.Campaign;
import io.redress.publicposts.domain.CampaignView;
import io.redress.publicposts.domain.ComplaintKind;
import io.redress.publicposts.domain.PostView;
import io.redress.publicposts.domain.PublicPost;
import io.redress.screening.api.ScreeningExposures;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.StaleVersion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The public-posts inbox: posts awaiting a person's classification, their review, and campaigns. */
@Stateless
public class PostDesk {

    public static final int MAX_SIZE = 200;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    ScreeningExposures exposures;
    @Inject
    Cases cases;

    /** Newest first; {@code unreviewedOnly} shows what still needs a person. */
    public List<PostView> inbox(Actor actor, boolean unreviewedOnly, int size) {
        access.require(actor, Permission.POST_READ);
        String jpql = "SELECT p FROM PublicPost p" + (unreviewedOnly ? " WHERE p.confirmedKind IS NULL" : "")
                + " ORDER BY p.receivedAt DESC, p.id DESC";
        return em.createQuery(jpql, PublicPost.class).setMaxResults(Math.max(1, Math.min(size, MAX_SIZE))).getResultList()
                .stream().map(p -> seenBy(actor, p)).toList();
    }

    /**
     * The posts after {@code last} in the inbox's order (newest first), for an export that walks the whole inbox a page
     * at a time; {@code last} null starts at the newest.
     */
    public List<PostView> inboxAfter(Actor actor, boolean unreviewedOnly, PostView last, int size) {
        access.require(actor, Permission.POST_READ);
        String jpql = "SELECT p FROM PublicPost p WHERE " + (unreviewedOnly ? "p.confirmedKind IS NULL" : "1 = 1")
                + (last == null ? "" : " AND (p.receivedAt < :at OR (p.receivedAt = :at AND p.id < :id))")
                + " ORDER BY p.receivedAt DESC, p.id DESC";
        var query = em.createQuery(jpql, PublicPost.class);
        if (last != null) {
            query.setParameter("at", last.receivedAt()).setParameter("id", last.id());
        }
        return query.setMaxResults(Math.max(1, Math.min(size, MAX_SIZE))).getResultList().stream().map(p -> seenBy(actor, p)).toList();
    }

    public PostView get(Actor actor, long id) {
        access.require(actor, Permission.POST_READ);
        return seenBy(actor, find(id));
    }

    /**
     * The post as the actor may see it: a screening's evidence only for who may read screenings (compliance,
     * auditors); other staff see that a risk review is open, asked now; the integration login nothing of screening.
     */
    PostView seenBy(Actor actor, PublicPost p) {
        return seenBy(actor, p, exposures);
    }

    static PostView seenBy(Actor actor, PublicPost p, ScreeningExposures exposures) {
        PostView.Audience audience = audience(actor);
        boolean reviewOpen = audience == PostView.Audience.STAFF && p.screeningId() != null
                && exposures.riskReviewOpen(p.accountId());
        return p.view(audience, reviewOpen);
    }

    static PostView.Audience audience(Actor actor) {
        if (Permission.DEPOSIT_SCREENING_READ.allows(actor)) {
            return PostView.Audience.SCREENING;
        }
        return Permission.POST_READ.allows(actor) ? PostView.Audience.STAFF : PostView.Audience.INTEGRATION;
    }

    /** A person confirms the suggested kind or overrides it; both are kept. ONE_DEGREE and TWO_DEGREES are theirs alone. */
    public PostView classify(Actor actor, long id, long expectedVersion, String kind, String note) {
        String role = access.require(actor, Permission.POST_CLASSIFY);
        ComplaintKind k;
        try {
            k = ComplaintKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "one of USER_ERROR, FUD_CAMPAIGN, TWO_DEGREES, ONE_DEGREE, LONG_TAIL");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInput("note", "at most 2000 characters");
        }
        PublicPost p = find(id);
        if (p.version() != expectedVersion) {
            throw new StaleVersion("PublicPost", Long.toString(id), expectedVersion, p.version());
        }
        PostView before = p.view();
        if (before.suggestedKind() != null && k != before.suggestedKind() && (note == null || note.strip().length() < 10)) {
            throw new InvalidInput("note", "overriding the suggestion needs a written reason of at least 10 characters");
        }
        String snapshot = p.snapshot().toJson();
        p.confirm(k, actor.name(), note == null || note.isBlank() ? null : note.strip(), clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Post " + id + " was classified by someone else at the same time; read it again");
        }
        audit.recordFor(p.view().accountId(), actor, role, k == before.suggestedKind() ? "POST_CLASSIFICATION_CONFIRMED" : "POST_CLASSIFICATION_OVERRIDDEN",
                "PublicPost", Long.toString(id), snapshot, p.snapshot().toJson(),
                "suggested " + before.suggestedKind() + ", confirmed " + k + (note == null ? "" : ": " + note.strip()));
        return seenBy(actor, p);
    }

    public List<CampaignView> campaigns(Actor actor, int size) {
        access.require(actor, Permission.POST_READ);
        return em.createNamedQuery(Campaign.RECENT, Campaign.class).setMaxResults(Math.max(1, Math.min(size, MAX_SIZE)))
                .getResultList().stream().map(c -> view(actor, c)).toList();
    }

    public CampaignView campaign(Actor actor, long id) {
        access.require(actor, Permission.POST_READ);
        Campaign c = em.find(Campaign.class, id);
        if (c == null) {
            throw new NotFound("Campaign", Long.toString(id));
        }
        return view(actor, c);
    }

    /** The tickets of the cases the campaign's posts are linked to, by case id. */
    public java.util.Map<Long, String> tickets(Actor actor, CampaignView campaign) {
        access.require(actor, Permission.POST_READ);
        java.util.Map<Long, String> tickets = new java.util.HashMap<>();
        campaign.posts().stream().map(PostView::caseId).filter(java.util.Objects::nonNull).distinct()
                .forEach(caseId -> cases.ticketOf(caseId).ifPresent(t -> tickets.put(caseId, t)));
        return tickets;
    }

    private CampaignView view(Actor actor, Campaign c) {
        List<PostView> posts = em.createNamedQuery(PublicPost.IN_CAMPAIGN, PublicPost.class).setParameter("campaign", c.id())
                .getResultList().stream().map(p -> seenBy(actor, p)).toList();
        Set<String> handles = new LinkedHashSet<>();
        posts.forEach(p -> handles.add(p.authorHandle()));
        return new CampaignView(c.id(), c.firstPostAt(), c.lastPostAt(), List.copyOf(handles),
                posts.stream().mapToLong(PostView::reach).sum(), posts);
    }

    private PublicPost find(long id) {
        PublicPost p = em.find(PublicPost.class, id);
        if (p == null) {
            throw new NotFound("PublicPost", Long.toString(id));
        }
        return p;
    }
}
