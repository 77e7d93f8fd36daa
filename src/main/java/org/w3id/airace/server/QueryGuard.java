package org.w3id.airace.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Holds the answer to a SPARQL query until it is complete, so that a query stopped while its result
 * is being written — past its time, its rows or its size — is answered with an error status and a
 * message saying which limit it hit, never with a partial result under 200 (as a streaming endpoint
 * must do once it has sent its first bytes). The answer is sent with its {@code Content-Length}.
 * Requests that are not queries (the Graph Store read, the dump) pass through.
 */
final class QueryGuard implements Filter {
  /** The status of an answer over the row or size limit. */
  static final int OVER_LIMIT = 422;

  private final QueryLimits limits;

  QueryGuard(QueryLimits limits) {
    this.limits = limits;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (!isQuery(request)) {
      chain.doFilter(req, res);
      return;
    }
    Held held = new Held(response, limits.maxBytes());
    chain.doFilter(request, held);
    held.closeWriter();
    Object failure = request.getAttribute(LimitedQuery.FAILURE);
    if (failure instanceof LimitedQuery.Failure f) {
      send(response, f.status(), f.message());
    } else if (held.overflowed) {
      send(
          response,
          OVER_LIMIT,
          "The result is larger than this server's limit of "
              + limits.maxBytesText()
              + " (--max-result-size); nothing of it is sent. Add a LIMIT (and OFFSET to page"
              + " through it), or take the whole dataset from the dump: GET /airace with Accept:"
              + " application/n-quads.");
    } else {
      byte[] body = held.body.toByteArray();
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /** A SPARQL query: a {@code query} parameter, or a body of type application/sparql-query. */
  private static boolean isQuery(HttpServletRequest request) {
    String type = request.getContentType();
    return (type != null && type.toLowerCase().startsWith("application/sparql-query"))
        || request.getParameter("query") != null;
  }

  private static void send(HttpServletResponse response, int status, String message)
      throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setHeader("Content-Disposition", null);
    response.setContentType("text/plain; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * The response as the query service sees it: its body kept in memory up to the limit, nothing
   * sent until the filter decides. An error status drops what was written before it.
   */
  private static final class Held extends HttpServletResponseWrapper {
    private final long maxBytes;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean overflowed;
    private PrintWriter writer;

    private final ServletOutputStream stream =
        new ServletOutputStream() {
          @Override
          public void write(int b) throws IOException {
            room(1);
            body.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            room(length);
            body.write(bytes, offset, length);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("the answer to a query is written blocking");
          }
        };

    Held(HttpServletResponse response, long maxBytes) {
      super(response);
      this.maxBytes = maxBytes;
    }

    private void room(int length) throws IOException {
      if (body.size() + (long) length > maxBytes) {
        overflowed = true;
        throw new IOException("the result is larger than " + maxBytes + " bytes");
      }
    }

    void closeWriter() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(stream, charset));
      }
      return writer;
    }

    @Override
    public void setStatus(int status) {
      if (status >= 400) {
        body.reset();
      }
      super.setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      setStatus(status);
      if (message != null && !overflowed) {
        body.write(message.getBytes(StandardCharsets.UTF_8));
      }
    }

    @Override
    public void sendError(int status) {
      setStatus(status);
    }

    @Override
    public void setContentLength(int length) {}

    @Override
    public void setContentLengthLong(long length) {}

    @Override
    public void flushBuffer() {}

    @Override
    public boolean isCommitted() {
      return false;
    }

    @Override
    public void resetBuffer() {
      body.reset();
    }

    @Override
    public void reset() {
      super.reset();
      body.reset();
    }
  }
}
