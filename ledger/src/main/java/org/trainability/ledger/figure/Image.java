package org.trainability.ledger.figure;

import java.util.Arrays;
import java.util.Objects;

/**
 * A grey-level picture (an MNIST digit, a layer's input), row-major, 0 black to 1 white.
 *
 * <p>Immutable (the array is copied in and out) and thread-safe.
 *
 * @param text   title and caption
 * @param width  pixels per row, at least 1
 * @param height rows, at least 1
 * @param pixels {@code width × height} grey levels in [0, 1], row by row. Not modified.
 */
public record Image(PlotText text, int width, int height, double[] pixels) implements Figure {

    public Image {
        Objects.requireNonNull(text, "text");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image of " + width + "×" + height + " pixels");
        }
        if (pixels.length != (long) width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels for " + width + "×" + height);
        }
        for (int i = 0; i < pixels.length; i++) {
            if (!(pixels[i] >= 0 && pixels[i] <= 1)) {
                throw new IllegalArgumentException("pixel " + i + " is " + pixels[i] + ", outside [0, 1]");
            }
        }
        pixels = pixels.clone();
    }

    /** The grey level at column {@code x} of row {@code y}. */
    public double pixel(int x, int y) {
        return pixels[y * width + x];
    }

    @Override
    public double[] pixels() {
        return pixels.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && i.text.equals(text) && i.width == width && i.height == height
                && Arrays.equals(i.pixels, pixels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, width, height, Arrays.hashCode(pixels));
    }

    @Override
    public String toString() {
        return "Image[" + width + "×" + height + "]";
    }
}
