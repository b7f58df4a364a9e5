package org.coplan.benchmark;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One table from one benchmark run: Gatling's figures per request (its report's stats.js), the
 * pgbench floors (their per-transaction logs), the server's heap (jstat -gc samples) and the
 * targets the issue set, each with its ratio to the floors of the same run.
 *
 * Arguments: gatling-report-dir pgbench-dir heap-log heap-after users seconds server-errors
 */
public final class Summary {

    /** p95 targets in milliseconds, by request name; the whole council's is worked out from its SQL floor. */
    private static final Map<String, Long> TARGETS = Map.of(
            "caseload", 150L, "plan page", 150L, "save section", 250L, "audit: service area", 500L);

    record Figures(String name, long count, long errors, double p50, double p95, double p99, double throughput) {
    }

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args[0]);
        Path pgbench = Path.of(args[1]);
        Path heapLog = Path.of(args[2]);
        String heapAfter = Files.exists(Path.of(args[3])) ? Files.readString(Path.of(args[3])) : "";
        Map<String, Figures> requests = gatling(report.resolve("js/stats.js"));
        Map<String, Figures> floors = pgbench(pgbench);
        Figures staticFloor = requests.get("floor: static page");
        double[] heap = heapMb(heapLog);

        StringBuilder out = new StringBuilder();
        out.append("## ").append(LocalDate.now()).append(": ").append(args[4]).append(" users, ").append(args[5])
                .append(" s of steady load\n\n");
        out.append("| request | count | errors | p50 ms | p95 ms | p99 ms | req/s | p95 ÷ static floor's p95 | target (p95) |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Figures f : requests.values()) {
            out.append(String.format("| %s | %d | %d | %.0f | %.0f | %.0f | %.2f | %s | %s |%n", f.name(), f.count(), f.errors(),
                    f.p50(), f.p95(), f.p99(), f.throughput(), ratio(f.p95(), staticFloor == null ? 0 : staticFloor.p95()),
                    target(f, floors)));
        }
        out.append("\nRaw SQL floors (pgbench, one client, after the load; each transaction is all the page's statements):\n\n");
        out.append("| SQL | transactions | errors | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (Figures f : floors.values()) {
            out.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f |%n", f.name(), f.count(), f.errors(), f.p50(), f.p95(), f.p99()));
        }
        Figures council = requests.get("audit: whole council");
        Figures councilSql = floors.get("audit-whole-council");
        Figures areaSql = floors.get("audit-service-area");
        Figures area = requests.get("audit: service area");
        out.append("\n");
        if (council != null && councilSql != null) {
            out.append(String.format("Whole council: p95 %.0f ms is %.2f× its aggregates' raw SQL (p50 %.0f ms).%n", council.p95(),
                    council.p95() / councilSql.p50(), councilSql.p50()));
        }
        if (area != null && areaSql != null) {
            out.append(String.format("Service area: p95 %.0f ms is %.2f× its aggregates' raw SQL (p50 %.0f ms).%n", area.p95(),
                    area.p95() / areaSql.p50(), areaSql.p50()));
        }
        long errors = requests.values().stream().mapToLong(Figures::errors).sum();
        out.append(String.format("Errors: %d failed requests; %s SEVERE or OutOfMemoryError lines in the server log.%n", errors, args[6]));
        out.append(String.format("Heap (-Xmx1g): at most %.0f MB used, garbage included (jstat -gc every second); %s after a full"
                + " collection once the load stopped (jcmd GC.heap_info).%n", heap[0], liveHeap(heapAfter)));
        System.out.print(out);
    }

    private static String ratio(double value, double floor) {
        return floor <= 0 ? "–" : String.format("%.1f×", value / floor);
    }

    private static String target(Figures f, Map<String, Figures> floors) {
        Long limit = TARGETS.get(f.name());
        if (f.name().equals("audit: whole council")) {
            Figures sql = floors.get("audit-whole-council");
            limit = Math.max(1500L, sql == null ? 0L : Math.round(2 * sql.p50()));
        }
        if (limit == null) {
            return "";
        }
        return (f.p95() < limit && f.errors() == 0 ? "met" : "**not met**") + ": under " + limit + " ms";
    }

    /** Gatling's per-request figures: percentiles1..4 are the 50th, 75th, 95th and 99th. */
    static Map<String, Figures> gatling(Path statsJs) throws IOException {
        String text = Files.readString(statsJs);
        JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
        JsonNode root = mapper.readTree(text.substring(text.indexOf('{')));
        Map<String, Figures> figures = new LinkedHashMap<>();
        figures.put("all requests", figures(root.get("stats")));
        for (Iterator<JsonNode> it = root.get("contents").elements(); it.hasNext(); ) {
            JsonNode request = it.next();
            Figures f = figures(request.get("stats"));
            figures.put(f.name(), f);
        }
        return figures;
    }

    private static Figures figures(JsonNode stats) {
        return new Figures(stats.get("name").asText().equals("All Requests") ? "all requests" : stats.get("name").asText(),
                number(stats, "numberOfRequests", "total"), number(stats, "numberOfRequests", "ko"),
                number(stats, "percentiles1", "total"), number(stats, "percentiles3", "total"), number(stats, "percentiles4", "total"),
                decimal(stats.get("meanNumberOfRequestsPerSecond").get("total").asText()));
    }

    private static long number(JsonNode stats, String field, String which) {
        String value = stats.get(field).get(which).asText();
        return value.equals("-") ? 0 : Long.parseLong(value);
    }

    private static double decimal(String value) {
        return value.equals("-") ? 0 : Double.parseDouble(value);
    }

    /** pgbench -l logs: "client transaction latency-µs script epoch µs", one file or more a script. */
    static Map<String, Figures> pgbench(Path folder) throws IOException {
        Map<String, List<Double>> latencies = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".out")) {
                    continue;
                }
                String script = name.substring(0, name.indexOf('.'));
                for (String line : Files.readAllLines(file)) {
                    String[] parts = line.trim().split("\\s+");
                    if (parts.length >= 3) {
                        latencies.computeIfAbsent(script, k -> new ArrayList<>()).add(Double.parseDouble(parts[2]) / 1000.0);
                    }
                }
            }
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        latencies.forEach((script, values) -> {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            figures.put(script, new Figures(script, sorted.length, 0, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), 0));
        });
        return figures;
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The most heap used in any sample (survivor, eden and old spaces; jstat -gc, in KB), garbage included. */
    static double[] heapMb(Path heapLog) throws IOException {
        if (!Files.exists(heapLog)) {
            return new double[1];
        }
        List<String> lines = Files.readAllLines(heapLog);
        if (lines.isEmpty()) {
            return new double[1];
        }
        List<String> header = Arrays.asList(lines.get(0).trim().split("\\s+"));
        int[] used = {header.indexOf("S0U"), header.indexOf("S1U"), header.indexOf("EU"), header.indexOf("OU")};
        double most = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.trim().split("\\s+");
            if (v.length < header.size() || v[0].equals("S0C")) {
                continue;
            }
            double sum = 0;
            for (int i : used) {
                sum += Double.parseDouble(v[i]);
            }
            most = Math.max(most, sum / 1024.0);
        }
        return new double[] {most};
    }

    /** "used 123456K" from jcmd GC.heap_info, in MB; "not measured" when the file says nothing. */
    static String liveHeap(String heapInfo) {
        var m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(heapInfo);
        return m.find() ? String.format("%.0f MB", Long.parseLong(m.group(1)) / 1024.0) : "not measured";
    }
}
