package io.redress.cases.api;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A ticket number a customer can read out and quote: {@code RD-7K3Q-9P2M}. Eight random characters from an
 * alphabet without look-alikes (no I, L, O, U; digits 0 and 1 excluded too), so numbers reveal nothing about
 * volume and survive being typed from a screenshot; 30^8, about 6.6 x 10^11 possible values.
 */
public record TicketNumber(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("RD-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    /** Finds ticket numbers quoted in free text, also in lower case or without dashes. */
    private static final Pattern IN_TEXT = Pattern.compile("(?i)\\bRD[- ]?([" + ALPHABET + "]{4})[- ]?([" + ALPHABET + "]{4})\\b");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TicketNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a ticket number: " + value);
        }
    }

    public static TicketNumber random() {
        StringBuilder sb = new StringBuilder("RD-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new TicketNumber(sb.toString());
    }

    /** Accepts what a person types: any case, spaces or no dashes ("rd 7k3q 9p2m"). */
    public static Optional<TicketNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = IN_TEXT.matcher(text.trim());
        return m.matches() ? Optional.of(of(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The first ticket number quoted anywhere in a text, e.g. a public post. */
    public static Optional<TicketNumber> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = IN_TEXT.matcher(text);
        return m.find() ? Optional.of(of(m.group(1), m.group(2))) : Optional.empty();
    }

    private static TicketNumber of(String a, String b) {
        return new TicketNumber("RD-" + a.toUpperCase(Locale.ROOT) + "-" + b.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
