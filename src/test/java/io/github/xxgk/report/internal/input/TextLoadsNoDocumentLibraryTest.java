package io.github.xxgk.report.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Text input must not pay for the document libraries: reading a .txt in a fresh class loader loads none of POI's
 * or PDFBox's classes, while reading a PDF in the same loader loads PDFBox (which shows the probe sees them) and
 * still none of POI's.
 */
class TextLoadsNoDocumentLibraryTest {

    /** Loads the project and its dependencies itself (the platform loader as parent) and records what it defines. */
    private static final class RecordingLoader extends URLClassLoader {

        final Set<String> defined = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            defined.add(name);
            return super.findClass(name);
        }

        boolean loadedAny(String prefix) {
            return defined.stream().anyMatch(name -> name.startsWith(prefix));
        }
    }

    private static URL[] classPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    @Test
    void readingTextLoadsNeitherPoiNorPdfBox() throws Exception {
        try (RecordingLoader loader = new RecordingLoader(classPath())) {
            Method read = loader.loadClass(Sources.class.getName()).getMethod("read", byte[].class, String.class);

            read.invoke(null, Files.readAllBytes(Path.of("testdata/reports/wuzhong-civil-affairs-2021.txt")), "seed.txt");

            assertThat(loader.loadedAny(Sources.class.getName())).isTrue();
            assertThat(loader.defined).noneMatch(name -> name.startsWith("org.apache.poi.")
                    || name.startsWith("org.apache.pdfbox."));
        }
    }

    @Test
    void theProbeSeesPdfBoxWhenAPdfIsRead() throws Exception {
        try (RecordingLoader loader = new RecordingLoader(classPath())) {
            Method read = loader.loadClass(Sources.class.getName()).getMethod("read", byte[].class, String.class);

            read.invoke(null, Files.readAllBytes(Path.of("testdata/hostile/image-only.pdf")), "scan.pdf");

            assertThat(loader.loadedAny("org.apache.pdfbox.")).isTrue();
            assertThat(loader.loadedAny("org.apache.poi.")).isFalse();
        }
    }
}
