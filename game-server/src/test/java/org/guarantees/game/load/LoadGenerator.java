package org.guarantees.game.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load generator of the benchmark (game-server/bench/run.sh), in its own process: seats S students in tables of
 * four, opens their sockets, and plays the move mix at each offered rate in turn, then at saturation. Each step appends
 * one JSON line of figures to {@code --out}.
 * <p>
 * Arguments: --mode game|bare --port N [--host 127.0.0.1] --seats S --steps 250,500,sat --warmup s --duration s
 * [--first-warmup s] --window W --server-pid PID --out results.jsonl [--jfr saturation.jfr]
 */
public final class LoadGenerator {
    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String mode = opt.getOrDefault("mode", "game");
        String host = opt.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opt.get("port"));
        int seats = Integer.parseInt(opt.getOrDefault("seats", "2000"));
        long warmup = Long.parseLong(opt.getOrDefault("warmup", "5")) * 1000;
        // the first step also warms the server's JIT up, which takes longer than the switch between two rates
        long firstWarmup = Long.parseLong(opt.getOrDefault("first-warmup", "20")) * 1000;
        long duration = Long.parseLong(opt.getOrDefault("duration", "20")) * 1000;
        int window = Integer.parseInt(opt.getOrDefault("window", "256"));
        ProcessSampler sampler = new ProcessSampler(Long.parseLong(opt.getOrDefault("server-pid", "0")));
        Path out = Path.of(opt.getOrDefault("out", "load-results.jsonl"));

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(32));
        WebSocketClient ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(seats + 100)
                .setConnectTimeout(30_000).setMaxFrameSize(1 << 20).setMaxMessageSize(4 << 20));
        LoadRun run = new LoadRun();
        int tables = seats / 4;
        long t0 = System.currentTimeMillis();
        Provisioner provisioner = new Provisioner(http, host, port);
        if ("bare".equals(mode)) {
            Provisioner.seatBare(run, tables);
        } else {
            provisioner.seatGame(run, tables);
        }
        log("seated %d seats at %d tables in %d ms", run.seats.size(), tables, System.currentTimeMillis() - t0);
        t0 = System.currentTimeMillis();
        AtomicInteger failed = new AtomicInteger();
        Parallel.run(run.seats.size(), 200, i -> run.seats.get(i).connect(ws, host, port)
                .recover(e -> {
                    if (failed.incrementAndGet() <= 5) {
                        log("seat %d could not connect: %s", i, e.getMessage());
                    }
                    return io.vertx.core.Future.succeededFuture();
                }));
        log("connected %d sockets (%d failed) in %d ms; server RSS %d MB", run.seats.size() - failed.get(),
                failed.get(), System.currentTimeMillis() - t0, rss(sampler));
        if (!"bare".equals(mode)) {
            provisioner.startGames();
            waitFor(() -> run.seats.stream().filter(LoadSeat::open).allMatch(s -> s.maxSeen() >= 1), 60_000);
        }
        run.tables.forEach(t -> run.propose(t.seats.get(0)));
        run.drain(60_000);
        log("tables started, first proposals made; %d open seats", openSeats(run));

        boolean first = true;
        for (String label : opt.getOrDefault("steps", "250,500,1000,2000,sat").split(",")) {
            boolean saturation = "sat".equals(label);
            StepStats step = new StepStats(label);
            if (saturation && opt.containsKey("jfr") && opt.containsKey("server-pid")) {
                profile(opt.get("server-pid"), opt.get("jfr"), (warmup + duration) / 1000);
            }
            run.drive(saturation ? 0 : Double.parseDouble(label), window, first ? firstWarmup : warmup, duration, step,
                    sampler);
            first = false;
            boolean drained = run.drain(20_000);
            run.tables.forEach(LoadTable::clearEarlyArrivals);
            JsonObject result = result(mode, seats, label, saturation ? window : 0, duration, step, run, sampler, drained);
            log("%s", result.encode());
            Files.writeString(out, result.encode() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        run.seats.forEach(LoadSeat::close);
        Thread.sleep(500);
        vertx.close().toCompletionStage().toCompletableFuture().join();
        System.exit(0);
    }

    private static JsonObject result(String mode, int seats, String label, int window, long duration, StepStats step,
                                     LoadRun run, ProcessSampler sampler, boolean drained) {
        long lost = 0;
        long duplicates = 0;
        long outOfOrder = 0;
        for (LoadSeat seat : run.seats) {
            if (seat.open()) {
                lost += seat.lost();
            }
            duplicates += seat.duplicates();
            outOfOrder += seat.outOfOrder();
        }
        return new JsonObject().put("mode", mode).put("seats", seats).put("seatsOpen", openSeats(run))
                .put("step", label).put("offeredPerS", "sat".equals(label) ? null : Double.parseDouble(label))
                .put("window", window).put("durationS", duration / 1000.0)
                .put("sent", step.sent.sum()).put("acked", step.acked.sum())
                .put("ackedPerS", step.ackedInWindow.sum() / (duration / 1000.0))
                .put("expectedRefusals", step.expectedRefusals.sum()).put("errors", step.errors.sum())
                .put("refusals", new JsonObject(new HashMap<>(step.refusals())))
                .put("backlogged", step.backlogged.get()).put("drained", drained)
                .put("latency", step.latencyJson())
                .put("serverCpuCores", round(sampler.cpuAverage())).put("serverCpuMaxCores", round(sampler.cpuMax()))
                .put("serverRssMaxMb", sampler.rssMaxMb()).put("closes", run.closes.get())
                .put("lost", lost).put("duplicated", duplicates).put("outOfOrder", outOfOrder)
                .put("loadAverage", ProcessSampler.loadAverage());
    }

    /** Profiles the server during the saturation step, where the question is where the time goes. */
    private static void profile(String pid, String file, long seconds) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", pid, "JFR.start", "name=saturation", "settings=profile",
                "duration=" + seconds + "s", "filename=" + file).redirectErrorStream(true).start();
        log("profiling the server: %s", new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replace('\n', ' ').trim());
        jcmd.waitFor();
    }

    private static long rss(ProcessSampler sampler) {
        sampler.sample();
        return sampler.rssLastMb();
    }

    private static long openSeats(LoadRun run) {
        return run.seats.stream().filter(LoadSeat::open).count();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[load %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            map.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return map;
    }
}
