package org.lede.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.source.Document;
import org.lede.source.InputException;
import org.lede.source.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

class WarcInputsTest {
  @TempDir Path tmp;
  private static final Instant DATE = Instant.parse("2026-03-03T10:00:00Z");

  private final List<Document> documents = new ArrayList<>();
  private final List<InputException> warnings = new ArrayList<>();
  private final List<InputException> problems = new ArrayList<>();
  private final WarcVisitor visitor = new WarcVisitor() {
    @Override
    public void document(Document d) {
      documents.add(d);
    }

    @Override
    public void warning(InputException w) {
      warnings.add(w);
    }

    @Override
    public void problem(InputException p) {
      problems.add(p);
    }
  };

  private Path write(String name, WarcCompression compression) throws Exception {
    Path file = tmp.resolve(name);
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        compression)) {
      w.write(new WarcRequest.Builder(URI.create("https://news.example.org/latin")).date(DATE).build());
      w.write(WarcFixtures.response("https://news.example.org/latin", DATE, "text/html; charset=ISO-8859-1", null,
          "<html><body><p>Caf\u00e9 in Z\u00fcrich</p></body></html>".getBytes(StandardCharsets.ISO_8859_1),
          WarcTruncationReason.NOT_TRUNCATED));
      w.write(WarcFixtures.response("https://news.example.org/zipped", DATE.plusSeconds(1), "text/html", "gzip",
          WarcFixtures.gzip(WarcFixtures.page(1), StandardCharsets.UTF_8), WarcTruncationReason.NOT_TRUNCATED));
      w.write(WarcFixtures.response("https://news.example.org/photo.jpg", DATE, "image/jpeg", null,
          new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, WarcTruncationReason.NOT_TRUNCATED));
      w.write(WarcFixtures.response("https://news.example.org/long", DATE, "text/html; charset=utf-8", null,
          "<html><body><p>Cut sho".getBytes(StandardCharsets.UTF_8), WarcTruncationReason.LENGTH));
    }
    return file;
  }

  @Test
  void response_records_become_documents_with_target_url_warc_date_and_http_charset() throws Exception {
    WarcInputs.Summary s = WarcInputs.standard().read(write("news.warc.gz", WarcCompression.GZIP), visitor);

    assertThat(s).isEqualTo(new WarcInputs.Summary(5, 3, 2, 0));
    Document latin = documents.getFirst();
    assertThat(latin.input()).isEqualTo("https://news.example.org/latin");
    assertThat(latin.fetched()).isEqualTo(DATE);
    assertThat(latin.mediaType()).isEqualTo(MediaType.HTML);
    assertThat(latin.declaredCharset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(new String(documents.get(1).content(), StandardCharsets.UTF_8)).isEqualTo(WarcFixtures.page(1));
  }

  @Test
  void a_truncated_record_is_passed_on_with_a_warning_not_a_failure() throws Exception {
    WarcInputs.standard().read(write("news.warc", WarcCompression.NONE), visitor);

    assertThat(documents).extracting(Document::input).contains("https://news.example.org/long");
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.getMessage())
        .isEqualTo("https://news.example.org/long: truncated in the archive (length); extracting what is there"));
    assertThat(problems).isEmpty();
  }

  @Test
  void a_file_cut_off_midway_keeps_the_records_before_the_cut_and_reports_the_damage() throws Exception {
    Path whole = write("whole.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = tmp.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 120));

    WarcInputs.standard().read(cut, visitor);

    assertThat(documents).extracting(Document::input)
        .contains("https://news.example.org/latin", "https://news.example.org/zipped");
    assertThat(problems).isNotEmpty();
    assertThat(problems.getLast().getMessage()).startsWith(cut + ": damaged after record");
  }

  @Test
  void a_file_that_is_not_a_warc_is_a_named_input_error() throws Exception {
    Path notWarc = tmp.resolve("notes.warc");
    Files.writeString(notWarc, "this is not an archive\n");
    assertThatThrownBy(() -> WarcInputs.standard().read(notWarc, visitor))
        .isInstanceOf(InputException.class).hasMessageStartingWith(notWarc + ": not a readable WARC file");
    assertThatThrownBy(() -> WarcInputs.standard().read(tmp.resolve("missing.warc.gz"), visitor))
        .isInstanceOf(InputException.class).hasMessageEndingWith("no such file");
  }

  @Test
  void warc_files_are_recognised_by_name() {
    assertThat(WarcInputs.isWarc(Path.of("CC-NEWS-20260303.warc.gz"))).isTrue();
    assertThat(WarcInputs.isWarc(Path.of("a.WARC"))).isTrue();
    assertThat(WarcInputs.isWarc(Path.of("page.html.gz"))).isFalse();
  }

  @Test
  void an_empty_warc_file_is_a_named_input_error_not_silence() throws Exception {
    Path file = Files.createFile(tmp.resolve("empty.warc"));

    assertThatThrownBy(() -> WarcInputs.standard().read(file, visitor))
        .isInstanceOf(InputException.class).hasMessage(file + ": empty file: no WARC record in it");
  }

  @Test
  void a_record_whose_length_lies_is_reported_and_reading_stops_without_reserving_what_it_claims() throws Exception {
    Path honest = write("honest.warc", WarcCompression.NONE);
    String text = new String(Files.readAllBytes(honest), StandardCharsets.ISO_8859_1);
    // the third record claims 100 GB: the reader must not try to hold it
    int third = text.indexOf("WARC/1.", text.indexOf("WARC/1.", text.indexOf("WARC/1.") + 1) + 1);
    String lying = text.substring(0, third)
        + text.substring(third).replaceFirst("Content-Length: \\d+", "Content-Length: 99999999999");
    Path file = tmp.resolve("lying.warc");
    Files.write(file, lying.getBytes(StandardCharsets.ISO_8859_1));

    WarcInputs.Summary s = WarcInputs.standard().read(file, visitor);

    assertThat(documents).extracting(Document::input).contains("https://news.example.org/latin");
    assertThat(s.problems()).isPositive();
    assertThat(problems).allSatisfy(p -> assertThat(p.getMessage()).doesNotContain("\n"));
  }

  @Test
  void a_page_whose_content_encoding_inflates_past_the_cap_is_refused_by_its_url() throws Exception {
    byte[] bomb;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) gz.write(spaces);
    }
    bomb = out.toByteArray();
    Path file = tmp.resolve("bomb.warc");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        WarcCompression.NONE)) {
      w.write(WarcFixtures.response("https://news.example.org/bomb", DATE, "text/html", "gzip", bomb,
          WarcTruncationReason.NOT_TRUNCATED));
    }

    WarcInputs.standard().withMaxBytes(8L << 20).read(file, visitor);

    assertThat(documents).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.getMessage())
        .startsWith("https://news.example.org/bomb: too large"));
  }

  private static byte[] record(String headers, String http) {
    return ("WARC/1.0\r\n" + headers + "Content-Length: " + http.length() + "\r\n\r\n" + http + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void a_record_without_a_warc_date_is_read_and_one_without_any_name_is_reported_by_the_file() throws Exception {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>The pier reopened.</p>";
    Path file = tmp.resolve("headers.warc");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(record("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n"
        + "WARC-Target-URI: https://news.example.org/pier\r\nContent-Type: application/http;msgtype=response\r\n", http));
    bytes.writeBytes(record("WARC-Type: response\r\nWARC-Date: 2026-03-03T10:00:00Z\r\n"
        + "Content-Type: application/http;msgtype=response\r\n", http));
    Files.write(file, bytes.toByteArray());

    WarcInputs.standard().read(file, visitor);

    assertThat(documents).singleElement().satisfies(d -> {
      assertThat(d.input()).isEqualTo("https://news.example.org/pier");
      assertThat(d.fetched()).isNull();
    });
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.getMessage()).startsWith(file + ": damaged record 2"));
  }
}
