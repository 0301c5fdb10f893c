package io.github.xxgk.report.model;

final class Keys {

    private Keys() {
    }

    static <E extends Labelled> E find(E[] values, String key, String what) {
        for (E value : values) {
            if (value.key().equals(key)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + " key: " + key);
    }
}
