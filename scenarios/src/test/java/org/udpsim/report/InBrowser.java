package org.udpsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.Dimension;

/**
 * A test class that opens pages in headless Chromium: one browser for every such class in the test JVM, started
 * by the first of them and closed when the whole run ends. The classes take turns with it (they hold the
 * {@value #LOCK} lock, so two of them never run at the same time, while other test classes do); each class finds
 * it on a blank page, at the window size it starts with, its console emptied of what earlier classes' pages logged.
 */
@ResourceLock(InBrowser.LOCK)
@ExtendWith(InBrowser.Shared.class)
abstract class InBrowser {
    /** The lock every class that drives the shared browser holds. */
    static final String LOCK = "org.udpsim.report.chromium";

    static Browser browser;

    /** Hands the JVM's one browser to a test class before its tests, starting it on first use. */
    static final class Shared implements BeforeAllCallback {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Shared.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            Browser b = context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(Browser.class, k -> new Open(start()), Open.class).browser();
            b.driver.get("about:blank");
            b.driver.manage().window().setSize(new Dimension(Browser.WIDTH, Browser.HEIGHT));
            b.consoleErrors();
            browser = b;
        }

        private static Browser start() {
            try {
                return Browser.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The open browser, closed when the root context (the whole test run) closes. */
    private record Open(Browser browser) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws IOException {
            browser.close();
        }
    }
}
