package io.redress.api.support;

import io.redress.api.RedressApi;
import io.redress.api.accounts.AccountResource;
import io.redress.api.audit.AuditResource;
import io.redress.api.cases.CaseResource;
import io.redress.api.cases.DashboardResource;
import io.redress.api.cases.ForbiddenTermResource;
import io.redress.api.cases.OutboxResource;
import io.redress.api.problem.Problem;
import io.redress.api.publicposts.PublicPostResource;
import io.redress.api.restrictions.AppealResource;
import io.redress.api.restrictions.DecisionResource;
import io.redress.api.restrictions.NoticeResource;
import io.redress.api.restrictions.PolicyResource;
import io.redress.api.restrictions.ReportResource;
import io.redress.api.restrictions.RestrictionResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes {@code /openapi} with what every operation shares, so each resource declares only what is its own:
 * the problem+json answers the mappers give (401 and 403 everywhere, 400 where there is input, 404 where a path
 * names something, 409 where a version is sent, 422 on writes, 500), and typed defaults of query parameters
 * (JAX-RS's {@code @DefaultValue} is a string, which the generated document copied as a string for numbers).
 * Also removes Payara's non-standard {@code endpoints}. Registered with {@code mp.openapi.filter} in web-war's microprofile-config.properties.
 */
public class OpenApiDocument implements OASFilter {

    static final String PROBLEM = "#/components/schemas/Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The JAX-RS resources whose bodies this document describes; ApiDocumentationTest keeps the list complete. */
    public static final List<Class<?>> RESOURCES = List.of(AccountResource.class, AuditResource.class,
            CaseResource.class, io.redress.api.cases.CannedReplyResource.class, DashboardResource.class, ForbiddenTermResource.class, OutboxResource.class,
            PublicPostResource.class, AppealResource.class, DecisionResource.class, NoticeResource.class,
            PolicyResource.class, ReportResource.class, RestrictionResource.class, PingResource.class,
            io.redress.api.restrictions.ProtectiveLockResource.class,
            io.redress.api.alerts.AlertResource.class, io.redress.api.staff.StaffResource.class,
            io.redress.api.messaging.MessageResource.class,
            io.redress.api.apikeys.ApiKeyResource.class, io.redress.api.apikeys.IntegrationResource.class,
            io.redress.api.apikeys.KeyRevocationResource.class, io.redress.api.apikeys.TradeEventResource.class,
            io.redress.api.claims.ClaimResource.class, io.redress.api.screening.FlaggedListResource.class,
            io.redress.api.screening.FlaggedAddressResource.class, io.redress.api.screening.ChainTransferResource.class,
            io.redress.api.screening.DepositScreeningResource.class, io.redress.api.screening.DepositScreeningListResource.class,
            io.redress.api.screening.InvestigationResource.class, io.redress.api.screening.WalletProofResource.class,
            io.redress.api.incidents.IncidentResource.class, io.redress.api.incidents.EvidenceReportResource.class,
            io.redress.api.incidents.IncidentActionResource.class, io.redress.api.jobs.JobResource.class);

    private static final Set<Class<? extends Annotation>> HTTP_METHODS = Set.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        withoutPayaraEndpoints(api);
        withEachTagOnce(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        JavaSchemas schemas = new JavaSchemas();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                Operation op = operation(api, resource, method);
                if (op != null) {
                    bodies(schemas, method, op);
                }
            }
        }
        schemas.of(Problem.class);
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        // only what the document refers to: Payara's own schemas of the same records are replaced
        api.getComponents().setSchemas(new TreeMap<>(schemas.components()));
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                complete(api, e.getKey(), item, e.getValue());
            }
        }
    }

    /**
     * Several resources share a tag (the API keys' registry, revocations, trade events and integrations): Payara lists
     * it once per resource, and OpenAPI allows a tag name once. The first declaration is kept.
     */
    private static void withEachTagOnce(OpenAPI api) {
        if (api.getTags() == null) {
            return;
        }
        Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> byName = new java.util.LinkedHashMap<>();
        api.getTags().forEach(t -> byName.putIfAbsent(t.getName(), t));
        api.setTags(new java.util.ArrayList<>(byName.values()));
    }

    /**
     * Payara 6.2025.10 adds a top-level {@code endpoints} map that OpenAPI does not allow (the linter's one schema
     * error; later Payara versions name it {@code x-endpoints}). An empty map is left out of the document.
     */
    private static void withoutPayaraEndpoints(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new TreeMap<String, Set<String>>());
        } catch (ReflectiveOperationException e) {
            // another implementation: it has no such field
        }
    }

    /** The operation of the document that this resource method serves, or null when it is not one. */
    private static Operation operation(OpenAPI api, Class<?> resource, Method method) {
        Annotation verb = Stream.of(method.getAnnotations()).filter(a -> HTTP_METHODS.contains(a.annotationType()))
                .findFirst().orElse(null);
        if (verb == null) {
            return null;
        }
        String path = ("/" + RedressApi.class.getAnnotation(ApplicationPath.class).value() + "/"
                + resource.getAnnotation(Path.class).value() + "/"
                + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : ""))
                .replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        PathItem item = api.getPaths().getPathItem(path);
        if (item == null) {
            return null;
        }
        return item.getOperations().get(PathItem.HttpMethod.valueOf(verb.annotationType().getSimpleName()));
    }

    /** The request body and success answers of an operation, from the method's annotations and return type. */
    private static void bodies(JavaSchemas schemas, Method method, Operation op) {
        for (java.lang.reflect.Parameter p : method.getParameters()) {
            var declared = p.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
            if (declared != null && declared.content().length > 0) {
                op.setRequestBody(OASFactory.createRequestBody().required(declared.required())
                        .description(declared.description().isBlank() ? null : declared.description())
                        .content(json(MediaType.APPLICATION_JSON, schema(schemas, declared.content()[0].schema()))));
            }
        }
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        responses.removeAPIResponse("default");
        boolean declaredSuccess = false;
        for (var r : method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            if (r.responseCode().startsWith("2")) {
                declaredSuccess = true;
                APIResponse answer = OASFactory.createAPIResponse().description(r.description());
                if (r.content().length > 0) {
                    // JSON unless the operation names its media types (the audit export: JSON lines or CSV)
                    Content content = OASFactory.createContent();
                    for (var declaredContent : r.content()) {
                        content.addMediaType(declaredContent.mediaType().isBlank() ? MediaType.APPLICATION_JSON
                                : declaredContent.mediaType(),
                                OASFactory.createMediaType().schema(schema(schemas, declaredContent.schema())));
                    }
                    answer.content(content);
                }
                responses.addAPIResponse(r.responseCode(), answer);
            }
        }
        if (!declaredSuccess) {
            Class<?> returns = method.getReturnType();
            if (returns == void.class) {
                responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done"));
            } else {
                responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK")
                        .content(json(MediaType.APPLICATION_JSON, schemas.of(method.getGenericReturnType()))));
            }
        }
    }

    private static Schema schema(JavaSchemas schemas, org.eclipse.microprofile.openapi.annotations.media.Schema declared) {
        // an array's type and its items' one-of: a list of staff views or of the customer's (the account's restrictions)
        Schema item = declared.oneOf().length > 0
                ? OASFactory.createSchema().oneOf(Stream.of(declared.oneOf()).map(schemas::of).toList())
                : schemas.of(declared.implementation());
        return declared.type() == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY
                ? OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(item) : item;
    }

    private static Content json(String mediaType, Schema schema) {
        return OASFactory.createContent().addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
    }

    private static void complete(OpenAPI api, PathItem.HttpMethod method, PathItem item, Operation op) {
        boolean write = method != PathItem.HttpMethod.GET;
        boolean pathParameter = hasParameter(item, op, Parameter.In.PATH);
        boolean input = op.getRequestBody() != null || pathParameter || hasParameter(item, op, Parameter.In.QUERY)
                || hasParameter(item, op, Parameter.In.HEADER);
        if (op.getParameters() != null) {
            op.getParameters().forEach(OpenApiDocument::typedDefault);
        }
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        if (input) {
            problem(responses, "400", "Invalid input: `errors` names each bad field, parameter or header");
        }
        problem(responses, "401", "No valid credentials (HTTP Basic)");
        problem(responses, "403", "The caller's role may not do this");
        if (pathParameter) {
            problem(responses, "404", "Nothing is known under this path");
        }
        if (sendsVersion(api, op)) {
            problem(responses, "409", "Stale version: changed by someone else since it was read");
        }
        if (write) {
            problem(responses, "422", "A rule forbids it: `rule` and `rules` name the rules");
        }
        problem(responses, "500", "Unexpected error: quote `incidentId` to the operators");
        // any error answer a resource declares itself (e.g. 503) carries the same body
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                if (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty()) {
                    response.setContent(problemContent());
                }
            }
        });
    }

    private static boolean hasParameter(PathItem item, Operation op, Parameter.In in) {
        return (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> p.getIn() == in))
                || (item.getParameters() != null && item.getParameters().stream().anyMatch(p -> p.getIn() == in));
    }

    private static boolean sendsVersion(OpenAPI api, Operation op) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null
                || api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return false;
        }
        return op.getRequestBody().getContent().getMediaTypes().values().stream()
                .map(m -> m.getSchema() == null ? null : m.getSchema().getRef())
                .filter(ref -> ref != null)
                .map(ref -> api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1)))
                .anyMatch(body -> body != null && body.getProperties() != null && body.getProperties().containsKey("version"));
    }

    private static void problem(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            APIResponse r = OASFactory.createAPIResponse().description(description).content(problemContent());
            responses.addAPIResponse(code, r);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static void typedDefault(Parameter p) {
        Schema s = p.getSchema();
        if (s == null || !(s.getDefaultValue() instanceof String text) || s.getType() == null) {
            return;
        }
        try {
            switch (s.getType()) {
                case INTEGER -> s.setDefaultValue(new BigDecimal(text).toBigIntegerExact());
                case NUMBER -> s.setDefaultValue(new BigDecimal(text));
                case BOOLEAN -> s.setDefaultValue(Boolean.valueOf(text));
                default -> { }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // a default that is not a number is left as written; the linter reports it
        }
    }
}
