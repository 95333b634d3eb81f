package io.icebench.rest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.iceberg.rest.auth.OAuth2Util;
import org.apache.iceberg.rest.responses.OAuthTokenResponse;

/**
 * The OAuth2 token endpoint ({@code POST /v1/oauth/tokens}) for a client that holds a credential rather than the
 * token: grant {@code client_credentials} with the catalog's token as {@code client_secret} (any client id) is
 * answered with the token; any other secret gets 401 {@code invalid_client}. Nothing else is ever issued.
 */
final class ClientCredentialsEndpoint implements Filter {

    static final String PATH = "/v1/oauth/tokens";
    private final String token;

    ClientCredentialsEndpoint(String token) {
        this.token = token;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        String secret = request.getParameter("client_secret");
        http.setContentType("application/json");
        if (!"client_credentials".equals(request.getParameter("grant_type"))
                || secret == null
                || !MessageDigest.isEqual(
                        secret.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            http.setStatus(401);
            http.getWriter()
                    .write("{\"error\":\"invalid_client\",\"error_description\":"
                            + "\"the client secret is not this catalog's token\"}");
            return;
        }
        OAuthTokenResponse issued = OAuthTokenResponse.builder()
                .withToken(token)
                .withTokenType("bearer")
                .withIssuedTokenType("urn:ietf:params:oauth:token-type:access_token")
                .build();
        http.setStatus(200);
        http.getWriter().write(OAuth2Util.tokenResponseToJson(issued));
    }
}
