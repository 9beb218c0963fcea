package org.lede.postgres;

import java.nio.file.Path;

/** What a load tells as it goes, for a command to report; every method does nothing unless overridden. */
public interface LoadListener {
  /** A line was refused; the rest of its part goes on. */
  default void refused(RefusedLine line) {}

  /** A part was loaded and committed. */
  default void loaded(LoadedPart part) {}

  /** A part was loaded by an earlier run and is skipped; {@code refusedThen} of its lines were refused then. */
  default void skipped(Path part, long refusedThen) {}

  /** A part could not be loaded (unreadable to its end); nothing of it was kept, and the load goes on. */
  default void failed(Path part, Exception why) {}
}
