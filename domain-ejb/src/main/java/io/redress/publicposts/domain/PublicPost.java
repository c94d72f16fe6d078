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

    public void joinCampaign(long campaignId) {
        this.campaignId = campaignId;
    }

    public void suggest(Suggestion s) {
        if (s == null) {
            return;
        }
        this.suggestedKind = s.kind();
        this.suggestionScore = s.score();
        this.suggestionEvidence = String.join("\n", s.evidence());
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

    public PostView view() {
        return new PostView(id, url, platform, authorHandle, text, reach, postedAt, receivedAt, accountId, quotedTicket,
                caseId, caseOpened, campaignId, suggestedKind, suggestionScore,
                suggestionEvidence == null ? List.of() : Arrays.asList(suggestionEvidence.split("\n")), confirmedKind,
                confirmedBy, confirmedAt, reviewNote, suggestedKind == null && confirmedKind == null,
                version == null ? 0 : version);
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
