package io.redress.cases.domain;

/**
 * A case as intake receives it (REST or console). Texts arrive unchecked; {@link CaseRules#check} names every
 * bad field. Null category means GENERAL, null priority P3, null queue the routing default, null complaint
 * the rule in {@link CaseRules#isComplaint}.
 */
public record NewCase(String channel, String accountId, String customerName, String customerContact, String language,
                      String subject, String description, String category, String subcategory, String priority,
                      String queue, Boolean complaint) {
}
