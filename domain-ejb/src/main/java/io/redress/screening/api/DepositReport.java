package io.redress.screening.api;

import java.math.BigDecimal;

/**
 * A deposit to screen, as the exchange reports it: the account credited, the chain and asset, the transaction, the
 * sending address, the amount; whether the sender is a self-hosted wallet (not another service), and the deposit's value
 * in EUR (needed for the travel rule when it is); the customer's language ({@code en}, {@code fr}, {@code ja}; English
 * when not given), in which the customer is told of a hold or freeze and of its release.
 */
public record DepositReport(String accountId, String chain, String asset, String txHash, String sendingAddress,
                            BigDecimal amount, Boolean selfHosted, BigDecimal valueEur, String language) {

    /** Without a language: English. */
    public DepositReport(String accountId, String chain, String asset, String txHash, String sendingAddress,
                         BigDecimal amount, Boolean selfHosted, BigDecimal valueEur) {
        this(accountId, chain, asset, txHash, sendingAddress, amount, selfHosted, valueEur, null);
    }
}
