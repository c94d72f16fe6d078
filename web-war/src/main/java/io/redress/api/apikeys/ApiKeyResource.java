package io.redress.api.apikeys;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.apikeys.api.ApiKeyView;
import io.redress.apikeys.api.KeyPermission;
import io.redress.apikeys.api.KeyUpsert;
import io.redress.apikeys.application.ApiKeyRegistry;
import io.redress.apikeys.application.ApiKeyRegistry.Registered;
import io.redress.apikeys.application.ApiKeyInput;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The key registry: the exchange describes its keys, staff read them, SECURITY revokes them. */
@Path("v1/api-keys")
@Tag(name = "API keys", description = "The registry of the exchange's API keys, their third parties and the key policy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    static final Set<String> FIELDS = Set.of("accountId", "label", "permissions", "ipAllowlist", "integration",
            "fingerprint", "createdAt", "createdFromIp", "lastUsedAt", "version");

    @Inject
    ApiKeyRegistry registry;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uri;

    @PUT
    @Path("{keyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerApiKey",
            summary = "Create or update a key's description (INTEGRATION; idempotent)",
            description = "The key policy applies at once: a permission it takes away is in the answer's 'permissions'"
                    + " and in GET /api/v1/key-revocations. Never the secret: at most a fingerprint.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "200", description = "Updated, or unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @Requires(Permission.APIKEY_REGISTER)
    public Response register(@PathParam("keyId") String keyId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeyBodies.KeyDescription.class))) String body) {
        Set<String> known = new HashSet<>(FIELDS);
        known.addAll(ApiKeyInput.SECRET_FIELDS);
        JsonBody in = JsonBody.parse(body, known);
        List<FieldError> errors = new ArrayList<>(ApiKeyInput.checkKeyId(keyId));
        for (String secret : ApiKeyInput.SECRET_FIELDS) {
            if (in.has(secret)) {
                errors.add(new FieldError(secret, "Redress never stores a key's secret: send at most a 'fingerprint'"
                        + " (sha256: and 64 hex digits)"));
            }
        }
        KeyUpsert u = new KeyUpsert(in.string("accountId"), in.string("label"), in.enumSet("permissions", KeyPermission.class),
                in.strings("ipAllowlist"), in.string("integration"), in.string("fingerprint"), in.instant("createdAt"),
                in.string("createdFromIp"), in.instant("lastUsedAt"), in.longValue("version"));
        in.throwIfInvalid(errors);
        Registered r = registry.upsert(actor.get(), keyId, u);
        return (r.created() ? Response.created(uri.getAbsolutePath()) : Response.ok()).entity(r.key()).build();
    }

    @GET
    @Path("{keyId}")
    @Operation(operationId = "getApiKey", description = "Staff. 404 for a key the registry does not hold.",
            summary = "One key: permissions, allowlist, integration, status with who, when and why")
    @Requires(Permission.APIKEY_READ)
    public ApiKeyView get(@PathParam("keyId") String keyId) {
        return registry.get(actor.get(), keyId);
    }

    @GET
    @Operation(operationId = "listApiKeys", description = "Staff. accountId is required.",
            summary = "The keys of one account, by key id")
    @Requires(Permission.APIKEY_READ)
    public List<ApiKeyView> forAccount(@QueryParam("accountId") String accountId) {
        return registry.forAccount(actor.get(), accountId);
    }

    @POST
    @Path("{keyId}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeApiKey",
            description = "SECURITY. Final; the next decision with the key, on every instance, is denied KEY_REVOKED."
                    + " 422 key-not-active when it is already expired or revoked.",
            summary = "Revoke a key, saying why (audited; the exchange reads it in /api/v1/key-revocations)")
    @Requires(Permission.APIKEY_REVOKE)
    public ApiKeyView revoke(@PathParam("keyId") String keyId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeyBodies.Revocation.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("reason", "version"));
        String reason = in.requiredString("reason", "why the key is revoked");
        Long version = in.longValue("version");
        List<FieldError> errors = new ArrayList<>(ApiKeyInput.checkKeyId(keyId));
        if (reason != null) {
            errors.addAll(ApiKeyInput.checkReason(reason));
        }
        in.throwIfInvalid(errors);
        return registry.revoke(actor.get(), keyId, version, reason);
    }
}
