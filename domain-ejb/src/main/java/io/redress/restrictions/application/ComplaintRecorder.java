package io.redress.restrictions.application;

import io.redress.restrictions.api.ComplaintRecorded;
import io.redress.restrictions.domain.ComplaintRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Keeps the complaints other contexts announce, for the retaliation guard: in the announcing transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ComplaintRecorder {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    public void record(@Observes ComplaintRecorded complaint) {
        em.persist(new ComplaintRecord(complaint.accountId(), complaint.kind(), complaint.reference(), complaint.occurredAt(),
                complaint.recordedBy()));
    }
}
