package org.lede.corpus;

import java.sql.Connection;
import java.sql.SQLException;
import org.lede.story.StoryClusterer;

/**
 * Story clustering into the store's tables on a writer connection, without the rest of the corpus layer: for the
 * stories bench, which times clustering alone. The caller owns the transaction. Not thread-safe.
 */
public final class StoryTables implements AutoCloseable {
  private final SqliteStoryState state;
  private final StoryClusterer clusterer;

  private StoryTables(SqliteStoryState state) {
    this.state = state;
    this.clusterer = new StoryClusterer(StoryClusterer.Rules.standard(), state);
  }

  /** Prepares the story statements on {@code writer}, a connection to a migrated store. */
  public static StoryTables open(Connection writer) throws SQLException {
    return new StoryTables(new SqliteStoryState(writer));
  }

  /** Clusters {@code item} as ingest would; returns its story's id. */
  public long add(StoryClusterer.Item item) {
    return clusterer.add(item);
  }

  @Override
  public void close() {
    state.close();
  }
}
