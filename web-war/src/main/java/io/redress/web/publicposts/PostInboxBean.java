package io.redress.web.publicposts;

import io.redress.publicposts.application.PostDesk;
import io.redress.publicposts.application.PostIntake;
import io.redress.publicposts.domain.ComplaintKind;
import io.redress.publicposts.domain.NewPost;
import io.redress.publicposts.domain.PostView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.StaleVersion;
import io.redress.web.shell.Formats;
import io.redress.web.shell.CsvFile;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public-posts inbox: each post with its suggested kind and the evidence; a person confirms or overrides
 * it. Staff can also paste a post they found (URL and text). The inbox is paged newest first, {@link #SIZE} posts a
 * page, by keyset (the last post of the page before), so a page stays cheap however many posts came in.
 */
@Named
@ViewScoped
public class PostInboxBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SIZE = 25;
    static final int EXPORT_MAX = 50_000;

    @Inject
    transient PostDesk desk;
    @Inject
    transient PostIntake intake;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private boolean unreviewedOnly = true;
    private List<PostView> posts = List.of();
    private boolean hasNext;
    /** The last post of the page before the one shown (null: the first page), and those of the pages before it. */
    private PostView current;
    private final ArrayList<PostView> before = new ArrayList<>(); // a stack; null stands for the first page
    private PostView selected;
    private ComplaintKind kind;
    private String note;
    // paste form
    private String platform = "x";
    private String url;
    private String handle;
    private String text;
    private Long reach;
    private String postedAt;

    public void load() {
        refresh();
    }

    /** From the first page again (a filter changed, a post was pasted). */
    public void refresh() {
        before.clear();
        show(null);
    }

    public void nextPage() {
        if (hasNext && !posts.isEmpty()) {
            before.add(current);
            show(posts.get(posts.size() - 1));
        }
    }

    public void previousPage() {
        if (!before.isEmpty()) {
            show(before.remove(before.size() - 1));
        }
    }

    private void show(PostView after) {
        List<PostView> read = desk.inboxAfter(actor.get(), unreviewedOnly, after, SIZE + 1);
        hasNext = read.size() > SIZE;
        posts = hasNext ? read.subList(0, SIZE) : read;
        current = after;
    }

    /** Every post of the current filter (not only the rows on screen), with what each column of the table shows. */
    public void exportCsv() {
        CsvFile csv = new CsvFile(java.util.stream.Stream.of("posts.posted", "posts.author", "posts.platform", "posts.reach",
                "posts.text", "posts.url", "posts.account", "posts.campaign", "posts.suggestion", "posts.evidence",
                "posts.confirmed", "posts.confirmedBy").map(k -> Messages.text(faces, k)).toList());
        PostView last = null;
        List<PostView> page;
        do {
            page = desk.inboxAfter(actor.get(), unreviewedOnly, last, PostDesk.MAX_SIZE);
            for (PostView p : page) {
                csv.row(Formats.utc(p.postedAt()), p.authorHandle(), p.platform(), p.reach(), p.text(), p.url(),
                        p.accountId(), p.campaignId(), p.suggestedKind() == null ? (p.needsTriage() ? Messages.text(faces, "posts.triage") : "")
                                : p.suggestedKind().name(), String.join("; ", p.evidence()),
                        p.confirmedKind(), p.confirmedBy());
                last = p;
            }
        } while (page.size() == PostDesk.MAX_SIZE && csv.rows() < EXPORT_MAX);
        csv.send(faces, "public-posts");
    }

    public void select(PostView p) {
        selected = desk.get(actor.get(), p.id());
        kind = selected.confirmedKind() != null ? selected.confirmedKind() : selected.suggestedKind();
        note = null;
    }

    public void classify() {
        try {
            desk.classify(actor.get(), selected.id(), selected.version(), kind == null ? null : kind.name(), note);
            Messages.info(faces, "posts.msg.classified", selected.id(), kind);
            selected = null;
            show(current); // the same page: a confirmed post leaves it when only unreviewed ones are shown
        } catch (StaleVersion e) {
            Messages.refusal(faces, e, Map.of());
            selected = desk.get(actor.get(), selected.id());
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("note", "classify:note", "kind", "classify:kind"));
        }
    }

    public void report() {
        try {
            String at = postedAt == null || postedAt.isBlank()
                    ? OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString() : postedAt.strip();
            PostIntake.Received r = intake.receive(actor.get(), new NewPost(platform, url, handle, text, reach, at));
            Messages.info(faces, r.created() ? "posts.msg.received" : "posts.msg.known", r.post().id());
            url = null;
            handle = null;
            text = null;
            reach = null;
            postedAt = null;
            refresh();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("platform", "report:platform", "url", "report:url", "authorHandle", "report:handle",
                    "text", "report:text", "reach", "report:reach", "postedAt", "report:postedAt"));
        }
    }

    public ComplaintKind[] getKinds() {
        return ComplaintKind.values();
    }

    public List<PostView> getPosts() {
        return posts;
    }

    public boolean isHasNext() {
        return hasNext;
    }

    public boolean isHasPrevious() {
        return !before.isEmpty();
    }

    public int getPageNumber() {
        return before.size() + 1;
    }

    public PostView getSelected() {
        return selected;
    }

    public boolean isUnreviewedOnly() {
        return unreviewedOnly;
    }

    public void setUnreviewedOnly(boolean unreviewedOnly) {
        this.unreviewedOnly = unreviewedOnly;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getReach() {
        return reach;
    }

    public void setReach(Long reach) {
        this.reach = reach;
    }

    public String getPostedAt() {
        return postedAt;
    }

    public void setPostedAt(String postedAt) {
        this.postedAt = postedAt;
    }
}
