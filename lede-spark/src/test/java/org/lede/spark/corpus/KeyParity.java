package org.lede.spark.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The keys entities are found by (names, surnames, aliases; {@code entity_key}) of one input set as {@code lede
 * ingest}'s store holds them and as the Spark job wrote them ({@code OUT/corpus/entity_key}), each as
 * {@code key → entity (rank)}.
 *
 * @param store the store's rows
 * @param job   the job's rows
 */
record KeyParity(TreeSet<String> store, TreeSet<String> job) {
  static KeyParity of(Path db, Path out) throws IOException, SQLException {
    TreeSet<String> store = new TreeSet<>();
    for (List<String> r : SingleMachine.rows(db, "SELECT key, entity_id, rank FROM entity_key")) {
      store.add(row(r.get(0), r.get(1), r.get(2)));
    }
    TreeSet<String> job = new TreeSet<>();
    for (JsonNode n : Parity.lines(out.resolve("corpus/" + CorpusStage.ENTITY_KEY))) {
      job.add(row(n.get("key").asText(), n.get("entity_id").asText(), n.get("rank").asText()));
    }
    return new KeyParity(store, job);
  }

  private static String row(String key, String entity, String rank) {
    return key + " → " + entity + " (" + rank + ")";
  }

  /** Rows only one side holds, each marked with the side. */
  List<String> differences() {
    List<String> out = new ArrayList<>();
    for (String r : store) if (!job.contains(r)) out.add("store only: " + r);
    for (String r : job) if (!store.contains(r)) out.add("job only: " + r);
    return out;
  }

  String figures() {
    return String.format(Locale.ROOT, "entity keys: store %d, job %d, %d differ", store.size(), job.size(),
        differences().size());
  }
}
