package org.lede.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a running {@code lede serve} process holds, read from outside it as an operator would: heap in use after a
 * full collection ({@code jcmd GC.run}, then {@code GC.heap_info}), open files and threads ({@code /proc}). Linux
 * only; each figure is -1 where it cannot be read.
 */
final class ServedProcess {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  /** One reading. */
  record Reading(long heapAfterGcKb, long openFiles, long threads) {
    String describe() {
      return String.format(Locale.ROOT, "heap after GC %,d MB, %d open files, %d threads",
          heapAfterGcKb < 0 ? -1 : heapAfterGcKb / 1024, openFiles, threads);
    }
  }

  private ServedProcess() {}

  static Reading read(long pid) throws IOException, InterruptedException {
    return new Reading(heapAfterGc(pid), openFiles(pid), threads(pid));
  }

  private static long heapAfterGc(long pid) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) return -1;
    if (run(jcmd, pid, "GC.run") == null) return -1;
    String info = run(jcmd, pid, "GC.heap_info");
    if (info == null) return -1;
    Matcher m = USED.matcher(info);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static String run(Path jcmd, long pid, String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
    return new String(out, StandardCharsets.UTF_8);
  }

  private static long openFiles(long pid) throws IOException {
    Path fd = Path.of("/proc", Long.toString(pid), "fd");
    if (!Files.isDirectory(fd)) return -1;
    try (Stream<Path> files = Files.list(fd)) {
      return files.count();
    }
  }

  private static long threads(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.exists(status)) return -1;
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("Threads:")) return Long.parseLong(line.substring(8).strip());
    }
    return -1;
  }
}
