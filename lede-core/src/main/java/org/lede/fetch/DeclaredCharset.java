package org.lede.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the charset a Content-Type header declares, and drops it when the bytes prove it wrong. Extractors trust
 * a transport charset above the page's own signals (as browsers do), so a server that labels UTF-8 pages
 * ISO-8859-1 would otherwise garble every accent.
 *
 * <p>Stateless and thread-safe.
 */
public final class DeclaredCharset {
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);

  private DeclaredCharset() {}

  /** Returns the charset {@code contentType} declares when it fits {@code body}, the evident one when not, or null. */
  public static Charset of(String contentType, byte[] body) {
    if (contentType == null) return null;
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) return null;
    Charset declared;
    try {
      declared = Charset.forName(m.group(1));
    } catch (RuntimeException unknown) {
      return null;
    }
    boolean utf8 = decodes(body, StandardCharsets.UTF_8);
    String name = declared.name().toLowerCase(Locale.ROOT);
    boolean singleByteLatin = name.equals("iso-8859-1") || name.equals("windows-1252") || name.equals("us-ascii");
    // Valid multi-byte UTF-8 practically never arises by accident in Latin-1 text.
    if (singleByteLatin && utf8 && hasHighBytes(body)) return StandardCharsets.UTF_8;
    if (declared.equals(StandardCharsets.UTF_8) && !utf8) return null;
    return declared;
  }

  private static boolean hasHighBytes(byte[] body) {
    for (byte b : body) {
      if (b < 0) return true;
    }
    return false;
  }

  private static boolean decodes(byte[] body, Charset c) {
    try {
      c.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
