package io.redress.publicposts.application;

import io.redress.audit.application.AuditTrail;
import io.redress.publicposts.domain.BulkOutcome;
import io.redress.publicposts.domain.BulkPostRules;
import io.redress.publicposts.domain.BulkPostRules.Decision;
import io.redress.publicposts.domain.BulkPostRules.Verdict;
import io.redress.publicposts.domain.Campaign;
import io.redress.publicposts.domain.ComplaintKind;
import io.redress.publicposts.domain.PostView;
import io.redress.publicposts.domain.PublicPost;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Snapshot;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * One post of a bulk action, in a transaction of its own: the post's rule is asked, the post changed and audited, and
 * the transaction committed, so a refusal or a conflict on one post never rolls back the others. Called by
 * {@link PostBulk}, which has authorized the actor.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PostBulkStep {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The ids of the campaign's posts in time order; an unknown campaign is a {@link NotFound}. */
    public List<Long> postIds(long campaignId) {
        if (em.find(Campaign.class, campaignId) == null) {
            throw new NotFound("Campaign", Long.toString(campaignId));
        }
        return em.createQuery("SELECT p.id FROM PublicPost p WHERE p.campaignId = :campaign ORDER BY p.postedAt, p.id", Long.class)
                .setParameter("campaign", campaignId).getResultList();
    }

    public Decision classify(Actor actor, String role, long campaignId, long postId, ComplaintKind kind, String note) {
        PublicPost p = em.find(PublicPost.class, postId);
        PostView before = p.view();
        Decision d = BulkPostRules.classify(before, kind, note != null);
        if (d.verdict() != Verdict.CHANGE) {
            return d;
        }
        String snapshot = p.snapshot().toJson();
        p.confirm(kind, actor.name(), note, clock.instant());
        em.flush();
        audit.recordFor(before.accountId(), actor, role,
                kind == before.suggestedKind() ? "POST_CLASSIFICATION_CONFIRMED" : "POST_CLASSIFICATION_OVERRIDDEN",
                "PublicPost", Long.toString(postId), snapshot, p.snapshot().toJson(),
                "classify all of campaign " + campaignId + ": suggested " + before.suggestedKind() + ", confirmed " + kind
                        + (note == null ? "" : ": " + note));
        return d;
    }

    public Decision link(Actor actor, String role, long campaignId, long postId, long caseId, String ticket,
                         String caseAccountId) {
        PublicPost p = em.find(PublicPost.class, postId);
        PostView before = p.view();
        Decision d = BulkPostRules.link(before, caseId, caseAccountId);
        if (d.verdict() != Verdict.CHANGE) {
            return d;
        }
        String snapshot = p.snapshot().toJson();
        p.linkToCase(caseId);
        em.flush();
        audit.recordFor(before.accountId(), actor, role, "POST_LINKED_TO_CASE", "PublicPost", Long.toString(postId),
                snapshot, p.snapshot().toJson(), "link all of campaign " + campaignId + " to case " + ticket);
        return d;
    }

    /** The bulk action as a whole, on the campaign's record: what was asked and what it did. */
    public void summarize(Actor actor, String role, long campaignId, String action, String asked, BulkOutcome outcome,
                          String note) {
        audit.record(actor, role, action, "Campaign", Long.toString(campaignId), null,
                Snapshot.of().with("asked", asked).with("changed", outcome.changed()).with("already", outcome.already())
                        .with("refused", outcome.refusedByRule().toString()).toJson(), note);
    }
}
