package io.redress.screening.domain;

import io.redress.shared.domain.SettingPairs;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When an investigation's report is due, by the jurisdiction the exchange operates the account under (the account's
 * ISO 3166-1 country code). Configured as {@code US=30,EU=7,*=30}: days from detection per country, {@code EU} for the
 * 27 member states (a member state named on its own takes precedence), {@code *} for every other country and for an
 * account whose jurisdiction is not known.
 * <ul>
 * <li>{@code US}: a money services business files its suspicious activity report within 30 calendar days of the initial
 * detection (31 CFR 1022.320(b)(3)); a shorter internal target may be configured, never a longer one.</li>
 * <li>{@code EU}: the anti-money-laundering rules say "promptly" (Directive (EU) 2015/849 art. 33), with no number of
 * days: the configured number is the exchange's internal target.</li>
 * <li>any other country named, and {@code *}: internal targets.</li>
 * </ul>
 * The deadline is near (its first alert) 5 days before it, or half-way through when the period is shorter than 10 days.
 */
public final class DeadlineRules {

    public static final String DEFAULT = "US=30,EU=7,*=30";
    public static final String OTHERS = "*";
    /** The longest period any rule may set, in days. */
    public static final int MAX_DAYS = 365;
    /** The US rule's legal period. */
    public static final int US_SAR_DAYS = 30;
    /** The European Union's member states (ISO 3166-1 alpha-2; Greece is GR). */
    public static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
            "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Duration WARNING = Duration.ofDays(5);

    /**
     * The deadline of one investigation: the account's {@code jurisdiction} (null when unknown), the {@code ruleSet}
     * that set it ({@code US}, {@code EU}, a country code, or {@code *}), its days from detection and on what it rests.
     */
    public record Deadline(String jurisdiction, String ruleSet, int days, String basis) {

        public Instant dueAt(Instant detected) {
            return detected.plus(Duration.ofDays(days));
        }

        /** When the deadline is near: 5 days before it, or half-way through a period shorter than 10 days. */
        public Instant nearAt(Instant detected) {
            Duration period = Duration.ofDays(days);
            Duration warning = period.dividedBy(2).compareTo(WARNING) < 0 ? period.dividedBy(2) : WARNING;
            return dueAt(detected).minus(warning);
        }
    }

    private final Map<String, Integer> days;

    private DeadlineRules(Map<String, Integer> days) {
        this.days = days;
    }

    /** @throws IllegalArgumentException naming the part that is wrong */
    public static DeadlineRules parse(String text) {
        Map<String, Integer> days = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : SettingPairs.parse(text == null ? "" : text, "report deadline").entrySet()) {
            String key = e.getKey().toUpperCase(Locale.ROOT);
            if (!key.equals(OTHERS) && !key.equals("EU") && !COUNTRIES.contains(key)) {
                throw new IllegalArgumentException("report deadline '" + e.getKey() + "': an ISO 3166-1 country code, EU or *");
            }
            int d;
            try {
                d = Integer.parseInt(e.getValue());
            } catch (NumberFormatException ex) {
                d = -1;
            }
            if (d < 1 || d > MAX_DAYS) {
                throw new IllegalArgumentException("report deadline " + key + ": whole days from 1 to " + MAX_DAYS + ", not '"
                        + e.getValue() + "'");
            }
            if (key.equals("US") && d > US_SAR_DAYS) {
                throw new IllegalArgumentException("report deadline US: at most " + US_SAR_DAYS
                        + " days (a SAR is due 30 days after detection, 31 CFR 1022.320), not " + d);
            }
            days.put(key, d);
        }
        if (!days.containsKey(OTHERS)) {
            throw new IllegalArgumentException("report deadline: '*=days' is required (every other jurisdiction)");
        }
        return new DeadlineRules(Map.copyOf(days));
    }

    /** The deadline for an account operated under {@code jurisdiction} (ISO 3166-1 alpha-2, null when unknown). */
    public Deadline forJurisdiction(String jurisdiction) {
        String j = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip().toUpperCase(Locale.ROOT);
        if (j != null && days.containsKey(j)) {
            int d = days.get(j);
            if (j.equals("US")) {
                return new Deadline(j, "US", d, d == US_SAR_DAYS
                        ? "US money services business: the suspicious activity report is due 30 days after detection (31 CFR 1022.320)"
                        : "US money services business: internal target of " + d + " days, within the 30 days after detection"
                        + " a suspicious activity report is due (31 CFR 1022.320)");
            }
            return new Deadline(j, j, d, j + ": internal target of " + d + " days after detection (configured for " + j + ")");
        }
        if (j != null && EU.contains(j) && days.containsKey("EU")) {
            int d = days.get("EU");
            return new Deadline(j, "EU", d, "EU member state: the report is due \"promptly\" (Directive (EU) 2015/849 art. 33);"
                    + " internal target of " + d + " days after detection");
        }
        int d = days.get(OTHERS);
        return new Deadline(j, OTHERS, d, (j == null ? "Jurisdiction not known" : "No rule for " + j)
                + ": the default internal target of " + d + " days after detection");
    }
}
