package io.redress.shared.application;

/**
 * Every configuration key Redress reads, in one place. Each is a MicroProfile Config property, so the
 * environment variable of the same name in upper case with underscores overrides it
 * (e.g. {@code redress.db.url} is {@code REDRESS_DB_URL}).
 */
public enum Setting {
    DB_URL("redress.db.url"),
    DB_USER("redress.db.user"),
    DB_PASSWORD("redress.db.password"),
    /** {@code true} seeds one staff member per role with fresh passwords at every start. */
    DEMO("redress.demo"),
    /** Where demo mode writes the demo logins so the run command can print them. */
    DEMO_LOGINS_FILE("redress.demo.logins-file"),
    /** Outside demo mode: the initial administrator's password, required while no administrator exists. */
    ADMIN_PASSWORD("redress.admin.password"),
    ADMIN_USERNAME("redress.admin.username"),
    /** The platform's floor for WITHDRAW_ONLY and CLOSE windows in days (default 7); legal orders and sanctions are exempt. */
    WINDOW_FLOOR_DAYS("redress.restrictions.window-floor-days"),
    /** SLA targets per priority, e.g. {@code P1=15m/4h,P2=1h/24h,P3=4h/3d,P4=24h/5d}. */
    SLA_TARGETS("redress.sla.targets"),
    /** {@code false} turns the decision cache off (PostgreSQL only; H2 never has one). */
    DECISIONS_CACHE("redress.decisions.cache"),
    /** How many account standings the decision cache holds at most (default 2,000,000). */
    DECISIONS_CACHE_MAX_ENTRIES("redress.decisions.cache.max-entries"),
    /** The assets a loss claim may be in, with their decimals, e.g. {@code BTC=8,ETH=18,USDT=6,USD=2}. */
    CLAIMS_ASSETS("redress.claims.assets"),
    /** One unit of each asset in the reference currency, for approval limits, e.g. {@code BTC=60000,USDT=1}. */
    CLAIMS_REFERENCE_RATES("redress.claims.reference-rates"),
    /** The currency approval limits are in (default USD). */
    CLAIMS_REFERENCE_CURRENCY("redress.claims.reference-currency"),
    /** What each role approves alone, e.g. {@code SUPERVISOR=10000,COMPLIANCE=unlimited}; others approve nothing. */
    CLAIMS_APPROVAL_LIMITS("redress.claims.approval-limits"),
    /** Days the customer has to appeal a denied claim (default 30). */
    CLAIMS_APPEAL_WINDOW_DAYS("redress.claims.appeal-window-days");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
