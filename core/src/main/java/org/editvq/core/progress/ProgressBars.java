package org.editvq.core.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars that suit where they are printed. On a terminal the bar is redrawn in place twice a
 * second; anywhere else (a log file, a pipe, CI) a redrawn bar is thousands of carriage-return frames on
 * one line, so the bar is printed as a plain line every {@value #LINE_INTERVAL_MILLIS} ms instead, through
 * the progress library's {@link DelegatingProgressBarConsumer}.
 *
 * <p>"A terminal" means {@link System#console()} is present (standard input and output are terminals). The
 * environment variable {@value #ENV} overrides the guess: {@code bar} or {@code lines}.
 */
public final class ProgressBars {
    /** Environment variable forcing the mode: {@code bar} (redrawn) or {@code lines} (periodic lines). */
    public static final String ENV = "EDITVQ_PROGRESS";
    /** Redraw interval on a terminal. */
    public static final int BAR_INTERVAL_MILLIS = 500;
    /** Interval between lines when not on a terminal. */
    public static final int LINE_INTERVAL_MILLIS = 5000;
    /** Width of a line when not on a terminal (a terminal's bar is as wide as the terminal). */
    public static final int LINE_WIDTH = 120;

    /** How progress is shown. */
    public enum Mode {
        /** A bar redrawn in place (a terminal). */
        BAR,
        /** A line every {@value #LINE_INTERVAL_MILLIS} ms (a file or pipe). */
        LINES
    }

    private ProgressBars() {
    }

    /** The mode for this process: {@value #ENV} when set to {@code bar} or {@code lines}, else by {@link System#console()}. */
    public static Mode mode() {
        return mode(System.getenv(ENV), System.console() != null);
    }

    /**
     * The mode for an {@value #ENV} value and whether a console is attached.
     *
     * @throws IllegalArgumentException for a value other than blank, {@code bar} or {@code lines}
     */
    static Mode mode(String env, boolean console) {
        if (env == null || env.isBlank()) {
            return console ? Mode.BAR : Mode.LINES;
        }
        return switch (env.trim().toLowerCase(Locale.ROOT)) {
            case "bar" -> Mode.BAR;
            case "lines" -> Mode.LINES;
            default -> throw new IllegalArgumentException(ENV + " must be 'bar' or 'lines', not '" + env + "'");
        };
    }

    /** A builder for a bar named {@code task} printed on {@code out}, set up for this process's {@link #mode()}. */
    public static ProgressBarBuilder builder(String task, PrintStream out) {
        return builder(task, out, mode(), 0);
    }

    /**
     * A builder for a bar named {@code task} printed on {@code out} in {@code mode}.
     *
     * @param width most characters per bar line; 0 = the terminal's width (bar) or {@value #LINE_WIDTH} (lines)
     */
    public static ProgressBarBuilder builder(String task, PrintStream out, Mode mode, int width) {
        Objects.requireNonNull(out, "out");
        if (width < 0) {
            throw new IllegalArgumentException("width must be >= 0: " + width);
        }
        ProgressBarConsumer consumer;
        int interval;
        if (mode == Mode.BAR) {
            consumer = width > 0 ? new ConsoleProgressBarConsumer(out, width) : new ConsoleProgressBarConsumer(out);
            interval = BAR_INTERVAL_MILLIS;
        } else {
            consumer = new DelegatingProgressBarConsumer(line -> {
                out.println(line.stripTrailing());
                out.flush();
            }, width > 0 ? width : LINE_WIDTH);
            interval = LINE_INTERVAL_MILLIS;
        }
        return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII).setConsumer(consumer)
                .setUpdateIntervalMillis(interval);
    }
}
