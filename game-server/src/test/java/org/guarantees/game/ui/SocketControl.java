package org.guarantees.game.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Lets a test cut a page's WebSocket and keep it from reconnecting for a while, as a network outage would: installed
 * before the page's own scripts, it records every socket and sends new ones to a path that refuses the upgrade.
 */
final class SocketControl {
    private static final String PATCH = """
            window.__sockets = [];
            const NativeWebSocket = window.WebSocket;
            window.WebSocket = class extends NativeWebSocket {
              constructor(url, protocols) {
                super(window.__blocked ? String(url).replace('/ws/tables/', '/ws/blocked/') : url, protocols);
                window.__sockets.push(this);
              }
            };
            """;

    private SocketControl() {
    }

    static void install(BrowserContext context) {
        context.addInitScript(PATCH);
    }

    static void cut(Page page) {
        page.evaluate("() => { window.__blocked = true; window.__sockets.forEach(s => s.close()); }");
    }

    static void restore(Page page) {
        page.evaluate("() => { window.__blocked = false; }");
    }
}
