package io.redress.incidents.domain;

/** Where a leak-attribution score falls, in words a customer or a regulator reads (no internal code). */
public enum Conclusion {

    THIRD_PARTY_LEAK_LIKELY("A leak of the key through a third party is likely: the evidence points away from the customer's own activity."),
    UNDETERMINED("The evidence does not settle whether the trades were the customer's own or a third party's."),
    OWN_ACTIVITY_LIKELY("The customer's own activity is likely: the trades look like the customer's earlier use of the key.");

    private final String wording;

    Conclusion(String wording) {
        this.wording = wording;
    }

    public String wording() {
        return wording;
    }
}
