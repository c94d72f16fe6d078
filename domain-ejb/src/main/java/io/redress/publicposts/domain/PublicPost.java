package io.redress.publicposts.domain;

import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A public complaint: where it was posted, by whom, what it says; the account and case it was matched to;
 * the campaign it belongs to; the classification suggested with its evidence, and what a person confirmed.
 */
@Entity
@Table(name = "public_post")
@NamedQuery(name = PublicPost.BY_URL_KEY, query = "SELECT p FROM PublicPost p WHERE p.urlKey = :key")
@NamedQuery(name = PublicPost.IN_CAMPAIGN, query = "SELECT p FROM PublicPost p WHERE p.campaignId = :campaign ORDER BY p.postedAt, p.id")
// the posts sharing a band hash, each once: a semi-join on the ids, not DISTINCT over whole rows (with texts and
// signatures, a campaign's hundreds of copies made that sort spill to disk)
@NamedQuery(name = PublicPost.CANDIDATES, query = "SELECT p FROM PublicPost p WHERE p.id IN (SELECT b.postId FROM PostBand b"
        + " WHERE b.hash IN :hashes AND b.postedAt >= :from AND b.postedAt <= :to) ORDER BY p.postedAt DESC, p.id DESC")
public class PublicPost {

    public static final String BY_URL_KEY = "PublicPost.byUrlKey";
    public static final String IN_CAMPAIGN = "PublicPost.inCampaign";
    public static final String CANDIDATES = "PublicPost.candidates";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String url;
    @Column(name = "url_key", nullable = false, updatable = false)
    private String urlKey;
    @Column(nullable = false, updatable = false)
    private String platform;
    @Column(name = "author_handle", nullable = false, updatable = false)
    private String authorHandle;
    @Column(nullable = false, updatable = false)
    private String text;
    @Column(nullable = false, updatable = false)
    private long reach;
    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;
    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "quoted_ticket")
    private String quotedTicket;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "case_opened", nullable = false)
    private boolean caseOpened;
    @Column(name = "campaign_id")
    private Long campaignId;
    @Column(nullable = false, updatable = false)
    private String signature;
    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_kind")
    private ComplaintKind suggestedKind;
    @Column(name = "suggestion_score")
    private Integer suggestionScore;
    @Column(name = "suggestion_evidence")
    private String suggestionEvidence;
    @Enumerated(EnumType.STRING)
    @Column(name = "confirmed_kind")
    private ComplaintKind confirmedKind;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "review_note")
    private String reviewNote;
    /** The deposit screening behind a suggestion of ONE_DEGREE or TWO_DEGREES; null when the text suggested it. */
    @Column(name = "screening_id")
    private Long screeningId;
    /** When a screening made the suggestion: what the text alone suggested (what the integration login is answered). */
    @Enumerated(EnumType.STRING)
    @Column(name = "text_kind")
    private ComplaintKind textKind;
    @Column(name = "text_score")
    private Integer textScore;
    @Column(name = "text_evidence")
    private String textEvidence;
    @Version
    private Long version;

    protected PublicPost() {
    }

    public PublicPost(NewPost p, String urlKey, long[] signature, String receivedBy, Instant now) {
        this.url = p.url().strip();
        this.urlKey = urlKey;
        this.platform = p.platform().strip().toLowerCase(java.util.Locale.ROOT);
        this.authorHandle = PostRules.handle(p.authorHandle());
        this.text = p.text().strip();
        this.reach = p.reach() == null ? 0 : p.reach();
        this.postedAt = PostRules.postedAt(p.postedAt());
        this.receivedAt = now;
        this.receivedBy = receivedBy;
        this.signature = MinHash.encode(signature);
    }

    public void matched(String accountId, String quotedTicket, Long caseId) {
        this.accountId = accountId;
        this.quotedTicket = quotedTicket;
        this.caseId = caseId;
    }

    public void openedCase(long caseId) {
        this.caseId = caseId;
        this.caseOpened = true;
    }

    /** Linked by a person to a case (a bulk action on the campaign); {@link BulkPostRules#link} decided it may be. */
    public void linkToCase(long caseId) {
        this.caseId = caseId;
    }

    public void joinCampaign(long campaignId) {
        this.campaignId = campaignId;
    }

    /**
     * The text's suggestion (again, when the post joins a campaign). A suggestion a screening made stands: the text's is
     * kept beside it.
     */
    public void suggest(Suggestion s) {
        if (screeningId != null) {
            keepText(s);
            return;
        }
        if (s == null) {
            return;
        }
        this.suggestedKind = s.kind();
        this.suggestionScore = s.score();
        this.suggestionEvidence = String.join("\n", s.evidence());
    }

    /**
     * The suggestion at intake: the screening's ({@link ComplaintClassifier#fromExposure}) when the account has
     * exposure, with the text's kept beside it; the text's alone otherwise.
     */
    public void suggest(Suggestion fromText, Suggestion fromScreening, Long screeningId) {
        if (fromScreening == null) {
            suggest(fromText);
            return;
        }
        this.screeningId = screeningId;
        this.suggestedKind = fromScreening.kind();
        this.suggestionScore = fromScreening.score();
        this.suggestionEvidence = String.join("\n", fromScreening.evidence());
        keepText(fromText);
    }

    private void keepText(Suggestion s) {
        this.textKind = s == null ? null : s.kind();
        this.textScore = s == null ? null : s.score();
        this.textEvidence = s == null ? null : String.join("\n", s.evidence());
    }

    /** A person's classification: the same as the suggestion (confirmed) or another kind (overridden). */
    public void confirm(ComplaintKind kind, String by, String note, Instant now) {
        this.confirmedKind = kind;
        this.confirmedBy = by;
        this.reviewNote = note;
        this.confirmedAt = now;
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("url", url).with("handle", authorHandle).with("accountId", accountId)
                .with("caseId", caseId).with("campaignId", campaignId).with("suggested", suggestedKind)
                .with("confirmed", confirmedKind);
    }

    /** The whole post, a screening's evidence included: for the post's own rules and for who may read screenings. */
    public PostView view() {
        return new PostView(id, url, platform, authorHandle, text, reach, postedAt, receivedAt, accountId, quotedTicket,
                caseId, caseOpened, campaignId, suggestedKind, suggestionScore, lines(suggestionEvidence), screeningId,
                confirmedKind, confirmedBy, confirmedAt, reviewNote, suggestedKind == null && confirmedKind == null,
                version == null ? 0 : version);
    }

    /**
     * The post as {@code audience} may see it. {@code SCREENING} (who may read screenings: compliance, auditors): all of
     * it. {@code STAFF}: a screening's suggested kind, and instead of its evidence only that a risk review is open
     * ({@code riskReviewOpen}, asked when the post is read) or that the screening found exposure. {@code INTEGRATION}:
     * nothing of screening: the text's suggestion, and no classification of a separation kind nor its note.
     */
    public PostView view(PostView.Audience audience, boolean riskReviewOpen) {
        PostView all = view();
        if ((screeningId == null && audience != PostView.Audience.INTEGRATION) || audience == PostView.Audience.SCREENING) {
            return all;
        }
        if (audience == PostView.Audience.STAFF) {
            return new PostView(id, url, platform, authorHandle, text, reach, postedAt, receivedAt, accountId, quotedTicket,
                    caseId, caseOpened, campaignId, suggestedKind, suggestionScore,
                    List.of(riskReviewOpen ? ComplaintClassifier.WITHHELD_REVIEW_OPEN : ComplaintClassifier.WITHHELD), null,
                    confirmedKind, confirmedBy, confirmedAt, reviewNote, all.needsTriage(), all.version());
        }
        ComplaintKind kind = screeningId == null ? suggestedKind : textKind;
        Integer score = screeningId == null ? suggestionScore : textScore;
        List<String> evidence = screeningId == null ? all.evidence() : lines(textEvidence);
        boolean separation = confirmedKind == ComplaintKind.ONE_DEGREE || confirmedKind == ComplaintKind.TWO_DEGREES;
        ComplaintKind confirmed = separation ? null : confirmedKind;
        return new PostView(id, url, platform, authorHandle, text, reach, postedAt, receivedAt, accountId, quotedTicket,
                caseId, caseOpened, campaignId, kind, score, evidence, null, confirmed, separation ? null : confirmedBy,
                separation ? null : confirmedAt, separation ? null : reviewNote, kind == null && confirmed == null,
                all.version());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n"));
    }

    public Long screeningId() {
        return screeningId;
    }

    public String accountId() {
        return accountId;
    }

    public Long id() {
        return id;
    }

    public String authorHandle() {
        return authorHandle;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public Long campaignId() {
        return campaignId;
    }

    public long[] signature() {
        return MinHash.decode(signature);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
