package org.lede.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap and then stops: the subscription is cancelled, which makes the HTTP client
 * drop the connection, so a 2 GB body costs the cap and not 2 GB of reading.
 *
 * <p>One instance per response; the HTTP client calls it from one thread at a time.
 */
final class CappedBody implements BodySubscriber<CappedBody.Body> {
  /** The bytes read, and whether the body went on past the cap. */
  record Body(byte[] bytes, boolean overCap) {}

  private final long cap;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<Body> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBody(long cap) {
    this.cap = cap;
  }

  @Override
  public CompletionStage<Body> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) return;
    for (ByteBuffer b : buffers) {
      int n = b.remaining();
      if (bytes.size() + (long) n > cap) {
        subscription.cancel();
        result.complete(new Body(bytes.toByteArray(), true));
        return;
      }
      byte[] chunk = new byte[n];
      b.get(chunk);
      bytes.write(chunk, 0, n);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Body(bytes.toByteArray(), false));
  }
}
