package io.redress.api.cases;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.api.support.QueryParams;
import io.redress.cases.api.NewCase;
import io.redress.cases.application.CaseQueue;
import io.redress.cases.application.CaseQueue.QueuePage;
import io.redress.cases.application.CaseService;
import io.redress.cases.application.CaseService.CaseChange;
import io.redress.cases.domain.CaseOutcome;
import io.redress.cases.domain.CaseState;
import io.redress.cases.domain.CaseView;
import io.redress.cases.domain.Category;
import io.redress.cases.domain.OutboxView;
import io.redress.cases.domain.Priority;
import io.redress.cases.domain.QueueFilter;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cases: intake from the exchange's chat, e-mail and web forms, the customer's replies, and staff work. */
@Tag(name = "Cases", description = "Support cases: intake, the customer's replies and staff work")
@Path("v1/cases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseService cases;
    @Inject
    CaseQueue queue;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openCase",
            description = "The case gets a ticket number the customer can quote, is routed to a queue and starts its SLA "
                    + "clocks. With an Idempotency-Key header (8 to 64 letters, digits, '.', '_', ':' or '-'; a UUID"
                    + " fits), repeating the same request answers the case already opened (200) and acknowledges the"
                    + " customer once; the same key with another case is refused (422 idempotency-key-reused). Use one"
                    + " when an answer may be lost (a timeout, a 503 whose outcome is unknown).",
            summary = "Open a case (INTEGRATION or staff); the customer is acknowledged with the ticket number,"
            + " the date received and the date a decision is due")
    @APIResponse(responseCode = "201", description = "Opened; Location names the case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "200", description = "Already opened under this Idempotency-Key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseView.class)))
    @Requires(Permission.CASE_OPEN)
    public Response open(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseBodies.NewCase.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("channel", "accountId", "customerName", "customerContact", "language",
                "subject", "description", "category", "subcategory", "priority", "queue", "complaint"));
        NewCase c = new NewCase(in.string("channel"), in.string("accountId"), in.string("customerName"),
                in.string("customerContact"), in.string("language"), in.string("subject"), in.string("description"),
                in.string("category"), in.string("subcategory"), in.string("priority"), in.string("queue"), in.bool("complaint"));
        in.throwIfInvalid(List.of());
        CaseService.Opened opened = cases.open(actor.get(), c, idempotencyKey);
        if (!opened.created()) {
            return Response.ok(opened.c()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("v1/cases").path(opened.c().ticket()).build())
                .entity(opened.c()).build();
    }

    @GET
    @Operation(operationId = "listCases",
            description = "Filters combine; q is a whole ticket, the beginning of one (RD-7K3Q, 7K3Q-9P), a social handle (@name), or a"
                    + " phrase searched in subject, description and contact; assignee is"
                    + " a staff member's user name (the console's 'Only my cases' is assignee=<me>). Staff only.",
            summary = "The queue, oldest first, keyset-paged: pass the previous page's 'next' as 'after'")
    @Requires(Permission.CASE_QUEUE)
    public QueuePage queue(@QueryParam("queue") String queueName, @QueryParam("state") String state,
                           @QueryParam("priority") String priority, @QueryParam("category") String category,
                           @QueryParam("sla") String sla, @QueryParam("q") String text,
                           @QueryParam("assignee") String assignee, @QueryParam("after") String after,
                           @QueryParam("size") @DefaultValue("50") String size) {
        return queue.page(actor.get(), new QueueFilter(queueName, state, priority, category, sla, text, assignee), after,
                QueryParams.integer("size", size, 1, CaseQueue.MAX_SIZE));
    }

    @GET
    @Path("{ticket}")
    @Operation(operationId = "getCase",
            description = "Staff get CaseDetail: the case (CaseView) under `c`, with its timeline, messages, links, outbox"
                    + " and merged tickets; INTEGRATION gets CustomerCase, the part the customer may see.",
            summary = "One case by ticket (a merged ticket answers its surviving case). Staff see the whole case;"
            + " INTEGRATION sees what the customer may see")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {CaseService.CaseDetail.class, CaseService.CustomerCase.class})))
    @Requires({Permission.CASE_READ, Permission.CASE_READ_CUSTOMER_VIEW})
    public Object get(@PathParam("ticket") String ticket) {
        Actor a = actor.get();
        return CaseService.readsAsCustomer(a) ? cases.forCustomer(a, ticket) : cases.detail(a, ticket);
    }

    @POST
    @Path("{ticket}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCustomerMessage",
            description = "INTEGRATION (the customer's reply) or AGENT; INTEGRATION gets the customer's view of the case "
                    + "back.",
            summary = "The customer's reply: resumes a case waiting on them, reopens one resolved in the last 14"
            + " days, opens a linked follow-up case after closure")
    @APIResponse(responseCode = "200", description = "The case after the message",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {CaseView.class, CaseService.CustomerCase.class})))
    @Requires(Permission.CASE_CUSTOMER_REPLY)
    public Object customerMessage(@PathParam("ticket") String ticket,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseBodies.MessageText.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("body"));
        String text = in.string("body");
        in.throwIfInvalid(List.of());
        Actor a = actor.get();
        CaseView c = cases.customerReply(a, ticket, text);
        return CaseService.readsAsCustomer(a) ? cases.forCustomer(a, c.ticket()) : c;
    }

    @POST
    @Path("{ticket}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyToCustomer",
            description = "A message naming a forbidden term for a confidential account is refused (422 forbidden-term) and"
                    + " stored nowhere.",
            summary = "Send the customer a templated message in their language, through the check point and the outbox")
    @APIResponse(responseCode = "201", description = "Queued in the outbox",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutboxView.class)))
    @Requires(Permission.CASE_REPLY)
    public Response reply(@PathParam("ticket") String ticket,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseBodies.Reply.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "template", "message"));
        Long version = in.requiredLong("version");
        String template = in.string("template");
        String message = in.string("message");
        in.throwIfInvalid(List.of());
        OutboxView sent = cases.reply(actor.get(), ticket, version, template, message);
        return Response.status(Response.Status.CREATED).entity(sent).build();
    }

    @POST
    @Path("{ticket}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCaseNote",
            description = "Visible to staff only, on the case timeline.",
            summary = "An internal note, never sent")
    @Requires(Permission.CASE_NOTE)
    public CaseView note(@PathParam("ticket") String ticket,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseBodies.MessageText.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("body"));
        String text = in.string("body");
        in.throwIfInvalid(List.of());
        return cases.note(actor.get(), ticket, text);
    }

    @POST
    @Path("{ticket}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeCase",
            description = "Send the version read; transitions follow the case states.",
            summary = "Assign, re-prioritise, re-categorise, move queue or state (RESOLVED needs an outcome)")
    @Requires(Permission.CASE_CHANGE)
    public CaseView change(@PathParam("ticket") String ticket,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseBodies.Change.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("version", "assignee", "unassign", "priority", "category", "subcategory",
                "queue", "state", "outcome", "complaint", "note"));
        Long version = in.requiredLong("version");
        Boolean unassign = in.bool("unassign");
        CaseChange change = new CaseChange(in.string("assignee"), Boolean.TRUE.equals(unassign),
                in.enumValue("priority", Priority.class), in.enumValue("category", Category.class), in.string("subcategory"),
                in.string("queue"), in.enumValue("state", CaseState.class), in.enumValue("outcome", CaseOutcome.class),
                in.bool("complaint"), in.string("note"));
        in.throwIfInvalid(List.of());
        return cases.change(actor.get(), ticket, version, change);
    }

    @POST
    @Path("{ticket}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkCase",
            description = "Links show on both sides where both are cases.",
            summary = "Link the case to an ACCOUNT, a RESTRICTION or another CASE")
    @Requires(Permission.CASE_LINK)
    public CaseView link(@PathParam("ticket") String ticket,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseBodies.Link.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("kind", "target"));
        String kind = in.string("kind");
        String target = in.string("target");
        in.throwIfInvalid(List.of());
        return cases.link(actor.get(), ticket, kind, target);
    }

    @POST
    @Path("{ticket}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeCase",
            description = "The duplicate is closed and points at the survivor; its messages move.",
            summary = "Merge this duplicate into another case; both ticket numbers keep working")
    @Requires(Permission.CASE_MERGE)
    public CaseView merge(@PathParam("ticket") String ticket,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseBodies.Merge.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("into"));
        String into = in.requiredString("into", "the surviving ticket");
        in.throwIfInvalid(List.of());
        return cases.merge(actor.get(), ticket, into);
    }
}
