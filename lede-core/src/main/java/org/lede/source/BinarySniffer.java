package org.lede.source;

/** Tells binary content (images, archives, executables) from text by its magic numbers and control bytes. */
final class BinarySniffer {
  private static final int SAMPLE = 8192;

  private BinarySniffer() {}

  /** Returns what kind of binary {@code content} is ("PNG image"), or null when it looks like text. */
  static String describe(byte[] content) {
    if (startsWith(content, 0x89, 'P', 'N', 'G')) return "PNG image";
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) return "JPEG image";
    if (startsWith(content, 'G', 'I', 'F', '8')) return "GIF image";
    if (startsWith(content, 'R', 'I', 'F', 'F')) return "RIFF media";
    if (startsWith(content, '%', 'P', 'D', 'F')) return "PDF document";
    if (startsWith(content, 'P', 'K', 3, 4)) return "ZIP archive";
    if (startsWith(content, 0x1F, 0x8B)) return "gzip data in a file not named .gz";
    if (startsWith(content, 0x7F, 'E', 'L', 'F')) return "executable";
    if (startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)) return "Java class file";
    int n = Math.min(content.length, SAMPLE);
    int control = 0;
    boolean utf16 = n >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF));
    if (utf16) return null;
    for (int i = 0; i < n; i++) {
      int b = content[i] & 0xFF;
      if (b == 0) return "contains NUL bytes";
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
    }
    return control > n / 20 ? "mostly control bytes" : null;
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) return false;
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != (magic[i] & 0xFF)) return false;
    }
    return true;
  }
}
