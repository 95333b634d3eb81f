package io.icebench.rest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.iceberg.rest.responses.ErrorResponse;
import org.apache.iceberg.rest.responses.ErrorResponseParser;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>}: none gives 401
 * (NotAuthorizedException), a wrong one 403 (ForbiddenException), both as Iceberg REST error bodies.
 */
final class BearerTokenFilter implements Filter {

    private static final String PREFIX = "Bearer ";
    private final byte[] token;

    BearerTokenFilter(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = ((HttpServletRequest) request).getHeader("Authorization");
        HttpServletResponse http = (HttpServletResponse) response;
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            http.setHeader("WWW-Authenticate", "Bearer");
            refuse(http, 401, "NotAuthorizedException", "a bearer token is required (Authorization: Bearer <token>)");
            return;
        }
        byte[] given = header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            refuse(http, 403, "ForbiddenException", "the bearer token is not this catalog's token");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int code, String type, String message) throws IOException {
        ErrorResponse error = ErrorResponse.builder()
                .responseCode(code)
                .withType(type)
                .withMessage(message)
                .build();
        response.setStatus(code);
        response.setContentType("application/json");
        response.getWriter().write(ErrorResponseParser.toJson(error));
    }
}
