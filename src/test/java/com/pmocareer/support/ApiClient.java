package com.pmocareer.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running instance's REST API the way a script would: HTTP, JSON, and personal bearer tokens. */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();

    private final java.util.Map<String, String> passwords = new java.util.concurrent.ConcurrentHashMap<>();

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Lets calls "as" this user sign in with their own password rather than the demo one. */
    public void knowPassword(String email, String password) {
        passwords.put(email, password);
    }

    /** A bearer token for a demo user (or one whose password is known), minted once per client. */
    public String tokenFor(String email) {
        return tokens.computeIfAbsent(email, key -> {
            Response minted = mint(key, passwords.getOrDefault(key, DEMO_PASSWORD), "{\"name\":\"test\"}");
            if (minted.status() != 201) {
                throw new IllegalStateException("Could not mint a token for " + key + ": " + minted.body());
            }
            return minted.json().get("token").asString();
        });
    }

    public Response mint(String email, String password, String body) {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    public Response get(String path, String asEmail) {
        return send(request(path, asEmail).GET());
    }

    public Response post(String path, String asEmail, String json) {
        return send(request(path, asEmail).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    public Response post(String path, String asEmail, String contentType, BodyPublisher body) {
        return send(request(path, asEmail).header("Content-Type", contentType).POST(body));
    }

    public Response put(String path, String asEmail, String json) {
        return send(request(path, asEmail).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String asEmail) {
        return send(request(path, asEmail).DELETE());
    }

    public Response withToken(String method, String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .method(method, BodyPublishers.noBody()));
    }

    public Response withTokenAndBody(String method, String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String asEmail) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        if (asEmail != null) {
            builder.header("Authorization", "Bearer " + tokenFor(asEmail));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
