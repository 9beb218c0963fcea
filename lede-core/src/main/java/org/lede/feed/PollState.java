package org.lede.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lede.fetch.Validators;

/**
 * What polling has already done, kept on disk so that a restart (even after {@code kill -9}) loses and repeats
 * nothing: the pages already stored, and each listing's ETag and Last-Modified for the next conditional GET.
 *
 * <p>The file is a journal of tab-separated lines, {@code seen URL} and {@code validators LISTING ETAG
 * LAST-MODIFIED}, each appended with one write and forced to disk before the call returns. A crash can tear only
 * the last line, which has no newline and is dropped on open. Opening rewrites the journal compacted, to a
 * temporary file moved atomically into place.
 *
 * <p>Thread-safe. One process at a time may open a file.
 */
public final class PollState implements AutoCloseable {
  private final Path file;
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Validators> validators = new LinkedHashMap<>();
  private final FileChannel journal;

  private PollState(Path file) throws IOException {
    this.file = file;
    load();
    compact();
    journal = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  /** Opens (creating when absent) the state kept in {@code file}. */
  public static PollState open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    return new PollState(file);
  }

  /** Returns true when {@code page} was stored (or found not to be news) on an earlier poll. */
  public synchronized boolean seen(URI page) {
    return seen.contains(page.toString());
  }

  /** Records that {@code page} needs no fetching again; durable when this returns. */
  public synchronized void markSeen(URI page) throws IOException {
    if (seen.add(page.toString())) append("seen\t" + escape(page.toString()));
  }

  /** Returns the validators saved for {@code listing}, or {@link Validators#NONE}. */
  public synchronized Validators validators(URI listing) {
    return validators.getOrDefault(listing.toString(), Validators.NONE);
  }

  /** Saves {@code v} as {@code listing}'s validators; durable when this returns. */
  public synchronized void saveValidators(URI listing, Validators v) throws IOException {
    if (v.equals(validators.get(listing.toString()))) return;
    validators.put(listing.toString(), v);
    append(validatorsLine(listing.toString(), v));
  }

  /** How many pages are recorded as seen. */
  public synchronized int seenCount() {
    return seen.size();
  }

  @Override
  public synchronized void close() throws IOException {
    journal.close();
  }

  private void append(String line) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) journal.write(bytes);
    journal.force(false);
  }

  private void load() throws IOException {
    if (!Files.exists(file)) return;
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n');
    if (end < 0) return;
    for (String line : text.substring(0, end).split("\n")) {
      String[] f = line.split("\t", -1);
      if (f[0].equals("seen") && f.length == 2) {
        seen.add(unescape(f[1]));
      } else if (f[0].equals("validators") && f.length == 4) {
        validators.put(unescape(f[1]), new Validators(nullIfEmpty(unescape(f[2])), nullIfEmpty(unescape(f[3]))));
      }
    }
  }

  private void compact() throws IOException {
    StringBuilder out = new StringBuilder();
    for (String s : seen) out.append("seen\t").append(escape(s)).append('\n');
    validators.forEach((k, v) -> out.append(validatorsLine(k, v)).append('\n'));
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer bytes = ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) ch.write(bytes);
      ch.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String validatorsLine(String listing, Validators v) {
    return "validators\t" + escape(listing) + "\t" + escape(v.etag() == null ? "" : v.etag()) + "\t"
        + escape(v.lastModified() == null ? "" : v.lastModified());
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
