package io.redress.accounts.domain;

import io.redress.accounts.api.StandingFacts;
import io.redress.shared.domain.Snapshot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Redress's mirror of a customer account at the exchange, written only by the exchange's mirror: the profile (handle,
 * KYC, jurisdiction, open positions...). The standing the restrictions context keeps and the confidentiality flag
 * compliance sets are rows of their own, with versions of their own, so that no writer invalidates another.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EXTERNAL_ID, query = "SELECT a FROM Account a WHERE a.externalId = :id")
@NamedQuery(name = Account.FACTS, query = "SELECT a.externalId, c.confidential, a.openDerivativesPositions, a.jurisdiction FROM Account a"
        + " LEFT JOIN Confidentiality c ON c.accountId = a.externalId WHERE a.externalId = :id")
@NamedQuery(name = Account.FACTS_OF, query = "SELECT a.externalId, a.openDerivativesPositions, a.jurisdiction FROM Account a"
        + " WHERE a.externalId IN :ids")
@NamedQuery(name = Account.SEARCH,
        query = "SELECT a FROM Account a WHERE a.externalId = :exact OR a.handleKey LIKE :prefix ESCAPE '!'"
                + " OR a.externalId LIKE :idPrefix ESCAPE '!'"
                + " ORDER BY a.handleKey, a.id")
@NamedQuery(name = Account.ALL, query = "SELECT a FROM Account a ORDER BY a.handleKey, a.id")
@NamedQuery(name = Account.WITH_SOCIAL_HANDLE,
        query = "SELECT DISTINCT a.externalId FROM Account a JOIN a.socialHandles h WHERE h = :h ORDER BY a.externalId")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
public class Account {

    public static final String BY_EXTERNAL_ID = "Account.byExternalId";
    /** What other contexts may know of an account (id, confidentiality, open positions), in one round trip. */
    public static final String FACTS = "Account.facts";
    /**
     * The same but for confidentiality, for many accounts in one statement; the caller reads confidentiality with a
     * second ({@link Confidentiality#CONFIDENTIAL_OF}), each a read of one table by its key.
     */
    public static final String FACTS_OF = "Account.factsOf";
    public static final String SEARCH = "Account.search";
    public static final String ALL = "Account.all";
    public static final String WITH_SOCIAL_HANDLE = "Account.withSocialHandle";
    public static final String COUNT = "Account.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;
    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;
    @Column(nullable = false)
    private String handle;
    @Column(name = "handle_key", nullable = false)
    private String handleKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "kyc_level", nullable = false)
    private KycLevel kycLevel;
    @Column(nullable = false)
    private String jurisdiction;
    @Column(name = "customer_since", nullable = false)
    private LocalDate customerSince;
    @Column(name = "vip_tier", nullable = false)
    private int vipTier;
    @Column(name = "open_derivatives_positions", nullable = false)
    private int openDerivativesPositions;
    @ElementCollection
    @CollectionTable(name = "account_social_handle", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "handle")
    private Set<String> socialHandles = new LinkedHashSet<>();
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private Long version;

    protected Account() {
    }

    /** A newly mirrored account; the profile must already satisfy {@link AccountProfileRules}. */
    public Account(String externalId, AccountProfile profile, Instant now) {
        this.externalId = Objects.requireNonNull(externalId);
        this.createdAt = now;
        mirror(profile, now);
    }

    /** Takes the exchange's current view of the profile. */
    public void mirror(AccountProfile p, Instant now) {
        this.handle = p.handle();
        this.handleKey = p.handle().toLowerCase(Locale.ROOT);
        this.kycLevel = p.kycLevel();
        this.jurisdiction = p.jurisdiction();
        this.customerSince = p.customerSince();
        this.vipTier = p.vipTier() == null ? 0 : p.vipTier();
        this.openDerivativesPositions = p.openDerivativesPositions() == null ? 0 : p.openDerivativesPositions();
        Set<String> handles = new LinkedHashSet<>();
        p.socialHandles().forEach(h -> handles.add(AccountProfileRules.normaliseSocialHandle(h)));
        this.socialHandles.retainAll(handles);
        this.socialHandles.addAll(handles);
        this.updatedAt = now;
    }

    public int openDerivativesPositions() {
        return openDerivativesPositions;
    }

    /** True when the profile would change nothing: repeated identical PUTs are then not new versions. */
    public boolean mirrors(AccountProfile p) {
        AccountView now = view(StandingFacts.ACTIVE);
        Set<String> handles = new LinkedHashSet<>();
        p.socialHandles().forEach(h -> handles.add(AccountProfileRules.normaliseSocialHandle(h)));
        return now.handle().equals(p.handle()) && now.kycLevel() == p.kycLevel()
                && now.jurisdiction().equals(p.jurisdiction()) && now.customerSince().equals(p.customerSince())
                && now.vipTier() == (p.vipTier() == null ? 0 : p.vipTier())
                && now.openDerivativesPositions() == (p.openDerivativesPositions() == null ? 0 : p.openDerivativesPositions())
                && Set.copyOf(now.socialHandles()).equals(handles);
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("accountId", externalId).with("handle", handle).with("kycLevel", kycLevel)
                .with("jurisdiction", jurisdiction).with("customerSince", customerSince).with("vipTier", vipTier)
                .with("socialHandles", socialHandles.stream().sorted().toList())
                .with("openDerivativesPositions", openDerivativesPositions);
    }

    /** The profile with the standing the restrictions context keeps for it. */
    public AccountView view(StandingFacts standing) {
        return new AccountView(externalId, handle, kycLevel, jurisdiction, customerSince, vipTier,
                socialHandles.stream().sorted().toList(), openDerivativesPositions, standing.status(),
                standing.withdrawalsFrozen(), standing.windowEndsAt(), standing.restrictionId(), createdAt, updatedAt,
                version == null ? 0 : version);
    }

    public String externalId() {
        return externalId;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
