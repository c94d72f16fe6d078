package io.redress.screening.domain;

import java.time.Instant;

/** An investigation's attachment as compliance lists it (without its content): its SHA-256, who uploaded it and when. */
public record InvestigationAttachmentView(long id, long investigationId, String fileName, String contentType, int sizeBytes,
                                          String sha256, String uploadedBy, Instant uploadedAt) {

    /** The constructor the list's projection calls (JPQL passes the id boxed). */
    public InvestigationAttachmentView(Long id, Long investigationId, String fileName, String contentType, Integer sizeBytes,
                                       String sha256, String uploadedBy, Instant uploadedAt) {
        this(id.longValue(), investigationId.longValue(), fileName, contentType, sizeBytes.intValue(), sha256, uploadedBy, uploadedAt);
    }
}
