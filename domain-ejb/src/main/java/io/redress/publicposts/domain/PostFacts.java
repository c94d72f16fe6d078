package io.redress.publicposts.domain;

/**
 * What is known about a post when it is classified: whether its author matched a customer, whether it quotes
 * a ticket, how many other handles posted near-duplicates of it in the last 24 hours, and whether the matched
 * customer has an open case past its SLA.
 */
public record PostFacts(String text, boolean matchedCustomer, boolean quotesTicket, int nearDuplicateHandles24h,
                        boolean openCasePastSla) {
}
