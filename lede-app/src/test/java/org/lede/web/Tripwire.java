package org.lede.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback listener that a page must never reach: a browser whose every host name resolves here reports each request
 * a page made to another site. Records what each connection began with (a request line and its Host, or a TLS hello)
 * and closes it. Chromium's own background requests (clock, updates) may land here too; tests tell them apart by host.
 */
final class Tripwire implements AutoCloseable {
  private final ServerSocket socket;
  private final List<String> hits = new CopyOnWriteArrayList<>();

  private Tripwire(ServerSocket socket) {
    this.socket = socket;
  }

  static Tripwire start() {
    try {
      Tripwire t = new Tripwire(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
      Thread.ofVirtual().name("tripwire").start(t::accept);
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return socket.getLocalPort();
  }

  List<String> hits() {
    return List.copyOf(hits);
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        s.setSoTimeout(2000);
        InputStream in = s.getInputStream();
        byte[] head = new byte[2000];
        int n = in.read(head);
        if (n <= 0) hits.add("(a connection that sent nothing)");
        else if (head[0] == 0x16) hits.add("(a TLS handshake)");
        else hits.add(requestLineAndHost(new String(head, 0, n, StandardCharsets.ISO_8859_1)));
      } catch (IOException e) {
        if (!socket.isClosed()) hits.add("(a connection that failed: " + e.getMessage() + ")");
      }
    }
  }

  /** "GET /x HTTP/1.1 (Host: a.example)": what was asked of whom. */
  private static String requestLineAndHost(String head) {
    List<String> lines = head.lines().toList();
    String host = lines.stream().filter(l -> l.regionMatches(true, 0, "Host:", 0, 5)).map(l -> l.substring(5).strip())
        .findFirst().orElse("?");
    return (lines.isEmpty() ? "" : lines.get(0)) + " (Host: " + host + ")";
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
