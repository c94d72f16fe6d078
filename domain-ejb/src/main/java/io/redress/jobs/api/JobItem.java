package io.redress.jobs.api;

import java.io.Serializable;

/**
 * One item of a job's work. {@code key} names it for the done-marker (unique within the job: {@code key:abc},
 * {@code account:ACC-1}); {@code cursor} is where the work's next page starts after it (opaque to the job).
 */
public record JobItem(String key, String cursor) implements Serializable {

    private static final long serialVersionUID = 1L;
}
