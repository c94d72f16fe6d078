package io.redress.incidents.application;

import io.redress.apikeys.api.ApiKeyView;
import io.redress.apikeys.api.KeyDirectory;
import io.redress.apikeys.api.KeyStatus;
import io.redress.cases.api.CaseSummary;
import io.redress.cases.api.CaseTerms;
import io.redress.cases.api.Cases;
import io.redress.cases.api.SecurityCase;
import io.redress.incidents.domain.IncidentLetter;
import io.redress.incidents.domain.IncidentRules;
import io.redress.jobs.api.JobItem;
import io.redress.jobs.api.JobRun;
import io.redress.jobs.api.JobWork;
import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.messaging.api.CustomerMessagesRequested;
import io.redress.restrictions.api.ProtectiveLocks;
import io.redress.shared.infrastructure.CommitWait;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work of an approved bulk action, chunk by chunk: first every key in scope (revoked if still active: the
 * registry audits it and puts it in the exchange's feed), then every account with a key in scope (a protective lock
 * placed when the action asks for one; its one account-security case opened or joined and linked to the incident; the customer notified in their language through
 * the one outbox, with a request key per action and account, so a repeated request would queue nothing more).
 * A chunk of items runs in one transaction with their done-markers, set-based ({@link #applyAll}): its keys revoked
 * in one statement, its accounts' cases, links, letters and audit in a few for the lot; a chunk refused is applied
 * item by item (see the jobs context).
 */
@ApplicationScoped
public class IncidentJobWork implements JobWork {

    public static final String KIND = "incident.bulk-action";
    static final String INCIDENT = "incident";
    static final String ACTION = "action";
    static final String INTEGRATION = "integration";
    static final String CREATED_BEFORE = "createdBefore";
    static final String WITHOUT_ALLOWLIST = "withoutAllowlistOnly";
    static final String NOTIFY = "notifyCustomers";
    static final String CASES = "openCases";
    static final String LOCK = "protectiveLock";
    static final String APPROVED_BY = "approvedBy";
    private static final String KEY_CURSOR = "k:";
    private static final String KEY_ITEM = "key:";
    private static final String ACCOUNT_CURSOR = "a:";
    private static final String ACCOUNT_ITEM = "account:";

    @Inject
    KeyDirectory keys;
    @Inject
    Cases cases;
    @Inject
    Event<CustomerMessagesRequested> letters;
    @Inject
    IncidentService incidents;
    @Inject
    ProtectiveLocks locks;
    @Inject
    CommitWait commitWait;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public long count(JobRun run) {
        KeyDirectory.Scope s = keys.scope(run.actor(), run.param(INTEGRATION), before(run), withoutAllowlist(run));
        return s.keys() + (reachesAccounts(run) ? s.accounts() : 0);
    }

    @Override
    public List<JobItem> next(JobRun run, String cursor, int max) {
        if (cursor == null || cursor.startsWith(KEY_CURSOR)) {
            long after = cursor == null ? 0 : Long.parseLong(cursor.substring(KEY_CURSOR.length()));
            List<JobItem> items = new ArrayList<>();
            for (KeyDirectory.LinkedKey k : keys.linkedTo(run.actor(), run.param(INTEGRATION), before(run),
                    withoutAllowlist(run), after, max)) {
                items.add(new JobItem(KEY_ITEM + k.keyId(), KEY_CURSOR + k.id()));
            }
            if (!items.isEmpty() || !reachesAccounts(run)) {
                return items;
            }
            cursor = ACCOUNT_CURSOR;
        }
        String afterAccount = cursor.substring(ACCOUNT_CURSOR.length());
        return keys.accountsLinkedTo(run.actor(), run.param(INTEGRATION), before(run), withoutAllowlist(run),
                afterAccount.isEmpty() ? null : afterAccount, max).stream()
                .map(a -> new JobItem(ACCOUNT_ITEM + a, ACCOUNT_CURSOR + a)).toList();
    }

    @Override
    public boolean chunked() {
        return true;
    }

    /** A chunk's accounts (their cases, letters and locks) once its keys have committed. */
    @Override
    public int phase(JobItem item) {
        return item.key().startsWith(KEY_ITEM) ? 0 : 1;
    }

    /**
     * The keys in two lanes at most: each lane's revocations end on the exchange's feed head, whose lock it holds to its
     * commit, so a third lane only queues there (a 100,000-key job's keys took 19.8 s in three lanes against 14.4 s in
     * two, bench/keys-benchmark.sh at 1,000,000 keys, 6 December 2026). The accounts take every lane allowed: their cases,
     * letters and audit wait on no common row (the same job's accounts took 24.6 and 30.1 s in three lanes against 29.3 s
     * in two, and a job beside the decisions' load 59 s against 71).
     */
    @Override
    public int lanes(int phase, int most) {
        return phase == 0 ? Math.min(most, 2) : most;
    }

    /**
     * A lane of a chunk at once, in the lane's one transaction: its accounts set-based (their cases opened or joined
     * and linked in a few statements, their letters handed to the one outbox in one request, protective locks last), or
     * its keys (one statement for their rows, their audit and feed entries written together): a lane holds one phase.
     */
    @Override
    public Map<String, String> applyAll(JobRun run, List<JobItem> items) {
        Map<String, String> done = new HashMap<>();
        // the accounts first (a chunk has some only where the keys end): the keys' revocation takes the feed head's
        // lock, held to the commit, so it comes last, just before the chunk's markers
        List<String> accounts = items.stream().map(JobItem::key).filter(k -> k.startsWith(ACCOUNT_ITEM))
                .map(k -> k.substring(ACCOUNT_ITEM.length())).toList();
        if (!accounts.isEmpty()) {
            applyAccounts(run, accounts).forEach((a, note) -> done.put(ACCOUNT_ITEM + a, note));
        }
        List<String> keyIds = items.stream().map(JobItem::key).filter(k -> k.startsWith(KEY_ITEM))
                .map(k -> k.substring(KEY_ITEM.length())).toList();
        if (!keyIds.isEmpty()) {
            for (ApiKeyView k : keys.revokeAllIfActive(run.actor(), keyIds, reason(run))) {
                done.put(KEY_ITEM + k.keyId(), note(run, k));
            }
        }
        Map<String, String> notes = new LinkedHashMap<>();
        items.forEach(i -> notes.put(i.key(), done.get(i.key())));
        return notes;
    }

    /** One item alone (a refused chunk's items are applied so): the same steps as {@link #applyAll} for one. */
    @Override
    public String apply(JobRun run, JobItem item) {
        if (item.key().startsWith(KEY_ITEM)) {
            return note(run, keys.revokeIfActive(run.actor(), item.key().substring(KEY_ITEM.length()), reason(run)));
        }
        String account = item.key().substring(ACCOUNT_ITEM.length());
        return applyAccounts(run, List.of(account)).get(account);
    }

    /**
     * Accounts together: each one's account-security case opened or joined and linked to the incident (one call to the
     * cases context for them all), each customer's letter in the language of that case (one request to the one outbox
     * for them all, a request key per action and account), then the protective locks when asked (the standing rows
     * decisions read, locked last so that they are held the shortest). Returns each account's note.
     */
    private Map<String, String> applyAccounts(JobRun run, List<String> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        String incident = run.param(INCIDENT);
        String service = keys.integration(run.param(INTEGRATION)).map(i -> i.name()).orElse(run.param(INTEGRATION));
        boolean locked = Boolean.parseBoolean(run.param(LOCK));
        Map<String, SecurityCase> found = Boolean.parseBoolean(run.param(CASES))
                ? cases.openOrJoinSecurityCases(run.actor(), accounts, "API_KEY_COMPROMISE",
                        "Third-party incident " + incident + ": " + service, "Third-party incident " + incident + " against "
                                + service + ": " + IncidentRules.describeScope(before(run), withoutAllowlist(run))
                                + " revoked by bulk action " + run.param(ACTION) + ".", "INCIDENT", incident,
                        // the incident's letter quotes the case: with it, the customer needs no acknowledgement too
                        !Boolean.parseBoolean(run.param(NOTIFY)))
                : Map.of();
        Map<String, String> languages = new HashMap<>();
        if (Boolean.parseBoolean(run.param(NOTIFY))) {
            List<CustomerMessageRequested> requests = new ArrayList<>();
            for (String account : accounts) {
                SecurityCase c = found.get(account);
                String language = c != null ? c.language() : language(account);
                IncidentLetter.Letter letter = IncidentLetter.write(language, service, c == null ? null : c.ticket(), locked);
                languages.put(account, letter.language());
                requests.add(new CustomerMessageRequested(IncidentLetter.requestKey(incident, run.param(ACTION), account),
                        "incidents", "INCIDENT_KEYS_REVOKED", account, "incident:" + incident, "ACCOUNT_INBOX", null,
                        letter.language(), letter.subject(), letter.body(), null, null, run.actor(), "SECURITY"));
            }
            letters.fire(new CustomerMessagesRequested(requests));
        }
        Map<String, String> lockNotes = new HashMap<>();
        if (locked) {
            for (String account : accounts) {
                lockNotes.put(account, locks.lock(run.actor(), run.actor().primaryRole(), account, "incident:" + incident)
                        ? "protective lock placed" : "protective lock already on");
            }
        }
        Map<String, String> notes = new LinkedHashMap<>();
        for (String account : accounts) {
            List<String> parts = new ArrayList<>();
            if (locked) {
                parts.add(lockNotes.get(account));
            }
            SecurityCase c = found.get(account);
            if (c != null) {
                parts.add((c.opened() ? "case opened " : "case joined ") + c.ticket());
            }
            if (languages.containsKey(account)) {
                parts.add("notified (" + languages.get(account) + ")");
            }
            notes.put(account, String.join("; ", parts));
        }
        return notes;
    }

    private static String reason(JobRun run) {
        return "Third-party incident " + run.param(INCIDENT) + " (bulk action " + run.param(ACTION) + ", approved by "
                + run.param(APPROVED_BY) + ")";
    }

    /** "revoked" when this action revoked the key (now or in an earlier execution), else what it was. */
    private static String note(JobRun run, ApiKeyView k) {
        boolean byThisAction = k.status() == KeyStatus.REVOKED && k.statusReason() != null
                && k.statusReason().contains("bulk action " + run.param(ACTION) + ",");
        return byThisAction ? "revoked" : "was " + k.status();
    }

    /**
     * The action is done once every instance refuses its keys: the chunks' revocations answered without the commit wait,
     * so the lease is waited here, once, before the action and its job are shown DONE and COMPLETED.
     */
    @Override
    public void completed(JobRun run) {
        commitWait.settle();
        incidents.actionDone(Long.parseLong(run.param(ACTION)));
    }

    /** Without a case of this action: the language of the customer's oldest open case, else English. */
    private String language(String account) {
        for (CaseSummary c : cases.openForAccount(account)) {
            return cases.terms(c.ticket()).map(CaseTerms::language).orElse("en");
        }
        return "en";
    }

    private static boolean reachesAccounts(JobRun run) {
        return Boolean.parseBoolean(run.param(NOTIFY)) || Boolean.parseBoolean(run.param(CASES))
                || Boolean.parseBoolean(run.param(LOCK));
    }

    private static Instant before(JobRun run) {
        String b = run.param(CREATED_BEFORE);
        return b == null || b.isEmpty() ? null : Instant.parse(b);
    }

    private static boolean withoutAllowlist(JobRun run) {
        return Boolean.parseBoolean(run.param(WITHOUT_ALLOWLIST));
    }
}
