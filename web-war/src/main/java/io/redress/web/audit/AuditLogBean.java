package io.redress.web.audit;

import io.redress.audit.application.AuditLog;
import io.redress.audit.domain.AuditQuery;
import io.redress.audit.domain.AuditRecord;
import io.redress.audit.domain.ChainStatus;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The auditor's screen: the chain's status on demand and a searchable, paged log. */
@Named
@ViewScoped
public class AuditLogBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    transient AuditLog auditLog;
    @Inject
    transient CurrentActor actor;

    private String text;
    private String actorName;
    private String action;
    private String entityType;
    private int page;
    private ChainStatus chain;
    private transient Page<AuditRecord> result;

    public void verify() {
        chain = auditLog.verify(actor.get());
    }

    public void search() {
        page = 0;
        load();
    }

    public void next() {
        if (getResult().hasMore()) {
            page++;
        }
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    private void load() {
        result = auditLog.search(actor.get(),
                new AuditQuery(blankToNull(actorName), blankToNull(action), blankToNull(entityType), null, text, null, null),
                page, PAGE_SIZE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Page<AuditRecord> getResult() {
        if (result == null) {
            load();
        }
        return result;
    }

    public ChainStatus getChain() {
        if (chain == null) {
            verify();
        }
        return chain;
    }

    /** An entry committed over a minute ago and still not chained: the chainer is failing. */
    public boolean isChainStalled() {
        return getChain().stalled(java.time.Instant.now());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public int getPage() {
        return page;
    }
}
