package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.briefgen.TestProject;
import org.briefgen.build.BuildLock;

/**
 * Another process holding an output folder's build lock, as a second nightly job would. Every step is
 * signalled (a line from the child, a message from the waiting build), so the test never sleeps.
 */
final class LockHolder implements AutoCloseable {
    private final Process process;

    private LockHolder(Process process) {
        this.process = process;
    }

    static LockHolder start(Path outputDir) throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Program.class.getName(), outputDir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", lines.readLine());
        return new LockHolder(p);
    }

    long pid() {
        return process.pid();
    }

    /** The child lets go of the lock and exits. */
    void release() throws Exception {
        process.getOutputStream().close();
        assertEquals(0, process.waitFor());
    }

    /** Starts {@code build --wait} on another thread; it reports when it has begun waiting for the lock. */
    Waiting buildWithWait(Path project) {
        CountDownLatch waiting = new CountDownLatch(1);
        StringWriter out = new StringWriter();
        StringWriter errText = new StringWriter();
        Writer err = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                errText.write(buf, off, len);
            }

            @Override
            public void flush() {
                if (errText.toString().contains("waiting for it to finish")) waiting.countDown();
            }

            @Override
            public void close() {
            }
        };
        CompletableFuture<TestProject.Run> run = CompletableFuture.supplyAsync(() -> {
            int code = Main.run(new String[] {"build", "--wait", "--project", project.toString()}, new PrintWriter(out),
                    new PrintWriter(err));
            return new TestProject.Run(code, out.toString(), errText.toString());
        });
        return new Waiting(waiting, run);
    }

    record Waiting(CountDownLatch waiting, CompletableFuture<TestProject.Run> run) {
        void awaitWaiting() throws InterruptedException {
            // A bound so a broken build fails the test instead of hanging it; not a timing assumption.
            assertTrue(waiting.await(2, TimeUnit.MINUTES), "build --wait never said it was waiting");
        }

        TestProject.Run result() throws Exception {
            return run.get(5, TimeUnit.MINUTES);
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) return;
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The child: holds the lock until its stdin closes. */
    static final class Program {
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
