package io.redress.restrictions.infrastructure;

import io.redress.restrictions.api.KeyCheck;
import io.redress.shared.application.Committed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * API keys as a decision reads them: from this instance's decision cache while it is current, from the registry
 * (whichever context implements {@link KeyCheck}) otherwise, and then kept. It stays right the way the standings do:
 * the database announces every change of what a decision reads of a key (migration V32's trigger) on the standings'
 * channel, and the registry's writers answer only after the commit wait, so the first decision after a revocation is
 * denied on every instance. A key's last use is not announced (it moves at every trade): a {@code KEY_EXPIRED} from
 * the kept facts of a key still active is asked of the registry again (see {@link KeyCheck}). Unknown keys are not
 * kept. Without a running feed (H2, or the cache switched off) every question goes to the registry, as before.
 * <p>
 * The {@link KeyCheck} the decision service is given; the registry's own is the {@link Committed} one. A plain
 * bean holding the registry's, not a CDI decorator around it: a decorator was invoked through Weld's decorator stack
 * and reflection at every decision, some 6 % of an API_TRADE decision's CPU.
 */
@ApplicationScoped
public class CachedKeyCheck implements KeyCheck {

    @Inject
    @Committed
    KeyCheck committed;
    @Inject
    CachedAccountStandings standings;
    @Inject
    Clock clock;

    @Override
    public List<Refusal> check(Question q) {
        return checkAll(List.of(q)).get(0);
    }

    @Override
    public List<List<Refusal>> checkAll(List<Question> questions) {
        StandingCache cache = standings.cache();
        Instant now = clock.instant();
        List<List<Refusal>> out = new ArrayList<>(questions.size());
        Map<Integer, Question> again = null;
        for (Question q : questions) {
            Facts kept = cache.getKey(q.keyId());
            List<Refusal> answer = kept == null ? null : kept.refusals(q, now);
            if (answer == null || !kept.settled() && answer.contains(Refusal.KEY_EXPIRED)) {
                again = again == null ? new HashMap<>() : again;
                again.put(out.size(), q);
            }
            out.add(answer);
        }
        if (again != null) {
            Map<String, Facts> read = read(again.values().stream().map(Question::keyId).distinct().toList());
            for (Map.Entry<Integer, Question> e : again.entrySet()) {
                Facts key = read.get(e.getValue().keyId());
                out.set(e.getKey(), key == null ? KeyCheck.unknown() : key.refusals(e.getValue(), now));
            }
        }
        return out;
    }

    /** From the registry, each key found kept unless it was announced while it was read. */
    @Override
    public Map<String, Facts> read(Collection<String> keyIds) {
        standings.cache().keysRead(keyIds.size());
        return keep(keyIds);
    }

    /**
     * The feed's refresher: keys the cache held when their change was announced, read again as {@link #read} reads
     * them, before a decision asks (not counted as decisions' reads).
     */
    public void refresh(Collection<String> keyIds) {
        standings.cache().keysRefreshed(keep(keyIds).size());
    }

    private Map<String, Facts> keep(Collection<String> keyIds) {
        StandingCache cache = standings.cache();
        long mark = cache.mark();
        Map<String, Facts> read = committed.read(keyIds);
        read.values().forEach(k -> cache.putKey(mark, k));
        return read;
    }
}
