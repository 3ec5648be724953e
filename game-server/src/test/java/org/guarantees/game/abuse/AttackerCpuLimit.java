package org.guarantees.game.abuse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the attacking process of {@link HostileFramesTest} from taking the server's CPU. In production the attackers
 * are on other machines; here they share two cores with the server, so without a limit the measurement mixes the
 * server's cost of refusing frames with the attackers' own work. The limit slows the attackers down, it does not
 * lessen the attack: they still send every frame, the attack just lasts longer.
 * <p>
 * Best is a cgroup (v1 cpu controller, writable when the tests run as root) with a CPU quota; where that is not
 * available the attackers run at {@code nice 19}, and where even that is missing, unlimited (the test then says so).
 */
final class AttackerCpuLimit implements AutoCloseable {
    private static final Path CPU_CGROUPS = Path.of("/sys/fs/cgroup/cpu");
    /** A short period, so that the quota spreads the attackers' work out instead of letting them burst. */
    static final long PERIOD_MICROS = 10_000;

    private final Path cgroup;
    private final String description;
    private final List<String> prefix;

    private AttackerCpuLimit(Path cgroup, String description, List<String> prefix) {
        this.cgroup = cgroup;
        this.description = description;
        this.prefix = prefix;
    }

    /** A limit to {@code cores} of a core, or the best fallback this machine allows. */
    static AttackerCpuLimit toCores(double cores) {
        Path group = CPU_CGROUPS.resolve("hostile-frames-" + ProcessHandle.current().pid());
        try {
            Files.createDirectory(group);
            try {
                Files.writeString(group.resolve("cpu.cfs_period_us"), String.valueOf(PERIOD_MICROS));
                Files.writeString(group.resolve("cpu.cfs_quota_us"), String.valueOf((long) (PERIOD_MICROS * cores)));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(group);
                throw e;
            }
            // the shell joins the cgroup, then becomes the attacking JVM, so no attacker thread ever runs outside it
            String join = "echo $$ > '" + group.resolve("cgroup.procs") + "' || echo 'note: could not join the cgroup'"
                    + "; exec \"$@\"";
            return new AttackerCpuLimit(group, "cgroup quota of " + cores + " core", List.of("sh", "-c", join, "sh"));
        } catch (IOException | RuntimeException e) {
            for (String nice : List.of("/usr/bin/nice", "/bin/nice")) {
                if (Files.isExecutable(Path.of(nice))) {
                    return new AttackerCpuLimit(null, "nice 19 (no writable cpu cgroup: " + e + ")",
                            List.of(nice, "-n", "19"));
                }
            }
            return new AttackerCpuLimit(null, "NO LIMIT: the attackers compete with the server for the CPU (" + e + ")",
                    List.of());
        }
    }

    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(prefix);
        wrapped.addAll(command);
        return wrapped;
    }

    /** How the attackers are limited, and, for a cgroup, how often the quota held them back. */
    String describe() {
        if (cgroup == null) {
            return description;
        }
        try {
            String stat = Files.readString(cgroup.resolve("cpu.stat")).replace('\n', ' ').trim();
            return description + " (" + stat + ")";
        } catch (IOException e) {
            return description;
        }
    }

    /** Removes the cgroup; call once the attacking process has ended. */
    @Override
    public void close() {
        if (cgroup != null) {
            try {
                Files.deleteIfExists(cgroup);
            } catch (IOException e) {
                System.out.println("note: could not remove " + cgroup + ": " + e);
            }
        }
    }
}
