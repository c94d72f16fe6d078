package io.redress.publicposts.application;

import io.redress.cases.api.CaseSummary;
import io.redress.cases.api.Cases;
import io.redress.cases.api.TicketNumber;
import io.redress.publicposts.domain.BulkOutcome;
import io.redress.publicposts.domain.BulkPostRules;
import io.redress.publicposts.domain.BulkPostRules.Decision;
import io.redress.publicposts.domain.ComplaintKind;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RuleViolation;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk actions on a campaign's posts: classify all as one kind, link all to one case. {@link BulkPostRules} decides
 * post by post; each post is changed and audited in a transaction of its own ({@link PostBulkStep}), so a refused
 * or conflicting post leaves the others done. The answer counts what changed, what was already so and what was
 * refused, with each refusal's rule.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PostBulk {

    public static final String LINK_TARGET_CLOSED = "link-target-closed";
    private static final Logger LOG = Logger.getLogger(PostBulk.class.getName());

    @Inject
    Access access;
    @Inject
    PostBulkStep step;
    @Inject
    Cases cases;

    public BulkOutcome classifyAll(Actor actor, long campaignId, String kind, String note) {
        String role = access.require(actor, Permission.POST_CLASSIFY);
        ComplaintKind k = null;
        List<FieldError> errors = new ArrayList<>();
        if (kind != null && !kind.isBlank()) {
            try {
                k = ComplaintKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.oneOf("kind", List.of("USER_ERROR", "FUD_CAMPAIGN", "LONG_TAIL")));
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(BulkPostRules.checkClassifyAll(k, note));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ComplaintKind chosen = k;
        String why = note == null || note.isBlank() ? null : note.strip();
        BulkOutcome outcome = each(campaignId, id -> step.classify(actor, role, campaignId, id, chosen, why));
        step.summarize(actor, role, campaignId, "CAMPAIGN_POSTS_CLASSIFIED", chosen.name(), outcome, why);
        return outcome;
    }

    public BulkOutcome linkAll(Actor actor, long campaignId, String ticket) {
        String role = access.require(actor, Permission.POST_CLASSIFY);
        TicketNumber number = TicketNumber.parse(ticket == null ? "" : ticket)
                .orElseThrow(() -> new InvalidInput(FieldError.of("ticket", FieldError.Code.TICKET, "a ticket number such as RD-7K3Q-9P2M")));
        CaseSummary c = cases.findLive(number).orElseThrow(() -> new InvalidInput(FieldError.of("ticket", FieldError.Code.UNKNOWN_CASE, "no case has this ticket number", ticket.strip())));
        if (!c.open()) {
            throw RuleViolation.of(LINK_TARGET_CLOSED, "Case " + c.ticket() + " is closed: posts are linked to an open case",
                    c.ticket());
        }
        BulkOutcome outcome = each(campaignId, id -> step.link(actor, role, campaignId, id, c.id(), c.ticket(), c.accountId()));
        step.summarize(actor, role, campaignId, "CAMPAIGN_POSTS_LINKED", c.ticket(), outcome, null);
        return outcome;
    }

    private BulkOutcome each(long campaignId, LongFunction<Decision> onePost) {
        int changed = 0;
        int already = 0;
        List<BulkOutcome.Refused> refused = new ArrayList<>();
        for (long id : step.postIds(campaignId)) {
            Decision d;
            try {
                d = onePost.apply(id);
            } catch (EJBException e) {
                if (!conflict(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "post {0} changed while a bulk action ran", id);
                d = new Decision(BulkPostRules.Verdict.REFUSED, BulkPostRules.CHANGED_MEANWHILE);
            }
            switch (d.verdict()) {
                case CHANGE -> changed++;
                case ALREADY -> already++;
                case REFUSED -> refused.add(new BulkOutcome.Refused(id, d.refusal()));
            }
        }
        return new BulkOutcome(changed, already, List.copyOf(refused));
    }

    private static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
