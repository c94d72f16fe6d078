package io.redress.incidents.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A leak-attribution report exactly as it was issued: the facts found, the factors with their weights and
 * contributions, the score and its band. Stored whole; a later recomputation is another report (the next version).
 *
 * @param version           1 for the first report on this account, key and window; each recomputation the next
 * @param keyId             the one key asked about, or null for all the account's keys
 * @param integration       the third-party service the comparison is about (the key's), or null
 * @param incident          the incident that service is under, or null
 * @param peers             the same pattern among the service's other accounts against the base rate, or null
 * @param tradesInWindow    all trades of the key(s) in the window
 * @param anomalousTrades   the anomalous trades, oldest first (at most {@code TIMELINE_MAX}; {@code anomalousTotal} of them)
 * @param counterpartyVictims other accounts whose anomalous trades had one of the same counterparties
 */
public record EvidenceReportView(String reference, int version, String accountId, String keyId, Instant from, Instant to,
                                 String issuedBy, String issuedRole, Instant issuedAt, String caseTicket,
                                 List<KeyFacts> keys, IntegrationFacts integration, IncidentFacts incident,
                                 PatternComparison peers, long tradesInWindow, List<SourceAddress> sourceAddresses,
                                 List<TradeLine> anomalousTrades, long anomalousTotal, long counterpartyVictims,
                                 AttributionScore.Assessment score, String method) {

    public static final int TIMELINE_MAX = 500;

    /** A key of the report: whether it had an allowlist, when and from where it was created. */
    public record KeyFacts(String keyId, String label, String integration, String status, boolean hasAllowlist,
                           List<String> allowlist, Instant createdAt, String createdFromIp, boolean withdraw) {
    }

    public record IntegrationFacts(String code, String name) {
    }

    /**
     * @param exposedInWindow the suspected start is before the window's end: the key may have been in attackers'
     *                        hands during the window
     */
    public record IncidentFacts(String reference, String severity, String state, Instant suspectedSince,
                                Instant declaredAt, boolean exposedInWindow) {
    }

    /**
     * An address the key(s) traded from in the window, and whether the customer's own earlier activity came from it.
     *
     * @param firstUsedBefore the account's first trade from it before the window, or null when none
     * @param keyCreatedFrom  a key of the account was created from it
     * @param insideAllowlist whether it is inside the key's allowlist; null when the key has none
     */
    public record SourceAddress(String ip, long trades, long anomalousTrades, Instant firstInWindow,
                                Instant firstUsedBefore, boolean keyCreatedFrom, Boolean insideAllowlist) {

        public boolean familiar() {
            return firstUsedBefore != null || keyCreatedFrom;
        }
    }

    /** One anomalous trade: time, symbol, side, quantity, price against the reference price, address, other side. */
    public record TradeLine(Instant tradedAt, String keyId, String symbol, String side, BigDecimal quantity,
                            BigDecimal price, BigDecimal referencePrice, BigDecimal premiumPercent, String sourceIp,
                            String counterpartyAccountId, List<String> rules) {
    }

    /** What the list shows. */
    public record Row(String reference, int version, String accountId, String keyId, Instant from, Instant to,
                      double score, Conclusion conclusion, String issuedBy, Instant issuedAt) {
    }
}
