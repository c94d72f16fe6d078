package io.redress.api.restrictions;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.restrictions.application.DecisionService;
import io.redress.restrictions.domain.AccountDecision;
import io.redress.restrictions.domain.Action;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Many decisions in one call: up to 1,000 (account, action) pairs. */
@Tag(name = "Decisions", description = "What an account may do now, for the exchange's hot path")
@Path("v1/decisions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    public record Decisions(List<AccountDecision> decisions) {
    }

    private static final Set<String> QUESTION_FIELDS = Set.of("accountId", "action", "keyId", "sourceIp");

    @Inject
    DecisionService decisions;
    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideMany",
            description = "INTEGRATION (staff may read too). Answers in the order of the questions.",
            summary = "Answer up to 1,000 {accountId, action, keyId?, sourceIp?} questions; an unknown account is answered"
            + " allowed=false with status null")
    @APIResponse(responseCode = "503", description = "Redress cannot read the standings now: treat as not allowed and retry")
    @Requires(Permission.DECISION)
    public Decisions decideAll(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionBodies.Questions.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("requests"));
        JsonArray requests = in.array("requests");
        in.throwIfInvalid(requests == null && in.errors().isEmpty()
                ? List.of(new FieldError("requests", "is required")) : List.of());
        if (requests.size() > DecisionService.MAX_BATCH) {
            throw new InvalidInput("requests", "at most " + DecisionService.MAX_BATCH + " per call");
        }
        List<FieldError> errors = new ArrayList<>();
        List<DecisionService.Query> queries = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            JsonValue v = requests.get(i);
            if (!(v instanceof JsonObject o)) {
                errors.add(new FieldError("requests[" + i + "]", "must be an object"));
                continue;
            }
            // read as every body is (JsonBody): a key or an address of another JSON type is refused, never taken as
            // absent, which would answer an API_TRADE question for the account alone
            String prefix = "requests[" + i + "]";
            JsonBody question = JsonBody.of(o, QUESTION_FIELDS);
            String accountId = question.string("accountId");
            String action = question.string("action");
            String keyId = question.string("keyId");
            String sourceIp = question.string("sourceIp");
            Set<String> refused = new HashSet<>();
            for (FieldError e : question.errors()) {
                refused.add(e.field());
                errors.add(new FieldError(prefix + "." + e.field(), e.message()));
            }
            if (!refused.contains("keyId")) {
                AccountDecisions.keyId(keyId, prefix + ".keyId", errors);
            }
            AccountDecisions.sourceIp(sourceIp, prefix + ".sourceIp", errors);
            if (!refused.contains("accountId") && (accountId == null || accountId.isBlank() || accountId.length() > 64)) {
                errors.add(new FieldError(prefix + ".accountId", "is required, at most 64 characters"));
            }
            Action parsed = refused.contains("action") ? null : AccountDecisions.action(action, prefix + ".action", errors);
            if (errors.size() > 20) {
                break;
            }
            queries.add(new DecisionService.Query(accountId, parsed, keyId, sourceIp));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Actor a = actor.get();
        List<AccountDecision> answers = decisions.decideAll(a, queries);
        return new Decisions(a.speaksForCustomer() ? answers.stream().map(AccountDecision::withoutReasonCode).toList() : answers);
    }
}
