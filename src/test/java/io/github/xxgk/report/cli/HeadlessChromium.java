package io.github.xxgk.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, run headless with the network cut off: every host name resolves to nothing and every
 * connection goes to a proxy on a closed port, so nothing a page asks for can be fetched, and what it asks for is
 * logged ({@code --log-net-log}).
 *
 * <p>Found as {@code -Dxxgk.chromium=PATH} if that is given, else as {@code chromium} or {@code chromium-browser}
 * on the {@code PATH}. Where there is none the tests using it are skipped, unless {@code -Dxxgk.browser=required}
 * ({@code .ci/run} sets it, after installing Chromium), which makes them fail instead.
 */
final class HeadlessChromium {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path executable;
    private final Path work;
    private int runs;

    private HeadlessChromium(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** The browser, its profiles and logs under {@code work}; the calling test is skipped if there is none. */
    static HeadlessChromium find(Path work) {
        String configured = System.getProperty("xxgk.chromium");
        Optional<Path> found = configured != null ? Optional.of(Path.of(configured)).filter(Files::isExecutable)
                : onPath("chromium").or(() -> onPath("chromium-browser"));
        if ("required".equals(System.getProperty("xxgk.browser"))) {
            assertThat(found).as("Chromium (-Dxxgk.browser=required)").isPresent();
        }
        Assumptions.assumeTrue(found.isPresent(), "no Chromium: install Debian's chromium package to run this test");
        return new HeadlessChromium(found.get(), work);
    }

    /**
     * Opens the page, lets its scripts run, and returns the DOM they left; {@code netLog} receives the browser's
     * network log.
     */
    String dumpDom(Path page, Path netLog) throws IOException, InterruptedException {
        Path dom = work.resolve("dom-" + runs + ".html");
        run(dom, List.of("--log-net-log=" + netLog, "--dump-dom", page.toUri().toString()));
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    /** Opens the page in a window of this size and writes what it shows as a PNG. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(work.resolve("screenshot-" + runs + ".log"), List.of("--window-size=" + width + "," + height,
                "--hide-scrollbars", "--screenshot=" + png, page.toUri().toString()));
    }

    private void run(Path stdout, List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("profile-" + runs++));
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--virtual-time-budget=10000"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(work.resolve("chromium-" + runs + ".err").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium took longer than " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertThat(process.exitValue()).as("Chromium's exit code; its messages: "
                + Files.readString(work.resolve("chromium-" + runs + ".err"), StandardCharsets.UTF_8))
                .isZero();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator)).map(folder -> Path.of(folder, name))
                .filter(Files::isExecutable).findFirst();
    }
}
