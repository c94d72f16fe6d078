package io.redress.incidents.domain;

import java.security.SecureRandom;

/**
 * An incident's reference, quoted by staff, claims and cases: {@code INC-7K3Q-9P2M}, random over the ticket numbers'
 * alphabet without look-alikes (so it reveals nothing about how many incidents there were).
 */
public final class IncidentReference {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Also the demo's fixed reference ({@code INC-DEMO-BOTLEAK}), which the demo claims quote. */
    public static final String FORMAT = "INC-[A-Z0-9]{4}(-[A-Z0-9]{4,8})?";
    private static final SecureRandom RANDOM = new SecureRandom();

    private IncidentReference() {
    }

    public static String random() {
        StringBuilder sb = new StringBuilder("INC-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static boolean looksLikeOne(String text) {
        return text != null && text.matches(FORMAT);
    }
}
