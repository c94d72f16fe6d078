package io.redress.restrictions.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the decision service needs to know about an API key, implemented by the API-key registry: may this key be
 * used, for this account, for this kind of action, from this address, now? Declared here (the decision's side) so
 * that the registry depends on the decision's published port, never the other way round.
 * <p>
 * An implementation reads the key's current state (a revocation committed before the question is asked is seen,
 * on every instance) and fails with a runtime exception when it cannot know: the decision then fails closed.
 * <p>
 * The state read ({@link Facts}) may be kept by the decision cache, which the database tells of every change of a key
 * that a decision reads except its last use. A last use only ever moves later, and a later last use can only take
 * back an expiry: so an answer of {@link Refusal#KEY_EXPIRED} from the kept facts of a key not {@link Facts#settled()
 * settled} is confirmed by a fresh read before it is given, and every other answer from kept facts is the committed
 * state's.
 */
public interface KeyCheck {

    /** The kind of use the key is asked about. */
    enum Use { TRADE, WITHDRAW, OTHER }

    /** Why a key may not be used; none means it may. */
    enum Refusal { UNKNOWN_KEY, KEY_EXPIRED, KEY_REVOKED, KEY_OF_ANOTHER_ACCOUNT, KEY_PERMISSION_MISSING, SOURCE_IP_NOT_ALLOWED }

    /** One question of a batch. {@code sourceIp} may be null (not checked then). */
    record Question(String keyId, String accountId, Use use, String sourceIp) {
    }

    /** One key's state as committed, which answers questions about that key under the registry's current policy. */
    interface Facts {

        String keyId();

        /** Every reason the key may not be used for {@code question} at {@code now}; empty when it may. */
        List<Refusal> refusals(Question question, Instant now);

        /** Whether the key is revoked or expired for good: no later use can change what it answers. */
        boolean settled();
    }

    /** The facts of those keys that exist, by key id (unknown keys are left out). */
    Map<String, Facts> read(Collection<String> keyIds);

    /** What the registry answers when it does not know the key. */
    static List<Refusal> unknown() {
        return List.of(Refusal.UNKNOWN_KEY);
    }

    List<Refusal> check(Question question);

    /** Answers in the order of the questions. */
    List<List<Refusal>> checkAll(List<Question> questions);
}
