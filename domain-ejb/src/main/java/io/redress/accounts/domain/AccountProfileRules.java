package io.redress.accounts.domain;

import io.redress.shared.domain.AccountIdentifier;
import io.redress.shared.domain.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a mirrored account must satisfy. Plain Java; every broken rule is reported, not just the first. */
public final class AccountProfileRules {

    public static final int MAX_SOCIAL_HANDLES = 20;
    public static final int MAX_VIP_TIER = 9;
    public static final int MAX_OPEN_POSITIONS = 100_000;
    /** Bitcoin's genesis block: no crypto exchange had customers before it. */
    public static final LocalDate EARLIEST_CUSTOMER_SINCE = LocalDate.of(2009, 1, 3);

    private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");
    private static final Pattern SOCIAL = Pattern.compile("@?[\\p{L}\\p{N}._-]{1,63}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private AccountProfileRules() {
    }

    public static List<FieldError> checkAccountId(String accountId) {
        if (!AccountIdentifier.isWellFormed(accountId)) {
            return List.of(new FieldError("accountId",
                    "1 to 64 characters: letters, digits, '.', '_', ':' or '-', starting with a letter or digit"));
        }
        return List.of();
    }

    public static List<FieldError> check(AccountProfile p, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (p.handle() == null) {
            errors.add(FieldError.required("handle"));
        } else if (!HANDLE.matcher(p.handle()).matches()) {
            errors.add(new FieldError("handle", "1 to 64 letters, digits, '.', '_' or '-'"));
        }
        if (p.kycLevel() == null) {
            errors.add(FieldError.required("kycLevel"));
        }
        if (p.jurisdiction() == null) {
            errors.add(FieldError.required("jurisdiction"));
        } else if (!COUNTRIES.contains(p.jurisdiction())) {
            errors.add(new FieldError("jurisdiction", "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. FR"));
        }
        if (p.customerSince() == null) {
            errors.add(FieldError.required("customerSince"));
        } else if (p.customerSince().isAfter(today) || p.customerSince().isBefore(EARLIEST_CUSTOMER_SINCE)) {
            errors.add(new FieldError("customerSince", "must be between " + EARLIEST_CUSTOMER_SINCE + " and today"));
        }
        if (p.vipTier() != null && (p.vipTier() < 0 || p.vipTier() > MAX_VIP_TIER)) {
            errors.add(new FieldError("vipTier", "must be between 0 and " + MAX_VIP_TIER));
        }
        if (p.openDerivativesPositions() != null
                && (p.openDerivativesPositions() < 0 || p.openDerivativesPositions() > MAX_OPEN_POSITIONS)) {
            errors.add(new FieldError("openDerivativesPositions", "must be between 0 and " + MAX_OPEN_POSITIONS));
        }
        if (p.socialHandles().size() > MAX_SOCIAL_HANDLES) {
            errors.add(new FieldError("socialHandles", "at most " + MAX_SOCIAL_HANDLES + " handles"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < p.socialHandles().size(); i++) {
                String h = p.socialHandles().get(i);
                if (h == null || !SOCIAL.matcher(h).matches()) {
                    errors.add(new FieldError("socialHandles[" + i + "]", "1 to 63 letters, digits, '.', '_' or '-', optionally after '@'"));
                } else if (!seen.add(normaliseSocialHandle(h))) {
                    errors.add(new FieldError("socialHandles[" + i + "]", "is listed twice"));
                }
            }
        }
        return errors;
    }

    /** Lower case without a leading '@': the form public posts are matched on. */
    public static String normaliseSocialHandle(String handle) {
        String h = handle.trim().toLowerCase(Locale.ROOT);
        return h.startsWith("@") ? h.substring(1) : h;
    }
}
