package io.redress.cases.domain;

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
import java.time.Instant;

/** A message on a case: from the customer (IN), to the customer (OUT, through the outbox), or an internal NOTE. */
@Entity
@Table(name = "case_message")
@NamedQuery(name = CaseMessage.FOR_CASE, query = "SELECT m FROM CaseMessage m WHERE m.caseId = :id ORDER BY m.at, m.id")
@NamedQuery(name = CaseMessage.MOVE, query = "UPDATE CaseMessage m SET m.caseId = :to WHERE m.caseId = :from")
public class CaseMessage {

    public static final String FOR_CASE = "CaseMessage.forCase";
    public static final String MOVE = "CaseMessage.move";

    public enum Direction { IN, OUT, NOTE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_message_seq")
    @SequenceGenerator(name = "case_message_seq", sequenceName = "case_message_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;
    @Column(nullable = false, updatable = false)
    private String author;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(name = "template_code", updatable = false)
    private String templateCode;
    @Column(name = "outbox_id", updatable = false)
    private Long outboxId;
    @Column(nullable = false, updatable = false)
    private Instant at;

    protected CaseMessage() {
    }

    public CaseMessage(long caseId, Direction direction, String author, String body, String templateCode, Long outboxId,
                       Instant at) {
        this.caseId = caseId;
        this.direction = direction;
        this.author = author;
        this.body = body;
        this.templateCode = templateCode;
        this.outboxId = outboxId;
        this.at = at;
    }

    public MessageView view() {
        return new MessageView(id, direction.name(), author, body, templateCode, outboxId, at);
    }
}
