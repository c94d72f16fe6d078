package io.redress.web.publicposts;

import io.redress.publicposts.application.PostDesk;
import io.redress.publicposts.application.PostIntake;
import io.redress.publicposts.domain.ComplaintKind;
import io.redress.publicposts.domain.NewPost;
import io.redress.publicposts.domain.PostView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.domain.TableQuery;
import io.redress.web.shell.Formats;
import io.redress.web.shell.CsvFile;
import io.redress.web.shell.Messages;
import io.redress.web.shell.ServerTable;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The public-posts inbox: each post with its suggested kind and the evidence; a person confirms or overrides
 * it. Staff can also paste a post they found (URL and text). The inbox is a server-side table: newest first, paged,
 * sortable, with column filters on author, text, platform, account and suggestion.
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
    private final ServerTable<PostView> posts = new ServerTable<>(
            query -> desk.table(actor.get(), unreviewedOnly, query), p -> Long.toString(p.id()));
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

    /** The first page, newest first, read before the page renders (a refusal shows the error page). */
    public void load() {
        posts.preload(new TableQuery(0, SIZE, null, false, Map.of()));
    }

    /** From the first page again (a filter changed, a post was pasted). */
    public void refresh() {
        ServerTable.toFirstPage(faces, "inbox:posts");
    }

    /** Every post of the current filters and sort (not only the rows on screen), with what each column shows. */
    public void exportCsv() {
        CsvFile csv = new CsvFile(java.util.stream.Stream.of("posts.posted", "posts.author", "posts.platform", "posts.reach",
                "posts.text", "posts.url", "posts.account", "posts.campaign", "posts.suggestion", "posts.evidence",
                "posts.confirmed", "posts.confirmedBy").map(k -> Messages.text(faces, k)).toList());
        posts.forEachRow(EXPORT_MAX, p -> csv.row(Formats.utc(p.postedAt()), p.authorHandle(), p.platform(), p.reach(),
                p.text(), p.url(), p.accountId(), p.campaignId(), p.suggestedKind() == null
                        ? (p.needsTriage() ? Messages.text(faces, "posts.triage") : "") : p.suggestedKind().name(),
                String.join("; ", p.evidence()), p.confirmedKind(), p.confirmedBy()));
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
            selected = null; // the table re-reads its page: a confirmed post leaves it when only unreviewed ones are shown
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

    public ServerTable<PostView> getPosts() {
        return posts;
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
