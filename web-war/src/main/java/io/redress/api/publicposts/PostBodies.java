package io.redress.api.publicposts;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies {@link PublicPostResource} reads field by field, as {@code /openapi} documents them. Field names,
 * types and limits follow what the resource and the domain's rules accept; the endpoint sweep test sends them.
 */
final class PostBodies {

    private PostBodies() {
    }

    @Schema(name = "NewPublicPost", description = "A public post from the social-listening feed or pasted by staff")
    record NewPost(
            @Schema(required = true, description = "Lower-case platform name", pattern = "^[a-z0-9][a-z0-9._-]{0,31}$",
                    example = "x") String platform,
            @Schema(required = true, description = "Absolute http or https URL; intake is idempotent on it",
                    maxLength = 1000, example = "https://x.com/someone/status/1") String url,
            @Schema(required = true, description = "1 to 63 letters (any script), digits, '.', '_' or '-', optionally"
                    + " after '@'", minLength = 1, maxLength = 64, example = "@someone") String authorHandle,
            @Schema(required = true, minLength = 1, maxLength = 10000) String text,
            @Schema(description = "Followers or views, zero or more", minimum = "0") Long reach,
            @Schema(required = true, description = "ISO-8601 time with offset, not in the future", format = "date-time")
            OffsetDateTime postedAt) {
    }

    @Schema(name = "Classification", description = "Confirm the suggested kind, or override it with a reason")
    record Classification(
            @Schema(required = true, description = "The version of the post read") Long version,
            @Schema(required = true, enumeration = {"USER_ERROR", "FUD_CAMPAIGN", "TWO_DEGREES", "ONE_DEGREE", "LONG_TAIL"})
            String kind,
            @Schema(description = "Required for an override", maxLength = 2000) String note) {
    }
}
