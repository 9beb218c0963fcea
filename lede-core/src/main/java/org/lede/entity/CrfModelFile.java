package org.lede.entity;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The CRF model as Lede saves it after reading CoreNLP's once: its large tables (feature names and word clusters, each
 * with its lookup table, and weights) as plain arrays, and the rest (flags, feature templates, labels) as CoreNLP serializes it, with those tables taken
 * out. CoreNLP's file is a gzipped Java serialization of a string per feature and a map node per word; reading it
 * costs a process about a second of CPU and 140 MB of garbage, reading this one a tenth of that.
 *
 * <p>The file is derived, never shipped or downloaded: the first process that loads the model from CoreNLP's file on
 * the classpath writes it to the cache directory ({@code lede.cache.dir}, else {@code $XDG_CACHE_HOME/lede}, else
 * {@code ~/.cache/lede}), named for the model file's size and checksum and this format's version, so a new model or a
 * new format gets a new file. It is written to a temporary file and moved into place, so a reader never sees half a
 * file; one that does not read back whole is ignored and CoreNLP's is read instead.
 */
final class CrfModelFile {
  private static final long MAGIC = 0x4C4544452D435246L; // "LEDE-CRF"
  /** Raise when the layout changes: the name of the file changes with it. */
  private static final int VERSION = 2;

  /**
   * @param shell    CoreNLP's serialization of the classifier with its feature index, weights and lexicon emptied
   * @param names    the feature names, at their indexes
   * @param weights  per feature, its weight for each labelling of its clique
   * @param clusters the word clusters
   */
  record Contents(byte[] shell, PackedStrings names, float[][] weights, WordClusters clusters) {}

  private CrfModelFile() {}

  /** Where the file derived from the classpath resource {@code model} belongs, or empty when it cannot be told. */
  static Optional<Path> location(String model) {
    URL url = CrfModelFile.class.getClassLoader().getResource(model);
    Path dir = org.lede.CacheDirectory.path().orElse(null);
    if (url == null || dir == null) return Optional.empty();
    try {
      URLConnection c = url.openConnection();
      String key;
      if (c instanceof JarURLConnection jar) {
        c.setUseCaches(false);
        var entry = jar.getJarEntry();
        key = entry.getSize() + "-" + Long.toHexString(entry.getCrc());
      } else {
        key = c.getContentLengthLong() + "-" + Long.toHexString(c.getLastModified());
      }
      String name = model.substring(model.lastIndexOf('/') + 1).replace(".ser.gz", "");
      return Optional.of(dir.resolve(name + "-" + key + "-v" + VERSION + ".crf"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Writes the file whole or not at all. */
  static void write(Path file, Contents model) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".partial");
    try {
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
        out.writeLong(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(model.shell().length);
        out.write(model.shell());
        writeStrings(out, model.names());
        float[][] w = model.weights();
        out.writeInt(w.length);
        for (float[] f : w) {
          if (f.length > Byte.MAX_VALUE) throw new IOException("a feature with more labellings than the file holds");
          out.writeByte(f.length);
        }
        for (float[] f : w) for (float x : f) out.writeFloat(x);
        WordClusters clusters = model.clusters();
        writeStrings(out, clusters.words());
        for (short c : clusters.clusters()) out.writeShort(c);
        String[] names = clusters.names();
        out.writeInt(names.length);
        for (String n : names) {
          out.writeInt(n.length());
          out.writeChars(n);
        }
        out.writeLong(MAGIC);
      }
      try {
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
      forgetOtherVersions(file);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Deletes the files an older (or newer) Lede saved of the same model, which this one will not read. */
  private static void forgetOtherVersions(Path file) {
    String name = file.getFileName().toString();
    String same = name.substring(0, name.lastIndexOf("-v") + 2);
    try (var siblings = Files.newDirectoryStream(file.toAbsolutePath().getParent(), same + "*.crf")) {
      for (Path other : siblings) if (!other.getFileName().toString().equals(name)) Files.deleteIfExists(other);
    } catch (IOException e) {
      // another process's file, or a read-only directory: it only takes room
    }
  }

  private static void writeStrings(DataOutputStream out, PackedStrings strings) throws IOException {
    int[] ends = strings.ends();
    out.writeInt(ends.length);
    for (int e : ends) out.writeInt(e);
    String chars = strings.chars();
    boolean latin1 = chars.chars().allMatch(c -> c < 256);
    out.writeBoolean(latin1);
    byte[] bytes = chars.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE);
    out.writeInt(bytes.length);
    out.write(bytes);
    long[] slots = strings.slots();
    out.writeInt(slots.length);
    for (long s : slots) out.writeLong(s);
  }

  /** The file's contents, or empty when it is absent, from another version, or not whole. */
  static Optional<Contents> read(Path file) {
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
      if (in.getLong() != MAGIC || in.getInt() != VERSION) return Optional.empty();
      byte[] shell = new byte[in.getInt()];
      in.get(shell);
      PackedStrings names = readStrings(in);
      float[][] weights = new float[in.getInt()][];
      for (int i = 0; i < weights.length; i++) weights[i] = new float[in.get()];
      var floats = in.asFloatBuffer();
      for (float[] w : weights) floats.get(w);
      in.position(in.position() + 4 * floats.position());
      PackedStrings words = readStrings(in);
      short[] cluster = new short[words.size()];
      in.asShortBuffer().get(cluster);
      in.position(in.position() + 2 * cluster.length);
      String[] clusterNames = new String[in.getInt()];
      for (int i = 0; i < clusterNames.length; i++) clusterNames[i] = readChars(in);
      if (in.getLong() != MAGIC || in.hasRemaining()) return Optional.empty();
      return Optional.of(new Contents(shell, names, weights, new WordClusters(words, cluster, clusterNames)));
    } catch (IOException | RuntimeException e) {
      // a file cut short or damaged: CoreNLP's model is read instead, and this file written again
      return Optional.empty();
    }
  }

  private static PackedStrings readStrings(ByteBuffer in) {
    int[] ends = new int[in.getInt()];
    in.asIntBuffer().get(ends);
    in.position(in.position() + 4 * ends.length);
    boolean latin1 = in.get() != 0;
    byte[] bytes = new byte[in.getInt()];
    in.get(bytes);
    String chars = new String(bytes, latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE);
    if (ends.length > 0 && ends[ends.length - 1] != chars.length()) throw new IllegalStateException("strings cut short");
    long[] slots = new long[in.getInt()];
    in.asLongBuffer().get(slots);
    in.position(in.position() + 8 * slots.length);
    return new PackedStrings(chars, ends, slots);
  }

  /** A string written as its length and its UTF-16 characters. */
  private static String readChars(ByteBuffer in) {
    char[] chars = new char[in.getInt()];
    for (int i = 0; i < chars.length; i++) chars[i] = in.getChar();
    return new String(chars);
  }
}
