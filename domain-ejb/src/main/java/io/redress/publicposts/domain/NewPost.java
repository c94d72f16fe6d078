package io.redress.publicposts.domain;

/** A public post as the social-listening feed or a staff member reports it; checked by {@link PostRules}. */
public record NewPost(String platform, String url, String authorHandle, String text, Long reach, String postedAt) {
}
