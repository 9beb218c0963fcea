package org.lede.postgres;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Rows for {@code COPY ... FROM STDIN (FORMAT binary)}: the binary form needs no escaping, so no character an article
 * holds (a tab, a backslash, a line that reads {@code \.}) can be taken for COPY's own syntax.
 *
 * <p>Not thread-safe.
 */
final class CopyRows implements AutoCloseable {
  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
  private static final int TEXT_OID = 25;
  /** timestamptz counts microseconds from 2000-01-01 UTC. */
  private static final long POSTGRES_EPOCH_SECONDS = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

  private final DataOutputStream out;

  CopyRows(OutputStream out) throws IOException {
    this.out = new DataOutputStream(out);
    this.out.write(SIGNATURE);
    this.out.writeInt(0); // flags
    this.out.writeInt(0); // header extension length
  }

  /** Starts a row of {@code fields} fields. */
  void row(int fields) throws IOException {
    out.writeShort(fields);
  }

  void int4(int value) throws IOException {
    out.writeInt(4);
    out.writeInt(value);
  }

  void text(String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** jsonb's binary form is a version byte (1) and the JSON text. */
  void jsonb(String json) throws IOException {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length + 1);
    out.writeByte(1);
    out.write(b);
  }

  void timestamptz(Instant t) throws IOException {
    if (t == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(8);
    out.writeLong(Math.addExact(Math.multiplyExact(t.getEpochSecond() - POSTGRES_EPOCH_SECONDS, 1_000_000L), t.getNano() / 1000));
  }

  /** A one-dimensional {@code text[]}: dimensions, null flag, element type, then length and lower bound, elements. */
  void textArray(List<String> values) throws IOException {
    byte[][] elements = new byte[values.size()][];
    int bytes = 12 + (values.isEmpty() ? 0 : 8);
    for (int i = 0; i < elements.length; i++) {
      elements[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
      bytes += 4 + elements[i].length;
    }
    out.writeInt(bytes);
    out.writeInt(values.isEmpty() ? 0 : 1);
    out.writeInt(0);
    out.writeInt(TEXT_OID);
    if (values.isEmpty()) return;
    out.writeInt(values.size());
    out.writeInt(1);
    for (byte[] e : elements) {
      out.writeInt(e.length);
      out.write(e);
    }
  }

  /** Writes the trailer and closes the stream, which ends the COPY. */
  @Override
  public void close() throws IOException {
    out.writeShort(-1);
    out.close();
  }
}
