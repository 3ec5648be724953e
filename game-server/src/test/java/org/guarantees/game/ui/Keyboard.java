package org.guarantees.game.ui;

import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** Reaches a control the way a keyboard user does, with Tab only, and checks that the focus can be seen. */
final class Keyboard {
    private static final int MAX_TABS = 120;

    private Keyboard() {
    }

    static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            Boolean there = (Boolean) page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector);
            if (there) {
                String outline = (String) page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                        + " return s.outlineStyle + ' ' + s.outlineWidth; }");
                assertThat(outline).as("visible focus on " + selector).doesNotStartWith("none").doesNotEndWith(" 0px");
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError(selector + " not reached with " + MAX_TABS + " presses of Tab");
    }
}
