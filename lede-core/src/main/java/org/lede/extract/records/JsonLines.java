package org.lede.extract.records;

import java.io.IOException;
import java.time.Instant;
import org.lede.source.InputException;

/** Splits a JSON Lines stream into records, one a line; blank lines are skipped. */
final class JsonLines {
  private JsonLines() {}

  static void read(String file, LineSource lines, Instant modified, RecordVisitor visitor) throws IOException {
    for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.tooLong()) {
        visitor.problem(new InputException(file + ":" + line.number(), "line too long: over the record size limit"));
      } else if (!isBlank(line.bytes())) {
        visitor.record(RecordFiles.document(file, line.number(), line.bytes(), modified));
      }
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) if (b != ' ' && b != '\t' && b != '\r') return false;
    return true;
  }
}
