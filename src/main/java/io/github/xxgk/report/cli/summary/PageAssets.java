package io.github.xxgk.report.cli.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Properties;

/**
 * What every page inlines: ECharts' minified build from its WebJar, the page's own script and its style sheet,
 * each read once from the class path.
 */
final class PageAssets {

    private static final String WEBJAR = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

    /** The ECharts version inlined. */
    static final String ECHARTS_VERSION = echartsVersion();
    /** ECharts' minified build. */
    static final String ECHARTS = read("META-INF/resources/webjars/echarts/" + ECHARTS_VERSION
            + "/dist/echarts.min.js");
    /** The page's script: draws the charts, sorts the tables. */
    static final String SCRIPT = read(resource("summary.js"));
    /** The page's style sheet. */
    static final String STYLE = read(resource("summary.css"));

    private PageAssets() {
    }

    /**
     * The page's content security policy: nothing may be loaded from anywhere, and only the two inline scripts,
     * named by their hashes, may run.
     */
    static String contentSecurityPolicy() {
        return "default-src 'none'; script-src " + hash(ECHARTS) + " " + hash(SCRIPT)
                + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
    }

    private static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String resource(String name) {
        return PageAssets.class.getPackageName().replace('.', '/') + "/" + name;
    }

    private static String echartsVersion() {
        Properties properties = new Properties();
        try (InputStream in = open(WEBJAR)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (the CLI jar bundles it)");
        }
        return in;
    }
}
