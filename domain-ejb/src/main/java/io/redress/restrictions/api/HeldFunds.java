package io.redress.restrictions.api;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Funds held on an account apart from its standing (a screened deposit frozen or held for review), implemented by the
 * screening context. Declared here, on the decision's side, like {@link KeyCheck}: the decision service asks, the
 * screening context answers, and neither reaches into the other. A WITHDRAW decision lists them, so the exchange keeps
 * those amounts back: a hold covers the traced amount of a deposit, never the whole account.
 * <p>
 * An implementation reads the committed state (a freeze that has answered its caller is seen by the next decision, on
 * every instance) and fails with a runtime exception when it cannot know: the decision then fails closed.
 */
public interface HeldFunds {

    enum Measure { HOLD, FREEZE }

    /** An amount of one asset held under one measure (the sum over the account's screened deposits). */
    record Held(String asset, BigDecimal amount, Measure measure) {
    }

    /** The funds held on each of these accounts; an account with none is absent. */
    Map<String, List<Held>> heldOn(Collection<String> accountIds);
}
