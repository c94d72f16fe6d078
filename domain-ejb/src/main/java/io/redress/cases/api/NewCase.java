package io.redress.cases.api;

/**
 * A case as intake receives it (REST or console). Texts arrive unchecked; the case rules (CaseRules.check) names every
 * bad field. Null category means GENERAL, null priority P3, null queue the routing default, null complaint
 * the rule in CaseRules.isComplaint.
 */
public record NewCase(String channel, String accountId, String customerName, String customerContact, String language,
                      String subject, String description, String category, String subcategory, String priority,
                      String queue, Boolean complaint) {
}
