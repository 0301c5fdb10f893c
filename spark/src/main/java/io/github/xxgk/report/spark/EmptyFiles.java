package io.github.xxgk.report.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The empty files under a path or glob, which Spark's file sources leave out of their tables: a conversion must give
 * them their row too ({@code failed}, reason {@code empty}). Found by listing the files as Spark's recursive file
 * lookup does, hidden names skipped by Spark's rule, so that the two listings agree on every other file.
 */
final class EmptyFiles {

    private EmptyFiles() {
    }

    /** The empty files, their paths qualified as Spark's {@code path} column writes them. */
    static List<FileStatus> under(String pathOrGlob, Configuration configuration) {
        try {
            Path pattern = new Path(pathOrGlob);
            FileSystem fs = pattern.getFileSystem(configuration);
            FileStatus[] roots = fs.globStatus(pattern);
            List<FileStatus> empty = new ArrayList<>();
            Deque<FileStatus> pending = new ArrayDeque<>();
            for (FileStatus root : roots == null ? new FileStatus[0] : roots) {
                pending.add(root);
            }
            while (!pending.isEmpty()) {
                FileStatus status = pending.pop();
                if (status.isDirectory()) {
                    for (FileStatus child : fs.listStatus(status.getPath())) {
                        if (!hidden(child.getPath().getName())) {
                            pending.push(child);
                        }
                    }
                } else if (status.getLen() == 0) {
                    empty.add(status);
                }
            }
            return empty;
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + pathOrGlob, e);
        }
    }

    /** Spark's rule for the names its file sources skip (InMemoryFileIndex's shouldFilterOutPathName). */
    static boolean hidden(String name) {
        boolean excluded = name.startsWith("_") && !name.contains("=") || name.startsWith(".")
                || name.endsWith("._COPYING_");
        return excluded && !name.startsWith("_common_metadata") && !name.startsWith("_metadata");
    }
}
