package io.redress.screening.api;

import java.math.BigDecimal;

/**
 * A deposit to screen, as the exchange reports it: the account credited, the chain and asset, the transaction, the
 * sending address, the amount; whether the sender is a self-hosted wallet (not another service), and the deposit's value
 * in EUR (needed for the travel rule when it is).
 */
public record DepositReport(String accountId, String chain, String asset, String txHash, String sendingAddress,
                            BigDecimal amount, Boolean selfHosted, BigDecimal valueEur) {
}
