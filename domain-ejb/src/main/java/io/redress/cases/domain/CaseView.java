package io.redress.cases.domain;

import java.time.Instant;

/**
 * A case as screens and the REST API show it, with both SLA clocks evaluated at the time of reading; {@code knownToCustomer}
 * false: staff's own work, which the customer was never told of ({@link CaseDisclosure}).
 */
public record CaseView(long id, String ticket, Long mergedIntoId, Channel channel, String accountId, String customerName,
                       String customerContact, String language, String subject, String description, Category category,
                       String subcategory, boolean complaint, Priority priority, String queue, String assignee,
                       CaseState state, CaseOutcome outcome, Instant openedAt, String openedBy, Instant decisionDueAt,
                       Instant firstResponseAt, Instant resolvedAt, Instant closedAt, Instant escalatedAt,
                       SlaClock.State slaState, Instant slaDueAt, SlaClock.State firstResponseState,
                       Instant firstResponseDueAt, SlaClock.State resolutionState, Instant resolutionDueAt,
                       int reopened, boolean knownToCustomer, long version) {
}
