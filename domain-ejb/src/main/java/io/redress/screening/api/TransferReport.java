package io.redress.screening.api;

import java.math.BigDecimal;
import java.time.Instant;

/** One on-chain transfer as the exchange reports it (one output of a transaction), before any check. */
public record TransferReport(String chain, String txHash, Integer outputIndex, String asset, String from, String to,
                             BigDecimal amount, Instant occurredAt) {
}
