package io.redress.cases.api;

/** What another context gets back when it sends a finding to a case: the ticket, and whether it was opened now. */
public record CaseRef(String ticket, boolean opened) {
}
