package io.redress.web.cases;

import io.redress.cases.application.CannedReplies;
import io.redress.cases.domain.CannedReplyRules;
import io.redress.cases.domain.CannedReplyView;
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

/** ADMIN's canned replies: the list (retired ones too), adding, editing and retiring one. */
@Named
@ViewScoped
public class CannedRepliesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CannedReplies replies;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private List<CannedReplyView> all;
    private String newTitle;
    private String newLanguage = "en";
    private String newBody;
    private CannedReplyView editing;
    private String editTitle;
    private String editLanguage;
    private String editBody;

    public void load() {
        all = replies.list(actor.get(), null, true);
    }

    public void create() {
        try {
            CannedReplyView created = replies.create(actor.get(), newTitle, newLanguage, newBody);
            Messages.info(faces, "canned.msg.created", created.title());
            newTitle = null;
            newBody = null;
            load();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("title", "create:title", "language", "create:language", "body", "create:body"));
        }
    }

    public void edit(CannedReplyView r) {
        editing = r;
        editTitle = r.title();
        editLanguage = r.language();
        editBody = r.body();
    }

    public void save() {
        try {
            CannedReplyView saved = replies.revise(actor.get(), Long.toString(editing.id()), editing.version(), editTitle,
                    editLanguage, editBody);
            Messages.info(faces, "canned.msg.saved", saved.title());
            editing = null;
            load();
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("title", "edit:editTitle", "language", "edit:editLanguage", "body", "edit:editBody"));
        }
    }

    public void retire(CannedReplyView r) {
        try {
            replies.retire(actor.get(), Long.toString(r.id()), r.version(), null);
            Messages.info(faces, "canned.msg.retired", r.title());
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of());
        }
        load();
    }

    public List<String> getLanguages() {
        return CannedReplyRules.LANGUAGES;
    }

    public List<CannedReplyView> getAll() {
        return all;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }

    public String getNewBody() {
        return newBody;
    }

    public void setNewBody(String newBody) {
        this.newBody = newBody;
    }

    public CannedReplyView getEditing() {
        return editing;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public String getEditLanguage() {
        return editLanguage;
    }

    public void setEditLanguage(String editLanguage) {
        this.editLanguage = editLanguage;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }
}
