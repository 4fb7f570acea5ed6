package org.reluspec.plots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes XChart charts as PNG files for the report and the experiments. */
public final class Plots {

    private Plots() {
    }

    /**
     * @param chart the chart
     * @param dir the folder (created if needed)
     * @param name the file name, ending in {@code .png}
     * @return the written file's path, as a string
     * @throws UncheckedIOException when the file cannot be written
     */
    public static String savePng(Chart<?, ?> chart, Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
