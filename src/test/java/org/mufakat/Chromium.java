package org.mufakat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium for browser tests, launched as BrowserStoryTest launches it: absent is a skip, unless
 * {@code MUFAKAT_REQUIRE_BROWSER} is set (as CI does), then it is a failure.
 */
public final class Chromium {

    public static final Path PATH = Path.of(System.getenv().getOrDefault("MUFAKAT_CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {
    }

    /** Whether Chromium is installed; fails when it is not and CI requires it. */
    public static boolean available() {
        if (System.getenv("MUFAKAT_REQUIRE_BROWSER") != null) {
            assertTrue(Files.isExecutable(PATH), "Chromium not found at " + PATH);
        }
        return Files.isExecutable(PATH);
    }

    /** A headless Chromium without sandbox, GPU or background traffic. */
    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(PATH).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
