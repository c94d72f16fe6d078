package io.redress.api.incidents;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON body the leak-attribution resource reads field by field, as {@code /openapi} documents it. */
final class EvidenceBodies {

    private EvidenceBodies() {
    }

    @Schema(name = "AttributionReportRequest", description = "What a leak-attribution report is about: an account, a"
            + " window and optionally one of its keys. The same question asked again is the next version.")
    record Request(
            @Schema(required = true, description = "The account", maxLength = 64,
                    pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$") String accountId,
            @Schema(description = "One key of the account; absent: all its keys", maxLength = 64,
                    pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$") String keyId,
            @Schema(required = true, description = "The window's start (ISO-8601 UTC, inclusive)") Instant from,
            @Schema(required = true, description = "The window's end (ISO-8601 UTC, exclusive; not in the future; at"
                    + " most 92 days after from)") Instant to) {
    }
}
