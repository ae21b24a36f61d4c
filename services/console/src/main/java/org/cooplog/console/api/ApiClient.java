package org.cooplog.console.api;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.cooplog.console.ConsoleProperties;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the publishers and the projector as the signed-in person, with their own access token, so that every event
 * records them as who made it. Every answer comes back as it is, errors included: pages decide what to show.
 */
@Component
public class ApiClient {

    private final ConsoleProperties properties;
    private final AccessTokens tokens;
    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiClient(ConsoleProperties properties, AccessTokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(3));
        timeouts.setReadTimeout(Duration.ofSeconds(60));
        this.http = RestClient.builder().requestFactory(timeouts).build();
    }

    /** A publisher's URL: {@code publisher("bilateral", "/api/bilateral/activities")}. */
    public UriComponentsBuilder publisher(String track, String path) {
        return UriComponentsBuilder.fromUri(properties.publisher(track)).path(path);
    }

    public UriComponentsBuilder projector(String path) {
        return UriComponentsBuilder.fromUri(properties.projector()).path(path);
    }

    public ApiAnswer get(URI uri) {
        return send(HttpMethod.GET, uri, null, null, Map.of());
    }

    /** Posts a JSON body, with extra headers such as If-Match and Idempotency-Key. */
    public ApiAnswer postJson(URI uri, Object body, Map<String, String> headers) {
        return send(HttpMethod.POST, uri, MediaType.APPLICATION_JSON, json.writeValueAsBytes(body), headers);
    }

    /** Posts a multipart body (a file upload). */
    public ApiAnswer postMultipart(URI uri, Object parts) {
        return http.post()
                .uri(uri)
                .headers(headers -> headers.setBearerAuth(tokens.current()))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((request, response) -> new ApiAnswer(
                        response.getStatusCode().value(),
                        response.getHeaders(),
                        response.getBody().readAllBytes(),
                        json));
    }

    private ApiAnswer send(HttpMethod method, URI uri, MediaType type, byte[] body, Map<String, String> extra) {
        return http.method(method)
                .uri(uri)
                .headers(headers -> {
                    headers.setBearerAuth(tokens.current());
                    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
                    extra.forEach(headers::set);
                    if (type != null) {
                        headers.setContentType(type);
                    }
                })
                .body(body == null ? new byte[0] : body)
                .exchange((request, response) -> new ApiAnswer(
                        response.getStatusCode().value(),
                        response.getHeaders(),
                        response.getBody().readAllBytes(),
                        json));
    }
}
