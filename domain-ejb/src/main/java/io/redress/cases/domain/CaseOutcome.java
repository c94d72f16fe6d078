package io.redress.cases.domain;

/** How a resolved case ended for the customer, for the complaint statistics. */
public enum CaseOutcome {
    IN_CUSTOMER_FAVOUR, PARTIALLY_IN_FAVOUR, NOT_IN_FAVOUR, ANSWERED, WITHDRAWN
}
