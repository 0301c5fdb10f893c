package io.github.xxgk.report.internal.input;

import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apache.logging.log4j.spi.Provider;

/**
 * Keeps the document libraries quiet in an application without a logging backend. POI logs through the Log4j API,
 * and PDFBox through Commons Logging, which uses the Log4j API when it is present; with no Log4j provider the API
 * prints "Log4j API could not find a logging provider" (on stdout) and then every error POI logs. So before the
 * first Word or PDF read, when no provider is installed and the application has chosen none, the Log4j API is
 * pointed at its own simple provider with logging off. An application with a backend, or that sets
 * {@code log4j.provider} or {@code log4j2.loggerContextFactory} itself, is left as it is.
 */
final class LibraryLogging {

    private static final String PROVIDER = "log4j.provider";
    private static final List<String> CHOSEN = List.of(PROVIDER, "log4j2.provider", "log4j2.loggerContextFactory",
            "log4j.loggerContextFactory");
    private static final String SIMPLE_PROVIDER = "org.apache.logging.log4j.simple.internal.SimpleProvider";
    private static final String SIMPLE_LEVEL = "org.apache.logging.log4j.simplelog.level";
    private static final String LEGACY_PROVIDER_FILE = "META-INF/log4j-provider.properties";

    private LibraryLogging() {
    }

    /**
     * Settles the libraries' logging before their first use; cheap after the first call.
     *
     * @return whether it was turned off here (no provider installed and none chosen by the application)
     */
    static boolean settle() {
        return Settled.TURNED_OFF;
    }

    private static boolean turnOffUnlessChosen() {
        if (CHOSEN.stream().anyMatch(name -> System.getProperty(name) != null) || hasProvider()) {
            return false;
        }
        System.setProperty(PROVIDER, SIMPLE_PROVIDER);
        if (System.getProperty(SIMPLE_LEVEL) == null) {
            System.setProperty(SIMPLE_LEVEL, "OFF");
        }
        return true;
    }

    private static boolean hasProvider() {
        ClassLoader loader = LibraryLogging.class.getClassLoader();
        if (loader.getResource(LEGACY_PROVIDER_FILE) != null) {
            return true;
        }
        try {
            return ServiceLoader.load(Provider.class, loader).stream().findAny().isPresent();
        } catch (ServiceConfigurationError e) {
            return true;
        }
    }

    private static final class Settled {
        static final boolean TURNED_OFF = turnOffUnlessChosen();
    }
}
