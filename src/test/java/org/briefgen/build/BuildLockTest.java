package org.briefgen.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildLockTest {
    @TempDir
    Path dir;

    @Test
    void secondLockInTheSameProcess_isRefused_untilTheFirstIsReleased() throws Exception {
        Path out = dir.resolve("output");
        BuildLock first = BuildLock.tryAcquire(out).orElseThrow();
        assertTrue(BuildLock.tryAcquire(out).isEmpty());
        assertEquals(String.valueOf(ProcessHandle.current().pid()), BuildLock.holder(out));
        first.close();
        Optional<BuildLock> again = BuildLock.tryAcquire(out);
        assertTrue(again.isPresent());
        again.get().close();
    }

    @Test
    void lockHeldByAnotherProcess_isRefused_andFreedWhenThatProcessIsKilled() throws Exception {
        Path out = dir.resolve("output");
        try (ChildProcess child = ChildProcess.start(ChildProcess.LockHolder.class, out)) {
            assertEquals("locked", child.nextLine());
            assertTrue(BuildLock.tryAcquire(out).isEmpty());
            assertEquals(String.valueOf(child.pid()), BuildLock.holder(out));
            child.kill();
        }
        Optional<BuildLock> after = BuildLock.tryAcquire(out);
        assertTrue(after.isPresent());
        after.get().close();
    }
}
