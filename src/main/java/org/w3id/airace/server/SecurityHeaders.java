package org.w3id.airace.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers of {@link Pages#secure} on every answer of the server, set before anything
 * else runs: so what Jetty and Fuseki write themselves — a 404 for an unknown path, a 400 for a
 * malformed one, an error page — carries them too. A page that needs another policy (the editor)
 * sets its own over these.
 */
final class SecurityHeaders extends Handler.Wrapper {
  SecurityHeaders(Handler handler) {
    super(handler);
  }

  /** Puts the headers on every answer of this server, its error pages included. */
  static void install(Server server) {
    server.setHandler(new SecurityHeaders(server.getHandler()));
    Request.Handler errors =
        server.getErrorHandler() != null ? server.getErrorHandler() : new ErrorHandler();
    server.setErrorHandler(
        (request, response, callback) -> {
          put(response);
          return errors.handle(request, response, callback);
        });
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    put(response);
    return super.handle(request, response, callback);
  }

  private static void put(Response response) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put("Content-Security-Policy", Pages.CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "same-origin");
  }
}
