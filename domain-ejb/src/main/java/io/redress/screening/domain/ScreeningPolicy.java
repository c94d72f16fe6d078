package io.redress.screening.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a deposit's exposure into PASS, HOLD (a review) or FREEZE, with the rules that fired and the share of the
 * deposit the measure covers (never the whole account). Configured as
 * {@code freeze-direct=SANCTIONS|HACK|RANSOMWARE,hold-direct=SCAM|PHISHING|DARKNET|MIXER|TERRORISM|FRAUD,
 * hold-indirect=SANCTIONS|HACK|SCAM|RANSOMWARE|TERRORISM,indirect-share=0.1,indirect-hops=2,travel-rule-eur=1000}:
 * <ul>
 * <li>the sender is listed under a {@code freeze-direct} category (one degree of separation): FREEZE the deposit;</li>
 * <li>the sender is listed under a {@code hold-direct} category: HOLD the deposit;</li>
 * <li>at least {@code indirect-share} of the value traced, within {@code indirect-hops} hops, to a {@code hold-indirect}
 * category through intermediaries (two degrees): HOLD that share;</li>
 * <li>a self-hosted sender, the deposit worth more than {@code travel-rule-eur} (EU 2023/1113) and no proof recorded
 * that the customer controls the address: HOLD the deposit until the proof is recorded.</li>
 * </ul>
 * The most severe measure wins; the covered share is the largest share of the rules that fired (shares of different
 * categories overlap: the same value may come from a hack through a mixer, so they are not added).
 */
public record ScreeningPolicy(Set<Category> freezeDirect, Set<Category> holdDirect, Set<Category> holdIndirect,
                              double indirectShare, int indirectHops, BigDecimal travelRuleEur) {

    public static final String DEFAULT = "freeze-direct=SANCTIONS|HACK|RANSOMWARE,hold-direct=SCAM|PHISHING|DARKNET|MIXER|TERRORISM|FRAUD,"
            + "hold-indirect=SANCTIONS|HACK|SCAM|RANSOMWARE|TERRORISM,indirect-share=0.1,indirect-hops=2,travel-rule-eur=1000";

    public enum Measure { PASS, HOLD, FREEZE }

    /** What fired: {@code DIRECT_SANCTIONS}, {@code INDIRECT_HACK}, {@code TRAVEL_RULE_PROOF_MISSING}. */
    public record Verdict(Measure measure, List<String> reasons, double coveredShare) {

        public BigDecimal covered(BigDecimal amount, int scale) {
            if (measure == Measure.PASS) {
                return BigDecimal.ZERO;
            }
            if (coveredShare >= 1) {
                return amount;
            }
            return amount.multiply(BigDecimal.valueOf(coveredShare)).setScale(scale, RoundingMode.UP).min(amount);
        }
    }

    /** The facts of a deposit the exposure does not hold. */
    public record Deposit(boolean selfHosted, BigDecimal valueEur, boolean controlProven) {
    }

    public ScreeningPolicy {
        freezeDirect = Set.copyOf(freezeDirect);
        holdDirect = Set.copyOf(holdDirect);
        holdIndirect = Set.copyOf(holdIndirect);
        if (indirectShare <= 0 || indirectShare > 1) {
            throw new IllegalArgumentException("indirect-share is more than 0 and at most 1");
        }
        if (indirectHops < 2 || indirectHops > TraceRules.MAX_HOPS) {
            throw new IllegalArgumentException("indirect-hops is 2 to " + TraceRules.MAX_HOPS);
        }
        if (travelRuleEur.signum() < 0) {
            throw new IllegalArgumentException("travel-rule-eur is zero or more");
        }
    }

    public Verdict decide(Exposure exposure, Deposit deposit) {
        Measure measure = Measure.PASS;
        double covered = 0;
        List<String> reasons = new ArrayList<>();
        for (Exposure.CategoryExposure c : exposure.categories()) {
            if (c.direct() > 0 && freezeDirect.contains(c.category())) {
                reasons.add("DIRECT_" + c.category());
                measure = Measure.FREEZE;
                covered = 1;
            } else if (c.direct() > 0 && holdDirect.contains(c.category())) {
                reasons.add("DIRECT_" + c.category());
                measure = max(measure, Measure.HOLD);
                covered = 1;
            } else if (holdIndirect.contains(c.category())) {
                double within = c.within(indirectHops) - c.direct();
                if (within >= indirectShare) {
                    reasons.add("INDIRECT_" + c.category());
                    measure = max(measure, Measure.HOLD);
                    covered = Math.max(covered, within);
                }
            }
        }
        if (deposit.selfHosted() && !deposit.controlProven() && deposit.valueEur() != null
                && deposit.valueEur().compareTo(travelRuleEur) > 0) {
            reasons.add("TRAVEL_RULE_PROOF_MISSING");
            measure = max(measure, Measure.HOLD);
            covered = 1;
        }
        return new Verdict(measure, List.copyOf(reasons), measure == Measure.PASS ? 0 : covered);
    }

    private static Measure max(Measure a, Measure b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    public static ScreeningPolicy parse(String text) {
        Set<Category> freeze = EnumSet.noneOf(Category.class);
        Set<Category> holdDirect = EnumSet.noneOf(Category.class);
        Set<Category> holdIndirect = EnumSet.noneOf(Category.class);
        double share = 0.1;
        int hops = 2;
        BigDecimal eur = new BigDecimal("1000");
        for (String part : text.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("screening policy setting '" + part + "' is not key=value");
            }
            String v = kv[1].strip();
            switch (kv[0].strip()) {
                case "freeze-direct" -> freeze = categories(v);
                case "hold-direct" -> holdDirect = categories(v);
                case "hold-indirect" -> holdIndirect = categories(v);
                case "indirect-share" -> share = Double.parseDouble(v);
                case "indirect-hops" -> hops = Integer.parseInt(v);
                case "travel-rule-eur" -> eur = new BigDecimal(v);
                default -> throw new IllegalArgumentException("unknown screening policy setting " + kv[0]);
            }
        }
        return new ScreeningPolicy(freeze, holdDirect, holdIndirect, share, hops, eur);
    }

    private static Set<Category> categories(String v) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        if (v.isEmpty()) {
            return out;
        }
        for (String c : v.split("\\|")) {
            out.add(Category.valueOf(c.strip().toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
