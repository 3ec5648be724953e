package org.guarantees.game.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ViewportSize;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page seen on a phone (390 × 844 CSS pixels): nothing makes the page scroll sideways and the board fits. */
final class Phone {
    static final int WIDTH = 390;
    static final int HEIGHT = 844;

    private Phone() {
    }

    @SuppressWarnings("unchecked")
    static void assertUsable(Page page, String screenshot) {
        ViewportSize before = page.viewportSize();
        page.setViewportSize(WIDTH, HEIGHT);
        try {
            List<String> tooWide = (List<String>) page.evaluate("() => [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getClientRects().length && e.getBoundingClientRect().right > window.innerWidth + 1)"
                    + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className)");
            Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).as("page width at %d px; too wide: %s", WIDTH, tooWide).isLessThanOrEqualTo(WIDTH);
            Locator row = page.locator("#board tbody tr").first();
            for (Locator part : List.of(row.locator("summary"), row.locator("td.draft"), row.locator("select"),
                    row.locator(".choice button"))) {
                BoundingBox box = part.boundingBox();
                assertThat(box.x).as("left edge on the screen").isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).as("right edge on the screen").isLessThanOrEqualTo(WIDTH);
            }
            Number fontPx = (Number) row.locator("td.draft").evaluate("e => parseFloat(getComputedStyle(e).fontSize)");
            assertThat(fontPx.doubleValue()).as("board text size").isGreaterThanOrEqualTo(13);
            Browsers.screenshot(page, screenshot);
        } finally {
            page.setViewportSize(before.width, before.height);
        }
    }
}
