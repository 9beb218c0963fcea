package org.lede.web;

/**
 * A request the server refuses, with what a reader or client needs to put it right. The API answers it as an
 * RFC 9457 {@code application/problem+json} document; pages answer it as an error page.
 */
final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String title;

  Problem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static Problem notFound(String detail) {
    return new Problem(404, "Not found", detail);
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "Bad request", detail);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  String detail() {
    return getMessage();
  }
}
