package io.redress.claims.domain;

/**
 * A claim as the exchange (for the customer) or an agent files it, texts unchecked: {@link ClaimRules#checkNew}
 * names every bad field. The amount is text so that no decimal is lost on the way ("0.00012345"). Without a ticket
 * a loss-claim case is opened for it; incident and evidence report are references to records other contexts keep.
 */
public record NewClaim(String accountId, String asset, String amount, String description, String ticket,
                       String customerName, String language, String incidentRef, String evidenceRef) {
}
