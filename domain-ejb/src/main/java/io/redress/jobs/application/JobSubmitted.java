package io.redress.jobs.application;

/** A job was recorded; its execution starts once the recording transaction has committed. */
public record JobSubmitted(long jobId) {
}
