package io.redress.messaging.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A queued message's place in the delivery order: the sequence number of the audit entry that queued it, written by the
 * audit chainer in its own transaction, under the chain head's lock, so positions become visible in commit order. A row
 * of its own rather than a column of the message, so that positioning a message does not rewrite it (and every index
 * of the outbox) a second time. Written once, never changed; a message without one has not been chained yet, or was
 * queued before the one outbox existed.
 */
@Entity
@Table(name = "message_position")
@NamedQuery(name = MessagePosition.AFTER, query = "SELECT m, p.position FROM MessagePosition p, CustomerMessage m"
        + " WHERE m.id = p.messageId AND p.position > :after ORDER BY p.position")
public class MessagePosition {

    /** The messages after a position, each with its position, in delivery order. */
    public static final String AFTER = "MessagePosition.after";
    /** The positions of a set of messages (those that have one), their ids as one array (PostgreSQL). */
    public static final String OF_SQL = "SELECT message_id, position FROM message_position WHERE message_id = ANY(?::bigint[])";
    /** {@link #OF_SQL} with an {@code IN} list to follow (H2). */
    public static final String OF_IN_SQL = "SELECT message_id, position FROM message_position WHERE message_id IN";

    /**
     * The positions of a chainer batch, one row per message (H2, as a JDBC batch): the position, the message's id, and the
     * id twice more, for the checks. A message already positioned keeps its place; an entry naming no message (as
     * positioning by an update found no row) is passed over rather than stopping the chain at every retry.
     */
    public static final String INSERT_SQL = "INSERT INTO message_position (position, message_id)"
            + " SELECT CAST(? AS BIGINT), CAST(? AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM message_position WHERE message_id = ?)"
            + " AND EXISTS (SELECT 1 FROM customer_message WHERE id = ?)";
    /**
     * {@link #INSERT_SQL} for the batch in one statement (PostgreSQL): the ids and their positions as two arrays. Only a
     * message already positioned is passed over: a position taken twice is an error, as it was under the old unique index.
     */
    public static final String INSERT_ALL_SQL = "INSERT INTO message_position (position, message_id)"
            + " SELECT p.position, p.id FROM unnest(?::bigint[], ?::bigint[]) AS p(id, position)"
            + " JOIN customer_message m ON m.id = p.id ON CONFLICT (message_id) DO NOTHING";

    @Id
    private Long position;
    @Column(name = "message_id", nullable = false, updatable = false)
    private long messageId;

    protected MessagePosition() {
    }
}
