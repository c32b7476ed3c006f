package org.briefgen.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second JVM running one of the test programs below, for what only another process can show: a kill
 * mid-write, a lock held elsewhere. It signals each step by printing a line, so the test waits on that
 * line, never on the clock; it blocks reading stdin until told to go on (stdin closed) or killed.
 */
final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader lines;

    private ChildProcess(Process process) {
        this.process = process;
        this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildProcess start(Class<?> main, Path arg) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName(), arg.toString()));
        return new ChildProcess(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** Blocks until the child prints its next line. */
    String nextLine() throws IOException {
        return lines.readLine();
    }

    long pid() {
        return process.pid();
    }

    /** Lets the child finish normally: it stops waiting on stdin. */
    int finish() throws Exception {
        process.getOutputStream().close();
        return process.waitFor();
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, as when the machine or the scheduler kills a job. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) kill();
    }

    /** Writes half a file through AtomicOutput, says so, and waits to be killed. */
    static final class HalfWriter {
        public static void main(String[] args) throws Exception {
            AtomicOutput.write(Path.of(args[0]), out -> {
                out.write("%PDF-1.7 half a new brief".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                System.out.println("half written");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the kill
                }
                throw new IllegalStateException("not killed");
            });
        }
    }

    /** Holds the build lock of a folder until stdin closes. */
    static final class LockHolder {
        public static void main(String[] args) throws Exception {
            BuildLock lock = BuildLock.tryAcquire(Path.of(args[0])).orElseThrow();
            try {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // hold the lock
                }
            } finally {
                lock.close();
            }
        }
    }
}
