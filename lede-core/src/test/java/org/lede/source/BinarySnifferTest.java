package org.lede.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How {@link BinarySniffer} tells binary files from text. */
class BinarySnifferTest {
  @Test
  void magic_numbers_name_the_kind_of_binary() {
    assertThat(BinarySniffer.describe(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1})).isEqualTo("PNG image");
    assertThat(BinarySniffer.describe(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("JPEG image");
    assertThat(BinarySniffer.describe("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("PDF document");
    assertThat(BinarySniffer.describe(new byte[] {'P', 'K', 3, 4, 0})).isEqualTo("ZIP archive");
  }

  @Test
  void gzip_inside_a_file_not_named_gz_is_binary() {
    assertThat(BinarySniffer.describe(new byte[] {0x1F, (byte) 0x8B, 8, 0})).contains("gzip");
  }

  @Test
  void nul_bytes_make_binary() {
    assertThat(BinarySniffer.describe("text\0more".getBytes(StandardCharsets.US_ASCII))).contains("NUL");
  }

  @Test
  void utf16_with_bom_is_text_despite_its_nul_bytes() {
    assertThat(BinarySniffer.describe("\uFEFFhello".getBytes(StandardCharsets.UTF_16LE))).isNull();
    assertThat(BinarySniffer.describe("\uFEFFhello".getBytes(StandardCharsets.UTF_16BE))).isNull();
  }

  @Test
  void news_text_with_tabs_escapes_and_form_feeds_is_text() {
    String text = "HEADLINE\tNEWS\r\n\u001b[0m\fThe council met on Monday. \u2019Quoted\u2019 words.\n";

    assertThat(BinarySniffer.describe(text.getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void mostly_control_bytes_make_binary() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');

    assertThat(BinarySniffer.describe(bytes)).isEqualTo("mostly control bytes");
  }

  @Test
  void latin1_accents_are_text() {
    assertThat(BinarySniffer.describe("Z\u00fcrich, M\u00fcnchen, Gen\u00e8ve".getBytes(StandardCharsets.ISO_8859_1)))
        .isNull();
  }

  @Test
  void empty_content_is_not_called_binary() {
    assertThat(BinarySniffer.describe(new byte[0])).isNull();
  }
}
