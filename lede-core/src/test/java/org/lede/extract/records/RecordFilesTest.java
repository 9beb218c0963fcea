package org.lede.extract.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.article.Article;
import org.lede.article.StatedTime;
import org.lede.extract.Extraction;
import org.lede.source.Document;
import org.lede.source.InputException;
import org.lede.source.MediaType;

class RecordFilesTest {
  @TempDir Path tmp;

  /** What a read handed out: the articles extracted from its records, and every problem, by input name. */
  record Read(List<Article> articles, List<String> problems) {}

  private Read read(Path file, long cap) throws InputException {
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    RecordFiles.read(file, cap, new RecordVisitor() {
      @Override
      public void record(Document record) {
        assertThat(record.mediaType()).isEqualTo(MediaType.ARTICLE_JSON);
        try {
          articles.addAll(Extraction.standard().extract(record));
        } catch (InputException e) {
          problems.add(e.getMessage());
        }
      }

      @Override
      public void problem(InputException problem) {
        problems.add(problem.getMessage());
      }
    });
    return new Read(articles, problems);
  }

  private Path write(String name, String content) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void contract_lines_keep_their_id_and_fields_and_a_bad_line_is_reported_by_number() throws Exception {
    Path f = write("news.jsonl", """
        {"id":"pier-1","url":"https://harbour.example/pier","site":"Harbour Herald","headline":"Pier vote delayed","byline":["Ana Ruiz"],"published":"2026-03-03T09:15:00Z","paragraphs":["The council put off its vote.","A new date is due in April."]}
        {"headline": "broken
        
        {"headline":"Ferry fares rise","text":"Fares rise by 5%.\\n\\nThe operator blamed fuel.","published":{"instant":"2026-03-04T00:00:00Z","precision":"day","raw":"4 March 2026"}}
        [1, 2]
        {"site":"Nobody"}
        """);
    Read r = read(f, 1 << 20);
    assertThat(r.articles()).hasSize(2);
    Article pier = r.articles().get(0);
    assertThat(pier.id()).isEqualTo("pier-1");
    assertThat(pier.headline()).isEqualTo("Pier vote delayed");
    assertThat(pier.byline()).containsExactly("Ana Ruiz");
    assertThat(pier.published().instant()).isEqualTo(Instant.parse("2026-03-03T09:15:00Z"));
    assertThat(pier.text()).isEqualTo("The council put off its vote.\n\nA new date is due in April.");
    Article ferry = r.articles().get(1);
    assertThat(ferry.paragraphs()).containsExactly("Fares rise by 5%.", "The operator blamed fuel.");
    assertThat(ferry.published().precision()).isEqualTo(StatedTime.Precision.DAY);
    assertThat(ferry.id()).hasSize(16);
    assertThat(r.problems()).hasSize(3);
    assertThat(r.problems().get(0)).startsWith(f + ":2: not valid JSON");
    assertThat(r.problems().get(1)).isEqualTo(f + ":5: not a JSON object (an array)");
    assertThat(r.problems().get(2)).isEqualTo(f + ":6: has neither a headline nor any text");
  }

  @Test
  void a_headline_alone_is_an_article_and_one_without_an_id_gets_it_from_its_url() throws Exception {
    Path f = write("heads.jsonl", """
        {"url":"https://a.example/1","headline":"Only a headline","published":"2014-03-31"}
        {"url":"https://a.example/1","headline":"Only a headline, later","published":"2014-03-31"}
        """);
    Read r = read(f, 1 << 20);
    assertThat(r.articles()).extracting(Article::text).containsExactly("", "");
    // the same URL is the same article: its second record becomes a new version of it
    assertThat(r.articles().get(0).id()).isEqualTo(r.articles().get(1).id());
  }

  @Test
  void news_please_json_is_read_in_its_own_field_names() throws Exception {
    Path f = write("np.jsonl", """
        {"authors":["Mia Holt"],"date_download":"2026-03-05 10:00:00","date_publish":"2026-03-05 08:30:00","description":"The dock strike ends.","language":"en","source_domain":"portnews.example","title":"Dockers back at work","url":"https://portnews.example/dock","maintext":"Dockers returned on Thursday.\\nThe union won a raise."}
        """);
    Article a = read(f, 1 << 20).articles().getFirst();
    assertThat(a.headline()).isEqualTo("Dockers back at work");
    assertThat(a.site()).isEqualTo("portnews.example");
    assertThat(a.dek()).isEqualTo("The dock strike ends.");
    assertThat(a.byline()).containsExactly("Mia Holt");
    assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-03-05T08:30:00Z"));
    assertThat(a.paragraphs()).containsExactly("Dockers returned on Thursday.", "The union won a raise.");
  }

  @Test
  void csv_columns_are_mapped_by_header_and_quoted_fields_span_lines() throws Exception {
    Path f = write("news.csv", "Title,Body,Source,Date,Author,Extra\r\n"
        + "\"Pier vote, delayed\",\"The council put off its vote.\n\nA \"\"new\"\" date is due.\",Harbour Herald,2026-03-03,Ana Ruiz; Li Wen,x\r\n"
        + "Short one,,Harbour Herald,2026-03-04,,y\r\n"
        + "only,two\r\n"
        + "Bad \"quote\" here,text,s,2026-03-05,,z\r\n"
        + ",,Nobody,2026-03-05,,z\r\n");
    Read r = read(f, 1 << 20);
    // a quote inside an unquoted field is taken as written, as spreadsheets do
    assertThat(r.articles()).extracting(Article::headline)
        .containsExactly("Pier vote, delayed", "Short one", "Bad \"quote\" here");
    Article pier = r.articles().get(0);
    assertThat(pier.paragraphs()).containsExactly("The council put off its vote.", "A \"new\" date is due.");
    assertThat(pier.site()).isEqualTo("Harbour Herald");
    assertThat(pier.byline()).containsExactly("Ana Ruiz", "Li Wen");
    assertThat(pier.input()).isEqualTo(f + ":2");
    assertThat(r.problems()).containsExactly(
        f + ":6: has 2 fields; the header has 6",
        f + ":8: has neither a headline nor any text");
  }

  @Test
  void csv_with_text_after_a_closing_quote_is_reported_at_its_line() throws Exception {
    Path f = write("q.csv", "headline,text\n\"A\"b,c\nfine,row\n");
    Read r = read(f, 1 << 20);
    assertThat(r.articles()).extracting(Article::headline).containsExactly("fine");
    assertThat(r.problems()).containsExactly(f + ":2: text after a closing quote in field 1");
  }

  @Test
  void a_csv_header_without_headline_or_text_fails_the_file() throws Exception {
    Path f = write("odd.csv", "name,age\nAna,40\n");
    assertThatThrownBy(() -> read(f, 1 << 20)).isInstanceOf(InputException.class)
        .hasMessageContaining("no headline column");
  }

  @Test
  void gzipped_lines_are_streamed_and_a_line_over_the_cap_is_skipped() throws Exception {
    Path f = tmp.resolve("big.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write("{\"headline\":\"first\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(("{\"headline\":\"" + "x".repeat(5000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
      out.write("{\"headline\":\"third\"}".getBytes(StandardCharsets.UTF_8));
    }
    Read r = read(f, 1000);
    assertThat(r.articles()).extracting(Article::headline).containsExactly("first", "third");
    assertThat(r.problems()).containsExactly(f + ":2: line too long: over the record size limit");
  }

  @Test
  void a_truncated_gzip_keeps_the_records_before_the_break() throws Exception {
    Path f = tmp.resolve("cut.jsonl.gz");
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buf)) {
      for (int i = 0; i < 2000; i++) out.write(("{\"headline\":\"story " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = buf.toByteArray();
    Files.write(f, java.util.Arrays.copyOf(whole, whole.length - 20));
    Read r = read(f, 1 << 20);
    assertThat(r.articles().size()).isBetween(1, 1999);
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().getFirst()).contains("truncated gzip data");
  }

  @Test
  void only_record_file_names_are_records() {
    assertThat(RecordFiles.isRecords(Path.of("a.jsonl.gz"))).isTrue();
    assertThat(RecordFiles.isRecords(Path.of("a.NDJSON"))).isTrue();
    assertThat(RecordFiles.isRecords(Path.of("a.csv"))).isTrue();
    assertThat(RecordFiles.isRecords(Path.of("a.html"))).isFalse();
    assertThat(RecordFiles.isRecords(Path.of("a.json.txt"))).isFalse();
  }
}
