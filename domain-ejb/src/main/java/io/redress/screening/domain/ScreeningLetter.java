package io.redress.screening.domain;

import java.util.List;

/**
 * What a customer is told about a screened deposit: that it is restricted for a risk control review (a hold or a
 * freeze, the same words: nothing may hint at which, nor why) and that the restriction is lifted. The words are
 * templates of the message catalogue (codes below, one per language, seeded by the migrations), neutral by design:
 * they pass the forbidden-terms check point of a confidential account. Plain Java: the choice of template and the
 * filling in of the deposit's asset and transaction.
 */
public final class ScreeningLetter {

    public static final List<String> LANGUAGES = List.of("en", "fr", "ja");
    public static final String RESTRICTED = "SCREENING_DEPOSIT_RESTRICTED";
    public static final String RELEASED = "SCREENING_DEPOSIT_RELEASED";
    public static final List<String> TEMPLATES = List.of(RESTRICTED, RELEASED);

    private ScreeningLetter() {
    }

    /** The customer's language if Redress writes in it, else English. */
    public static String language(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "en";
    }

    /** A template's text with the deposit's {@code {asset}} and {@code {transaction}} filled in. */
    public static String fill(String template, String asset, String transaction) {
        return template.replace("{asset}", asset).replace("{transaction}", transaction);
    }
}
