package io.redress.screening.domain;

import java.util.EnumSet;
import java.util.Set;

/** Why an address is flagged. At most 16 (the graph keeps an address's categories as bits of a short). */
public enum Category {
    SANCTIONS, HACK, SCAM, PHISHING, MIXER, DARKNET, RANSOMWARE, TERRORISM, FRAUD, OTHER;

    public int bit() {
        return 1 << ordinal();
    }

    public static Set<Category> of(int mask) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        for (Category c : values()) {
            if ((mask & c.bit()) != 0) {
                out.add(c);
            }
        }
        return out;
    }
}
