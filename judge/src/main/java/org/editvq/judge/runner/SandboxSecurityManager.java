package org.editvq.judge.runner;

import java.io.FilePermission;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;

/**
 * Restricts threads of the submission's thread group: {@code System.exit} becomes an
 * {@link ExitTrap} thrown at the caller, writes and deletes outside the private working
 * directory, process creation, network access and replacing the security manager are refused.
 * Reads stay allowed (class loading needs them). Threads outside the group (the runner) are not
 * restricted.
 */
final class SandboxSecurityManager extends SecurityManager {
    private final ThreadGroup submissionGroup;
    /** Status of the last trapped System.exit of the current run, or null. */
    volatile Integer exitStatus;
    private final String workDirPrefix;

    SandboxSecurityManager(ThreadGroup submissionGroup, Path workDir) {
        this.submissionGroup = submissionGroup;
        this.workDirPrefix = workDir.toAbsolutePath().normalize().toString() + java.io.File.separator;
    }

    /** Set in the submission's main thread; threads it creates inherit it. */
    static final InheritableThreadLocal<Boolean> SUBMISSION = new InheritableThreadLocal<>();

    private boolean restricted() {
        return SUBMISSION.get() != null || Thread.currentThread().getThreadGroup() == submissionGroup;
    }

    @Override
    public void checkExit(int status) {
        if (restricted()) {
            exitStatus = status;
            throw new ExitTrap(status);
        }
    }

    @Override
    public void checkPermission(Permission perm) {
        if (!restricted()) {
            return;
        }
        if (perm instanceof FilePermission) {
            String actions = perm.getActions();
            if (actions.contains("execute")) {
                throw new SecurityException("judge: process creation refused");
            }
            if (actions.contains("write") || actions.contains("delete")) {
                String path = Path.of(perm.getName()).toAbsolutePath().normalize().toString();
                if (!path.startsWith(workDirPrefix)) {
                    throw new SecurityException("judge: write outside the working directory refused: " + perm.getName());
                }
            }
        } else if (perm instanceof SocketPermission) {
            throw new SecurityException("judge: network access refused: " + perm.getName());
        } else if (perm instanceof RuntimePermission) {
            String name = perm.getName();
            if (name.equals("setSecurityManager") || name.equals("createSecurityManager")) {
                throw new SecurityException("judge: replacing the security manager refused");
            }
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    /** Thrown at a submission calling {@code System.exit}; carries the exit status. */
    static final class ExitTrap extends SecurityException {
        private static final long serialVersionUID = 1L;
        final int status;

        ExitTrap(int status) {
            super("System.exit(" + status + ")");
            this.status = status;
        }
    }
}
