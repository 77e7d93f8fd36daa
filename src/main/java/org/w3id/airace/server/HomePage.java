package org.w3id.airace.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** The page at {@code /}: what airace is and where its endpoints are. */
final class HomePage extends HttpServlet {
  private static final String PAGE = "/org/w3id/airace/server/index.html";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (InputStream in = HomePage.class.getResourceAsStream(PAGE)) {
      if (in == null) {
        response.sendError(
            HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "home page missing from the build");
        return;
      }
      response.setContentType("text/html; charset=utf-8");
      in.transferTo(response.getOutputStream());
    }
  }
}
