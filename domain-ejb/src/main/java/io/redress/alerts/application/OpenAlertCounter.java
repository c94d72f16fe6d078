package io.redress.alerts.application;

import io.redress.alerts.api.AlertRaised.Severity;
import io.redress.alerts.api.OpenAlerts;
import io.redress.alerts.domain.Alert;
import io.redress.alerts.domain.AlertRules;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** {@link OpenAlerts}: one grouped count over the open alerts of the roles the asker sees (as the inbox lists them). */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OpenAlertCounter implements OpenAlerts {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public AlertCounts visibleTo(Actor actor) {
        Set<Role> roles = AlertRules.visibleRoles(actor.roles());
        if (!Permission.ALERT_READ.allows(actor) || roles.isEmpty()) {
            return new AlertCounts(0, 0);
        }
        long open = 0;
        long critical = 0;
        List<Object[]> rows = em.createNamedQuery(Alert.COUNT_OPEN_BY_SEVERITY, Object[].class).setParameter("roles", roles)
                .getResultList();
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            open += n;
            critical += row[0] == Severity.CRITICAL ? n : 0;
        }
        return new AlertCounts(open, critical);
    }
}
