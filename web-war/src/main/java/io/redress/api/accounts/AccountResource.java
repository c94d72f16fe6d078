package io.redress.api.accounts;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.restrictions.domain.ComplaintSignal;
import io.redress.restrictions.domain.CustomerMeasure;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.redress.accounts.application.AccountService;
import io.redress.accounts.application.AccountService.MirrorResult;
import io.redress.accounts.domain.AccountProfile;
import io.redress.accounts.domain.AccountProfileRules;
import io.redress.accounts.domain.AccountView;
import io.redress.accounts.domain.KycLevel;
import io.redress.api.support.JsonBody;
import io.redress.api.support.QueryParams;
import io.redress.audit.api.TimelinePage;
import io.redress.audit.application.AccountTimeline;
import io.redress.audit.domain.AuditRecord;
import io.redress.restrictions.application.DecisionService;
import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.domain.AccountDecision;
import io.redress.restrictions.domain.Action;
import io.redress.restrictions.api.ComplaintRecorded;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.RestrictionRequest;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The account mirror: the exchange keeps it current (INTEGRATION); staff read it. */
@Tag(name = "Accounts",
        description = "The mirror of the exchange's customer accounts, their restrictions, complaints and decisions")
@Path("v1/accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private static final Set<String> FIELDS = Set.of("handle", "kycLevel", "jurisdiction", "customerSince", "vipTier",
            "socialHandles", "openDerivativesPositions", "version");

    @Inject
    AccountService accounts;
    @Inject
    DecisionService decisions;
    @Inject
    RestrictionService restrictions;
    @Inject
    AccountTimeline timelines;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    @PUT
    @Path("{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mirrorAccount",
            summary = "Create or update the mirror of a customer account (INTEGRATION)",
            description = "Send `version` (or If-Match) to refuse the update when the account changed since you read it.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "200", description = "Updated, or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in `errors`")
    @APIResponse(responseCode = "409", description = "Stale version")
    @Requires(Permission.ACCOUNT_MIRROR)
    public Response mirror(@PathParam("accountId") String accountId, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountBodies.Profile.class))) String body) {
        JsonBody in = JsonBody.parse(body, FIELDS);
        AccountProfile profile = new AccountProfile(in.string("handle"), in.enumValue("kycLevel", KycLevel.class),
                in.string("jurisdiction"), in.date("customerSince"), in.integer("vipTier"), in.strings("socialHandles"),
                in.integer("openDerivativesPositions"));
        Long version = in.longValue("version");
        if (version == null && ifMatch != null) {
            version = parseIfMatch(ifMatch);
        }
        List<FieldError> domainErrors = new ArrayList<>(AccountProfileRules.checkAccountId(accountId));
        domainErrors.addAll(AccountProfileRules.check(profile, LocalDate.now()));
        in.throwIfInvalid(domainErrors);
        MirrorResult result = accounts.mirror(actor.get(), accountId, profile, version);
        Response.ResponseBuilder out = result.created()
                ? Response.created(uri.getAbsolutePath())
                : Response.ok();
        return out.entity(result.account()).tag(etag(result.account())).build();
    }

    @GET
    @Path("{accountId}")
    @Operation(operationId = "getAccount",
            description = "The mirrored profile with the status Redress keeps; the ETag is its version, for If-Match.",
            summary = "One mirrored account, with its status")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountView.class)))
    @Requires(Permission.ACCOUNT_READ)
    public Response get(@PathParam("accountId") String accountId) {
        AccountView account = accounts.get(actor.get(), accountId);
        return Response.ok(account).tag(etag(account)).build();
    }

    @GET
    @Operation(operationId = "searchAccounts",
            description = "Accounts whose id or handle starts with the query, 0-based pages of at most 200.",
            summary = "Search accounts by id or handle prefix, paged")
    @Requires(Permission.ACCOUNT_SEARCH)
    public Page<AccountView> search(@QueryParam("query") @DefaultValue("") String query,
                                    @QueryParam("page") @DefaultValue("0") String page,
                                    @QueryParam("size") @DefaultValue("20") String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = QueryParams.integer("page", page, 0, Integer.MAX_VALUE / Page.MAX_SIZE, errors);
        int s = QueryParams.integer("size", size, 1, Page.MAX_SIZE, errors);
        if (query.length() > 64) {
            errors.add(new FieldError("query", "at most 64 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return accounts.search(actor.get(), query, p, s);
    }

    @GET
    @Path("{accountId}/history")
    @Operation(operationId = "accountHistory",
            description = "The audit entries about this account, newest first, at most 200. Staff only: it holds staff reasons, names and addresses.",
            summary = "The audit history of one account, newest first (staff only)")
    @Requires(Permission.ACCOUNT_HISTORY)
    public List<AuditRecord> history(@PathParam("accountId") String accountId) {
        List<AuditRecord> history = accounts.history(actor.get(), accountId, 200);
        accounts.get(actor.get(), accountId);
        return history;
    }

    @GET
    @Path("{accountId}/timeline")
    @Operation(operationId = "accountTimeline",
            description = "Everything every context audited about this account, oldest first: mirror updates, complaints,"
                    + " restriction requests, refusals with their rule, approvals, notices, appeals and decisions, cases,"
                    + " public posts, alerts; each with its actor and the role they acted in. Pages of `size` (1 to 200,"
                    + " default 100); pass `next` as `after` for the following page. Staff only: it holds staff"
                    + " reasons and names.",
            summary = "The account's timeline across contexts, oldest first (staff only)")
    @Requires(Permission.ACCOUNT_TIMELINE)
    public TimelinePage timeline(@PathParam("accountId") String accountId, @QueryParam("after") String after,
                                 @QueryParam("size") @DefaultValue("100") String size) {
        List<FieldError> errors = new ArrayList<>();
        Long afterSeq = QueryParams.optionalLong("after", after, 0, Long.MAX_VALUE, errors);
        int s = QueryParams.integer("size", size, 1, Page.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Actor a = actor.get();
        TimelinePage page = timelines.of(a, accountId, afterSeq == null ? 0 : afterSeq, s);
        accounts.get(a, accountId);
        return page;
    }

    @GET
    @Path("{accountId}/decision")
    @Operation(operationId = "decideAccountAction",
            summary = "May this account do this action now? (the hot path)",
            description = "Answers allowed, machine-readable reasons, the status, the restriction in force and its"
                    + " window end. With keyId (and sourceIp), the key must be usable too: unknown, expired or revoked,"
                    + " another account's, missing the permission (API_TRADE: a trading one; WITHDRAW: WITHDRAW) or an"
                    + " address outside its allowlist is denied with its reason code."
                    + " 404 for an unknown account; 503 when Redress cannot know (fail closed).")
    @APIResponse(responseCode = "503",
            description = "Redress cannot read the standing now: treat as not allowed and retry")
    @Requires(Permission.DECISION)
    public AccountDecision decision(@PathParam("accountId") String accountId, @QueryParam("action") String action,
                                    @QueryParam("keyId") String keyId, @QueryParam("sourceIp") String sourceIp) {
        List<FieldError> errors = new ArrayList<>();
        Action parsed = io.redress.api.restrictions.AccountDecisions.action(action, errors);
        io.redress.api.restrictions.AccountDecisions.keyId(keyId, "keyId", errors);
        io.redress.api.restrictions.AccountDecisions.sourceIp(sourceIp, "sourceIp", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Actor a = actor.get();
        AccountDecision decision = decisions.decide(a, accountId, parsed, keyId, sourceIp);
        return a.speaksForCustomer() ? decision.withoutReasonCode() : decision;
    }

    @POST
    @Path("{accountId}/restrictions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestRestriction",
            description = "A measure needs a reason from the catalogue, a written justification, the evidence the reason "
                    + "requires and a window no shorter than its minimum; someone else approves it (AGENT, SUPERVISOR, "
                    + "SECURITY, COMPLIANCE). The same measure while one is waiting for a decision on the account is refused "
                    + "(422, rule duplicate-pending, naming the request waiting).",
            summary = "Request a measure (staff): measure, reason code, justification, evidence, window days")
    @APIResponse(responseCode = "201", description = "Requested; Location names the restriction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RestrictionView.class)))
    @Requires(Permission.RESTRICTION_REQUEST)
    public Response requestRestriction(@PathParam("accountId") String accountId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountBodies.RestrictionRequest.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("measure", "reasonCode", "justification", "evidence", "windowDays",
                "durationDays", "liftsRestrictionId"));
        RestrictionRequest request = new RestrictionRequest(in.enumValue("measure", Measure.class), in.string("reasonCode"),
                in.string("justification"), in.strings("evidence"), in.integer("windowDays"), in.integer("durationDays"),
                in.longValue("liftsRestrictionId"));
        in.throwIfInvalid(List.of());
        RestrictionView created = restrictions.request(actor.get(), accountId, request);
        return Response.created(uri.getBaseUriBuilder().path("v1/restrictions").path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{accountId}/restrictions")
    @Operation(operationId = "accountRestrictions",
            description = "Staff see requested, in force, ended, rejected and cancelled restrictions (RestrictionView);"
                    + " INTEGRATION sees only the measures in force as the customer may see them (CustomerMeasure).",
            summary = "The account's restrictions, newest first")
    @APIResponse(responseCode = "200", description = "The restrictions (staff) or the measures in force (INTEGRATION)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    oneOf = {RestrictionView.class, CustomerMeasure.class})))
    @Requires({Permission.RESTRICTION_READ, Permission.RESTRICTION_READ_CUSTOMER_VIEW})
    public List<?> restrictions(@PathParam("accountId") String accountId) {
        Actor a = actor.get();
        accounts.get(a, accountId);
        return a.speaksForCustomer() ? restrictions.customerMeasures(a, accountId) : restrictions.forAccount(a, accountId);
    }

    @POST
    @Path("{accountId}/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordComplaint",
            description = "Complaints in the last 30 days make a punitive measure need a COMPLIANCE approver and an "
                    + "attestation (INTEGRATION, AGENT, SUPERVISOR).",
            summary = "Record a complaint case or public post against the account (for the retaliation guard)")
    @APIResponse(responseCode = "201", description = "Recorded: what the retaliation guard will count (its kind, reference and time)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintSignal.class)))
    @Requires(Permission.COMPLAINT_RECORD)
    public Response recordComplaint(@PathParam("accountId") String accountId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountBodies.Complaint.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("kind", "reference", "occurredAt"));
        ComplaintRecorded.Kind kind = in.enumValue("kind", ComplaintRecorded.Kind.class);
        String reference = in.string("reference");
        java.time.Instant at = in.instant("occurredAt");
        in.throwIfInvalid(kind == null && in.errors().isEmpty() ? List.of(new FieldError("kind", "is required")) : List.of());
        return Response.status(201).entity(restrictions.recordComplaint(actor.get(), accountId, kind, reference, at)).build();
    }

    @PUT
    @Path("{accountId}/confidential")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setAccountConfidentiality",
            description = "While set, every message to the account passes the forbidden-terms check point; the reason is "
                    + "audited (COMPLIANCE). A flag set by hand stays until it is lifted by hand (a risk review closing does"
                    + " not clear it); lifting it while a risk review is open leaves it set until the review closes: the"
                    + " answer says whether the account is confidential now.",
            summary = "Set or clear the confidentiality flag: messages to the account then pass the forbidden-terms list (COMPLIANCE)")
    @APIResponse(responseCode = "200", description = "The flag as it now is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountBodies.ConfidentialityState.class)))
    @Requires(Permission.ACCOUNT_CONFIDENTIAL)
    public Map<String, Object> confidential(@PathParam("accountId") String accountId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountBodies.Confidentiality.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("confidential", "reason"));
        Boolean flag = in.bool("confidential");
        String reason = in.string("reason");
        in.throwIfInvalid(flag == null && in.errors().isEmpty() ? List.of(new FieldError("confidential", "is required")) : List.of());
        return Map.of("accountId", accountId, "confidential", accounts.markConfidential(actor.get(), accountId, flag, reason));
    }

    private static Long parseIfMatch(String ifMatch) {
        String v = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "must be the ETag of the account as returned by GET");
        }
    }

    private static EntityTag etag(AccountView account) {
        return new EntityTag(Long.toString(account.version()));
    }
}
