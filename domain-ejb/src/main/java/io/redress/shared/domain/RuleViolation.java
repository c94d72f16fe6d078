package io.redress.shared.domain;

/** The request is well-formed but a business rule forbids it; {@link #rule()} names the rule. */
public class RuleViolation extends RedressException {

    private static final long serialVersionUID = 1L;
    private final String rule;
    private final java.util.List<String> rules;
    private final java.util.List<String> messages;
    private final java.util.List<java.util.List<String>> arguments;

    public RuleViolation(String rule, String message) {
        this(rule, message, java.util.List.of(rule), java.util.List.of(message == null ? "" : message));
    }

    /** Several rules broken at once: {@code rule} is the first, {@code rules} all of them. */
    public RuleViolation(String rule, String message, java.util.List<String> rules) {
        this(rule, message, rules, java.util.List.of());
    }

    /**
     * Several rules broken at once, each with its own sentence ({@code messages} in the order of {@code rules}), so
     * that a screen can show each next to the field it concerns.
     */
    public RuleViolation(String rule, String message, java.util.List<String> rules, java.util.List<String> messages) {
        this(rule, message, rules, messages, java.util.List.of());
    }

    /**
     * As {@link #RuleViolation(String, String, java.util.List, java.util.List)}, with the values each sentence names
     * ({@code arguments} in the order of {@code rules}), so that a screen can say the refusal in its reader's language.
     */
    public RuleViolation(String rule, String message, java.util.List<String> rules, java.util.List<String> messages,
                         java.util.List<java.util.List<String>> arguments) {
        super(message);
        this.rule = rule;
        this.rules = java.util.List.copyOf(rules);
        this.messages = messages.size() == rules.size() ? java.util.List.copyOf(messages) : java.util.List.of();
        this.arguments = arguments.size() == rules.size()
                ? arguments.stream().map(java.util.List::copyOf).toList() : java.util.List.of();
    }

    /** One rule broken, its sentence naming {@code values} (each written as text). */
    public static RuleViolation of(String rule, String message, Object... values) {
        return new RuleViolation(rule, message, java.util.List.of(rule), java.util.List.of(message),
                java.util.List.of(java.util.Arrays.stream(values).map(String::valueOf).toList()));
    }

    public String rule() {
        return rule;
    }

    public java.util.List<String> rules() {
        return rules;
    }

    /** The sentence of each of {@link #rules()}, in the same order; empty when only the joined message is known. */
    public java.util.List<String> messages() {
        return messages;
    }

    /** The values each of {@link #rules()}'s sentences names, in the same order; empty when not known. */
    public java.util.List<java.util.List<String>> arguments() {
        return arguments;
    }

    @Override
    public String type() {
        return "rule-violation";
    }
}
