package org.lede.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How {@link MediaType#guess} tells pages from text dumps, by name and by their first bytes. */
class MediaTypeTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void html_name_makes_html_even_without_markup() {
    assertThat(MediaType.guess("a/page.HTM", utf8("just words"))).isEqualTo(MediaType.HTML);
  }

  @Test
  void gzipped_html_name_makes_html() {
    assertThat(MediaType.guess("page.html.gz", utf8("just words"))).isEqualTo(MediaType.HTML);
  }

  @Test
  void doctype_after_whitespace_and_bom_makes_html() {
    assertThat(MediaType.guess("page.txt", utf8("\uFEFF\n  <!DOCTYPE html><p>x"))).isEqualTo(MediaType.HTML);
  }

  @Test
  void xml_declaration_before_html_makes_html() {
    String xhtml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">";

    assertThat(MediaType.guess("download", utf8(xhtml))).isEqualTo(MediaType.HTML);
  }

  @Test
  void utf16_html_with_bom_makes_html() {
    byte[] bytes = "\uFEFF<html><body>x</body></html>".getBytes(StandardCharsets.UTF_16BE);

    assertThat(MediaType.guess("download", bytes)).isEqualTo(MediaType.HTML);
  }

  @Test
  void a_page_after_kilobytes_of_server_warnings_is_still_html() {
    String warnings = "<br />\n<b>Deprecated</b>:  Function split() is deprecated in <b>/srv/www/site/lib.php</b> on line <b>12</b><br />\n"
        .repeat(40);
    String page = warnings + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\n<html><head><title>Harbour fair</title>";

    assertThat(page.indexOf("<!DOCTYPE")).isGreaterThan(4000);
    assertThat(MediaType.guess("harbour-fair.example.net", utf8(page))).isEqualTo(MediaType.HTML);
  }

  @Test
  void a_dump_that_mentions_the_html_tag_inside_a_line_stays_a_dump() {
    String dump = "Web standards at 30\n\nShort Url\nThe first pages began with <html> and little else, said the engineer.\n";

    assertThat(MediaType.guess("dump.txt", utf8(dump))).isEqualTo(MediaType.TEXT_DUMP);
  }

  @Test
  void text_without_markup_makes_a_text_dump() {
    assertThat(MediaType.guess("dump.txt", utf8("Headline\n\nShort Url\nUpdated 5 sec ago\n")))
        .isEqualTo(MediaType.TEXT_DUMP);
  }

  @Test
  void empty_content_makes_a_text_dump() {
    assertThat(MediaType.guess("x", new byte[0])).isEqualTo(MediaType.TEXT_DUMP);
  }
}
