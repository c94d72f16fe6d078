package io.redress.accounts.application;

import io.redress.accounts.api.AccountOpened;
import io.redress.accounts.api.StandingFacts;
import io.redress.accounts.api.Standings;
import io.redress.accounts.domain.Account;
import io.redress.accounts.domain.AccountProfile;
import io.redress.accounts.domain.AccountProfileRules;
import io.redress.accounts.domain.AccountView;
import io.redress.accounts.domain.Confidentiality;
import io.redress.audit.application.AuditLog;
import io.redress.audit.application.AuditTrail;
import io.redress.audit.domain.AuditRecord;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Page;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.domain.WrittenReason;
import io.redress.shared.infrastructure.CommitWait;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The account mirror: the exchange creates and updates it; staff search and read it. */
@Stateless
public class AccountService {

    public static final String ENTITY = "Account";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    AuditLog auditLog;
    @Inject
    Clock clock;
    @Inject
    CommitWait commitWait;
    @Inject
    Standings standings;
    @Inject
    Event<AccountOpened> opened;

    public record MirrorResult(AccountView account, boolean created, boolean changed) {
    }

    /**
     * Creates the mirror of an account or brings it up to date.
     *
     * @param expectedVersion the version the caller last saw, or null to take the exchange's data as it comes;
     *                        a different current version is refused as stale
     */
    public MirrorResult mirror(Actor actor, String accountId, AccountProfile profile, Long expectedVersion) {
        String role = access.require(actor, Permission.ACCOUNT_MIRROR);
        List<FieldError> errors = new ArrayList<>(AccountProfileRules.checkAccountId(accountId));
        errors.addAll(AccountProfileRules.check(profile, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Optional<Account> existing = find(accountId);
        try {
            if (existing.isEmpty()) {
                if (expectedVersion != null) {
                    throw new NotFound("Account", accountId);
                }
                Account account = new Account(accountId, profile, clock.instant());
                em.persist(account);
                em.flush(); // the rows that refer to the account come after it: no mapping tells JPA their order
                em.persist(new Confidentiality(accountId, clock.instant()));
                opened.fire(new AccountOpened(accountId, clock.instant()));
                audit.record(actor, role, "ACCOUNT_MIRRORED", ENTITY, accountId, null, account.snapshot().toJson(), "created");
                return new MirrorResult(view(account), true, true);
            }
            Account account = existing.get();
            if (expectedVersion != null && expectedVersion != account.version()) {
                throw new StaleVersion(ENTITY, accountId, expectedVersion, account.version());
            }
            if (account.mirrors(profile)) {
                return new MirrorResult(view(account), false, false);
            }
            String before = account.snapshot().toJson();
            int positions = account.openDerivativesPositions();
            account.mirror(profile, clock.instant());
            em.flush();
            if (positions != account.openDerivativesPositions()) {
                commitWait.standingChanged(); // open positions are part of a decision (reduce-only trading)
            }
            audit.record(actor, role, "ACCOUNT_MIRRORED", ENTITY, accountId, before, account.snapshot().toJson(), "updated");
            return new MirrorResult(view(account), false, true);
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Account " + accountId + " was changed by a concurrent request; read it again");
        } catch (PersistenceException e) {
            if (existing.isEmpty()) {
                throw new StaleVersion("Account " + accountId + " was created by a concurrent request; read it again");
            }
            throw e;
        }
    }

    public AccountView get(Actor actor, String accountId) {
        access.require(actor, Permission.ACCOUNT_READ);
        return find(accountId).map(this::view).orElseThrow(() -> new NotFound("Account", accountId));
    }

    /** The accounts table's sortable columns and what each sorts by (the handle by default). */
    public static final Map<String, String> SORTABLE = Map.of("accountId", "a.externalId", "handle", "a.handleKey",
            "kycLevel", "a.kycLevel", "jurisdiction", "a.jurisdiction", "customerSince", "a.customerSince");
    /** Column filters: the jurisdiction as typed (in any case). */
    public static final java.util.Set<String> FILTERABLE = java.util.Set.of("jurisdiction");

    /**
     * One page of the accounts table: the accounts {@link #search} finds for {@code query} (all without one), narrowed by
     * the column filters, sorted by one column, with how many there are for the pager.
     */
    public io.redress.shared.domain.TablePage<AccountView> table(Actor actor, String query,
                                                                 io.redress.shared.domain.TableQuery page) {
        access.require(actor, Permission.ACCOUNT_SEARCH);
        page.check(SORTABLE.keySet(), FILTERABLE);
        String q = query == null ? "" : query.trim();
        if (q.length() > 64) {
            throw new InvalidInput(FieldError.tooLong("query", 64));
        }
        StringBuilder where = new StringBuilder(" FROM Account a WHERE 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (!q.isEmpty()) {
            where.append(" AND (a.externalId = :exact OR a.handleKey LIKE :prefix ESCAPE '!' OR a.externalId LIKE :idPrefix ESCAPE '!')");
            params.put("exact", q);
            params.put("prefix", escapeLike(q.toLowerCase(Locale.ROOT)) + "%");
            params.put("idPrefix", escapeLike(q) + "%");
        }
        if (page.filter("jurisdiction") != null) {
            where.append(" AND LOWER(a.jurisdiction) = :jurisdiction");
            params.put("jurisdiction", page.lowerFilter("jurisdiction"));
        }
        var count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || page.first() >= total) {
            return new io.redress.shared.domain.TablePage<>(List.of(), total);
        }
        String dir = page.descending() ? " DESC" : " ASC";
        var rows = em.createQuery("SELECT a" + where + " ORDER BY "
                + SORTABLE.get(page.sortField() == null ? "handle" : page.sortField()) + dir + ", a.id" + dir, Account.class);
        params.forEach(rows::setParameter);
        List<Account> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        Map<String, StandingFacts> standing = found.isEmpty() ? Map.of()
                : standings.of(found.stream().map(Account::externalId).toList());
        return new io.redress.shared.domain.TablePage<>(found.stream()
                .map(a -> a.view(standing.getOrDefault(a.externalId(), StandingFacts.ACTIVE))).toList(), total);
    }

    /** Accounts whose id is the query, or whose handle or id starts with it (case-insensitive for handles). */
    public Page<AccountView> search(Actor actor, String query, int page, int size) {
        access.require(actor, Permission.ACCOUNT_SEARCH);
        int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int pageNo = Math.max(0, page);
        String q = query == null ? "" : query.trim();
        var jpql = q.isEmpty()
                ? em.createNamedQuery(Account.ALL, Account.class)
                : em.createNamedQuery(Account.SEARCH, Account.class)
                        .setParameter("exact", q)
                        .setParameter("prefix", escapeLike(q.toLowerCase(Locale.ROOT)) + "%")
                        .setParameter("idPrefix", escapeLike(q) + "%");
        List<Account> found = jpql.setFirstResult(pageNo * pageSize).setMaxResults(pageSize + 1).getResultList();
        Map<String, StandingFacts> standing = found.isEmpty() ? Map.of()
                : standings.of(found.stream().map(Account::externalId).toList());
        List<AccountView> rows = found.stream()
                .map(a -> a.view(standing.getOrDefault(a.externalId(), StandingFacts.ACTIVE))).toList();
        return Page.of(rows, pageNo, pageSize);
    }

    /** Whether outbound messages to the account pass the forbidden-terms list. */
    public boolean confidential(Actor actor, String accountId) {
        access.require(actor, Permission.ACCOUNT_READ);
        find(accountId).orElseThrow(() -> new NotFound("Account", accountId));
        return Optional.ofNullable(em.find(Confidentiality.class, accountId)).map(Confidentiality::confidential).orElse(false);
    }

    /**
     * COMPLIANCE sets or lifts the confidentiality flag by hand, with a written reason; audited. A flag set by hand stays
     * until compliance lifts it by hand (the last risk review closing does not clear it); lifting it while a risk review
     * requires the flag lifts compliance's cause only: the flag stays until the review closes. Answers whether the account
     * is confidential now.
     */
    public boolean markConfidential(Actor actor, String accountId, boolean flag, String reason) {
        String role = access.require(actor, Permission.ACCOUNT_CONFIDENTIAL);
        WrittenReason.require("reason", reason);
        find(accountId).orElseThrow(() -> new NotFound("Account", accountId));
        Confidentiality confidentiality = Optional.ofNullable(em.find(Confidentiality.class, accountId)).orElseGet(() -> {
            Confidentiality fresh = new Confidentiality(accountId, clock.instant());
            em.persist(fresh);
            return fresh;
        });
        boolean before = confidentiality.confidential();
        boolean byHandBefore = confidentiality.setByHand();
        Confidentiality.Change change = confidentiality.markByHand(flag, clock.instant());
        if (change.causeChanged() || change.flagChanged()) {
            try {
                em.flush();
            } catch (OptimisticLockException e) {
                throw new StaleVersion("Account " + accountId + " was changed by a concurrent request; try again");
            }
            boolean now = confidentiality.confidential();
            // the flag's own change as before; a change of compliance's cause alone (a review still requires the flag) is KEPT
            audit.record(actor, role, !change.flagChanged() ? "ACCOUNT_CONFIDENTIAL_KEPT"
                            : now ? "ACCOUNT_CONFIDENTIAL_SET" : "ACCOUNT_CONFIDENTIAL_CLEARED", ENTITY, accountId,
                    ConfidentialityKeeper.snapshot(before, byHandBefore, confidentiality.requiredByReview()),
                    ConfidentialityKeeper.snapshot(now, confidentiality.setByHand(), confidentiality.requiredByReview()),
                    reason.strip());
        }
        return confidentiality.confidential();
    }

    public List<AuditRecord> history(Actor actor, String accountId, int limit) {
        access.require(actor, Permission.ACCOUNT_HISTORY);
        return auditLog.historyOf(ENTITY, accountId, limit);
    }

    private AccountView view(Account account) {
        return account.view(standings.of(List.of(account.externalId())).getOrDefault(account.externalId(), StandingFacts.ACTIVE));
    }

    private Optional<Account> find(String accountId) {
        return em.createNamedQuery(Account.BY_EXTERNAL_ID, Account.class).setParameter("id", accountId)
                .getResultStream().findFirst();
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
