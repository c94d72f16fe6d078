package io.redress.cases.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One account-security case per account: of an account's open cases, oldest first, the finding joins the first one
 * filed under ACCOUNT_SECURITY; an account with none gets a new one.
 */
public final class SecurityCasePick {

    /** An open case as the pick sees it. */
    public record Open<C>(String accountId, Category category, C c) {
    }

    /** The case each account's finding joins, and the accounts (in the order asked) that need a new one. */
    public record Picked<C>(Map<String, C> joined, List<String> toOpen) {
    }

    private SecurityCasePick() {
    }

    /** @param open the accounts' open cases, oldest first */
    public static <C> Picked<C> of(Collection<String> accounts, List<Open<C>> open) {
        Set<String> asked = new HashSet<>(accounts);
        Map<String, C> joined = new LinkedHashMap<>();
        for (Open<C> o : open) {
            if (o.category() == Category.ACCOUNT_SECURITY && asked.contains(o.accountId())) {
                joined.putIfAbsent(o.accountId(), o.c());
            }
        }
        List<String> toOpen = accounts.stream().distinct().filter(a -> !joined.containsKey(a)).toList();
        return new Picked<>(joined, toOpen);
    }
}
