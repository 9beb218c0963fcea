package org.lede.spark.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lede.duplicate.TextSignature;

/**
 * The near-duplicate table of one input set as {@code lede ingest}'s store holds it ({@code copy_signature}) and as the
 * Spark job wrote it ({@code OUT/corpus/copy}), side by side: for each signed article, what it copies, with the
 * similarity, its number, its words, its signature and when it counts as first. An article without a published time
 * counts from its ingest, which is a different moment on each path; both sides then show "ingested" (the job's time
 * must come after the store's, as a later ingest's would).
 *
 * @param store each signed article's row in the store
 * @param job   the same, from the job
 */
record CopyParity(Map<String, Row> store, Map<String, Row> job) {
  /**
   * One article's row.
   *
   * @param similarity the similarity as the hashes of the two signatures that agree (of {@link TextSignature#HASHES}),
   *                   which it is exactly, so that SQLite's shortened print of a real does not count as a difference
   */
  record Row(String copyOf, Long similarity, long ordinal, int words, String signature, String firstAt) {
    @Override
    public String toString() {
      return "copy_of=" + copyOf + " similarity=" + similarity + "/" + TextSignature.HASHES + " ordinal=" + ordinal + " words=" + words
          + " first_at=" + firstAt + " signature=" + signature.substring(0, 12) + "...";
    }
  }

  static CopyParity of(Path db, Path out) throws IOException, SQLException {
    Map<String, Long> ingested = new HashMap<>();
    for (List<String> r : SingleMachine.rows(db, "SELECT s.article_id, a.first_ingested_at FROM copy_signature s"
        + " JOIN article a ON a.id = s.article_id WHERE s.first_at = a.first_ingested_at")) {
      ingested.put(r.get(0), Long.parseLong(r.get(1)));
    }
    Map<String, Row> store = new TreeMap<>();
    for (List<String> r : SingleMachine.rows(db, "SELECT article_id, copy_of, similarity, ordinal, words,"
        + " hex(signature), first_at FROM copy_signature")) {
      String id = r.get(0);
      store.put(id, new Row(r.get(1), r.get(2) == null ? null : hashes(Double.parseDouble(r.get(2))), Long.parseLong(r.get(3)),
          Integer.parseInt(r.get(4)), r.get(5), ingested.containsKey(id) ? "ingested" : r.get(6)));
    }
    Map<String, Row> job = new TreeMap<>();
    for (JsonNode n : Parity.lines(out.resolve("corpus/" + CorpusStage.COPY))) {
      String id = n.get("article_id").asText();
      long firstAt = n.get("first_at").asLong();
      Long storeIngested = ingested.get(id);
      JsonNode similarity = n.get("similarity");
      JsonNode copyOf = n.get("copy_of");
      job.put(id, new Row(copyOf == null || copyOf.isNull() ? null : copyOf.asText(),
          similarity == null || similarity.isNull() ? null : hashes(similarity.asDouble()), n.get("ordinal").asLong(),
          n.get("words").asInt(), hex(Base64.getDecoder().decode(n.get("signature").asText())),
          storeIngested != null && firstAt >= storeIngested ? "ingested" : Long.toString(firstAt)));
    }
    return new CopyParity(store, job);
  }

  private static long hashes(double similarity) {
    return Math.round(similarity * TextSignature.HASHES);
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) out.append(String.format(Locale.ROOT, "%02X", b));
    return out.toString();
  }

  /** Articles whose row differs between the two paths, or that only one path signed. */
  List<String> differences() {
    List<String> out = new ArrayList<>();
    TreeSet<String> all = new TreeSet<>(store.keySet());
    all.addAll(job.keySet());
    for (String id : all) {
      Row a = store.get(id);
      Row b = job.get(id);
      if (a == null || !a.equals(b)) out.add(id + ": store " + a + " / job " + b);
    }
    return out;
  }

  /** Each copy with the original it points at, from the job. */
  Map<String, String> jobLinks() {
    Map<String, String> out = new TreeMap<>();
    job.forEach((id, r) -> {
      if (r.copyOf() != null) out.put(id, r.copyOf());
    });
    return out;
  }

  /** One line of figures. */
  String figures() {
    long storeCopies = store.values().stream().filter(r -> r.copyOf() != null).count();
    long jobCopies = job.values().stream().filter(r -> r.copyOf() != null).count();
    long alike = store.entrySet().stream().filter(e -> e.getValue().equals(job.get(e.getKey()))).count();
    long originals = new TreeSet<>(jobLinks().values()).size();
    return String.format(Locale.ROOT, "signed articles: store %d, job %d, alike %d (%d differ); copies: store %d,"
        + " job %d, of %d originals", store.size(), job.size(), alike, differences().size(), storeCopies, jobCopies,
        originals);
  }
}
