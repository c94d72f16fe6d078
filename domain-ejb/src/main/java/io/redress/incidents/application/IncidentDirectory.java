package io.redress.incidents.application;

import io.redress.incidents.api.IncidentReferences;
import io.redress.incidents.domain.Incident;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** {@link IncidentReferences} for other contexts (a claim checks the incident it quotes). */
@Stateless
public class IncidentDirectory implements IncidentReferences {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public Optional<IncidentSummary> find(String reference) {
        return em.createNamedQuery(Incident.BY_REFERENCE, Incident.class).setParameter("reference", reference)
                .getResultStream().findFirst().map(i -> new IncidentSummary(i.reference(), i.integrationCode(),
                        i.state().name(), i.declaredAt()));
    }
}
