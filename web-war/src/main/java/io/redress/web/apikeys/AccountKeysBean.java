package io.redress.web.apikeys;

import io.redress.apikeys.api.ApiKeyView;
import io.redress.apikeys.application.ApiKeyRegistry;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The account page's API-keys part: the account's keys, and SECURITY's revocation with its reason. */
@Named
@ViewScoped
public class AccountKeysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiKeyRegistry registry;
    @Inject
    transient CurrentActor actor;

    private String accountId;
    private List<ApiKeyView> keys = List.of();
    private String revoking;
    private String revokeReason;

    public void load(String accountId) {
        this.accountId = accountId;
        keys = Permission.APIKEY_READ.allows(actor.get()) ? registry.forAccount(actor.get(), accountId) : List.of();
    }

    /** SECURITY picks a key to revoke; the dialog asks why. */
    public void chooseKey(ApiKeyView key) {
        revoking = key.keyId();
        revokeReason = null;
    }

    public void revokeKey() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            registry.revoke(actor.get(), revoking, null, revokeReason);
            Messages.info(faces, "apikeys.msg.revoked", revoking);
            keys = registry.forAccount(actor.get(), accountId);
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("reason", "revokeKey:reason"));
        }
    }

    public List<ApiKeyView> getApiKeys() {
        return keys;
    }

    public String getRevoking() {
        return revoking;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
