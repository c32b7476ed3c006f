package org.briefgen.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import org.briefgen.BriefgenException;

/**
 * Keeps two builds from writing one output folder at once: an operating-system lock on
 * {@code OUTPUT/.briefgen.lock}. The system releases it when the process ends, however it ends, so a
 * killed build never leaves the folder locked. The lock file stays behind on purpose: deleting it would
 * let a third build lock a fresh file while a second still holds the old one.
 */
public final class BuildLock implements AutoCloseable {
    public static final String FILE_NAME = ".briefgen.lock";
    /*
     * File locks belong to the whole JVM: a second tryLock from the same process throws instead of
     * failing. So builds inside one JVM (tests, an embedding program) also queue on a semaphore per folder.
     */
    private static final ConcurrentMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock if it is free; empty when another build holds it. */
    public static Optional<BuildLock> tryAcquire(Path outputDir) throws BriefgenException {
        Semaphore local = semaphore(outputDir);
        if (!local.tryAcquire()) return Optional.empty();
        return Optional.ofNullable(lock(outputDir, local, false));
    }

    /** Takes the lock, waiting as long as another build holds it. */
    public static BuildLock acquire(Path outputDir) throws BriefgenException {
        Semaphore local = semaphore(outputDir);
        local.acquireUninterruptibly();
        return lock(outputDir, local, true);
    }

    /** The process id the current holder wrote into the lock file, or "unknown". */
    public static String holder(Path outputDir) {
        try {
            String pid = Files.readString(file(outputDir), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,19}") ? pid : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    public static Path file(Path outputDir) {
        return outputDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    private static Semaphore semaphore(Path outputDir) {
        return IN_PROCESS.computeIfAbsent(outputDir.toAbsolutePath().normalize(), k -> new Semaphore(1));
    }

    private static BuildLock lock(Path outputDir, Semaphore local, boolean wait) throws BriefgenException {
        Path file = file(outputDir);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = wait ? channel.lock() : channel.tryLock();
            if (lock == null) {
                channel.close();
                local.release();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new BuildLock(local, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            local.release();
            throw new BriefgenException(file, "cannot lock the output folder: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing; the first error is the one to report.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock as well.
        } finally {
            closeQuietly(channel);
            local.release();
        }
    }
}
