package io.redress.web.cases;

import io.redress.cases.api.NewCase;
import io.redress.cases.application.CaseService;
import io.redress.cases.domain.Category;
import io.redress.cases.domain.Channel;
import io.redress.cases.domain.Priority;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import io.redress.web.shell.SentForms;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Staff open a case in the console (a phone call, a regulator's letter, an internal finding). */
@Named
@RequestScoped
public class NewCaseBean {

    @Inject
    CaseService cases;
    @Inject
    CurrentActor actor;
    @Inject
    FacesContext faces;
    @Inject
    SentForms sent;

    private static final SentForms.Form FORM = new SentForms.Form("newCase.msg.inProgress", "newCase.msg.alreadyOpened",
            ticket -> "/app/cases/case?faces-redirect=true&ticket=" + ticket);

    private Channel channel = Channel.INTERNAL;
    private String accountId;
    private String customerName;
    private String customerContact;
    private String language = "en";
    private String subject;
    private String description;
    private Category category = Category.GENERAL;
    private Priority priority = Priority.P3;

    /**
     * Opens the case once per form: the same form sent again (a double click, Back and the button again) leads to the
     * case it opened, with a word of why, instead of a second case and a second acknowledgement to the customer.
     */
    public String open() {
        String key = SentForms.key("new-case", actor.get().name(), channel == null ? null : channel.name(), accountId,
                customerName, customerContact, language, subject, description,
                category == null ? null : category.name(), priority == null ? null : priority.name());
        return sent.once(faces, key, FORM, () -> {
            try {
                return cases.open(actor.get(), new NewCase(channel.name(), blank(accountId), blank(customerName),
                        blank(customerContact), language, subject, description, category.name(), null, priority.name(), null,
                        null)).ticket();
            } catch (AccessDenied e) {
                throw e; // the Not allowed page, as the page itself answers (RefusalPages), never the refusal's raw text
            } catch (RedressException e) {
                Messages.refusal(faces, e, Map.of("accountId", "case:accountId", "subject", "case:subject",
                        "description", "case:description", "customerName", "case:customerName", "customerContact",
                        "case:customerContact"));
                return null;
            }
        });
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public List<String> getLanguages() {
        return List.of("en", "fr", "ja");
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getCustomerContact() {
        return customerContact;
    }

    public void setCustomerContact(String customerContact) {
        this.customerContact = customerContact;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }
}
