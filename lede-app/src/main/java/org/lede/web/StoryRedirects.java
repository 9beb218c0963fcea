package org.lede.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.Supplier;
import org.lede.corpus.Stories;

/**
 * Sends a merged story's addresses on to the story it became ({@code /story/{old}} and
 * {@code /api/v1/stories/{old}}, 301 Moved Permanently), so links to the younger of two merged stories keep working.
 * Runs before the story handlers; any other id goes on to them. One indexed lookup.
 */
final class StoryRedirects {
  /** Asked at each request: a store without stories says so then, not when the server starts. */
  private final Supplier<Stories> stories;

  StoryRedirects(Supplier<Stories> stories) {
    this.stories = stories;
  }

  /** Redirects {@code ctx} when its {@code {id}} is a merged story's, to the same path under the survivor's id. */
  void redirect(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      return; // not a story id; the handler says so
    }
    long now = stories.get().resolve(id);
    if (now == id) return;
    String path = ctx.path();
    ctx.redirect(path.substring(0, path.lastIndexOf('/') + 1) + now, HttpStatus.MOVED_PERMANENTLY);
    ctx.skipRemainingHandlers();
  }
}
