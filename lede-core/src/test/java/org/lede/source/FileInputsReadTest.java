package org.lede.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs given to {@link FileInputs#read}: each is refused with a reason naming the file, or read as text. */
class FileInputsReadTest {
  private static final String PAGE = "<!DOCTYPE html><html><head><title>Ferry resumes</title></head>"
      + "<body><h1>Ferry resumes</h1><p>The island ferry sailed again on Monday.</p></body></html>";

  @TempDir Path dir;

  private final FileInputs inputs = FileInputs.standard();

  @Test
  void empty_file_is_refused_as_empty() throws IOException {
    Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);

    assertRefused(file, "empty");
  }

  @Test
  void whitespace_only_file_is_refused_as_empty() throws IOException {
    Path file = Files.writeString(dir.resolve("blank.html"), "  \n\t\r\n   \n");

    assertRefused(file, "empty");
  }

  @Test
  void byte_order_mark_and_newlines_alone_are_refused_as_empty() throws IOException {
    Path file = Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', '\n'});

    assertRefused(file, "empty");
  }

  @Test
  void empty_gz_is_refused_as_empty_not_as_corrupt() throws IOException {
    Path file = Files.write(dir.resolve("nothing.html.gz"), new byte[0]);

    assertRefused(file, "empty");
  }

  @Test
  void gz_of_nothing_is_refused_as_empty() throws IOException {
    Path file = Files.write(dir.resolve("void.txt.gz"), gzip(new byte[0]));

    assertRefused(file, "empty");
  }

  @Test
  void png_named_html_is_refused_as_binary() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    Path file = Files.write(dir.resolve("photo.html"), png);

    assertRefused(file, "PNG image");
  }

  @Test
  void truncated_html_is_still_read_as_html() throws Exception {
    Path file = Files.writeString(dir.resolve("cut.html"), PAGE.substring(0, PAGE.indexOf("again")));

    Document doc = inputs.read(file);

    assertThat(doc.mediaType()).isEqualTo(MediaType.HTML);
    assertThat(new String(doc.content(), StandardCharsets.UTF_8)).endsWith("The island ferry sailed ");
  }

  @Test
  void invalid_utf8_is_read_not_refused() throws Exception {
    byte[] text = "Mayor Ana Ruiz said the bridge \u201cwill reopen\u201d on Friday. Caf\u00e9 owners cheered."
        .getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(text, text.length + 2);
    broken[text.length] = (byte) 0xC3;
    broken[text.length + 1] = '!';
    Path file = Files.write(dir.resolve("broken.txt"), broken);

    Document doc = inputs.read(file);

    assertThat(doc.content()).isEqualTo(broken);
    assertThat(doc.mediaType()).isEqualTo(MediaType.TEXT_DUMP);
  }

  @Test
  void latin1_file_is_read_with_its_bytes_intact() throws Exception {
    byte[] latin1 = "GEN\u00c8VE: Le maire Val\u00e9rie Cl\u00e9ment a inaugur\u00e9 la passerelle."
        .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("geneve.txt"), latin1);

    Document doc = inputs.read(file);

    assertThat(doc.content()).isEqualTo(latin1);
  }

  @Test
  void utf16_with_bom_is_read_not_mistaken_for_binary() throws Exception {
    byte[] utf16 = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16LE);
    Path file = Files.write(dir.resolve("wide.htm"), utf16);

    Document doc = inputs.read(file);

    assertThat(doc.mediaType()).isEqualTo(MediaType.HTML);
  }

  @Test
  void gzipped_page_is_decompressed() throws Exception {
    Path file = dir.resolve("page.html.gz");
    Files.write(file, gzip(PAGE.getBytes(StandardCharsets.UTF_8)));

    Document doc = inputs.read(file);

    assertThat(new String(doc.content(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(doc.mediaType()).isEqualTo(MediaType.HTML);
  }

  @Test
  void truncated_gz_is_refused_as_truncated() throws IOException {
    byte[] whole = gzip(PAGE.repeat(50).getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(whole, whole.length / 2));

    assertRefused(file, "truncated gzip");
  }

  @Test
  void gz_shorter_than_its_header_is_refused_as_truncated() throws IOException {
    Path file = Files.write(dir.resolve("stub.html.gz"), new byte[] {0x1F, (byte) 0x8B, 8});

    assertRefused(file, "truncated gzip");
  }

  @Test
  void gz_that_is_not_gzip_is_refused_as_invalid_gzip() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.html.gz"), PAGE);

    assertRefused(file, "not valid gzip");
  }

  @Test
  void file_over_the_cap_is_refused_naming_its_size_and_the_limit() throws IOException {
    Path file = dir.resolve("huge.html");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(200L * 1024 * 1024);
    }

    InputException e = refusal(file);

    assertThat(e.reason()).contains("200.0 MB").contains("32.0 MB");
  }

  @Test
  void gzip_bomb_is_refused_once_it_decompresses_past_the_limit() throws IOException {
    Path file = dir.resolve("bomb.txt.gz");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < 40; i++) out.write(chunk);
    }
    assertThat(Files.size(file)).isLessThan(FileInputs.DEFAULT_MAX_BYTES / 100);

    InputException e = refusal(file);

    assertThat(e.reason()).contains("too large").contains("decompressed").contains("32.0 MB");
  }

  @Test
  void smaller_cap_is_named_in_the_refusal() throws IOException {
    Path file = Files.writeString(dir.resolve("long.txt"), "Council votes on the budget. ".repeat(100_000));

    InputException e = catchThrowableOfType(InputException.class,
        () -> inputs.withMaxBytes(1024 * 1024).read(file));

    assertThat(e.reason()).contains("2.8 MB").contains("1.0 MB");
  }

  @Test
  void unreadable_file_is_refused_as_permission_denied() throws IOException {
    Path file = Files.writeString(dir.resolve("locked.html"), PAGE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as root: file permissions are not enforced");

    assertRefused(file, "permission denied");
  }

  @Test
  void missing_path_is_refused_as_missing() {
    assertRefused(dir.resolve("nowhere/gone.html"), "no such file");
  }

  @Test
  void directory_given_to_read_is_refused_as_a_directory() {
    assertRefused(dir, "directory");
  }

  @Test
  void plain_text_mode_reads_an_html_name_as_plain_text() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.html"), "The ferry sailed again on Monday.");

    assertThat(inputs.withPlainText(true).read(file).mediaType()).isEqualTo(MediaType.PLAIN_TEXT);
  }

  @Test
  void cap_must_be_positive() {
    assertThatThrownBy(() -> inputs.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private void assertRefused(Path file, String reason) {
    InputException e = refusal(file);
    assertThat(e.reason()).containsIgnoringCase(reason);
  }

  private InputException refusal(Path file) {
    InputException e = catchThrowableOfType(InputException.class, () -> inputs.read(file));
    assertThat(e).as("reading %s should be refused", file).isNotNull();
    assertThat(e.input()).isEqualTo(file.toString());
    assertThat(e.getMessage()).startsWith(file + ": ");
    return e;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    var buffer = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buffer)) {
      out.write(bytes);
    }
    return buffer.toByteArray();
  }
}
