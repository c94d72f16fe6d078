package io.redress.incidents.application;

import io.redress.apikeys.api.ApiKeyView;
import io.redress.apikeys.api.KeyDirectory;
import io.redress.apikeys.api.KeyPermission;
import io.redress.audit.application.AuditTrail;
import io.redress.cases.api.CaseRef;
import io.redress.cases.api.Cases;
import io.redress.incidents.domain.AttributionFacts;
import io.redress.incidents.domain.AttributionScore;
import io.redress.incidents.domain.EvidenceReference;
import io.redress.incidents.domain.EvidenceReport;
import io.redress.incidents.domain.EvidenceReportView;
import io.redress.incidents.domain.EvidenceReportView.IncidentFacts;
import io.redress.incidents.domain.EvidenceReportView.IntegrationFacts;
import io.redress.incidents.domain.EvidenceReportView.KeyFacts;
import io.redress.incidents.domain.EvidenceReportView.SourceAddress;
import io.redress.incidents.domain.EvidenceReportView.TradeLine;
import io.redress.incidents.domain.EvidenceRequest;
import io.redress.incidents.domain.EvidenceRules;
import io.redress.incidents.domain.Incident;
import io.redress.incidents.domain.IncidentView;
import io.redress.incidents.domain.PatternComparison;
import io.redress.shared.application.Access;
import io.redress.shared.domain.AccountIdentifier;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.StaleVersion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Leak-attribution evidence: for an account, a window and optionally one key, the facts a reviewer checks (the
 * incident its key's service is under, the same pattern among that service's other accounts against the base rate
 * elsewhere, the addresses used and whether the customer's earlier activity came from them, the allowlist, the key's
 * creation, the anomalous trades and their other side), scored by {@link AttributionScore}. The report is stored as
 * issued, attached to the account's account-security case and audited; a recomputation is the next version.
 */
@Stateless
public class EvidenceService {

    public static final String ENTITY = "EvidenceReport";
    /** Above this many trades in the window, the request is refused: narrow the window or name the key. */
    public static final int MAX_TRADES = 20_000;
    public static final String METHOD = "Each factor is a question about the facts above; its contribution is its weight"
            + " times how much of it was observed (0 to 1). Positive weights point to a third party, negative ones to the"
            + " customer's own activity. The score is the sum of the contributions; the thresholds of the bands are shown"
            + " with it. The disputed trades are the period's anomalous trades (all its trades when none was anomalous)."
            + " Rates compare accounts with keys at the service with accounts whose keys were not linked to it; the lift"
            + " adds one account to each side of both rates so that small numbers cannot give an extreme lift.";
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    KeyDirectory keys;
    @Inject
    Cases cases;
    @Inject
    EvidenceSettings settings;
    @Inject
    Clock clock;

    public EvidenceReportView issue(Actor actor, EvidenceRequest r) {
        String role = access.require(actor, Permission.EVIDENCE_ISSUE);
        Instant now = clock.instant();
        List<FieldError> errors = EvidenceRules.check(r, now);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<ApiKeyView> all = keys.keysOf(actor, r.accountId());
        if (all.isEmpty()) {
            throw new InvalidInput(FieldError.of("accountId", FieldError.Code.NO_API_KEY, "account " + r.accountId() + " has no API key in the registry", r.accountId()));
        }
        List<ApiKeyView> subject = all.stream().filter(k -> r.keyId() == null || k.keyId().equals(r.keyId())).toList();
        if (subject.isEmpty()) {
            throw new InvalidInput(FieldError.of("keyId", FieldError.Code.NO_SUCH_KEY, "account " + r.accountId() + " has no key " + r.keyId(), r.accountId(), r.keyId()));
        }

        // the service and its incident: the one whose exposure began earliest before the window's end
        Incident incident = null;
        String integration = null;
        for (String code : new TreeSet<>(subject.stream().map(ApiKeyView::integration).filter(c -> c != null).toList())) {
            Optional<Incident> i = incidentOf(code, r.to());
            if (integration == null || i.isPresent() && (incident == null || i.get().suspectedSince().isBefore(incident.suspectedSince()))) {
                integration = code;
                incident = i.orElse(incident);
            }
        }
        if (integration != null && incident == null) {
            incident = em.createQuery("SELECT i FROM Incident i WHERE i.integrationCode = :code ORDER BY i.suspectedSince", Incident.class)
                    .setParameter("code", integration).setMaxResults(1).getResultStream().findFirst().orElse(null);
        }
        boolean exposed = incident != null && incident.suspectedSince().isBefore(r.to());

        List<KeyDirectory.WindowTrade> trades = keys.tradesIn(actor, r.accountId(), r.keyId(), r.from(), r.to(), MAX_TRADES + 1);
        if (trades.size() > MAX_TRADES) {
            throw new InvalidInput(FieldError.of("from", FieldError.Code.TOO_MANY_TRADES, "more than " + MAX_TRADES + " trades in the window: narrow it or name one key", MAX_TRADES));
        }
        List<KeyDirectory.WindowTrade> anomalous = trades.stream().filter(t -> !t.rules().isEmpty()).toList();
        List<KeyDirectory.WindowTrade> disputed = anomalous.isEmpty() ? trades : anomalous;

        // addresses: used in the window, against the customer's own earlier activity and the keys' creation
        Set<String> createdFrom = new HashSet<>();
        all.stream().filter(k -> k.createdFromIp() != null && k.createdAt().isBefore(r.to())).forEach(k -> createdFrom.add(k.createdFromIp()));
        Map<String, List<KeyDirectory.WindowTrade>> byIp = new LinkedHashMap<>();
        trades.stream().filter(t -> t.sourceIp() != null).forEach(t -> byIp.computeIfAbsent(t.sourceIp(), x -> new ArrayList<>()).add(t));
        Map<String, Instant> earlier = keys.earlierUse(actor, r.accountId(), byIp.keySet(), r.from());
        List<SourceAddress> addresses = new ArrayList<>();
        for (Map.Entry<String, List<KeyDirectory.WindowTrade>> e : byIp.entrySet()) {
            List<KeyDirectory.WindowTrade> ts = e.getValue();
            Boolean inside = ts.stream().map(KeyDirectory.WindowTrade::insideAllowlist).filter(b -> b != null)
                    .reduce(Boolean::logicalOr).orElse(null);
            addresses.add(new SourceAddress(e.getKey(), ts.size(), ts.stream().filter(t -> !t.rules().isEmpty()).count(),
                    ts.get(0).tradedAt(), earlier.get(e.getKey()), createdFrom.contains(e.getKey()), inside));
        }
        addresses.sort(Comparator.comparingLong(SourceAddress::trades).reversed().thenComparing(SourceAddress::ip));
        Set<String> familiar = new HashSet<>(earlier.keySet());
        familiar.addAll(createdFrom);
        long fromFamiliar = disputed.stream().filter(t -> t.sourceIp() != null && familiar.contains(t.sourceIp())).count();
        long fromUnfamiliar = disputed.stream().filter(t -> t.sourceIp() != null && !familiar.contains(t.sourceIp())).count();
        long inside = disputed.stream().filter(t -> Boolean.TRUE.equals(t.insideAllowlist())).count();
        boolean hasAllowlist = subject.stream().allMatch(k -> !k.ipAllowlist().isEmpty());

        PatternComparison peers = null;
        if (integration != null && !anomalous.isEmpty()) {
            List<String> rules = anomalous.stream().flatMap(t -> t.rules().stream()).distinct().sorted().toList();
            KeyDirectory.PatternCounts c = keys.patternCounts(actor, integration, r.accountId(), rules, r.from(), r.to());
            // no other account at the service: nothing to compare (the smoothed lift of 0 of 0 would be an artefact)
            if (c.peerAccounts() > 0) {
                peers = PatternComparison.of(rules, c.peerAccounts(), c.peerAnomalous(), c.baseAccounts(), c.baseAnomalous());
            }
        }
        Set<String> counterparties = new TreeSet<>();
        anomalous.stream().map(KeyDirectory.WindowTrade::counterpartyAccountId)
                .filter(c -> c != null && !c.equals(r.accountId())).forEach(counterparties::add);
        long victims = keys.accountsAgainst(actor, counterparties, r.accountId(), r.from(), r.to());
        final Incident exposing = exposed ? incident : null;
        boolean predates = exposing != null && subject.stream().anyMatch(k -> k.createdAt().isBefore(exposing.suspectedSince()));

        AttributionFacts facts = new AttributionFacts(exposed ? incident.reference() : null, predates, peers,
                disputed.size(), fromUnfamiliar, fromFamiliar, hasAllowlist, inside, victims);
        AttributionScore.Assessment score = AttributionScore.assess(facts, settings.weights());

        String series = EvidenceRules.series(r);
        Integer last = em.createNamedQuery(EvidenceReport.LAST_VERSION, Integer.class).setParameter("series", series).getSingleResult();
        int version = last == null ? 1 : last + 1;
        String reference = EvidenceReference.random();
        CaseRef ticket = cases.openOrJoinSecurityCase(r.accountId(), "API_KEY_COMPROMISE",
                "API key anomalies on account " + r.accountId(), "Leak-attribution report " + reference + " (version " + version
                        + ") issued by " + actor.name() + " for " + r.from() + " to " + r.to() + ": " + score.conclusion()
                        + ", score " + score.score());
        cases.attach(actor, ticket.ticket(), "EVIDENCE", reference);

        String integrationName = integration == null ? null : keys.integration(integration).map(v -> v.name()).orElse(integration);
        IncidentView iv = incident == null ? null : incident.view(integrationName);
        EvidenceReportView view = new EvidenceReportView(reference, version, r.accountId(), r.keyId(), r.from(), r.to(),
                actor.name(), role, now, ticket.ticket(),
                subject.stream().map(k -> new KeyFacts(k.keyId(), k.label(), k.integration(), k.status().name(),
                        !k.ipAllowlist().isEmpty(), k.ipAllowlist(), k.createdAt(), k.createdFromIp(),
                        k.granted().contains(KeyPermission.WITHDRAW))).toList(),
                integration == null ? null : new IntegrationFacts(integration, integrationName),
                iv == null ? null : new IncidentFacts(iv.reference(), iv.severity().name(), iv.state().name(),
                        iv.suspectedSince(), iv.declaredAt(), exposed),
                peers, trades.size(), addresses,
                anomalous.stream().limit(EvidenceReportView.TIMELINE_MAX).map(EvidenceService::line).toList(),
                anomalous.size(), victims, score, METHOD);
        EvidenceReport report = new EvidenceReport(view, series, JSON.toJson(view));
        em.persist(report);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique (series, version): the same question is being answered at this very moment
            throw new StaleVersion("A report for the same account, key and window is being issued at the same time;"
                    + " issue it again for the next version");
        }
        audit.recordFor(r.accountId(), actor, role, "EVIDENCE_REPORT_ISSUED", ENTITY, reference, null,
                report.snapshot().toJson(), "version " + version + " of " + series);
        return view;
    }

    public EvidenceReportView get(Actor actor, String reference) {
        access.require(actor, Permission.EVIDENCE_READ);
        return read(find(reference).orElseThrow(() -> new NotFound(ENTITY, reference)));
    }

    public List<EvidenceReportView.Row> forAccount(Actor actor, String accountId) {
        access.require(actor, Permission.EVIDENCE_READ);
        if (accountId == null || accountId.isBlank()) {
            throw new InvalidInput(FieldError.required("accountId"));
        }
        AccountIdentifier.problem("accountId", accountId).ifPresent(e -> {
            throw new InvalidInput(e);
        });
        return em.createNamedQuery(EvidenceReport.FOR_ACCOUNT, EvidenceReport.class).setParameter("account", accountId)
                .setMaxResults(200).getResultStream().map(EvidenceReport::row).toList();
    }

    public Optional<EvidenceReport> find(String reference) {
        if (!EvidenceReference.looksLikeOne(reference)) {
            return Optional.empty();
        }
        return em.createNamedQuery(EvidenceReport.BY_REFERENCE, EvidenceReport.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    public Optional<EvidenceReport> latest(String accountId) {
        return em.createNamedQuery(EvidenceReport.FOR_ACCOUNT, EvidenceReport.class).setParameter("account", accountId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    static EvidenceReportView read(EvidenceReport r) {
        return JSON.fromJson(r.content(), EvidenceReportView.class);
    }

    private Optional<Incident> incidentOf(String integration, Instant before) {
        return em.createQuery("SELECT i FROM Incident i WHERE i.integrationCode = :code AND i.suspectedSince < :before"
                        + " ORDER BY i.suspectedSince", Incident.class)
                .setParameter("code", integration).setParameter("before", before).setMaxResults(1).getResultStream().findFirst();
    }

    private static TradeLine line(KeyDirectory.WindowTrade t) {
        BigDecimal premium = t.price().subtract(t.referencePrice()).multiply(BigDecimal.valueOf(100))
                .divide(t.referencePrice(), 1, RoundingMode.HALF_UP);
        return new TradeLine(t.tradedAt(), t.keyId(), t.symbol(), t.side(), t.quantity(), t.price(), t.referencePrice(),
                premium, t.sourceIp(), t.counterpartyAccountId(), t.rules());
    }
}
