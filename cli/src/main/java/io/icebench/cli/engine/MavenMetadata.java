package io.icebench.cli.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions a Maven repository lists for an artifact ({@code maven-metadata.xml}): Maven Central, or
 * {@code $ICEBENCH_MAVEN_REPOSITORY}. Empty when the repository does not answer in time.
 */
public final class MavenMetadata {

    public static final String CENTRAL = "https://repo.maven.apache.org/maven2";
    private static final Pattern VERSION = Pattern.compile("<version>\\s*([^<\\s]+)\\s*</version>");

    private MavenMetadata() {}

    public static String repository() {
        String own = System.getenv("ICEBENCH_MAVEN_REPOSITORY");
        return own == null || own.isBlank() ? CENTRAL : own.replaceAll("/+$", "");
    }

    /** The versions listed for {@code group:artifact}, oldest first; empty when the repository cannot be asked. */
    public static Optional<List<String>> versions(String groupArtifact, Duration timeout) {
        String[] parts = groupArtifact.split(":");
        URI uri = URI.create(repository() + "/" + parts[0].replace('.', '/') + "/" + parts[1] + "/maven-metadata.xml");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.of(List.of());
            }
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(parse(response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static List<String> parse(String xml) {
        List<String> versions = new ArrayList<>();
        Matcher m = VERSION.matcher(xml.substring(Math.max(0, xml.indexOf("<versions>"))));
        while (m.find()) {
            versions.add(m.group(1));
        }
        return versions;
    }
}
