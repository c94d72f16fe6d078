package io.redress.apikeys.application;

import io.redress.alerts.api.AlertRaised;
import io.redress.apikeys.api.AnomalyView;
import io.redress.apikeys.api.TradeIntakeResult;
import io.redress.apikeys.api.TradeReport;
import io.redress.apikeys.domain.Anomaly;
import io.redress.apikeys.domain.AnomalyThresholds;
import io.redress.apikeys.domain.Integration;
import io.redress.apikeys.domain.IpAllowlist;
import io.redress.apikeys.domain.KeyAddresses;
import io.redress.apikeys.domain.KeyAnomaly;
import io.redress.apikeys.domain.KeyTradeCounts;
import io.redress.apikeys.domain.KeyUses;
import io.redress.apikeys.domain.LeakSignature;
import io.redress.apikeys.domain.OutsideAllowlist;
import io.redress.apikeys.domain.PumpPattern;
import io.redress.apikeys.domain.TradeBurst;
import io.redress.apikeys.domain.TradeEvent;
import io.redress.apikeys.domain.TradeFacts;
import io.redress.apikeys.domain.TradeKeys;
import io.redress.apikeys.domain.TradeKeys.TradeKey;
import io.redress.apikeys.domain.TradeLog;
import io.redress.apikeys.domain.TradeRules;
import io.redress.apikeys.domain.UnfamiliarIp;
import io.redress.audit.application.AuditTrail;
import io.redress.cases.api.CaseRef;
import io.redress.cases.api.Cases;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * API trade events from the exchange, up to 1,000 a call: every row checked (bad rows reported by index, good rows
 * kept, in one statement on PostgreSQL), then the anomaly rules run over the kept rows with the keys' history read in a
 * few grouped queries. Each anomaly is kept with its evidence, raises an alert for SECURITY and goes to the account's
 * one account-security case.
 */
@Stateless
public class TradeIntake {

    public static final String ENTITY = "ApiTradeEvents";
    private static final KeyTradeCounts.Counts NONE = new KeyTradeCounts.Counts(0, 0);

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    KeySettings settings;
    @Inject
    Cases cases;
    @Inject
    Event<AlertRaised> alerts;
    @Inject
    Clock clock;
    @Inject
    KeyUses keyUses;
    @Inject
    KeyAddresses addresses;
    @Inject
    KeyTradeCounts tradeCounts;
    @Inject
    TradeLog tradeLog;
    @Inject
    TradeKeys tradeKeys;

    public TradeIntakeResult receive(Actor actor, List<TradeReport> reports) {
        String role = access.require(actor, Permission.TRADE_EVENT_RECEIVE);
        if (reports.size() > TradeRules.MAX_BATCH) {
            throw new InvalidInput("events", "at most " + TradeRules.MAX_BATCH + " events per call");
        }
        Instant now = clock.instant();
        List<TradeIntakeResult.RejectedRow> rejected = new ArrayList<>();
        TradeFacts[] facts = new TradeFacts[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            List<FieldError> errors = new ArrayList<>();
            facts[i] = TradeRules.check(reports.get(i), "events[" + i + "].", now, errors);
            if (!errors.isEmpty()) {
                rejected.add(new TradeIntakeResult.RejectedRow(i, errors));
            }
        }
        Map<String, TradeKey> keys = keys(facts);
        for (int i = 0; i < facts.length; i++) {
            TradeFacts t = facts[i];
            if (t == null) {
                continue;
            }
            TradeKey k = keys.get(t.keyId());
            FieldError error = k == null ? new FieldError("events[" + i + "].keyId", "no key " + t.keyId() + " in the registry (PUT /api/v1/api-keys/" + t.keyId() + " first)")
                    : !k.accountId().equals(t.accountId()) ? new FieldError("events[" + i + "].accountId", "key " + t.keyId() + " belongs to another account")
                    : null;
            if (error != null) {
                rejected.add(new TradeIntakeResult.RejectedRow(i, List.of(error)));
                facts[i] = null;
            }
        }
        rejected.sort(Comparator.comparingInt(TradeIntakeResult.RejectedRow::index));
        List<Integer> alreadyKept = dropAlreadyKept(facts);

        List<TradeFacts> kept = new ArrayList<>();
        for (TradeFacts t : facts) {
            if (t != null) {
                kept.add(t);
            }
        }
        if (kept.isEmpty()) {
            return new TradeIntakeResult(0, rejected, List.of(), alreadyKept);
        }
        kept.sort(Comparator.comparing(TradeFacts::tradedAt));
        AnomalyThresholds th = settings.thresholds();
        Set<String> keyIds = new HashSet<>();
        kept.forEach(t -> keyIds.add(t.keyId()));
        // the keys' history, read before this batch is written
        Instant anchor = kept.get(kept.size() - 1).tradedAt();
        History history = history(keyIds, anchor, th);
        Map<String, Set<String>> seenIps = new HashMap<>();

        // by identity: two rows alike in every field are two trades
        long[] ids = tradeLog.append(kept, now);
        Map<TradeFacts, Long> stored = new IdentityHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            stored.put(kept.get(i), ids[i]);
        }

        Map<Long, String> codes = new HashMap<>();
        List<Found> found = new ArrayList<>();
        Map<String, TradeFacts> lastOfKey = new LinkedHashMap<>();
        Map<String, Map<String, Instant>> newAddresses = new HashMap<>();
        Map<String, IpAllowlist> allowlists = new HashMap<>();
        for (TradeFacts t : kept) {
            TradeKey k = keys.get(t.keyId());
            PumpPattern.check(t, th).ifPresent(a -> found.add(new Found(a, t, k)));
            // parsed once per key of the batch, not once per trade
            OutsideAllowlist.check(t, allowlists.computeIfAbsent(t.keyId(), x -> k.allowlist())).ifPresent(a -> found.add(new Found(a, t, k)));
            Set<String> traded = history.seenIps().getOrDefault(t.keyId(), Set.of());
            Set<String> seen = seenIps.computeIfAbsent(t.keyId(), x -> new HashSet<>(traded));
            if (k.createdFromIp() != null) {
                seen.add(k.createdFromIp());
            }
            UnfamiliarIp.check(t, seen).ifPresent(a -> found.add(new Found(a, t, k)));
            if (t.sourceIp() != null) {
                seen.add(t.sourceIp());
                // the address the key was created from is known without being stored (the rule reads it from the key;
                // the registry stores it once the exchange names another): a key trading from where it was made, the
                // common case, stores nothing
                if (!traded.contains(t.sourceIp()) && !t.sourceIp().equals(k.createdFromIp())) {
                    newAddresses.computeIfAbsent(t.keyId(), x -> new HashMap<>()).putIfAbsent(t.sourceIp(), t.tradedAt());
                }
            }
            lastOfKey.put(t.keyId(), t);
        }
        Map<String, Long> batchInWindow = new HashMap<>();
        Instant windowStart = anchor.minus(th.burstWindow());
        for (TradeFacts t : kept) {
            if (t.tradedAt().isAfter(windowStart)) {
                batchInWindow.merge(t.keyId(), 1L, Long::sum);
            }
        }
        for (TradeFacts t : lastOfKey.values()) {
            KeyTradeCounts.Counts before = history.counts().getOrDefault(t.keyId(), NONE);
            TradeBurst.check(t, before.inWindow() + batchInWindow.getOrDefault(t.keyId(), 0L), before.inBaseline(), th)
                    .ifPresent(a -> found.add(new Found(a, t, keys.get(t.keyId()))));
        }
        leakSignatures(kept, keys, codes, th, found);

        // locks order: the findings' accounts (all in one step: a concurrent batch with findings on one of them waits
        // here, holding no key row, until this one commits, then finds its alerts and case instead of failing on the
        // alert's uniqueness or opening a second case; a key's alerts are about its account), then key rows (sorted),
        // then the audit chain (alerts, cases, the audit): as the registry's writers
        if (!found.isEmpty()) {
            cases.holdSecurityCases(found.stream().map(f -> f.trade().accountId()).distinct().toList());
        }
        // only the keys whose last use moves by more than a minute (most of a busy key's trades move nothing)
        Map<String, Instant> lastUse = new HashMap<>();
        for (TradeFacts t : lastOfKey.values()) {
            if (KeyUses.moves(keys.get(t.keyId()).lastUsedAt(), t.tradedAt())) {
                lastUse.put(t.keyId(), t.tradedAt());
            }
        }
        keyUses.usedAt(lastUse);
        addresses.remember(newAddresses);
        List<AnomalyView> views = report(found, stored, codes, now);
        audit.record(actor, role, "API_TRADES_RECEIVED", ENTITY, Integer.toString(kept.size()), null, null,
                kept.size() + " kept, " + rejected.size() + " refused, " + views.size() + " anomalies");
        return new TradeIntakeResult(kept.size(), rejected, views, alreadyKept);
    }

    private record Found(Anomaly anomaly, TradeFacts trade, TradeKey key) {
    }

    /** Per integration and illiquid symbol bought in this batch: how many accounts with keys there bought it in the window. */
    private void leakSignatures(List<TradeFacts> kept, Map<String, TradeKey> keys, Map<Long, String> codes,
                                AnomalyThresholds th, List<Found> found) {
        Map<String, List<TradeFacts>> groups = new LinkedHashMap<>();
        for (TradeFacts t : kept) {
            TradeKey k = keys.get(t.keyId());
            if (k.integrationId() != null && t.side() == TradeEvent.Side.BUY && t.volume24h().compareTo(th.illiquidVolume()) < 0) {
                groups.computeIfAbsent(k.integrationId() + " " + t.symbol(), x -> new ArrayList<>()).add(t);
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        Map<String, Set<String>> buyers = recentBuyers(groups, keys, th);
        for (Map.Entry<String, List<TradeFacts>> g : groups.entrySet()) {
            List<TradeFacts> group = g.getValue();
            TradeFacts last = group.get(group.size() - 1);
            Long integrationId = keys.get(last.keyId()).integrationId();
            long accounts = buyers.getOrDefault(g.getKey(), Set.of()).size();
            String code = codes.computeIfAbsent(integrationId, this::codeOf);
            Set<String> flagged = new HashSet<>();
            for (TradeFacts t : group) {
                if (flagged.add(t.accountId())) {
                    LeakSignature.check(t, code, accounts, th).ifPresent(a -> found.add(new Found(a, t, keys.get(t.keyId()))));
                }
            }
        }
    }

    /**
     * Per integration and symbol of the groups: the accounts with keys of that integration that bought the symbol
     * illiquid within the leak window before the group's last trade (this batch included: it is written), in one
     * query over the widest of the groups' windows (it was one query per group).
     */
    private Map<String, Set<String>> recentBuyers(Map<String, List<TradeFacts>> groups, Map<String, TradeKey> keys,
                                                  AnomalyThresholds th) {
        Set<Long> integrations = new HashSet<>();
        Set<String> symbols = new HashSet<>();
        Map<String, Instant> lastOfGroup = new HashMap<>();
        Instant from = null;
        Instant to = null;
        for (Map.Entry<String, List<TradeFacts>> g : groups.entrySet()) {
            TradeFacts last = g.getValue().get(g.getValue().size() - 1);
            integrations.add(keys.get(last.keyId()).integrationId());
            symbols.add(last.symbol());
            lastOfGroup.put(g.getKey(), last.tradedAt());
            Instant start = last.tradedAt().minus(th.leakWindow());
            from = from == null || start.isBefore(from) ? start : from;
            to = to == null || last.tradedAt().isAfter(to) ? last.tradedAt() : to;
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (TradeLog.Buy buy : tradeLog.illiquidBuys(integrations, symbols, th.illiquidVolume(), from, to)) {
            String group = buy.integrationId() + " " + buy.symbol();
            Instant last = lastOfGroup.get(group);
            if (last != null && buy.tradedAt().isAfter(last.minus(th.leakWindow())) && !buy.tradedAt().isAfter(last)) {
                out.computeIfAbsent(group, x -> new HashSet<>()).add(buy.accountId());
            }
        }
        return out;
    }

    /**
     * Keeps each anomaly, raises its alert (once per rule, key and day), and sends each account's findings to its case;
     * the caller holds the accounts' cases.
     */
    private List<AnomalyView> report(List<Found> found, Map<TradeFacts, Long> stored, Map<Long, String> codes, Instant now) {
        Map<String, List<KeyAnomaly>> byAccount = new LinkedHashMap<>();
        Map<String, StringBuilder> findings = new LinkedHashMap<>();
        List<Object[]> pending = new ArrayList<>();
        // one alert per kind and subject (a key's many trades of one rule on one day): the first anomaly's
        Map<String, AlertRaised> raised = new LinkedHashMap<>();
        for (Found f : found) {
            KeyAnomaly a = new KeyAnomaly(f.anomaly(), f.trade(), stored.get(f.trade()), f.key().integrationId(), now);
            em.persist(a);
            byAccount.computeIfAbsent(f.trade().accountId(), x -> new ArrayList<>()).add(a);
            findings.computeIfAbsent(f.trade().accountId(), x -> new StringBuilder()).append("- ").append(f.anomaly().rule())
                    .append(" (key ").append(f.trade().keyId()).append(", ").append(f.trade().tradedAt()).append("): ")
                    .append(f.anomaly().evidence()).append('\n');
            boolean critical = f.anomaly().rule() == Anomaly.Kind.PUMP_PATTERN || f.anomaly().rule() == Anomaly.Kind.LEAK_SIGNATURE
                    || f.anomaly().rule() == Anomaly.Kind.OUTSIDE_ALLOWLIST;
            AlertRaised alert = new AlertRaised(f.anomaly().rule().alertKind(),
                    critical ? AlertRaised.Severity.CRITICAL : AlertRaised.Severity.WARNING, f.trade().accountId(),
                    "key " + f.trade().keyId() + " " + f.trade().tradedAt().atOffset(ZoneOffset.UTC).toLocalDate(), Role.SECURITY,
                    shorten("API key " + f.trade().keyId() + " of " + f.trade().accountId() + ": " + f.anomaly().evidence(), 2000));
            raised.putIfAbsent(alert.kind() + "\n" + alert.subject(), alert);
            pending.add(new Object[] {f, a});
        }
        raised.values().forEach(alerts::fire);
        Map<String, String> tickets = new HashMap<>();
        for (Map.Entry<String, StringBuilder> e : findings.entrySet()) {
            CaseRef ref = cases.openOrJoinSecurityCase(e.getKey(), "API_KEY_COMPROMISE",
                    "API key anomalies on account " + e.getKey(), "Anomalies found in the exchange's API trade events:\n" + e.getValue());
            tickets.put(e.getKey(), ref.ticket());
            byAccount.get(e.getKey()).forEach(a -> a.sentToCase(ref.ticket()));
        }
        List<AnomalyView> out = new ArrayList<>();
        for (Object[] p : pending) {
            Found f = (Found) p[0];
            out.add(new AnomalyView(f.anomaly().rule().name(), f.trade().keyId(), f.trade().accountId(), f.trade().symbol(),
                    f.anomaly().evidence(), f.trade().tradedAt(), tickets.get(f.trade().accountId())));
        }
        return out;
    }

    /** The batch's keys, as plain values (no entities: the batch changes no key through JPA). */
    private Map<String, TradeKey> keys(TradeFacts[] facts) {
        Set<String> ids = new HashSet<>();
        for (TradeFacts t : facts) {
            if (t != null) {
                ids.add(t.keyId());
            }
        }
        return tradeKeys.read(ids);
    }

    /** What the rules need of the keys' past: the addresses each key traded from and its trades in the burst's window and baseline. */
    private record History(Map<String, Set<String>> seenIps, Map<String, KeyTradeCounts.Counts> counts) {
    }

    /** The keys' known addresses (their own table, by primary key) and their burst counts (one index probe per key). */
    /**
     * The good rows whose key already has a trade with their id, kept by an earlier call or earlier in this batch: set
     * to null (not kept, not judged again) and their indexes answered. Two calls sending one id at once both find it
     * new; the index on (trade id, key) refuses the second's insert (409: sent again, it is then found here).
     */
    private List<Integer> dropAlreadyKept(TradeFacts[] facts) {
        List<TradeLog.TradeRef> refs = new ArrayList<>();
        for (TradeFacts t : facts) {
            if (t != null && t.tradeId() != null) {
                refs.add(new TradeLog.TradeRef(t.keyId(), t.tradeId()));
            }
        }
        if (refs.isEmpty()) {
            return List.of();
        }
        Set<TradeLog.TradeRef> seen = new HashSet<>(tradeLog.kept(refs));
        List<Integer> dropped = new ArrayList<>();
        for (int i = 0; i < facts.length; i++) {
            TradeFacts t = facts[i];
            if (t != null && t.tradeId() != null && !seen.add(new TradeLog.TradeRef(t.keyId(), t.tradeId()))) {
                facts[i] = null;
                dropped.add(i);
            }
        }
        return dropped;
    }

    private History history(Set<String> keyIds, Instant anchor, AnomalyThresholds th) {
        Instant windowStart = anchor.minus(th.burstWindow());
        return new History(addresses.known(keyIds),
                tradeCounts.count(keyIds, windowStart.minus(th.burstBaseline()), windowStart, anchor));
    }

    private String codeOf(Long integrationId) {
        Integration i = em.find(Integration.class, integrationId);
        return i == null ? "integration " + integrationId : i.code();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
