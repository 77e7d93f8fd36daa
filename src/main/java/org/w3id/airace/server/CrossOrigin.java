package org.w3id.airace.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Cross-origin requests to the dataset. Reads — SPARQL queries and Graph Store reads, by GET, HEAD
 * or POST — may come from any origin, so that browser clients on other sites can query the
 * endpoint: they get {@code Access-Control-Allow-Origin: *}, and a preflight ({@code OPTIONS}) is
 * answered here. Writes — the update and Graph Store write services, which only exist when an admin
 * password is set — are refused with 403 when a browser sends them from another origin, so a page
 * elsewhere cannot use an admin's cached credentials (no cross-site request forgery).
 */
final class CrossOrigin implements Filter {
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "POST");
  private final Set<String> writeServices;

  /** {@code writeServices}: the paths of the write services, such as {@code /airace/update}. */
  CrossOrigin(Set<String> writeServices) {
    this.writeServices = Set.copyOf(writeServices);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String origin = request.getHeader("Origin");
    if (origin == null) {
      chain.doFilter(req, res);
      return;
    }
    if (isWrite(request.getRequestURI())) {
      if (!sameOrigin(origin, request)) {
        refuse(response, origin);
        return;
      }
      chain.doFilter(req, res);
      return;
    }
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Expose-Headers", "Content-Length, Content-Type");
    String asked = request.getHeader("Access-Control-Request-Method");
    if (request.getMethod().equals("OPTIONS") && asked != null) {
      response.setHeader("Vary", "Origin, Access-Control-Request-Method");
      if (READ_METHODS.contains(asked)) {
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type");
        response.setHeader("Access-Control-Max-Age", "3600");
      }
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    chain.doFilter(req, res);
  }

  private boolean isWrite(String path) {
    for (String service : writeServices) {
      if (path.equals(service) || path.startsWith(service + "/")) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameOrigin(String origin, HttpServletRequest request) {
    try {
      URI uri = URI.create(origin);
      if (uri.getScheme() == null) {
        return false;
      }
      int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
      return uri.getScheme().equals(request.getScheme())
          && uri.getHost() != null
          && uri.getHost().equalsIgnoreCase(request.getServerName())
          && port == request.getServerPort();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void refuse(HttpServletResponse response, String origin) throws IOException {
    byte[] body =
        ("Writes are not accepted from another origin (" + origin + ").\n")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/plain; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
