package io.redress.restrictions.domain;

import io.redress.shared.domain.Role;

/**
 * What a restriction may stand on. The set is fixed in code: no administrator can add a ground, so the catalogue
 * cannot hold a reason about what a customer says in public. Each ground bounds the reasons written on it: who
 * must approve at least, whether it may freeze withdrawals, and whether the platform's floor for withdrawal
 * windows applies (not on a legal order or sanctions, where withdrawals are frozen anyway).
 */
public enum Ground {
    LEGAL_ORDER("An order of a court or authority", Role.COMPLIANCE, true, false),
    SANCTIONS("A sanctions obligation", Role.COMPLIANCE, true, false),
    FRAUD("Fraud on or through the platform", Role.COMPLIANCE, true, true),
    MARKET_ABUSE("Market abuse: manipulation, insider dealing, wash trading", Role.COMPLIANCE, false, true),
    STAFF_ABUSE("Threats or abuse towards staff", Role.SUPERVISOR, false, true),
    SECURITY_COMPROMISE("A compromise of the account's security", Role.COMPLIANCE, true, true),
    FAILED_VERIFICATION("Identity or eligibility verification failed or overdue", Role.SUPERVISOR, false, true),
    INELIGIBILITY("The customer is not eligible for the service (e.g. jurisdiction)", Role.SUPERVISOR, false, true),
    CUSTOMER_REQUEST("The customer's own request", Role.SUPERVISOR, false, true),
    PLATFORM_CONDUCT("A named terms clause breached by the customer's conduct on the platform", Role.SUPERVISOR, false, true);

    private final String description;
    private final Role minimumApprover;
    private final boolean mayFreezeWithdrawals;
    private final boolean windowFloorApplies;

    Ground(String description, Role minimumApprover, boolean mayFreezeWithdrawals, boolean windowFloorApplies) {
        this.description = description;
        this.minimumApprover = minimumApprover;
        this.mayFreezeWithdrawals = mayFreezeWithdrawals;
        this.windowFloorApplies = windowFloorApplies;
    }

    public String description() {
        return description;
    }

    /** A reason on this ground needs at least this approver role (COMPLIANCE also approves what SUPERVISOR may). */
    public Role minimumApprover() {
        return minimumApprover;
    }

    public boolean mayFreezeWithdrawals() {
        return mayFreezeWithdrawals;
    }

    /** False on a legal order or sanctions: the law sets the terms there, and withdrawals are frozen anyway. */
    public boolean windowFloorApplies() {
        return windowFloorApplies;
    }
}
