package io.redress.incidents.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.apikeys.api.ApiKeyView;
import io.redress.apikeys.api.IntegrationView;
import io.redress.apikeys.api.KeyDirectory;
import io.redress.apikeys.api.KeyStatus;
import io.redress.cases.api.CaseRef;
import io.redress.cases.api.CaseSummary;
import io.redress.cases.api.CaseTerms;
import io.redress.cases.api.Cases;
import io.redress.cases.api.NewCase;
import io.redress.cases.api.SecurityCase;
import io.redress.cases.api.TicketNumber;
import io.redress.jobs.api.JobItem;
import io.redress.jobs.api.JobRun;
import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.messaging.api.CustomerMessagesRequested;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.shared.infrastructure.CommitWait;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bulk action's work, against fakes of the registry, the cases and the outbox: its pages, and what each item does. */
class IncidentJobWorkTest {

    private final Actor requester = new Actor("sec-1", EnumSet.of(Role.SECURITY), "test");
    private final List<String> revoked = new ArrayList<>();
    private final List<List<String>> revokedTogether = new ArrayList<>();
    private final List<String> linked = new ArrayList<>();
    private final List<CustomerMessageRequested> sent = new ArrayList<>();
    private final List<List<String>> casesAsked = new ArrayList<>();
    /** Whether each call to the cases asked them to acknowledge the cases they open. */
    private final List<Boolean> acknowledgementsAsked = new ArrayList<>();
    private final List<Integer> letterBatches = new ArrayList<>();
    private IncidentJobWork work;

    /** Keys 1..5 of accounts A, A, B, C, C. */
    private final class FakeKeys implements KeyDirectory {
        final String[] accounts = {"A", "A", "B", "C", "C"};

        // the evidence's questions: not asked by a bulk job
        @Override
        public List<ApiKeyView> keysOf(Actor actor, String accountId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WindowTrade> tradesIn(Actor actor, String accountId, String keyId, Instant from, Instant to, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Instant> earlierUse(Actor actor, String accountId, java.util.Collection<String> ips, Instant before) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PatternCounts patternCounts(Actor actor, String code, String excluded, java.util.Collection<String> rules,
                                           Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long accountsAgainst(Actor actor, java.util.Collection<String> parties, String excluded, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LinkedKey> linkedTo(Actor actor, String code, Instant before, boolean noAllowlist, long afterId, int limit) {
            List<LinkedKey> out = new ArrayList<>();
            for (int id = (int) afterId + 1; id <= accounts.length && out.size() < limit; id++) {
                out.add(new LinkedKey(id, "k" + id, accounts[id - 1], KeyStatus.ACTIVE, false, false, Instant.EPOCH));
            }
            return out;
        }

        @Override
        public ApiKeyView revokeIfActive(Actor actor, String keyId, String reason) {
            revoked.add(keyId + " by " + actor.name() + ": " + reason);
            return new ApiKeyView(keyId, "A", null, Set.of(), Set.of(), List.of(), "bot", null, Instant.EPOCH, null, null,
                    KeyStatus.REVOKED, actor.name(), Instant.EPOCH, reason, null, Instant.EPOCH, Instant.EPOCH, 2);
        }

        /** k5 was revoked before the job by someone else; the others are active. */
        @Override
        public List<ApiKeyView> revokeAllIfActive(Actor actor, List<String> keyIds, String reason) {
            revokedTogether.add(List.copyOf(keyIds));
            return keyIds.stream().map(keyId -> "k5".equals(keyId)
                    ? new ApiKeyView(keyId, "C", null, Set.of(), Set.of(), List.of(), "bot", null, Instant.EPOCH, null, null,
                            KeyStatus.REVOKED, "sec-9", Instant.EPOCH, "lost phone", null, Instant.EPOCH, Instant.EPOCH, 2)
                    : revokeIfActive(actor, keyId, reason)).toList();
        }

        @Override
        public Optional<IntegrationView> integration(String code) {
            return Optional.of(new IntegrationView(1, code, "TradeBot Pro", Instant.EPOCH, "admin", null, null, 0));
        }

        @Override
        public Exposure exposure(Actor actor, String code, Instant since, int top) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Scope scope(Actor actor, String code, Instant before, boolean noAllowlist) {
            return new Scope(5, 3, 5, 3);
        }

        @Override
        public List<String> accountsLinkedTo(Actor actor, String code, Instant before, boolean noAllowlist, String after, int limit) {
            return List.of("A", "B", "C").stream().filter(a -> after == null || a.compareTo(after) > 0).limit(limit).toList();
        }
    }

    private final class FakeCases implements Cases {
        final Map<String, String> tickets = new HashMap<>();

        @Override
        public CaseRef openOrJoinSecurityCase(String accountId, String subcategory, String subject, String finding) {
            boolean opened = !tickets.containsKey(accountId);
            tickets.putIfAbsent(accountId, "RD-2222-" + accountId.repeat(4));
            return new CaseRef(tickets.get(accountId), opened);
        }

        /** Accounts whose name starts with J already have an account-security case, written in Japanese. */
        @Override
        public void holdSecurityCases(java.util.Collection<String> accountIds) {
            // one job thread in these tests: nothing to wait for
        }

        @Override
        public Map<String, SecurityCase> openOrJoinSecurityCases(Actor actor, List<String> accountIds, String subcategory,
                                                                 String subject, String finding, String linkKind, String linkTarget,
                                                                 boolean acknowledge) {
            casesAsked.add(List.copyOf(accountIds));
            acknowledgementsAsked.add(acknowledge);
            Map<String, SecurityCase> out = new java.util.LinkedHashMap<>();
            for (String a : accountIds) {
                if (a.startsWith("J")) {
                    out.put(a, new SecurityCase(a, "RD-3333-JJJJ", false, "ja"));
                } else {
                    CaseRef ref = openOrJoinSecurityCase(a, subcategory, subject, finding);
                    out.put(a, new SecurityCase(a, ref.ticket(), ref.opened(), terms(ref.ticket()).orElseThrow().language()));
                }
                if (linkKind != null) {
                    attach(actor, out.get(a).ticket(), linkKind, linkTarget);
                }
            }
            return out;
        }

        @Override
        public void attach(Actor actor, String ticket, String kind, String target) {
            linked.add(ticket + " " + kind + " " + target);
        }

        @Override
        public Optional<CaseTerms> terms(String ticket) {
            return Optional.of(new CaseTerms(ticket, null, ticket.endsWith("BBBB") ? "fr" : "en", Instant.EPOCH));
        }

        @Override
        public CaseSummary open(Actor actor, String role, NewCase request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseTerms openChecked(Actor actor, NewCase request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void notifyCustomer(Actor actor, String role, String ticket, String templateCode, String message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CaseSummary> findLive(TicketNumber ticket) {
            return Optional.empty();
        }

        @Override
        public List<CaseSummary> openForAccount(String accountId) {
            return List.of();
        }

        @Override
        public Optional<String> ticketOf(long caseId) {
            return Optional.empty();
        }

        @Override
        public java.util.Map<Long, String> ticketsOf(java.util.Collection<Long> caseIds) {
            return java.util.Map.of();
        }
    }

    private final class Outbox implements Event<CustomerMessagesRequested> {
        @Override
        public void fire(CustomerMessagesRequested event) {
            letterBatches.add(event.requests().size());
            sent.addAll(event.requests());
        }

        @Override
        public <U extends CustomerMessagesRequested> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CustomerMessagesRequested> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<CustomerMessagesRequested> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends CustomerMessagesRequested> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CustomerMessagesRequested> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    @BeforeEach
    void wire() {
        work = new IncidentJobWork();
        work.keys = new FakeKeys();
        work.cases = new FakeCases();
        work.letters = new Outbox();
        work.commitWait = new CommitWait(); // off, as without a decision cache feed
    }

    private JobRun run(boolean notify, boolean cases) {
        return new JobRun(7, IncidentJobWork.KIND, "incident:INC-2222-3333/action:50", Map.of("incident", "INC-2222-3333",
                "action", "50", "integration", "tradebot-pro", "createdBefore", "", "withoutAllowlistOnly", "false",
                "notifyCustomers", Boolean.toString(notify), "openCases", Boolean.toString(cases), "approvedBy", "sup-2"),
                requester);
    }

    private List<JobItem> all(JobRun run, int page) {
        List<JobItem> items = new ArrayList<>();
        String cursor = null;
        while (true) {
            List<JobItem> next = work.next(run, cursor, page);
            if (next.isEmpty()) {
                return items;
            }
            items.addAll(next);
            cursor = next.get(next.size() - 1).cursor();
        }
    }

    @Test
    void itPagesThroughEveryKeyThenEveryAccountWhateverThePageSize() {
        List<String> expected = List.of("key:k1", "key:k2", "key:k3", "key:k4", "key:k5", "account:A", "account:B", "account:C");
        for (int page : new int[] {1, 2, 3, 50}) {
            assertEquals(expected, all(run(true, true), page).stream().map(JobItem::key).toList(), "page " + page);
        }
        assertEquals(8, work.count(run(true, false)));
    }

    @Test
    void everyItemOfAChunkIsAppliedTogether() {
        List<JobItem> items = all(run(true, true), 50);
        assertEquals(items, items.stream().filter(work::together).toList());
    }

    @Test
    void theKeysRunInTwoLanesAtMostAndTheAccountsInAsManyAsAllowed() {
        List<JobItem> items = all(run(true, true), 50);
        int keys = work.phase(items.get(0));
        int accounts = work.phase(items.get(items.size() - 1));
        assertEquals(2, work.lanes(keys, 3));
        assertEquals(2, work.lanes(keys, 8));
        assertEquals(1, work.lanes(keys, 1));
        assertEquals(3, work.lanes(accounts, 3));
        assertEquals(8, work.lanes(accounts, 8));
        assertEquals(1, work.lanes(accounts, 1));
    }

    @Test
    void aChunksAccountsReachTheCasesInOneCallAndTheOutboxInOneBatchEachInTheLanguageOfItsCase() {
        List<JobItem> chunk = List.of(new JobItem("account:A", "a:A"), new JobItem("account:B", "a:B"),
                new JobItem("account:JX", "a:JX"));
        Map<String, String> notes = work.applyAll(run(true, true), chunk);
        assertEquals(List.of(List.of("A", "B", "JX")), casesAsked, "one call for the chunk's accounts");
        assertEquals(List.of(3), letterBatches, "one request to the outbox for the chunk's letters");
        assertEquals(List.of("RD-2222-AAAA INCIDENT INC-2222-3333", "RD-2222-BBBB INCIDENT INC-2222-3333",
                "RD-3333-JJJJ INCIDENT INC-2222-3333"), linked);
        assertEquals("case joined RD-3333-JJJJ; notified (ja)", notes.get("account:JX"));
        assertEquals(List.of("en", "fr", "ja"), sent.stream().map(CustomerMessageRequested::language).toList());
        assertTrue(sent.get(2).body().contains("RD-3333-JJJJ"), "the letter quotes the case it joined");
        assertEquals(3, sent.stream().map(CustomerMessageRequested::requestKey).distinct().count(), "a key per account");
        assertEquals(List.of(false), acknowledgementsAsked, "the letter quotes the case: no acknowledgement besides it");
    }

    @Test
    void withCasesButNoNotificationTheNewCasesAcknowledgeThemselves() {
        Map<String, String> notes = work.applyAll(run(false, true), List.of(new JobItem("account:A", "a:A")));
        assertEquals("case opened RD-2222-AAAA", notes.get("account:A"));
        assertEquals(List.of(true), acknowledgementsAsked, "the customer learns of the case from its acknowledgement");
        assertEquals(List.of(), sent);
    }

    @Test
    void withNotificationButNoCasesTheLettersQuoteNoTicketAndNoCaseIsOpened() {
        Map<String, String> notes = work.applyAll(run(true, false), List.of(new JobItem("account:A", "a:A")));
        assertEquals("notified (en)", notes.get("account:A"));
        assertEquals(List.of(), casesAsked);
        assertTrue(!sent.get(0).body().contains("RD-"));
    }

    @Test
    void withoutNotificationOrCasesOnlyTheKeysAreItems() {
        assertEquals(5, all(run(false, false), 2).size());
        assertEquals(5, work.count(run(false, false)));
    }

    @Test
    void aKeyIsRevokedInTheRequestersNameSayingWhoApproved() {
        assertEquals("revoked", work.apply(run(true, true), new JobItem("key:k3", "k:3")));
        assertEquals(List.of("k3 by sec-1: Third-party incident INC-2222-3333 (bulk action 50, approved by sup-2)"), revoked);
    }

    @Test
    void aChunkRevokesItsKeysTogetherThenDealsWithItsAccountsNotingEachItem() {
        List<JobItem> chunk = List.of(new JobItem("key:k4", "k:4"), new JobItem("key:k5", "k:5"),
                new JobItem("account:A", "a:A"), new JobItem("account:B", "a:B"));
        Map<String, String> notes = work.applyAll(run(true, true), chunk);
        assertEquals(List.of(List.of("k4", "k5")), revokedTogether, "one call for the chunk's keys");
        assertEquals(List.of("key:k4", "key:k5", "account:A", "account:B"), List.copyOf(notes.keySet()));
        assertEquals("revoked", notes.get("key:k4"));
        assertEquals("was REVOKED", notes.get("key:k5"), "a key revoked by someone else is not this action's");
        assertEquals("case opened RD-2222-AAAA; notified (en)", notes.get("account:A"));
        assertEquals("case opened RD-2222-BBBB; notified (fr)", notes.get("account:B"));
        assertEquals(List.of("A", "B"), sent.stream().map(CustomerMessageRequested::accountId).toList());
    }

    @Test
    void anAccountGetsItsCaseLinkedToTheIncidentAndOneMessageInItsLanguage() {
        String note = work.apply(run(true, true), new JobItem("account:B", "a:B"));
        assertEquals("case opened RD-2222-BBBB; notified (fr)", note);
        assertEquals(List.of("RD-2222-BBBB INCIDENT INC-2222-3333"), linked);
        CustomerMessageRequested m = sent.get(0);
        assertEquals("B", m.accountId());
        assertEquals("incident:INC-2222-3333", m.reference());
        assertEquals("fr", m.language());
        assertTrue(m.body().contains("RD-2222-BBBB"));
        assertTrue(m.requestKey().length() <= 64);

        work.apply(run(true, true), new JobItem("account:B", "a:B"));
        assertEquals(m.requestKey(), sent.get(1).requestKey(), "the same action and account ask with the same key:"
                + " the outbox queues it once");
    }
}
