package io.redress.apikeys.domain;

import io.redress.apikeys.api.TradeReport;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.IpAddresses;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** What a reported API trade must look like; every error is named {@code <prefix>.field}. */
public final class TradeRules {

    public static final int MAX_BATCH = 1000;
    public static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0,31}");
    /** Trades older than this are history, not events: refused so a replayed archive does not raise old alarms. */
    static final Duration MAX_AGE = Duration.ofDays(30);

    private TradeRules() {
    }

    /** The checked trade, or null with the errors added. */
    public static TradeFacts check(TradeReport r, String prefix, Instant now, List<FieldError> errors) {
        int before = errors.size();
        if (r.keyId() == null || !identifier(r.keyId())) {
            errors.add(FieldError.requiredIdentifier(prefix + "keyId"));
        }
        if (r.accountId() == null || !identifier(r.accountId())) {
            errors.add(FieldError.requiredIdentifier(prefix + "accountId"));
        }
        if (r.symbol() == null || !symbol(r.symbol())) {
            errors.add(new FieldError(prefix + "symbol", "is required: 1 to 32 upper-case letters, digits, '.', '_', '/' or '-'"));
        }
        if (r.counterpartyAccountId() != null && !identifier(r.counterpartyAccountId())) {
            errors.add(new FieldError(prefix + "counterpartyAccountId", "1 to 64 letters, digits, '.', '_', ':' or '-' when given"));
        }
        if (r.tradeId() != null && !identifier(r.tradeId())) {
            errors.add(new FieldError(prefix + "tradeId", "1 to 64 letters, digits, '.', '_', ':' or '-' when given"));
        }
        TradeEvent.Side side = null;
        if (r.side() == null) {
            errors.add(new FieldError(prefix + "side", "is required: BUY or SELL"));
        } else {
            try {
                side = TradeEvent.Side.valueOf(r.side());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(prefix + "side", "must be BUY or SELL"));
            }
        }
        positive(r.quantity(), prefix + "quantity", errors);
        positive(r.price(), prefix + "price", errors);
        positive(r.referencePrice(), prefix + "referencePrice", errors);
        if (r.volume24h() == null) {
            errors.add(FieldError.required(prefix + "volume24h"));
        } else if (r.volume24h().signum() < 0 || !fits(r.volume24h())) {
            errors.add(FieldError.of(prefix + "volume24h", FieldError.Code.AMOUNT_OR_ZERO, "must be zero or more, at most 20 digits before the point and 18 after"));
        }
        String ip = null;
        if (r.sourceIp() != null && IpAddresses.isCanonicalIpv4(r.sourceIp())) {
            ip = r.sourceIp(); // what parsing and formatting would give back
        } else if (r.sourceIp() != null) {
            try {
                ip = IpRange.parse(r.sourceIp()).toString();
                if (ip.contains("/")) {
                    errors.add(new FieldError(prefix + "sourceIp", "one address, not a range"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(prefix + "sourceIp", e.getMessage()));
            }
        }
        if (r.tradedAt() == null) {
            errors.add(FieldError.required(prefix + "tradedAt"));
        } else if (r.tradedAt().isAfter(now.plus(KeyRules.CLOCK_SKEW))) {
            errors.add(FieldError.inFuture(prefix + "tradedAt"));
        } else if (r.tradedAt().isBefore(now.minus(MAX_AGE))) {
            errors.add(new FieldError(prefix + "tradedAt", "is more than " + MAX_AGE.toDays() + " days old"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new TradeFacts(r.keyId(), r.accountId(), r.symbol(), side, r.quantity(), r.price(), r.referencePrice(),
                r.volume24h(), ip, KeyRules.micros(r.tradedAt()), r.counterpartyAccountId(), r.tradeId());
    }

    /**
     * {@link KeyRules#KEY_ID} and {@link KeyRules#ACCOUNT_ID} (the same pattern) checked by hand: three regular
     * expressions a row, 3,000 a call, were 7 % of the intake's server samples with the source address (1 December 2026).
     */
    static boolean identifier(String s) {
        int n = s.length();
        if (n < 1 || n > 64 || !letterOrDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@link #SYMBOL} checked by hand. */
    static boolean symbol(String s) {
        int n = s.length();
        if (n < 1 || n > 32 || !upperOrDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!upperOrDigit(c) && c != '.' && c != '_' && c != '/' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || upperOrDigit(c);
    }

    private static boolean upperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static void positive(BigDecimal value, String field, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.required(field));
        } else if (value.signum() <= 0 || !fits(value)) {
            errors.add(FieldError.amount(field));
        }
    }

    /** DECIMAL(38, 18): what the column holds exactly. */
    static boolean fits(BigDecimal v) {
        // as written, most amounts fit already (trailing zeros never change the digits before the point): no new object
        if (v.scale() >= 0 && v.scale() <= 18 && v.precision() - v.scale() <= 20) {
            return true;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 18 && s.precision() - s.scale() <= 20;
    }
}
