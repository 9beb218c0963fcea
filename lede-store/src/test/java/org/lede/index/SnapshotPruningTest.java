package org.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Cursor snapshots are bounded in number, newest kept, however often a writer refreshes. */
class SnapshotPruningTest {

  @Test
  void aWriterRefreshingAHundredTimesLeavesOnlyTheNewestSnapshotsForCursors() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()));
         SearcherManager searchers = new SearcherManager(writer, null);
         SearcherLifetimeManager snapshots = new SearcherLifetimeManager()) {
      List<Long> versions = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", "a" + i, Field.Store.NO));
        writer.addDocument(doc);
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
          versions.add(snapshots.record(searcher));
        } finally {
          searchers.release(searcher);
        }
      }

      snapshots.prune(ArticleIndex.newestSnapshots());

      List<Long> kept = new ArrayList<>();
      for (long version : versions) {
        IndexSearcher pinned = snapshots.acquire(version);
        if (pinned != null) {
          kept.add(version);
          snapshots.release(pinned);
        }
      }
      assertThat(kept).isEqualTo(versions.subList(versions.size() - ArticleIndex.MAX_SNAPSHOTS, versions.size()));
    }
  }
}
