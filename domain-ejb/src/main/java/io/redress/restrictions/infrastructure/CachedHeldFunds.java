package io.redress.restrictions.infrastructure;

import io.redress.restrictions.api.HeldFunds;
import io.redress.shared.application.Committed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The funds held on accounts as a WITHDRAW decision reads them: from this instance's decision cache while it is current,
 * from whichever context implements {@link HeldFunds} (screening) otherwise, and then kept. It stays right the way the
 * standings do: the database announces every change of a hold in force on the standings' channel (a trigger on the
 * screening's table), and the screening's writer answers only after the commit wait, so the first WITHDRAW decision
 * after a freeze lists it on every instance. Without a running feed (H2, or the cache switched off) every read goes
 * to the implementation, as before.
 * <p>
 * The {@link HeldFunds} the decision service is given; the screening's own is the {@link Committed} one (a
 * plain bean holding it, not a decorator: see {@link CachedKeyCheck}).
 */
@ApplicationScoped
public class CachedHeldFunds implements HeldFunds {

    @Inject
    @Committed
    HeldFunds committed;
    @Inject
    CachedAccountStandings standings;

    @Override
    public Map<String, List<Held>> heldOn(Collection<String> accountIds) {
        StandingCache cache = standings.cache();
        Map<String, List<Held>> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : accountIds) {
            List<Held> known = cache.getHeld(id);
            if (known == null) {
                missing.add(id);
            } else if (!known.isEmpty()) {
                out.put(id, known);
            }
        }
        if (!missing.isEmpty()) {
            long mark = cache.mark();
            Map<String, List<Held>> read = committed.heldOn(missing);
            for (String id : missing) {
                List<Held> funds = read.getOrDefault(id, List.of());
                cache.putHeld(mark, id, funds);
                if (!funds.isEmpty()) {
                    out.put(id, funds);
                }
            }
        }
        return out;
    }
}
