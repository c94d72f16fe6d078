package io.redress.shared.domain;

/** The request is well-formed but a business rule forbids it; {@link #rule()} names the rule. */
public class RuleViolation extends RedressException {

    private static final long serialVersionUID = 1L;
    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public String type() {
        return "rule-violation";
    }
}
