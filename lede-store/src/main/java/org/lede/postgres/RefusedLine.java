package org.lede.postgres;

import java.nio.file.Path;

/**
 * A line of a part file that was not loaded, and why; the rest of its part was.
 *
 * @param part   the part file
 * @param line   the line's number, from 1
 * @param reason why it was refused ("not JSON (...)", "no \"id\"")
 */
public record RefusedLine(Path part, long line, String reason) {
  /** Returns {@code PART:LINE: REASON}, as the load reports it. */
  @Override
  public String toString() {
    return part + ":" + line + ": " + reason;
  }
}
