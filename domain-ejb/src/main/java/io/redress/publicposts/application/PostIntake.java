package io.redress.publicposts.application;

import io.redress.accounts.api.Accounts;
import io.redress.audit.application.AuditTrail;
import io.redress.cases.api.CaseSummary;
import io.redress.cases.api.Cases;
import io.redress.cases.api.NewCase;
import io.redress.cases.api.TicketNumber;
import io.redress.publicposts.domain.Campaign;
import io.redress.publicposts.domain.ComplaintClassifier;
import io.redress.publicposts.domain.MinHash;
import io.redress.publicposts.domain.NewPost;
import io.redress.publicposts.domain.PostBand;
import io.redress.publicposts.domain.PostFacts;
import io.redress.publicposts.domain.PostRules;
import io.redress.publicposts.domain.PostView;
import io.redress.publicposts.domain.PublicPost;
import io.redress.publicposts.domain.Shingles;
import io.redress.restrictions.api.ComplaintRecorded;
import io.redress.screening.api.AccountExposure;
import io.redress.screening.api.ScreeningExposures;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.infrastructure.TransactionLocks;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Public complaints in: idempotent on the post's URL; matched to an account by its known social handles and
 * to a case by a ticket number in the text; compared with the last 24 hours of posts (MinHash, similarity at
 * least 0.8) and grouped into a campaign when several handles post the same text; classified as a suggestion
 * with its evidence (from the account's screening exposure, when it has any: one or two degrees of separation). A
 * matched customer with no open case gets one, acknowledged privately.
 */
@Stateless
public class PostIntake {

    public static final double NEAR_DUPLICATE = 0.8;
    static final Duration WINDOW = Duration.ofHours(24);
    /**
     * The most recent band matches looked at per post. Enough to see three handles and the campaign they are in;
     * a large campaign's older members need not be loaded for every new post (they were grouped when they came).
     */
    static final int CANDIDATES = 200;
    static final int ATTEMPTS = 8;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Cases cases;
    @Inject
    Accounts accounts;
    @Inject
    ScreeningExposures exposures;
    @Inject
    Event<ComplaintRecorded> complaints;
    @Inject
    Clock clock;
    @Inject
    TransactionLocks locks;
    @Resource
    SessionContext context;

    public record Received(PostView post, boolean created, String ticket) {
    }

    /**
     * Receives a post, retrying on a conflict with a concurrent intake. Posts of one campaign arrive together, and
     * each updates the campaign and the earlier posts' suggestions: one of two such intakes loses its optimistic
     * check, and the same URL sent twice at once violates the URL's uniqueness. Either way the whole intake runs
     * again in a fresh transaction: it then joins the campaign as it now is, or answers the stored post.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Received receive(Actor actor, NewPost post) {
        PostIntake self = context.getBusinessObject(PostIntake.class);
        for (int attempt = 1; ; attempt++) {
            try {
                return self.receiveOnce(actor, post);
            } catch (StaleVersion e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** A random pause growing with the attempts, so that intakes which collided do not collide again in step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StaleVersion("interrupted while retrying an intake that met a concurrent one; send it again");
        }
    }

    /** One attempt at {@link #receive}, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Received receiveOnce(Actor actor, NewPost post) {
        try {
            return intake(actor, post);
        } catch (PersistenceException e) {
            // an optimistic check lost to a concurrent intake, or the same URL stored by one a moment ago
            throw new StaleVersion("Post " + post.url() + " conflicted with concurrent intakes " + ATTEMPTS
                    + " times in a row; send it again");
        }
    }

    private Received intake(Actor actor, NewPost post) {
        String role = access.require(actor, Permission.POST_RECEIVE);
        Instant now = clock.instant();
        List<FieldError> errors = PostRules.check(post, now);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        long[] shingles = Shingles.of(post.text());
        long[] signature = MinHash.signature(shingles);
        long[] bands = MinHash.bands(signature);
        if (shingles.length > 0) {
            // intakes sharing a band wait for one another, so each sees the others' posts: read committed alone let ten
            // intakes of one text arriving together all miss each other, and no campaign formed. The URL is read after
            // it. A text without words (links, tags, emoji only) is nobody's near-duplicate: all such share one empty
            // signature, and would wait for one another for nothing.
            locks.lock("public-post intake", bands);
        }
        String key = PostRules.urlKey(post.url());
        Optional<PublicPost> existing = em.createNamedQuery(PublicPost.BY_URL_KEY, PublicPost.class).setParameter("key", key)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            return new Received(PostDesk.seenBy(actor, existing.get(), exposures), false, ticketOf(existing.get().view().caseId()));
        }
        PublicPost p = new PublicPost(post, key, signature, actor.name(), now);

        // matching: the author's handle to an account, a quoted ticket to a case (and through it to its account)
        String handle = PostRules.handle(post.authorHandle());
        List<String> holders = accounts.withSocialHandle(handle, 2);
        String accountId = holders.size() == 1 ? holders.get(0) : null;
        Optional<TicketNumber> quoted = TicketNumber.findIn(post.text());
        // a ticket the customer was never told of (staff's own work) is no case of theirs: it is not matched or named
        CaseSummary quotedCase = quoted.flatMap(cases::findLive).filter(CaseSummary::knownToCustomer).orElse(null);
        if (accountId == null && quotedCase != null) {
            accountId = quotedCase.accountId();
        }
        p.matched(accountId, quoted.map(TicketNumber::value).orElse(null), quotedCase == null ? null : quotedCase.id());
        em.persist(p);
        em.flush();
        for (int b = 0; b < bands.length; b++) {
            em.persist(new PostBand(p.id(), b, bands[b], p.postedAt()));
        }

        // near-duplicates from other handles within 24 hours: a campaign from three handles on
        List<PublicPost> similar = nearDuplicates(p, signature, bands);
        Set<String> otherHandles = new LinkedHashSet<>();
        similar.forEach(s -> otherHandles.add(s.authorHandle()));
        otherHandles.remove(p.authorHandle());
        if (otherHandles.size() >= ComplaintClassifier.CAMPAIGN_HANDLES - 1) {
            Campaign campaign = similar.stream().map(PublicPost::campaignId).filter(Objects::nonNull).min(Comparator.naturalOrder())
                    .map(id -> em.find(Campaign.class, id)).orElseGet(() -> {
                        Campaign c = new Campaign(p.postedAt(), now);
                        em.persist(c);
                        em.flush();
                        return c;
                    });
            campaign.include(p.postedAt());
            p.joinCampaign(campaign.id());
            for (PublicPost s : similar) {
                if (s.campaignId() != null) {
                    // already grouped: its suggestion was made when it joined; rewriting every member's on each new
                    // post made intake cost grow with the campaign (a thousand updates per post at a thousand members)
                    continue;
                }
                s.joinCampaign(campaign.id());
                campaign.include(s.postedAt());
                PostView earlier = s.view();
                if (!earlier.reviewed()) {
                    // an earlier post now known to be part of a campaign: its suggestion says so, until a person decides
                    Set<String> others = new LinkedHashSet<>(otherHandles);
                    others.add(p.authorHandle());
                    others.remove(earlier.authorHandle());
                    s.suggest(ComplaintClassifier.suggest(new PostFacts(earlier.text(), earlier.accountId() != null,
                            earlier.quotedTicket() != null, others.size(), false)));
                }
            }
        }

        // the long tail: the customer's open case is past its SLA
        List<CaseSummary> open = accountId == null ? List.of() : cases.openForAccount(accountId);
        boolean pastSla = open.stream().anyMatch(CaseSummary::slaBreached)
                || (quotedCase != null && quotedCase.slaBreached() && quotedCase.open());
        // the account's screening exposure: direct suggests one degree of separation, indirect two, with the evidence
        Optional<AccountExposure> exposure = accountId == null ? Optional.empty() : exposures.latestOf(accountId);
        p.suggest(ComplaintClassifier.suggest(new PostFacts(post.text(), accountId != null, quoted.isPresent(),
                otherHandles.size(), pastSla)), exposure.map(ComplaintClassifier::fromExposure).orElse(null),
                exposure.map(AccountExposure::screeningId).orElse(null));

        String ticket = quotedCase == null ? null : quotedCase.ticket();
        if (accountId != null) {
            complaints.fire(new ComplaintRecorded(accountId, ComplaintRecorded.Kind.PUBLIC_POST,
                    "post " + p.id() + " on " + post.platform(), p.postedAt(), actor.name()));
            if (open.isEmpty() && (quotedCase == null || !quotedCase.open())) {
                CaseSummary c = cases.open(actor, role, new NewCase("SOCIAL_MEDIA", accountId, null, null, "en",
                        "Public post on " + post.platform() + " by @" + handle, post.text().strip() + "\n\n" + post.url().strip(),
                        null, null, "P2", null, true));
                p.openedCase(c.id());
                ticket = c.ticket();
            } else if (quotedCase == null) {
                p.matched(accountId, null, open.get(0).id());
                ticket = open.get(0).ticket();
            }
        }
        em.flush();
        audit.recordFor(p.view().accountId(), actor, role, "POST_RECEIVED", "PublicPost", p.id().toString(), null, p.snapshot().toJson(), null);
        return new Received(PostDesk.seenBy(actor, p, exposures), true, ticket);
    }

    private List<PublicPost> nearDuplicates(PublicPost p, long[] signature, long[] bands) {
        List<Long> hashes = new ArrayList<>();
        for (long b : bands) {
            hashes.add(b);
        }
        return em.createNamedQuery(PublicPost.CANDIDATES, PublicPost.class).setParameter("hashes", hashes)
                .setParameter("from", p.postedAt().minus(WINDOW)).setParameter("to", p.postedAt().plus(WINDOW))
                .setMaxResults(CANDIDATES).getResultList().stream()
                .filter(c -> !c.id().equals(p.id()) && MinHash.similarity(signature, c.signature()) >= NEAR_DUPLICATE)
                .toList();
    }

    private String ticketOf(Long caseId) {
        return caseId == null ? null : cases.ticketOf(caseId).orElse(null);
    }
}
