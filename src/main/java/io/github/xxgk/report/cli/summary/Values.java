package io.github.xxgk.report.cli.summary;

import java.util.Arrays;

/** A growing list of numbers, for the sum and median of a column in one year. */
final class Values {

    private double[] values = new double[16];
    private int size;
    private double sum;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
        sum += value;
    }

    int size() {
        return size;
    }

    double sum() {
        return sum;
    }

    /** The median; {@code NaN} if there are no values. */
    double median() {
        if (size == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2;
    }
}
