package io.redress.cases.domain;

import io.redress.shared.domain.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which roles work which queue: the queue's "needs my role" filter shows the cases of the queues a person's roles
 * work. Agents take the front line, social media and claims; security and compliance analysts their own queues;
 * supervisors the escalations (a case past its SLA) and claims, which they approve.
 */
public final class QueueRoles {

    private static final Map<String, Set<Role>> WORKED_BY = Map.of(
            Queues.FRONTLINE, Set.of(Role.AGENT),
            Queues.SOCIAL, Set.of(Role.AGENT),
            Queues.CLAIMS, Set.of(Role.AGENT, Role.SUPERVISOR),
            Queues.SECURITY, Set.of(Role.SECURITY),
            Queues.COMPLIANCE, Set.of(Role.COMPLIANCE),
            Queues.SUPERVISORS, Set.of(Role.SUPERVISOR));

    private QueueRoles() {
    }

    /** The queues one of {@code roles} works, in the order of {@link Queues#ALL}; empty for auditors and admins. */
    public static List<String> workedBy(Set<Role> roles) {
        return Queues.ALL.stream().filter(q -> WORKED_BY.getOrDefault(q, Set.of()).stream().anyMatch(roles::contains)).toList();
    }
}
