package io.redress.web.apikeys;

import io.redress.apikeys.api.IntegrationView;
import io.redress.apikeys.application.IntegrationCatalogue;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The managed list of third-party integrations: everyone reads it, ADMIN adds, renames and retires. */
@Named
@ViewScoped
public class IntegrationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntegrationCatalogue catalogue;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private List<IntegrationView> integrations;
    private String newCode;
    private String newName;
    private IntegrationView editing;
    private String editName;

    public void load() {
        integrations = catalogue.list(actor.get());
    }

    public void create() {
        try {
            IntegrationView created = catalogue.create(actor.get(), newCode, newName);
            Messages.info(faces, "integrations.msg.created", created.code());
            newCode = null;
            newName = null;
            load();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("code", "create:code", "name", "create:name"));
        }
    }

    public void edit(IntegrationView i) {
        editing = i;
        editName = i.name();
    }

    public void rename() {
        try {
            catalogue.rename(actor.get(), editing.code(), editing.version(), editName);
            Messages.info(faces, "integrations.msg.renamed", editing.code());
            editing = null;
            load();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("name", "rename:editName"));
        }
    }

    public void retire(IntegrationView i) {
        try {
            catalogue.retire(actor.get(), i.code(), i.version(), "retired in the console");
            Messages.info(faces, "integrations.msg.retired", i.code());
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of());
        }
        load();
    }

    public List<IntegrationView> getIntegrations() {
        return integrations;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public IntegrationView getEditing() {
        return editing;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }
}
