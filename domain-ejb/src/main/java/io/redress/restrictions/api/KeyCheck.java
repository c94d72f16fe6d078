package io.redress.restrictions.api;

import java.util.List;

/**
 * What the decision service needs to know about an API key, implemented by the API-key registry: may this key be
 * used, for this account, for this kind of action, from this address, now? Declared here (the decision's side) so
 * that the registry depends on the decision's published port, never the other way round.
 * <p>
 * An implementation reads the key's current state (a revocation committed before the question is asked is seen,
 * on every instance) and fails with a runtime exception when it cannot know: the decision then fails closed.
 */
public interface KeyCheck {

    /** The kind of use the key is asked about. */
    enum Use { TRADE, WITHDRAW, OTHER }

    /** Why a key may not be used; none means it may. */
    enum Refusal { UNKNOWN_KEY, KEY_EXPIRED, KEY_REVOKED, KEY_OF_ANOTHER_ACCOUNT, KEY_PERMISSION_MISSING, SOURCE_IP_NOT_ALLOWED }

    /** One question of a batch. {@code sourceIp} may be null (not checked then). */
    record Question(String keyId, String accountId, Use use, String sourceIp) {
    }

    List<Refusal> check(Question question);

    /** Answers in the order of the questions. */
    List<List<Refusal>> checkAll(List<Question> questions);
}
