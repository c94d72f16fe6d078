package io.redress.screening.domain;

import io.redress.screening.api.DepositReport;
import io.redress.screening.api.TransferReport;
import io.redress.shared.domain.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What reported transfers and deposits must look like; every error is named {@code <prefix>field}. */
public final class ScreeningRules {

    public static final int MAX_BATCH = 1000;
    public static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    public static final Pattern ASSET = Pattern.compile("[A-Z0-9]{2,12}");
    public static final Pattern TX_HASH = Pattern.compile("(0x)?[0-9A-Za-z]{16,128}");
    private static final Pattern HEX = Pattern.compile("(0x)?[0-9A-Fa-f]+");
    public static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9._-]{2,64}");
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** A transfer checked, addresses in canonical form. */
    public record TransferFacts(String chain, String txHash, int outputIndex, String asset, String from, String to,
                                BigDecimal amount, Instant occurredAt) {
    }

    /** A deposit checked, the sender in canonical form. */
    public record DepositFacts(String accountId, String chain, String asset, String txHash, String sender, BigDecimal amount,
                               boolean selfHosted, BigDecimal valueEur, String language) {
    }

    private ScreeningRules() {
    }

    public static TransferFacts check(TransferReport r, String prefix, Instant now, List<FieldError> errors) {
        int before = errors.size();
        boolean chainKnown = chain(r.chain(), prefix, errors);
        String tx = txHash(r.txHash(), prefix, errors);
        if (r.outputIndex() == null || r.outputIndex() < 0 || r.outputIndex() > 1_000_000) {
            errors.add(new FieldError(prefix + "outputIndex", "is required: 0 to 1000000"));
        }
        asset(r.asset(), prefix, errors);
        String from = chainKnown ? address(r.chain(), r.from(), prefix + "from", errors) : null;
        String to = chainKnown ? address(r.chain(), r.to(), prefix + "to", errors) : null;
        amount(r.amount(), prefix, errors);
        if (r.occurredAt() == null) {
            errors.add(FieldError.required(prefix + "occurredAt"));
        } else if (r.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(FieldError.inFuture(prefix + "occurredAt"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new TransferFacts(r.chain(), tx, r.outputIndex(), r.asset(), from, to, r.amount(), r.occurredAt());
    }

    public static DepositFacts check(DepositReport r, List<FieldError> errors) {
        int before = errors.size();
        if (r.accountId() == null || !ACCOUNT_ID.matcher(r.accountId()).matches()) {
            errors.add(FieldError.requiredIdentifier("accountId"));
        }
        boolean chainKnown = chain(r.chain(), "", errors);
        asset(r.asset(), "", errors);
        String tx = txHash(r.txHash(), "", errors);
        String sender = chainKnown ? address(r.chain(), r.sendingAddress(), "sendingAddress", errors) : null;
        amount(r.amount(), "", errors);
        boolean selfHosted = Boolean.TRUE.equals(r.selfHosted());
        if (r.valueEur() != null && (r.valueEur().signum() < 0 || !fits(r.valueEur()))) {
            errors.add(FieldError.of("valueEur", FieldError.Code.AMOUNT_OR_ZERO, "must be zero or more, at most 20 digits before the point and 18 after"));
        } else if (selfHosted && r.valueEur() == null) {
            errors.add(new FieldError("valueEur", "is required when the sender is self-hosted (the travel rule's threshold is in EUR)"));
        }
        if (r.language() != null && !ScreeningLetter.LANGUAGES.contains(r.language())) {
            errors.add(FieldError.oneOf("language", ScreeningLetter.LANGUAGES));
        }
        if (errors.size() > before) {
            return null;
        }
        return new DepositFacts(r.accountId(), r.chain(), r.asset(), tx, sender, r.amount(), selfHosted, r.valueEur(),
                r.language() == null ? "en" : r.language());
    }

    private static boolean chain(String chain, String prefix, List<FieldError> errors) {
        if (chain == null || !AddressFormats.known(chain)) {
            errors.add(new FieldError(prefix + "chain", "is required, one of " + String.join(", ", AddressFormats.codes())));
            return false;
        }
        return true;
    }

    private static void asset(String asset, String prefix, List<FieldError> errors) {
        if (asset == null || !ASSET.matcher(asset).matches()) {
            errors.add(new FieldError(prefix + "asset", "is required: 2 to 12 upper-case letters or digits"));
        }
    }

    private static String txHash(String tx, String prefix, List<FieldError> errors) {
        if (tx == null || !TX_HASH.matcher(tx).matches()) {
            errors.add(new FieldError(prefix + "txHash", "is required: 16 to 128 letters or digits, with or without 0x"));
            return null;
        }
        return HEX.matcher(tx).matches() ? tx.toLowerCase(Locale.ROOT) : tx;
    }

    private static String address(String chain, String raw, String field, List<FieldError> errors) {
        if (raw == null) {
            errors.add(FieldError.required(field));
            return null;
        }
        try {
            return AddressFormats.parse(chain, raw).canonical();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    private static void amount(BigDecimal v, String prefix, List<FieldError> errors) {
        if (v == null) {
            errors.add(FieldError.required(prefix + "amount"));
        } else if (v.signum() <= 0 || !fits(v)) {
            errors.add(FieldError.amount(prefix + "amount"));
        }
    }

    /** NUMERIC(38, 18): what the column holds exactly. */
    static boolean fits(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 18 && s.precision() - s.scale() <= 20;
    }
}
