package io.redress.cases.domain;

import java.util.List;

/** What the case is about, with the subcategories support works with. */
public enum Category {
    USER_ERROR(List.of("WRONG_NETWORK", "WRONG_ADDRESS", "PHISHING", "SCAM", "PRODUCT_MISUNDERSTANDING")),
    ACCOUNT_SECURITY(List.of("API_KEY_COMPROMISE", "ACCOUNT_TAKEOVER")),
    FUNDS_HOLD(List.of()),
    RESTRICTION(List.of()),
    LOSS_CLAIM(List.of()),
    GENERAL(List.of());

    private final List<String> subcategories;

    Category(List<String> subcategories) {
        this.subcategories = subcategories;
    }

    public List<String> subcategories() {
        return subcategories;
    }

    public boolean allows(String subcategory) {
        return subcategory == null || subcategories.contains(subcategory);
    }
}
