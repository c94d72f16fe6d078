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
import io.redress.shared.domain.FieldError;
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

    /** The inbox table's sortable columns and what each sorts by. */
    public static final java.util.Map<String, String> SORTABLE = java.util.Map.of("receivedAt", "p.receivedAt",
            "postedAt", "p.postedAt", "author", "p.authorHandle", "platform", "p.platform", "reach", "p.reach",
            "suggestion", "p.suggestedKind", "confirmed", "p.confirmedKind");
    /** Column filters: text contained (in any case) in author, text, platform and account; the suggested kind exactly. */
    private static final java.util.Map<String, String> CONTAINS = java.util.Map.of("author", "p.authorHandle",
            "text", "p.text", "platform", "p.platform", "account", "p.accountId");
    public static final Set<String> FILTERABLE = Set.of("author", "text", "platform", "account", "suggestion");

    /**
     * One page of the inbox table with the number of posts its filters hold: newest received first unless another
     * column is asked for.
     */
    public io.redress.shared.domain.TablePage<PostView> table(Actor actor, boolean unreviewedOnly,
                                                              io.redress.shared.domain.TableQuery query) {
        access.require(actor, Permission.POST_READ);
        query.check(SORTABLE.keySet(), FILTERABLE);
        StringBuilder where = new StringBuilder(" FROM PublicPost p WHERE ")
                .append(unreviewedOnly ? "p.confirmedKind IS NULL" : "1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        CONTAINS.forEach((column, field) -> {
            if (query.filter(column) != null) {
                where.append(" AND LOWER(").append(field).append(") LIKE :").append(column).append(" ESCAPE '!'");
                params.put(column, io.redress.shared.domain.TableQuery.containsPattern(query.lowerFilter(column)));
            }
        });
        if (query.filter("suggestion") != null) {
            try {
                params.put("suggestion", ComplaintKind.valueOf(query.filter("suggestion")));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(FieldError.of("suggestion", FieldError.Code.ONE_OF, "one of " + java.util.Arrays.toString(ComplaintKind.values()),
                        String.join(", ", java.util.Arrays.stream(ComplaintKind.values()).map(Enum::name).toList())));
            }
            where.append(" AND p.suggestedKind = :suggestion");
        }
        var count = em.createQuery("SELECT COUNT(p)" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || query.first() >= total) {
            return new io.redress.shared.domain.TablePage<>(List.of(), total);
        }
        boolean desc = query.sortField() == null || query.descending();
        String dir = desc ? " DESC" : " ASC";
        String order = " ORDER BY " + SORTABLE.get(query.sortField() == null ? "receivedAt" : query.sortField()) + dir
                + " NULLS LAST, p.id" + dir;
        var page = em.createQuery("SELECT p" + where + order, PublicPost.class);
        params.forEach(page::setParameter);
        return new io.redress.shared.domain.TablePage<>(page.setFirstResult(query.first()).setMaxResults(query.size())
                .getResultList().stream().map(p -> seenBy(actor, p)).toList(), total);
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
            throw new InvalidInput(FieldError.oneOf("kind", List.of("USER_ERROR", "FUD_CAMPAIGN", "TWO_DEGREES", "ONE_DEGREE", "LONG_TAIL")));
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInput(FieldError.tooLong("note", 2000));
        }
        PublicPost p = find(id);
        if (p.version() != expectedVersion) {
            throw new StaleVersion("PublicPost", Long.toString(id), expectedVersion, p.version());
        }
        PostView before = p.view();
        if (before.suggestedKind() != null && k != before.suggestedKind() && (note == null || note.strip().length() < 10)) {
            throw new InvalidInput(FieldError.of("note", FieldError.Code.OVERRIDE_NEEDS_REASON,
                    "overriding the suggestion needs a written reason of at least 10 characters", 10));
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

    /** The campaigns table's sortable columns; the latest post first by default. */
    public static final java.util.Map<String, String> CAMPAIGN_SORTABLE = java.util.Map.of("id", "c.id",
            "firstPostAt", "c.firstPostAt", "lastPostAt", "c.lastPostAt");

    /** One page of the campaigns with how many there are, for the console's table. */
    public io.redress.shared.domain.TablePage<CampaignView> campaignTable(Actor actor, io.redress.shared.domain.TableQuery query) {
        access.require(actor, Permission.POST_READ);
        query.check(CAMPAIGN_SORTABLE.keySet(), Set.of());
        long total = em.createQuery("SELECT COUNT(c) FROM Campaign c", Long.class).getSingleResult();
        if (total == 0 || query.first() >= total) {
            return new io.redress.shared.domain.TablePage<>(List.of(), total);
        }
        boolean desc = query.sortField() == null || query.descending();
        String dir = desc ? " DESC" : " ASC";
        String order = CAMPAIGN_SORTABLE.get(query.sortField() == null ? "lastPostAt" : query.sortField()) + dir + ", c.id" + dir;
        return new io.redress.shared.domain.TablePage<>(em.createQuery("SELECT c FROM Campaign c ORDER BY " + order, Campaign.class)
                .setFirstResult(query.first()).setMaxResults(query.size()).getResultList().stream().map(c -> view(actor, c))
                .toList(), total);
    }

    public CampaignView campaign(Actor actor, long id) {
        access.require(actor, Permission.POST_READ);
        Campaign c = em.find(Campaign.class, id);
        if (c == null) {
            throw new NotFound("Campaign", Long.toString(id));
        }
        return view(actor, c);
    }

    /** The tickets of the cases the campaign's posts are linked to, by case id (one query for them all). */
    public java.util.Map<Long, String> tickets(Actor actor, CampaignView campaign) {
        access.require(actor, Permission.POST_READ);
        return cases.ticketsOf(campaign.posts().stream().map(PostView::caseId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
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
