package io.redress.jobs.api;

import io.redress.shared.domain.Actor;
import java.util.Map;

/** What a work is told about the job it runs in: its id, subject, parameters and on whose behalf it acts. */
public record JobRun(long jobId, String kind, String subject, Map<String, String> params, Actor actor) {

    public String param(String name) {
        return params.get(name);
    }
}
