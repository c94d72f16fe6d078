package io.redress.screening.domain;

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
import java.util.Objects;

/** One address on one source's list for one asset: added by an import, removed by a later one, listed again. */
@Entity
@Table(name = "flagged_address")
@NamedQuery(name = FlaggedAddress.ADDRESSES_OF_IMPORT,
        query = "SELECT DISTINCT f.address FROM FlaggedAddress f WHERE f.lastImportId = :import AND f.removedAt IS NULL")
@NamedQuery(name = FlaggedAddress.OF_SOURCE, query = "SELECT f FROM FlaggedAddress f WHERE f.source = :source")
@NamedQuery(name = FlaggedAddress.ACTIVE_OF_ADDRESSES,
        query = "SELECT f FROM FlaggedAddress f WHERE f.address IN :addresses AND f.removedAt IS NULL")
@NamedQuery(name = FlaggedAddress.ALL_ACTIVE, query = "SELECT f.address, f.category FROM FlaggedAddress f WHERE f.removedAt IS NULL")
@NamedQuery(name = FlaggedAddress.OF_ADDRESS, query = "SELECT f FROM FlaggedAddress f WHERE f.address = :address ORDER BY f.source, f.asset")
@NamedQuery(name = FlaggedAddress.COUNT_ACTIVE_OF_SOURCE,
        query = "SELECT COUNT(f) FROM FlaggedAddress f WHERE f.source = :source AND f.removedAt IS NULL")
@NamedQuery(name = FlaggedAddress.OF_SOURCE_ADDRESSES,
        query = "SELECT f FROM FlaggedAddress f WHERE f.source = :source AND f.address IN :addresses")
@NamedQuery(name = FlaggedAddress.ACTIVE_KEYS_OF_SOURCE,
        query = "SELECT f.id, f.asset, f.address FROM FlaggedAddress f WHERE f.source = :source AND f.removedAt IS NULL"
                + " AND f.asset IN :assets")
@NamedQuery(name = FlaggedAddress.OF_IDS, query = "SELECT f FROM FlaggedAddress f WHERE f.id IN :ids")
public class FlaggedAddress {

    /** The listings (in force or removed) of some addresses on one source's list. */
    public static final String OF_SOURCE_ADDRESSES = "FlaggedAddress.ofSourceAddresses";
    /**
     * The source's listings in force of some assets, as id, asset and address, in that order. An import's completion
     * sets them beside its lines in memory: as one query with NOT EXISTS, PostgreSQL planned it from the statistics of
     * freshly staged lines (none) as a nested loop that read every line for every listing, minutes for 20,000.
     */
    public static final String ACTIVE_KEYS_OF_SOURCE = "FlaggedAddress.activeKeysOfSource";
    public static final String OF_IDS = "FlaggedAddress.ofIds";

    public static final String OF_SOURCE = "FlaggedAddress.ofSource";
    /** The addresses an import listed (added, listed again or changed) that are still listed. */
    public static final String ADDRESSES_OF_IMPORT = "FlaggedAddress.addressesOfImport";
    public static final String ACTIVE_OF_ADDRESSES = "FlaggedAddress.activeOfAddresses";
    public static final String ALL_ACTIVE = "FlaggedAddress.allActive";
    public static final String OF_ADDRESS = "FlaggedAddress.ofAddress";
    public static final String COUNT_ACTIVE_OF_SOURCE = "FlaggedAddress.countActiveOfSource";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flagged_address_seq")
    @SequenceGenerator(name = "flagged_address_seq", sequenceName = "flagged_address_seq", allocationSize = 500)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String source;
    @Column(nullable = false, updatable = false)
    private String asset;
    @Column(nullable = false, updatable = false)
    private String address;
    @Enumerated(EnumType.STRING)
    @Column(name = "address_format", nullable = false, updatable = false)
    private AddressFormats.Format format;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;
    private String label;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "removed_at")
    private Instant removedAt;
    @Column(name = "last_import_id", nullable = false)
    private long lastImportId;
    @Version
    private Long version;

    protected FlaggedAddress() {
    }

    public FlaggedAddress(String source, FlaggedListReader.Entry e, long importId, Instant now) {
        this.source = Objects.requireNonNull(source);
        this.asset = e.asset();
        this.address = e.address();
        this.format = e.format();
        this.category = e.category();
        this.severity = e.severity();
        this.label = e.label();
        this.addedAt = now;
        this.lastImportId = importId;
    }

    /** Listed again by an import, as the import says now. */
    public void listAgain(FlaggedListReader.Entry e, long importId, Instant now) {
        if (removedAt != null) {
            removedAt = null;
            addedAt = now;
        }
        category = e.category();
        severity = e.severity();
        label = e.label();
        lastImportId = importId;
    }

    public void remove(long importId, Instant now) {
        if (removedAt == null) {
            removedAt = now;
            lastImportId = importId;
        }
    }

    public ListDiff.Listed listed() {
        return new ListDiff.Listed(asset, address, category, severity, label, removedAt == null);
    }

    public FlaggedAddressView view() {
        return new FlaggedAddressView(source, asset, address, format.name(), category, severity, label, addedAt, removedAt);
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("source", source).with("asset", asset).with("address", address).with("category", category)
                .with("severity", severity).with("removedAt", removedAt);
    }

    public String key() {
        return asset + " " + address;
    }

    public String address() {
        return address;
    }

    public Category category() {
        return category;
    }

    public boolean active() {
        return removedAt == null;
    }
}
