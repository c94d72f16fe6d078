package io.redress.screening.application;

import io.redress.screening.domain.FlaggedAddress;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The listings in force, as the transaction graph keeps them: per address, its categories over every source as bits. */
final class Listings {

    static final int CHUNK = 500;

    private Listings() {
    }

    /** The categories each address is listed under now, over every source. */
    static Map<String, Integer> categoriesOf(EntityManager em, Collection<String> addresses) {
        Map<String, Integer> out = new HashMap<>();
        addresses.forEach(a -> out.put(a, 0));
        List<String> all = new ArrayList<>(addresses);
        for (int from = 0; from < all.size(); from += CHUNK) {
            for (FlaggedAddress f : em.createNamedQuery(FlaggedAddress.ACTIVE_OF_ADDRESSES, FlaggedAddress.class)
                    .setParameter("addresses", all.subList(from, Math.min(all.size(), from + CHUNK))).getResultList()) {
                out.merge(f.address(), f.category().bit(), (x, y) -> x | y);
            }
        }
        return out;
    }
}
