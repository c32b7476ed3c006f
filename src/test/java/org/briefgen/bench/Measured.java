package org.briefgen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A child process run to completion: wall time, exit code, output, and peak RSS polled from /proc. */
record Measured(int exit, double seconds, double peakRssMb, String stdout) {
    static Measured run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        long peakKb = 0;
        Path status = Path.of("/proc/" + p.pid() + "/status");
        // Poll VmHWM (the kernel's own high-water mark) until exit; the last reading before exit is the peak.
        while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, hwm(status));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        return new Measured(p.exitValue(), secs, peakKb / 1024.0, out.join());
    }

    private static long hwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // the process exited between polls
        }
        return 0;
    }
}
