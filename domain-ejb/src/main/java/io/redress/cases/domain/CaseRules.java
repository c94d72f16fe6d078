package io.redress.cases.domain;

import io.redress.cases.api.NewCase;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.IdempotencyKeys;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Field rules of case intake and of what staff change on a case. Plain Java, so every rule is unit-tested. */
public final class CaseRules {

    public static final Set<String> LANGUAGES = Set.of("en", "fr", "ja");
    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 20000;
    public static final int NAME_MAX = 128;
    public static final int CONTACT_MAX = 256;
    public static final String MERGE_DIFFERENT_ACCOUNTS = "merge-different-accounts";
    public static final String CONTACT_EXPECTED = "an e-mail address (name@example.org), a social handle (@name)"
            + " or a phone number (+33 1 23 45 67 89)";
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>(),;:\"]+@[^\\s@<>(),;:\"]+\\.[^\\s@<>(),;:\"]{2,}");
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.-]{1,64}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{5,30}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private CaseRules() {
    }

    /** The template a staff reply takes when it names none. */
    public static final String DEFAULT_REPLY_TEMPLATE = "REPLY";
    /**
     * The templates staff write a reply with (the order the console offers them). The others are sent by what they
     * announce: the acknowledgement when a case opens, a claim's decision by the claim, screening's notices by screening.
     */
    public static final List<String> REPLY_TEMPLATES = List.of(DEFAULT_REPLY_TEMPLATE, "REQUEST_INFORMATION", "RESOLUTION");

    /** The template of a staff reply: {@link #DEFAULT_REPLY_TEMPLATE} when absent, else one of {@link #REPLY_TEMPLATES}. */
    public static String replyTemplate(String code) {
        if (code == null || code.isBlank()) {
            return DEFAULT_REPLY_TEMPLATE;
        }
        if ("ACKNOWLEDGEMENT".equals(code)) {
            throw new InvalidInput(FieldError.of("template", FieldError.Code.ACKNOWLEDGEMENT_AUTOMATIC,
                    "the acknowledgement is sent automatically when the case opens"));
        }
        if (!REPLY_TEMPLATES.contains(code)) {
            throw new InvalidInput(FieldError.oneOf("template", REPLY_TEMPLATES));
        }
        return code;
    }

    public static List<FieldError> check(NewCase c) {
        List<FieldError> errors = new ArrayList<>();
        Channel channel = parse(Channel.class, c.channel(), "channel", true, errors);
        if (c.accountId() != null && !ACCOUNT_ID.matcher(c.accountId()).matches()) {
            errors.add(FieldError.identifier("accountId"));
        }
        if (c.accountId() == null && channel == Channel.INTERNAL) {
            errors.add(FieldError.of("accountId", FieldError.Code.INTERNAL_CASE_ACCOUNT, "an internal case names the account it is about"));
        }
        text(c.customerName(), "customerName", NAME_MAX, false, errors);
        text(c.customerContact(), "customerContact", CONTACT_MAX, false, errors);
        if (c.customerContact() != null && !c.customerContact().isBlank() && c.customerContact().strip().length() <= CONTACT_MAX
                && !isContact(c.customerContact().strip())) {
            errors.add(FieldError.of("customerContact", FieldError.Code.CONTACT, CONTACT_EXPECTED));
        }
        if (c.language() != null && !LANGUAGES.contains(c.language())) {
            errors.add(FieldError.oneOf("language", LANGUAGES.stream().sorted().toList()));
        }
        text(c.subject(), "subject", SUBJECT_MAX, true, errors);
        text(c.description(), "description", TEXT_MAX, true, errors);
        Category category = parse(Category.class, c.category(), "category", false, errors);
        if (c.subcategory() != null) {
            if (category == null && c.category() == null) {
                errors.add(FieldError.of("subcategory", FieldError.Code.NEEDS_CATEGORY, "needs a category"));
            } else if (category != null && !category.allows(c.subcategory())) {
                errors.add((category.subcategories().isEmpty()
                        ? FieldError.of("subcategory", FieldError.Code.NO_SUBCATEGORIES, category + " has no subcategories", category)
                        : FieldError.oneOf("subcategory", category.subcategories())));
            }
        }
        parse(Priority.class, c.priority(), "priority", false, errors);
        if (c.queue() != null && !Queues.ALL.contains(c.queue())) {
            errors.add(FieldError.oneOf("queue", Queues.ALL));
        }
        return errors;
    }

    /**
     * Whether a case counts as a complaint (MiCA: an expression of dissatisfaction), which feeds the retaliation
     * guard. The intake may say so; otherwise regulator and social-media cases and disputes about money or
     * measures are complaints, questions are not.
     */
    /** What a repeated intake must match to be the same case (the whole request, field by field). */
    public static String fingerprint(NewCase c) {
        return IdempotencyKeys.fingerprint(c.channel(), c.accountId(), c.customerName(), c.customerContact(), c.language(),
                c.subject(), c.description(), c.category(), c.subcategory(), c.priority(), c.queue(),
                c.complaint() == null ? null : c.complaint().toString());
    }

    public static boolean isComplaint(Boolean declared, Channel channel, Category category) {
        if (declared != null) {
            return declared;
        }
        return channel == Channel.REGULATOR || channel == Channel.SOCIAL_MEDIA
                || category == Category.FUNDS_HOLD || category == Category.RESTRICTION || category == Category.LOSS_CLAIM;
    }

    /**
     * Whether a duplicate may be merged into a survivor: only cases of the same customer account, since the
     * duplicate's ticket then answers with the survivor and its messages move there (a case of another account, or
     * of none, would show one customer's case to another). Two cases without an account stay staff's judgement.
     */
    public static Optional<RuleViolation> mergeRefusal(String duplicateAccountId, String survivorAccountId) {
        if (Objects.equals(duplicateAccountId, survivorAccountId)) {
            return Optional.empty();
        }
        String duplicate = duplicateAccountId == null ? "no account" : duplicateAccountId;
        String survivor = survivorAccountId == null ? "no account" : survivorAccountId;
        return Optional.of(RuleViolation.of(MERGE_DIFFERENT_ACCOUNTS, "Cases of different customer accounts cannot be merged ("
                + duplicate + " and " + survivor
                + "): the merged ticket would show one customer another's case; link them instead", duplicate, survivor));
    }

    /** How the customer is reached: an e-mail address, a social handle or a phone number; nothing else is a contact. */
    public static boolean isContact(String contact) {
        return EMAIL.matcher(contact).matches() || HANDLE.matcher(contact).matches() || PHONE.matcher(contact).matches();
    }

    /** Texts as stored: trimmed, null when blank. */
    public static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * What the queue's text search looks in: subject, description and contact, lower case. Not the ticket: a whole
     * ticket is found by its own unique index, the beginning of one by a range of it ({@code TicketNumber.startingWith});
     * in the text's trigram index, each ticket's random trigrams were nearly half the cost of writing a new case (V40).
     */
    public static String searchText(String subject, String description, String contact) {
        String text = subject + " " + description + (contact == null ? "" : " " + contact);
        return text.toLowerCase(Locale.ROOT);
    }

    private static void text(String value, String field, int max, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, FieldError.Code.REQUIRED, "required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(FieldError.tooLong(field, max));
        } else if (value.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
            errors.add(FieldError.of(field, FieldError.Code.CONTROL_CHARACTERS, "contains control characters"));
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(field, FieldError.Code.REQUIRED_ONE_OF, "required: one of " + names(type), names(type)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, FieldError.Code.ONE_OF, "one of " + names(type), names(type)));
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder out = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            out.append(out.isEmpty() ? "" : ", ").append(e.name());
        }
        return out.toString();
    }
}
