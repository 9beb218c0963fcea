package org.lede.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a request exactly as written (a forged Host, a chunked body), which Java's HTTP client will not; returns the raw response. */
final class RawHttp {
  private RawHttp() {}

  static String send(int port, String request) {
    return send(port, request, 10_000);
  }

  /** As {@link #send(int, String)}, waiting up to {@code timeoutMillis} for the answer (analysing news takes a while). */
  static String send(int port, String request, int timeoutMillis) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(timeoutMillis);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      s.shutdownOutput();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status code of a raw response. */
  static int status(String response) {
    return Integer.parseInt(response.substring(9, 12));
  }
}
