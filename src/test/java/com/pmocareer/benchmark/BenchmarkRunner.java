package com.pmocareer.benchmark;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.BrowserSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures a running instance with concurrent HTTP clients: each scenario is warmed up, then run for a fixed time,
 * and reported as p50/p95/p99 latency and throughput. Usage: {@code --base http://localhost:18080 --clients 16
 * --seconds 30 --out target/benchmark/results.txt}.
 */
public final class BenchmarkRunner {

    record Scenario(String name, Function<Integer, HttpRequest> request) {
    }

    record Result(String name, int clients, long requests, long errors, double seconds, double p50, double p95,
            double p99, double max) {

        String line() {
            return String.format(Locale.ROOT, "%-16s clients=%2d requests=%7d errors=%4d throughput=%8.1f/s "
                    + "p50=%7.2fms p95=%7.2fms p99=%7.2fms max=%8.2fms", name, clients, requests, errors,
                    requests / seconds, p50, p95, p99, max);
        }
    }

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        String base = options.value("base", "http://localhost:18080");
        int clients = options.intValue("clients", 16);
        int seconds = options.intValue("seconds", 30);
        int warmup = options.intValue("warmup", 5);
        int port = URI.create(base).getPort();
        var api = new ApiClient(port);
        String leadToken = api.tokenFor("lead@pmo.example");
        List<Long> ids = personIds(base, leadToken);
        String unit = api.get("/api/v1/org-units", "lead@pmo.example").json().findValues("children").get(0).findParents("name")
                .stream().filter(node -> node.get("name").asString().equals("Infrastructure")).findFirst()
                .map(node -> node.get("id").asString()).orElse("");
        String basic = "Basic " + Base64.getEncoder().encodeToString("junior@pmo.example:demo".getBytes(StandardCharsets.UTF_8));
        String[] fragments = {"an", "son", "ova", "li", "mar", "chen", "pat", "el", "project", "ros", "kim", "ah"};

        List<String> heavyLoggers = lines(BenchmarkDataGenerator.HEAVY_LOGGER_IDS);
        List<String> ledgers = lines(BenchmarkDataGenerator.LEDGER_IDS);
        var scenarios = List.of(
                new Scenario("sign-in token", i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"expiresInDays\":1}")).build()),
                new Scenario("people search", i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/people?size=20&q="
                        + fragments[i % fragments.length])).header("Authorization", "Bearer " + leadToken).GET().build()),
                new Scenario("person profile", i -> personRequest(base, leadToken, ids, "")),
                new Scenario("gap analysis", i -> personRequest(base, leadToken, ids, "/gap-analysis")),
                new Scenario("readiness", i -> personRequest(base, leadToken, ids, "/readiness")),
                new Scenario("readiness list", i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/readiness?size=50&orgUnit="
                        + unit)).header("Authorization", "Bearer " + leadToken).GET().build()),
                new Scenario("onboarding unit", i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/onboarding/plans?size=50&orgUnit="
                        + unit)).header("Authorization", "Bearer " + leadToken).GET().build()),
                new Scenario("onboarding all", i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/onboarding/plans?size=50"))
                        .header("Authorization", "Bearer " + leadToken).GET().build()),
                new Scenario("experience summary (5000 entries)", i -> pathRequest(base, leadToken, heavyLoggers,
                        "/experience?size=25")),
                new Scenario("ledger page (300 entries)", i -> pathRequest(base, leadToken, ledgers,
                        "/pdu-ledger")),
                new Scenario("team expiry view", i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/certifications/team?size=50&orgUnit="
                        + unit)).header("Authorization", "Bearer " + leadToken).GET().build()));

        var lines = new ArrayList<String>();
        for (Scenario scenario : scenarios) {
            run(scenario, clients, warmup);
            Result result = run(scenario, clients, seconds);
            lines.add(result.line());
            System.out.println(result.line());
        }
        var scan = api.post("/api/v1/admin/scans/onboarding-due-and-overdue/run", "admin@pmo.example", "");
        String scanLine = "daily scan       " + (scan.status() == 200 ? "duration=" + scan.json().get("durationMillis").asLong()
                + "ms notifications=" + scan.json().get("notifications").asInt() : "not run: " + scan.status());
        lines.add(scanLine);
        System.out.println(scanLine);
        var certificationScan = api.post("/api/v1/admin/scans/certifications-expiry-and-pdus/run", "admin@pmo.example", "");
        String certificationLine = "certification scan " + (certificationScan.status() == 200 ? "duration="
                + certificationScan.json().get("durationMillis").asLong() + "ms notifications="
                + certificationScan.json().get("notifications").asInt() : "not run: " + certificationScan.status());
        lines.add(certificationLine);
        System.out.println(certificationLine);
        String heap = heap(port);
        lines.add(heap);
        System.out.println(heap);
        Path out = Path.of(options.value("out", "target/benchmark/results.txt"));
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    /** One of the generator's person paths (id, or id/certifications/credential) with the suffix. */
    static HttpRequest pathRequest(String base, String token, List<String> paths, String suffix) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/people/" + paths.get(ThreadLocalRandom.current()
                .nextInt(paths.size())) + suffix)).header("Authorization", "Bearer " + token).GET().build();
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    static HttpRequest personRequest(String base, String token, List<Long> ids, String suffix) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/people/" + ids.get(ThreadLocalRandom.current()
                .nextInt(ids.size())) + suffix)).header("Authorization", "Bearer " + token).GET().build();
    }

    static List<Long> personIds(String base, String token) throws IOException, InterruptedException {
        var http = HttpClient.newHttpClient();
        var ids = new ArrayList<Long>();
        var json = JsonMapper.builder().build();
        for (int page = 0; page < 10; page++) {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/people?size=200&page=" + page * 7))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            json.readTree(response.body()).get("content").forEach(person -> ids.add(person.get("id").asLong()));
        }
        return ids;
    }

    static Result run(Scenario scenario, int clients, int seconds) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<List<Long>> latencies = Collections.synchronizedList(new ArrayList<>());
        var errors = new AtomicLong();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                var mine = new ArrayList<Long>();
                int i = client;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        var response = http.send(scenario.request().apply(i++), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - t0);
                }
                latencies.add(mine);
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        return new Result(scenario.name(), clients, all.length, errors.get(), elapsed, percentile(all, 50),
                percentile(all, 95), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static String heap(int port) {
        var admin = new BrowserSession(port);
        admin.signIn("admin@pmo.example", "demo");
        var json = JsonMapper.builder().build();
        double used = json.readTree(admin.get("/actuator/metrics/jvm.memory.used?tag=area:heap").body())
                .get("measurements").get(0).get("value").asDouble();
        double max = json.readTree(admin.get("/actuator/metrics/jvm.memory.max?tag=area:heap").body())
                .get("measurements").get(0).get("value").asDouble();
        return String.format(Locale.ROOT, "heap used=%.0f MB of max %.0f MB (after the run)", used / 1048576, max / 1048576);
    }
}
