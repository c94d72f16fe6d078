package io.redress.cases.application;

import io.redress.cases.api.CaseSummary;
import io.redress.cases.api.CaseRef;
import io.redress.cases.api.CaseTerms;
import io.redress.cases.api.Cases;
import io.redress.cases.api.NewCase;
import io.redress.cases.api.SecurityCase;
import io.redress.cases.api.TicketNumber;
import io.redress.cases.domain.SlaClock;
import io.redress.cases.domain.CaseLink;
import io.redress.cases.domain.CaseView;
import io.redress.cases.domain.SupportCase;
import io.redress.shared.domain.Actor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Cases} on the case tables; the managed cases stay inside this context. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CaseDirectory implements Cases {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    CaseService cases;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public CaseSummary open(Actor actor, String role, NewCase request) {
        return summary(cases.openAs(actor, role, request));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public CaseRef openOrJoinSecurityCase(String accountId, String subcategory, String subject, String finding) {
        return cases.openOrJoinSecurityCase(accountId, subcategory, subject, finding);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdSecurityCases(Collection<String> accountIds) {
        cases.holdSecurityCases(accountIds);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Map<String, SecurityCase> openOrJoinSecurityCases(Actor actor, List<String> accountIds, String subcategory,
                                                             String subject, String finding, String linkKind, String linkTarget,
                                                             boolean acknowledge) {
        return cases.openOrJoinSecurityCases(actor, accountIds, subcategory, subject, finding,
                linkKind == null ? null : CaseLink.Kind.valueOf(linkKind), linkTarget, acknowledge);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public CaseTerms openChecked(Actor actor, NewCase request) {
        return terms(cases.openForCustomer(actor, request));
    }

    @Override
    public Optional<CaseTerms> terms(String ticket) {
        return cases.liveCase(ticket).map(CaseDirectory::terms);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void attach(Actor actor, String ticket, String kind, String target) {
        cases.attach(actor, ticket, CaseLink.Kind.valueOf(kind), target);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notifyCustomer(Actor actor, String role, String ticket, String templateCode, String message) {
        cases.notifyCustomer(actor, role, ticket, templateCode, message);
    }

    private static CaseTerms terms(CaseView c) {
        return new CaseTerms(c.ticket(), c.accountId(), c.language(), c.decisionDueAt());
    }

    @Override
    public Optional<CaseSummary> findLive(TicketNumber ticket) {
        return cases.findLive(ticket).map(CaseDirectory::summary);
    }

    @Override
    public List<CaseSummary> openForAccount(String accountId) {
        return em.createNamedQuery(SupportCase.OPEN_FOR_ACCOUNT, SupportCase.class).setParameter("account", accountId)
                .getResultList().stream().filter(SupportCase::knownToCustomer).map(CaseDirectory::summary).toList();
    }

    @Override
    public Optional<String> ticketOf(long caseId) {
        return Optional.ofNullable(em.find(SupportCase.class, caseId)).map(SupportCase::ticket);
    }

    @Override
    public Map<Long, String> ticketsOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> tickets = new HashMap<>();
        em.createQuery("SELECT c.id, c.ticket FROM SupportCase c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(new HashSet<>(caseIds))).getResultList()
                .forEach(row -> tickets.put((Long) row[0], (String) row[1]));
        return tickets;
    }

    private static CaseSummary summary(SupportCase c) {
        return new CaseSummary(c.id(), c.ticket(), c.accountId(), c.state().isOpen(), c.slaState() == SlaClock.State.BREACHED,
                c.knownToCustomer());
    }
}
