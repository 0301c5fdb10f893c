package io.github.xxgk.report.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Progress of a run over many files, shown as a bar on a terminal and not at all otherwise. */
interface Progress extends AutoCloseable {

    /** Counts one more file done, and whether it failed. */
    void step(boolean failed);

    /** Stops updating; a bar stays on screen at its final state. */
    @Override
    void close();

    /** No display. */
    static Progress none() {
        return new Progress() {
            @Override
            public void step(boolean failed) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** A bar on this stream: files done of the total, files per second, time left, and the failures so far. */
    static Progress bar(PrintStream err, String task, long total) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" files", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
        return new Progress() {
            private long failures;

            @Override
            public void step(boolean failed) {
                if (failed) {
                    failures++;
                    bar.setExtraMessage("failed: " + failures);
                }
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
