package org.lede.spark.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.lede.annotate.Annotations;
import org.lede.annotate.Annotator;
import org.lede.article.Article;
import org.lede.extract.Extraction;
import org.lede.extract.records.RecordFiles;
import org.lede.extract.records.RecordVisitor;
import org.lede.source.Document;
import org.lede.source.FileInputs;
import org.lede.source.InputException;
import org.lede.store.ArticleStore;

/** {@code lede ingest}'s path in process: the inputs read in its order into a real SQLite store, one input a write. */
final class SingleMachine {
  private SingleMachine() {}

  /** Ingests every file under {@code inputs} (records of a JSON Lines file each its own input) into {@code db}. */
  static void ingest(List<Path> inputs, Path db) throws IOException {
    FileInputs files = FileInputs.standard();
    Extraction extraction = Extraction.standard();
    Annotator annotator = Annotator.standard();
    List<Document> documents = new ArrayList<>();
    for (Path file : files.expand(inputs).toList()) {
      try {
        if (RecordFiles.isRecords(file)) {
          RecordFiles.read(file, files.maxBytes(), new RecordVisitor() {
            @Override
            public void record(Document d) {
              documents.add(d);
            }

            @Override
            public void problem(InputException problem) {}
          });
        } else {
          documents.add(files.read(file));
        }
      } catch (InputException e) {
        // a reject on both sides
      }
    }
    try (ArticleStore store = ArticleStore.open(db, Clock.systemUTC())) {
      for (Document d : documents) {
        List<Article> articles;
        try {
          articles = extraction.extract(d);
        } catch (InputException e) {
          continue;
        }
        List<Annotations> found = articles.stream().map(annotator::annotate).toList();
        store.ingest(d, articles, found);
      }
    }
  }

  /** Runs {@code sql} on the store in {@code db} and returns each row's columns as strings. */
  static List<List<String>> rows(Path db, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) row.add(rs.getString(i));
        out.add(row);
      }
    }
    return out;
  }
}
