package io.redress.cases.domain;

import io.redress.shared.domain.RuleViolation;
import java.util.Objects;
import java.util.Optional;

/**
 * What the customer knows of a case, which decides whether Redress acknowledges it and what the exchange, which speaks
 * for the customer, may read of it.
 * <p>
 * A case is the customer's request when it comes through one of their channels (the exchange's chat, e-mail and web
 * forms, a public post, the regulator), when staff take it for them in a customer channel, or when another context opens
 * it for them (a loss claim, their message after closure, an account-security finding they are told of). A case staff
 * open in the {@link Channel#INTERNAL} channel is staff's own work (an investigation, a check of their own): the
 * customer did not ask for it, is not acknowledged, and the exchange's customer view answers 404 for it, as if it did not
 * exist, until Redress writes to the customer about it. And nothing the check point would refuse for a confidential
 * account reaches the exchange through the customer's view: a subject it refuses is shown as the ticket alone.
 */
public final class CaseDisclosure {

    /** The refusal of merging a case the customer knows into staff's own work. */
    public static final String MERGE_INTO_INTERNAL = "merge-into-internal";

    private CaseDisclosure() {
    }

    /** How a new case stands with its customer, and why. */
    public record Opening(boolean knownToCustomer, boolean acknowledged, String why) {
        /** The customer asked for it (or is told of it): acknowledged, and the exchange shows it to them. */
        public static final Opening CUSTOMERS_REQUEST = new Opening(true, true, "the customer's request");
        /** Staff's own work: nobody tells the customer, and the exchange does not find it. */
        public static final Opening STAFFS_OWN_WORK = new Opening(false, false,
                "staff's own work (INTERNAL), not the customer's request: no acknowledgement, not shown to the customer");
    }

    /** Who opens a case through intake ({@code POST /api/v1/cases}, the console's New case, a claim's case). */
    public enum Opener {
        /** The exchange, speaking for the customer. */
        EXCHANGE,
        /** A staff member, in the console or over REST. */
        STAFF,
        /** Another context, for the customer: a loss claim they filed, or staff filed for them. */
        FOR_THE_CUSTOMER
    }

    /** A case opened through intake: staff's own work in the INTERNAL channel, else the customer's request. */
    public static Opening atIntake(Channel channel, Opener opener) {
        return opener == Opener.STAFF && channel == Channel.INTERNAL ? Opening.STAFFS_OWN_WORK : Opening.CUSTOMERS_REQUEST;
    }

    /** The same for a channel as intake names it; one that is no channel is refused by {@link CaseRules}, not here. */
    public static Opening atIntake(String channel, Opener opener) {
        return atIntake(Channel.INTERNAL.name().equals(channel) ? Channel.INTERNAL : null, opener);
    }

    /** What the customer's view needs of a case: whose it is and whether the customer knows it. */
    public record Facts(String accountId, boolean knownToCustomer) {
    }

    /** Which case a ticket shows the customer. */
    public enum Shown {
        /** None: the customer does not know this ticket (404, as if it did not exist). */
        NONE,
        /** The case the ticket names. */
        ASKED,
        /** The case it was merged into. */
        SURVIVOR
    }

    /**
     * The case a ticket shows the customer: none when they do not know it; the case it was merged into when that is
     * theirs and known to them (merges across accounts made before they were refused, and a merge into staff's own
     * work, must not show it), else the case asked.
     */
    public static Shown toCustomer(Facts asked, Facts survivor) {
        if (!asked.knownToCustomer()) {
            return Shown.NONE;
        }
        if (survivor == null || survivor == asked) {
            return Shown.ASKED;
        }
        return Objects.equals(asked.accountId(), survivor.accountId()) && survivor.knownToCustomer() ? Shown.SURVIVOR
                : Shown.ASKED;
    }

    /**
     * The subject the customer's view shows: the case's own, unless the check point refuses it (a term that may not be
     * said to a confidential account); then the ticket alone, which says nothing.
     */
    public static String subjectForCustomer(String subject, String ticket, boolean refusedByCheckPoint) {
        return refusedByCheckPoint ? ticket : subject;
    }

    /**
     * A case the customer knows may not be merged into staff's own work: their ticket would lead to a case they were
     * never told of. The other way round is fine (staff's case merged into the customer's).
     */
    public static Optional<RuleViolation> mergeRefusal(String duplicateTicket, boolean duplicateKnown, String survivorTicket,
                                                       boolean survivorKnown) {
        if (duplicateKnown && !survivorKnown) {
            return Optional.of(RuleViolation.of(MERGE_INTO_INTERNAL, "Case " + duplicateTicket + " is the customer's and "
                    + survivorTicket + " is staff's own work, which the customer was never told of: merge " + survivorTicket
                    + " into " + duplicateTicket + " instead", duplicateTicket, survivorTicket));
        }
        return Optional.empty();
    }
}
