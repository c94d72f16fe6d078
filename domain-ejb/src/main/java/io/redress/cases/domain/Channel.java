package io.redress.cases.domain;

/** How the case reached us; the acknowledgement goes back through the customer's own channel. */
public enum Channel {
    CHAT, EMAIL, WEB_FORM, SOCIAL_MEDIA, REGULATOR, INTERNAL
}
