package io.redress.incidents.domain;

/**
 * What the leak-attribution score looks at, as observed for one account (and key) in one window.
 *
 * @param incidentRef          the incident the key's integration is under, exposed since before the window's end; null: none
 * @param keyPredatesExposure  the key was created before that incident's suspected start
 * @param peers                the peer comparison, or null when the key was linked to no integration, showed no anomaly,
 *                             or no other account has keys at its integration
 * @param disputedTrades       the disputed trades: the window's anomalous trades, or all its trades when none was anomalous
 * @param fromUnfamiliar       of these, from an address the customer's own earlier activity never came from
 * @param fromFamiliar         of these, from an address the customer had used before (earlier trades, key creation)
 * @param hasAllowlist         the key (every key, when the report is about all the account's keys) had an IP allowlist
 * @param insideAllowlist      of the disputed trades, from inside the key's allowlist
 * @param counterpartyVictims  other accounts whose anomalous trades in the window had one of the same counterparties
 */
public record AttributionFacts(String incidentRef, boolean keyPredatesExposure, PatternComparison peers,
                               long disputedTrades, long fromUnfamiliar, long fromFamiliar, boolean hasAllowlist,
                               long insideAllowlist, long counterpartyVictims) {

    public AttributionFacts {
        if (fromUnfamiliar + fromFamiliar > disputedTrades || insideAllowlist > disputedTrades) {
            throw new IllegalArgumentException("shares are of the disputed trades");
        }
    }
}
