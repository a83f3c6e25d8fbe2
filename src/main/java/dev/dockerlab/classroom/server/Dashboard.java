package dev.dockerlab.classroom.server;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The instructor's page: {@code /?token=TOKEN} trades the token for a
 * cookie and sends the browser on to {@code /}, so the token leaves the
 * address bar; {@code /} draws every class, and a small inline script swaps
 * in each class's fragment as the live stream sends it. No JavaScript build,
 * nothing fetched from elsewhere: it works on a room's network without internet.
 */
final class Dashboard {

    private final InstructorApi instructor;
    private final InstructorGate gate;
    private final LiveUpdates live;

    Dashboard(InstructorApi instructor, InstructorGate gate, LiveUpdates live) {
        this.instructor = instructor;
        this.gate = gate;
        this.live = live;
    }

    void page(HttpExchange exchange) throws IOException {
        Optional<String> token = InstructorApi.query(exchange, "token");
        if (token.isPresent()) {
            if (!gate.matches(token.get())) {
                throw Refusal.unauthorized("this is not the class's instructor token.");
            }
            exchange.getResponseHeaders().set("Set-Cookie", gate.cookie());
            exchange.getResponseHeaders().set("Location", "/");
            Exchanges.send(exchange, 303, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        instructor.admit(exchange);
        String nonce = Secrets.token();
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce
                + "'; script-src 'nonce-" + nonce + "'; connect-src 'self'; base-uri 'none'; form-action 'none';"
                + " frame-ancestors 'none'");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        Exchanges.text(exchange, 200, "text/html; charset=utf-8", html(nonce));
    }

    void stream(HttpExchange exchange) throws IOException {
        instructor.admit(exchange);
        live.subscribe(exchange);
    }

    private String html(String nonce) {
        String classes = instructor.views().stream().map(ClassPanel::html).collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>dockerlab class</title>
                <style nonce="%1$s">%2$s</style></head>
                <body><header><h1>dockerlab class</h1><span id="status" data-live="connecting">connecting…</span></header>
                <main id="classes">%3$s</main>
                <script nonce="%1$s">%4$s</script></body></html>
                """.formatted(nonce, STYLE, classes, SCRIPT);
    }

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
            header{display:flex;gap:1em;align-items:baseline;padding:.6em 1em;background:#1d3557;color:#fff}
            header h1{font-size:1.2em;margin:0}#status{font-size:.9em;opacity:.8}
            main{padding:1em}section.class{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:1em;margin-bottom:1em}
            h2{margin:.2em 0 .6em}h3{font-size:1em;margin:.4em 0}small{color:#57606a;font-weight:normal}
            .stuck,.failures{margin-bottom:1em}.none{color:#57606a;margin:.2em 0}
            .stuck li{color:#9a3412}.failures code,.command code{background:#f3f4f6;padding:0 .3em}
            table.grid{border-collapse:collapse;overflow-x:auto;display:block}
            .grid th,.grid td{border:1px solid #d0d7de;padding:.2em .5em;text-align:center;white-space:nowrap}
            .grid th.name{text-align:left}.grid .command{font-size:.8em;max-width:30em;overflow:hidden;text-overflow:ellipsis}
            td.cell{min-width:1.6em}td.done{background:#2da44e;color:#fff}td.working{background:#f2cc60}
            td.not-started{background:#f6f8fa}tr.is-stuck th.name{background:#ffd8b5}tr.has-left{opacity:.55}
            """;

    private static final String SCRIPT = """
            (function () {
              var status = document.getElementById('status');
              var source = new EventSource('/events');
              source.onopen = function () { status.textContent = 'live'; status.dataset.live = 'open'; };
              source.onerror = function () { status.textContent = 'reconnecting…'; status.dataset.live = 'lost'; };
              source.addEventListener('update', function (event) {
                var update = JSON.parse(event.data);
                var old = document.getElementById('class-' + update.code);
                if (old) { old.outerHTML = update.html; }
                else { document.getElementById('classes').insertAdjacentHTML('beforeend', update.html); }
              });
            })();
            """;
}
