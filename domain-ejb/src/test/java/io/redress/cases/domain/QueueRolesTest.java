package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.shared.domain.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueRolesTest {

    @Test
    void eachRoleWorksItsQueues() {
        assertEquals(List.of(Queues.FRONTLINE, Queues.CLAIMS, Queues.SOCIAL), QueueRoles.workedBy(Set.of(Role.AGENT)));
        assertEquals(List.of(Queues.SECURITY), QueueRoles.workedBy(Set.of(Role.SECURITY)));
        assertEquals(List.of(Queues.COMPLIANCE, Queues.CLAIMS, Queues.SUPERVISORS),
                QueueRoles.workedBy(Set.of(Role.COMPLIANCE, Role.SUPERVISOR)));
        assertEquals(List.of(), QueueRoles.workedBy(Set.of(Role.AUDITOR, Role.ADMIN)));
    }

    @Test
    void everyQueueIsWorkedBySomeRole() {
        assertEquals(Set.copyOf(Queues.ALL), Set.copyOf(QueueRoles.workedBy(Set.of(Role.values()))));
    }
}
