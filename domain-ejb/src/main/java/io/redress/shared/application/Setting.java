package io.redress.shared.application;

/**
 * Every configuration key Redress reads, in one place: code reads a key only through these constants
 * ({@code @ConfigProperty(name = Setting.DEMO)}, {@code "${MPCONFIG=" + Setting.DB_URL + "}"}), and {@code SettingTest}
 * fails on a {@code "redress."} key written anywhere else. Each is a MicroProfile Config property, so the environment
 * variable of the same name in upper case with underscores overrides it ({@code redress.db.url} is
 * {@code REDRESS_DB_URL}); defaults for a newcomer are in {@code META-INF/microprofile-config.properties}.
 */
public final class Setting {

    /** The JDBC datasource class: {@code org.h2.jdbcx.JdbcDataSource} or {@code org.postgresql.ds.PGSimpleDataSource}. */
    public static final String DB_DATASOURCE_CLASS = "redress.db.datasource-class";
    public static final String DB_URL = "redress.db.url";
    public static final String DB_USER = "redress.db.user";
    public static final String DB_PASSWORD = "redress.db.password";
    /** {@code true} seeds one staff member per role with fresh passwords at every start, and demo data. */
    public static final String DEMO = "redress.demo";
    /** Where demo mode writes the demo logins so the run command can print them. */
    public static final String DEMO_LOGINS_FILE = "redress.demo.logins-file";
    /** Outside demo mode: the initial administrator's password, required while no administrator exists. */
    public static final String ADMIN_PASSWORD = "redress.admin.password";
    public static final String ADMIN_USERNAME = "redress.admin.username";
    /** The platform's floor for WITHDRAW_ONLY and CLOSE windows in days (default 7); legal orders and sanctions are exempt. */
    public static final String WINDOW_FLOOR_DAYS = "redress.restrictions.window-floor-days";
    /** Days within which an appeal is decided before a supervisor is alerted (default 14). */
    public static final String APPEALS_DEADLINE_DAYS = "redress.appeals.deadline-days";
    /** SLA targets per priority, e.g. {@code P1=15m/4h,P2=1h/24h,P3=4h/3d,P4=24h/5d}. */
    public static final String SLA_TARGETS = "redress.sla.targets";
    /** {@code false} turns the decision cache off (PostgreSQL only; H2 never has one). */
    public static final String DECISIONS_CACHE = "redress.decisions.cache";
    /** How many account standings the decision cache holds at most (default 2,000,000). */
    public static final String DECISIONS_CACHE_MAX_ENTRIES = "redress.decisions.cache.max-entries";
    /** How many API keys the decision cache keeps at most (default 1,000,000). */
    public static final String DECISIONS_CACHE_MAX_KEYS = "redress.decisions.cache.max-keys";
    /**
     * How long, in milliseconds, the decision cache answers after its feed's last confirmation (default 200, from 10 to
     * 2,000); a change of a standing or a key answers its caller once every instance's cache has acknowledged it, and at
     * most that long after its commit (and 5 ms more). The same on every instance: each writer and each cache count
     * with their own instance's lease.
     */
    public static final String DECISIONS_CACHE_LEASE_MS = "redress.decisions.cache.lease-ms";
    /** Failed sign-ins per user name: {@code free=3,delay=1s,max=30s,lock-after=10,lock=15m,forget=15m}. */
    public static final String LOGIN_THROTTLE_USER = "redress.login.throttle.user";
    /** Failed sign-ins per source address, in the same form. */
    public static final String LOGIN_THROTTLE_ADDRESS = "redress.login.throttle.address";
    /** Failed sign-ins on an integration client's name from every address together, in the same form. */
    public static final String LOGIN_THROTTLE_CLIENT = "redress.login.throttle.client";
    /** API-key policy: trading days without an allowlist, unused days, ... (see {@code KeyPolicy.DEFAULTS}). */
    public static final String APIKEYS_POLICY = "redress.apikeys.policy";
    /** Anomaly thresholds of the API-key trade rules (see {@code AnomalyThresholds.DEFAULTS}). */
    public static final String APIKEYS_ANOMALIES = "redress.apikeys.anomalies";
    /** The assets a loss claim may be in, with their decimals, e.g. {@code BTC=8,ETH=18,USDT=6,USD=2}. */
    public static final String CLAIMS_ASSETS = "redress.claims.assets";
    /** One unit of each asset in the reference currency, for approval limits, e.g. {@code BTC=60000,USDT=1}. */
    public static final String CLAIMS_REFERENCE_RATES = "redress.claims.reference-rates";
    /** The currency approval limits are in (default USD). */
    public static final String CLAIMS_REFERENCE_CURRENCY = "redress.claims.reference-currency";
    /** What each role approves alone, e.g. {@code SUPERVISOR=10000,COMPLIANCE=unlimited}; others approve nothing. */
    public static final String CLAIMS_APPROVAL_LIMITS = "redress.claims.approval-limits";
    /** Days the customer has to appeal a denied claim (default 30). */
    public static final String CLAIMS_APPEAL_WINDOW_DAYS = "redress.claims.appeal-window-days";
    /** How exposure is traced: {@code hops=4,dust=XBT:0.0001|ETH:0.001|USDT:1,budget=2000000} (see {@code TraceRules}). */
    public static final String SCREENING_TRACE = "redress.screening.trace";
    /** What exposure turns into PASS, HOLD or FREEZE (see {@code ScreeningPolicy.DEFAULT}). */
    public static final String SCREENING_POLICY = "redress.screening.policy";
    /**
     * Days from a hold or freeze to the report deadline of its investigation, per jurisdiction of the account:
     * {@code US=30,EU=7,*=30} (see {@code DeadlineRules}: US a money services business's SAR, EU "promptly" as an internal
     * target, {@code *} every other country).
     */
    public static final String SCREENING_REPORT_DEADLINES = "redress.screening.report-deadlines";
    /** Days back from a list import whose screened deposits are re-screened when it adds addresses (default 90, 1 to 3650). */
    public static final String SCREENING_RESCREEN_DAYS = "redress.screening.rescreen-days";

    /** The leak-attribution score's weights and bands (see {@code AttributionWeights.DEFAULTS}). */
    public static final String EVIDENCE_SCORE = "redress.evidence.score";

    /** Payara's name for this server instance (a JVM system property the server sets), e.g. {@code server}. */
    public static final String SERVER_INSTANCE_NAME = "com.sun.aas.instanceName";
    /** Seconds without progress after which another instance takes over a running job (default 120). */
    public static final String JOBS_STALE_AFTER_SECONDS = "redress.jobs.stale-after-seconds";
    /** Items a job's reader asks its work for at a time, at least (default 50; a page holds at least a chunk, see JobChunk). */
    public static final String JOBS_CHUNK_SIZE = "redress.jobs.chunk-size";
    /**
     * Transactions a chunk of a chunked job is applied in at once, each with a contiguous run of its items (default 3;
     * 1: one transaction a chunk; at most 8); a work may use fewer for a phase ({@code JobWork.lanes}). On the 2-core
     * bench machine two lanes took a 100,000-key bulk job from 56.7 to 50.8 s at 1,000,000 keys; three made its keys
     * slower and its accounts no slower, faster beside the decisions' load (bench/keys-benchmark.sh, 6 December 2026).
     */
    public static final String JOBS_LANES = "redress.jobs.lanes";

    private Setting() {
    }
}
