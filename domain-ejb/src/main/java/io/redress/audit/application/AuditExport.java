package io.redress.audit.application;

import io.redress.audit.api.AuditFilter;
import io.redress.audit.api.ChainSeal;
import io.redress.audit.api.ExportedEntry;
import io.redress.audit.infrastructure.AuditReader;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The auditors' export: first the chain is verified and its head taken ({@link #seal}), then the entries up to that
 * head are read page by page ({@link #page}), each page in its own short transaction. Entries up to the head never
 * change, so the pages and the seal describe one and the same trail however long the export takes. Sequence numbers
 * are handed out by the chainer in commit order, so an export continued {@code after} an earlier head misses nothing.
 */
@Stateless
public class AuditExport {

    public static final int PAGE = 1000;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    Clock clock;
    @Inject
    AuditChainer chainer;

    /**
     * Chains what has committed before the export began, then verifies the chain and takes its head: entries that
     * commit later, or are still pending ({@link ChainSeal#pending}), are in the next export, never skipped.
     */
    public ChainSeal seal(Actor actor) {
        access.require(actor, Permission.AUDIT_EXPORT);
        chainer.catchUpQuietly();
        return new AuditReader(em).seal(clock.instant());
    }

    /** The entries matching the filter in (afterSeq, headSeq], oldest first, at most {@value #PAGE}. */
    public List<ExportedEntry> page(Actor actor, AuditFilter filter, long afterSeq, long headSeq) {
        access.require(actor, Permission.AUDIT_EXPORT);
        return new AuditReader(em).select(filter, afterSeq, headSeq, PAGE);
    }
}
