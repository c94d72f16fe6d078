package io.redress.api.cases;

import io.redress.cases.domain.CaseOutcome;
import io.redress.cases.domain.CaseState;
import io.redress.cases.domain.Category;
import io.redress.cases.domain.Channel;
import io.redress.cases.domain.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies the case resources read field by field, as {@code /openapi} documents them. Field names, types
 * and limits follow what the resources and the domain's rules accept; the endpoint sweep test sends them.
 */
final class CaseBodies {

    private CaseBodies() {
    }

    @Schema(name = "NewCase", description = "A case from the exchange's chat, e-mail or web forms, or opened by staff")
    record NewCase(
            @Schema(required = true) Channel channel,
            @Schema(description = "The customer's account; required for INTERNAL cases", maxLength = 64,
                    pattern = "^[A-Za-z0-9._:-]{1,64}$") String accountId,
            @Schema(maxLength = 128) String customerName,
            @Schema(description = "An e-mail address, a social handle (@name) or a phone number (+33 1 23 45 67 89)",
                    maxLength = 256, example = "ana@example.org") String customerContact,
            @Schema(description = "The customer's language; en when absent", enumeration = {"en", "fr", "ja"}) String language,
            @Schema(required = true, maxLength = 200) String subject,
            @Schema(required = true, maxLength = 20000) String description,
            @Schema Category category,
            @Schema(description = "One of the category's subcategories; needs a category", maxLength = 64) String subcategory,
            @Schema Priority priority,
            @Schema(description = "A queue name (frontline, supervisors, security, compliance, ...); routed when absent",
                    maxLength = 64) String queue,
            @Schema(description = "Whether the customer is complaining; decided from channel and category when absent")
            Boolean complaint) {
    }

    @Schema(name = "MessageText", description = "A message text: the customer's reply or an internal note")
    record MessageText(@Schema(required = true, minLength = 1, maxLength = 20000) String body) {
    }

    @Schema(name = "CaseReply", description = "A templated message to the customer, in their language")
    record Reply(
            @Schema(required = true, description = "The version of the case read") Long version,
            // the server's list is CaseRules.REPLY_TEMPLATES (CaseBodiesTest keeps the two the same)
            @Schema(description = "REPLY (the default when absent), REQUEST_INFORMATION (pauses the clocks) or RESOLUTION",
                    enumeration = {"REPLY", "REQUEST_INFORMATION", "RESOLUTION"}) String template,
            @Schema(required = true, description = "The text the template wraps", minLength = 1, maxLength = 20000)
            String message) {
    }

    @Schema(name = "CaseChange", description = "What staff change on a case; absent fields stay as they are")
    record Change(
            @Schema(required = true, description = "The version of the case read") Long version,
            @Schema(description = "A staff username", minLength = 1, maxLength = 128) String assignee,
            @Schema(description = "true to leave the case unassigned") Boolean unassign,
            @Schema Priority priority,
            @Schema Category category,
            @Schema(maxLength = 64) String subcategory,
            @Schema(maxLength = 64) String queue,
            @Schema CaseState state,
            @Schema(description = "Required when the state becomes RESOLVED") CaseOutcome outcome,
            @Schema Boolean complaint,
            @Schema(description = "Why, kept on the timeline", maxLength = 20000) String note) {
    }

    @Schema(name = "CaseLink", description = "A link from the case to an account, a restriction or another case")
    record Link(
            @Schema(required = true, enumeration = {"ACCOUNT", "RESTRICTION", "CASE"}) String kind,
            @Schema(required = true, description = "The account id, restriction id or ticket number") String target) {
    }

    @Schema(name = "CaseMerge", description = "Merge this case into another")
    record Merge(@Schema(required = true, description = "The surviving case's ticket number", example = "RD-7K3Q-9P2M")
                 String into) {
    }

    @Schema(name = "ForbiddenTermDefinition", description = "A term the check point stops in messages to confidential accounts")
    record Term(
            @Schema(required = true, minLength = 2, maxLength = 128) String term,
            @Schema(required = true, description = "What the agent reads when a message is stopped", minLength = 10,
                    maxLength = 500) String why) {
    }

    @Schema(name = "CannedReplyDefinition", description = "A canned reply: a text snippet agents insert into a reply")
    record CannedReplyDefinition(
            @Schema(required = true, description = "What agents pick it by; one line", minLength = 1, maxLength = 120)
            String title,
            @Schema(required = true, description = "The language of the customers it is offered for",
                    enumeration = {"en", "fr", "ja"}) String language,
            @Schema(required = true, description = "The text inserted into the reply box", minLength = 1, maxLength = 4000)
            String body) {
    }

    @Schema(name = "CannedReplyRevision", description = "A new wording of a canned reply, of the version read")
    record CannedReplyRevision(
            @Schema(required = true, description = "What agents pick it by; one line", minLength = 1, maxLength = 120)
            String title,
            @Schema(required = true, description = "The language of the customers it is offered for",
                    enumeration = {"en", "fr", "ja"}) String language,
            @Schema(required = true, description = "The text inserted into the reply box", minLength = 1, maxLength = 4000)
            String body,
            @Schema(description = "The version read (required unless sent as If-Match); 409 when it changed since")
            Long version) {
    }

    @Schema(name = "CannedReplyRetirement", description = "Retiring a canned reply: it is no longer offered nor edited")
    record CannedReplyRetirement(
            @Schema(description = "The version read (required unless sent as If-Match); 409 when it changed since")
            Long version,
            @Schema(description = "Why", maxLength = 2000) String reason) {
    }
}
