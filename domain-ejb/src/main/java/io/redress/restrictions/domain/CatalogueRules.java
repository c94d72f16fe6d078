package io.redress.restrictions.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reason in the restriction catalogue must be. Above all: public criticism is never a reason, so no
 * reason may be about complaining, criticising, reviews or public posts, in its code, title or clause.
 */
public final class CatalogueRules {

    public static final int MAX_WINDOW_DAYS = 365;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,47}");
    /** A reason may only name a role that can approve a measure at all. */
    private static final Set<Role> APPROVERS = Permission.RESTRICTION_APPROVE.roles();
    /**
     * Words about complaining, criticising or speaking in public, matched as whole words (so "critical" or
     * "reputational risk" stay usable), with hyphens and underscores read as spaces.
     */
    private static final List<Pattern> FORBIDDEN_TOPICS = java.util.stream.Stream.of(
            "complain\\w*", "criticis\\w*", "criticiz\\w*", "critics?", "critique\\w*",
            "(bad|negative|poor) (review|comment|feedback|press|publicity)\\w*", "online (review|comment)\\w*",
            "public (post|statement|comment|criticism)\\w*", "social media", "tweet\\w*",
            "(twitter|reddit|telegram|youtube|tiktok|x\\.com)", "unreasonable\\w*", "disparag\\w*", "defam\\w*",
            "slander\\w*", "libel\\w*", "bad ?mouth\\w*", "speaking out", "speak out", "influencer\\w*", "reputation")
            .map(w -> Pattern.compile("\\b" + w + "\\b")).toList();

    private CatalogueRules() {
    }

    public static List<FieldError> check(ReasonDefinition d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            errors.add(new FieldError("code", "3 to 48 upper-case letters, digits or '_', starting with a letter"));
        }
        require(errors, "title", d.title(), 160);
        require(errors, "termsClause", d.termsClause(), 500);
        require(errors, "noticeText", d.noticeText(), 2000);
        if (d.requiredEvidence() != null && d.requiredEvidence().length() > 1000) {
            errors.add(new FieldError("requiredEvidence", "at most 1000 characters"));
        }
        if (d.measures() == null || d.measures().isEmpty()) {
            errors.add(new FieldError("measures", "at least one measure"));
        } else if (d.measures().contains(Measure.LIFT)) {
            errors.add(new FieldError("measures", "LIFT needs no reason from the catalogue"));
        }
        if (d.approverRole() == null || !APPROVERS.contains(d.approverRole())) {
            errors.add(new FieldError("approverRole", "SUPERVISOR or COMPLIANCE"));
        }
        if (d.minWindowDays() == null || d.minWindowDays() < 0 || d.minWindowDays() > MAX_WINDOW_DAYS) {
            errors.add(new FieldError("minWindowDays", "between 0 and " + MAX_WINDOW_DAYS));
        }
        if (d.disclosable() == null) {
            errors.add(new FieldError("disclosable", "is required"));
        }
        for (String[] field : new String[][] {{"code", d.code()}, {"title", d.title()}, {"termsClause", d.termsClause()}}) {
            forbiddenTopic(field[1]).ifPresent(topic -> errors.add(new FieldError(field[0],
                    "public criticism or complaining is never a reason for a restriction (mentions \"" + topic + "\")")));
        }
        return errors;
    }

    static java.util.Optional<String> forbiddenTopic(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (Pattern p : FORBIDDEN_TOPICS) {
            java.util.regex.Matcher m = p.matcher(t);
            if (m.find()) {
                return java.util.Optional.of(m.group());
            }
        }
        return java.util.Optional.empty();
    }

    private static void require(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }
}
