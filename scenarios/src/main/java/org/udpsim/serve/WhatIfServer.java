package org.udpsim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.udpsim.reports.run.OutputDirectory;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.view.ViewData;
import org.udpsim.reports.view.ViewPage;

/**
 * {@code udpsim serve}: the view of a scenario's run, with its {@link WhatIfControls} beside it, served on the
 * loopback address only. {@code GET /} is the view page ({@code view.html} with the add-on {@code serve.js} and
 * {@code serve.css}) of the run shown now; {@code POST /run} with <code>{"values": {KEY: VALUE, ...}}</code> re-runs
 * the scenario with those control values in this JVM and answers <code>{"ok": true, "data": ...}</code>, the new
 * view data (what {@code window.udpsimView.load} plays, with the controls in {@code serve}), or
 * <code>{"ok": false, "refused": [LINE...]}</code> with what {@code udpsim run FILE ARGS...} prints for the same
 * change, the previous run staying shown; <code>{"ok": false, "superseded": true}</code> answers a change replaced
 * by a newer one before it ran. Runs go one at a time ({@link RunQueue}).
 *
 * <p>Refused: a request whose {@code Host} is not {@code localhost} or {@code 127.0.0.1} (421), and a
 * {@code POST} whose {@code Origin} is not this server (403), see {@link HostGuard}. Each run is written into a
 * folder under one temporary folder, removed with its runs by {@link #close()}.
 */
public final class WhatIfServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The page may talk to this server and nothing else, and runs only its own inline script and style. */
    private static final String CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
            + " img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'";
    private static final String ADD_ON = "serve";

    private final Path scenarioFile;
    private final WhatIfControls controls;
    private final Rerun rerun;
    private final Labels labels;
    private final Path temp;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final RunQueue<Shown> queue = new RunQueue<>();
    private final HostGuard guard;
    private volatile Shown shown;
    private int runs;

    /** The run on screen: its folder, the control values it was run with, and its view data. */
    private record Shown(Path folder, Map<String, String> values, ObjectNode data) {
    }

    private WhatIfServer(Path scenarioFile, WhatIfControls controls, Rerun rerun, Labels labels, Path temp,
            HttpServer http) {
        this.scenarioFile = scenarioFile;
        this.controls = controls;
        this.rerun = rerun;
        this.labels = labels;
        this.temp = temp;
        this.http = http;
        this.guard = new HostGuard(http.getAddress().getPort());
        this.handlers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "udpsim-serve-http");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Binds 127.0.0.1:{@code port} ({@code 0}: a free port), runs the scenario as the file gives it, and starts
     * answering.
     *
     * @throws java.net.BindException if the port is in use
     * @throws Refused if the scenario as written is refused when it runs
     */
    public static WhatIfServer start(Path scenarioFile, WhatIfControls controls, Rerun rerun, Labels labels,
            int port) throws IOException, Refused {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        Path temp = Files.createTempDirectory("udpsim-serve-");
        WhatIfServer server = new WhatIfServer(scenarioFile, controls, rerun, labels, temp, http);
        try {
            server.shown = server.runWith(controls.fileValues());
        } catch (Refused | IOException | RuntimeException e) {
            http.stop(0);
            server.close();
            throw e;
        }
        http.createContext("/", server.guarded(server::answer));
        http.setExecutor(server.handlers);
        http.start();
        return server;
    }

    /** The port it listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** Its address, {@code http://127.0.0.1:PORT/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** The temporary folder the runs are written in, removed by {@link #close()}. */
    public Path temporaryFolder() {
        return temp;
    }

    private HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try (exchange) {
                String why = guard.refuseHost(exchange.getRequestHeaders().getFirst("Host"));
                if (why != null) {
                    text(exchange, 421, why);
                    return;
                }
                if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                    why = guard.refuseOrigin(exchange.getRequestHeaders().getFirst("Origin"));
                    if (why != null) {
                        text(exchange, 403, why);
                        return;
                    }
                }
                handler.handle(exchange);
            }
        };
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/") && method.equals("GET")) {
            byte[] page = ViewPage.render(shown.data(), labels, ADD_ON).getBytes(StandardCharsets.UTF_8);
            send(exchange, 200, "text/html; charset=utf-8", page);
        } else if (path.equals("/run") && method.equals("POST")) {
            send(exchange, 200, "application/json", JSON.writeValueAsBytes(change(exchange.getRequestBody())));
        } else if (path.equals("/") || path.equals("/run")) {
            text(exchange, 405, method + " is not answered at " + path);
        } else {
            text(exchange, 404, "nothing at " + path + "; the page is at /");
        }
    }

    /** Re-runs with the values of the request's body and says what is shown now. */
    private ObjectNode change(InputStream body) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        Map<String, String> values = new LinkedHashMap<>();
        try {
            JsonNode request = JSON.readTree(body);
            request.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        } catch (IOException e) {
            return out.put("ok", false).set("refused", JSON.createArrayNode().add("udpsim serve: the change is not"
                    + " JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
        try {
            Shown now = queue.submit(() -> runWith(values)).get();
            return out.put("ok", true).set("data", now.data());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RunQueue.Superseded) {
                return out.put("ok", false).put("superseded", true);
            }
            if (e.getCause() instanceof Refused r) {
                ArrayNode lines = out.put("ok", false).putArray("refused");
                r.lines().forEach(lines::add);
                return out;
            }
            throw new IOException("the run failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Runs the scenario with {@code values} into a new folder and makes it the run shown; on the run thread. */
    private Shown runWith(Map<String, String> values) throws Refused, IOException {
        List<String> args;
        try {
            args = controls.arguments(values);
        } catch (IllegalArgumentException e) {
            throw new Refused(List.of("udpsim serve: " + e.getMessage()));
        }
        Path folder = temp.resolve("run-" + (++runs));
        FramesKept frames = new FramesKept();
        String command = rerun.run(args, folder, List.of(frames));
        ObjectNode data = ViewData.of(folder, labels, ViewData.MAX_EVENTS, frames.pixels());
        Map<String, String> merged = new LinkedHashMap<>(controls.fileValues());
        merged.putAll(values);
        ObjectNode serve = data.putObject("serve");
        serve.put("file", scenarioFile.toString()).put("command", command).put("run", runs);
        serve.set("controls", controls.describe(merged));
        serve.set("words", ServeWords.of(labels));
        Shown previous = shown;
        Shown now = new Shown(folder, Map.copyOf(merged), data);
        shown = now;
        if (previous != null) {
            OutputDirectory.deleteTree(previous.folder());
        }
        return now;
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops answering, ends the run thread and removes the temporary folder with every run in it. */
    @Override
    public void close() throws IOException {
        http.stop(0);
        queue.close();
        handlers.shutdownNow();
        OutputDirectory.deleteTree(temp);
    }
}
