package org.lede.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lede.store.bench.CorpusGrowth;

/**
 * How far the corpus bench has grown its store: the size it grows towards, every block it timed and the row of
 * figures of each size it measured. Written whole after each block, so a run stopped at any point leaves the log of
 * what its store holds (give or take the block in progress).
 *
 * @param articles the size the store is grown towards (it decides how many people the stream names)
 * @param rows     per size measured, its row of the summary table
 */
record GrowthLog(int articles, List<CorpusGrowth.Block> blocks, Map<Integer, String> rows) {
  private static final ObjectMapper JSON = new ObjectMapper();

  GrowthLog {
    blocks = List.copyOf(blocks);
    rows = Map.copyOf(rows);
  }

  static GrowthLog empty(int articles) {
    return new GrowthLog(articles, List.of(), Map.of());
  }

  static GrowthLog read(Path file) {
    try {
      return JSON.readValue(file.toFile(), GrowthLog.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not a corpus bench log: " + e.getMessage(), e);
    }
  }

  /** Replaces the log with these figures, whole or not at all. */
  static void write(Path file, int articles, List<CorpusGrowth.Block> blocks, Map<Integer, String> rows) {
    try {
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      JSON.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(),
          new GrowthLog(articles, blocks, new TreeMap<>(rows)));
      try {
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus bench log " + file, e);
    }
  }
}
