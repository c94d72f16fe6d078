package io.redress.cases.api;

import io.redress.shared.domain.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cases context's front door for other contexts: they open a case and ask about cases through it, and get
 * records back, never a managed case.
 */
public interface Cases {

    /**
     * Opens a case in the caller's transaction, acting in the role the caller was authorized in, and acknowledges it
     * to the customer (the same intake as {@code POST /api/v1/cases}).
     */
    CaseSummary open(Actor actor, String role, NewCase request);

    /**
     * One account-security case per account: a finding (an API-key anomaly, an incident) joins the account's open
     * ACCOUNT_SECURITY case as a timeline event, or opens one. In the caller's transaction, on behalf of the system:
     * the caller has authorized and audits its own cause. Holds the account to the transaction's end
     * ({@link #holdSecurityCases}): a caller with findings for several accounts holds them all first, in one call.
     */
    CaseRef openOrJoinSecurityCase(String accountId, String subcategory, String subject, String finding);

    /**
     * Holds the accounts' account-security cases, open or not yet, until the caller's transaction ends, in one step: a
     * concurrent writer of findings for one of them ({@link #openOrJoinSecurityCase}, {@link #openOrJoinSecurityCases},
     * another caller of this) waits until then, and then finds this transaction's case. A caller that writes findings
     * for several accounts, or raises alerts about them that must be raised once, holds them all here first, so that
     * two such callers never wait for each other in opposite orders. Holding an account again is free.
     */
    void holdSecurityCases(Collection<String> accountIds);

    /**
     * {@link #openOrJoinSecurityCase} for many accounts at once (a bulk job's chunk), each case then linked to another
     * context's record ({@code linkKind}: INCIDENT, ...; null: no link) once, as {@link #attach} does: the same cases,
     * timeline events, acknowledgements and audit, in a fixed number of statements for the lot. In the caller's
     * transaction; {@code actor} is who links. An unknown account refuses the whole call.
     *
     * @param acknowledge false when the caller writes to each customer itself, quoting the case (an incident's letter):
     *                    a new case then sends no acknowledgement of its own, so the customer gets one message, not two
     * @return each account's case, in the order given
     */
    Map<String, SecurityCase> openOrJoinSecurityCases(Actor actor, List<String> accountIds, String subcategory,
                                                      String subject, String finding, String linkKind, String linkTarget,
                                                      boolean acknowledge);

    /**
     * Opens a case for a customer as {@code POST /api/v1/cases} does, with its permission check (case.open), for a
     * context whose own record runs on the case's clocks: the customer's request, acknowledged even when staff file it
     * in the INTERNAL channel.
     */
    CaseTerms openChecked(Actor actor, NewCase request);

    /** The live case a ticket leads to (following merges), with its terms; empty for an unknown or malformed ticket. */
    Optional<CaseTerms> terms(String ticket);

    /** Links another context's record to the case ({@code kind}: CLAIM, INCIDENT, EVIDENCE), once; shown on the case's timeline. */
    void attach(Actor actor, String ticket, String kind, String target);

    /**
     * Sends the case's customer a templated message in their language through the one outbox, in the caller's
     * transaction; a message the check point blocks is refused (forbidden-term).
     */
    void notifyCustomer(Actor actor, String role, String ticket, String templateCode, String message);

    /** The live case a ticket leads to (following merges), if any. */
    Optional<CaseSummary> findLive(TicketNumber ticket);

    /**
     * The account's open cases the customer knows of, oldest first: staff's own work (an INTERNAL case the customer was
     * never told of) is not the customer's case to join, count or name.
     */
    List<CaseSummary> openForAccount(String accountId);

    /** The ticket of a case by its id. */
    Optional<String> ticketOf(long caseId);

    /** The tickets of many cases by their ids, in one query; ids of no case are left out. */
    Map<Long, String> ticketsOf(Collection<Long> caseIds);
}
