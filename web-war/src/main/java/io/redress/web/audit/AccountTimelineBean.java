package io.redress.web.audit;

import io.redress.audit.api.TimelineEntry;
import io.redress.audit.api.TimelinePage;
import io.redress.audit.application.AccountTimeline;
import io.redress.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The account page's timeline panel: every context's steps about the account, oldest first, a page at a time. Read
 * once per view when the panel first renders; "more" appends the next page.
 */
@Named
@ViewScoped
public class AccountTimelineBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 100;

    @Inject
    transient AccountTimeline timelines;
    @Inject
    transient CurrentActor actor;

    private String accountId;
    private final List<TimelineEntry> entries = new ArrayList<>();
    private Long next;

    /** The steps read so far for this account; the first page is read on the first call. */
    public List<TimelineEntry> of(String account) {
        if (account != null && !account.equals(accountId)) {
            accountId = account;
            entries.clear();
            append(timelines.of(actor.get(), accountId, 0, PAGE));
        }
        return entries;
    }

    public void more() {
        if (accountId != null && next != null) {
            append(timelines.of(actor.get(), accountId, next, PAGE));
        }
    }

    /** The {@code after} of the next page, or null when every step is shown. */
    public Long getNext() {
        return next;
    }

    private void append(TimelinePage page) {
        entries.addAll(page.items());
        next = page.next();
    }
}
