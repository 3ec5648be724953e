package org.guarantees.game.abuse;

import org.guarantees.game.support.SeatClient;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hostile clients of {@link HostileFramesTest}, in a process of their own so that their own work does not slow
 * the honest clients they are compared with. Arguments: base URI, table id, frames to send, then one seat token per
 * attacker. Prints "attack under way" when it starts, and at the end "sent=N answeredOrCut=M connections=C
 * errorFrames=E seconds=S".
 */
public final class HostileClient {
    static final String[] GARBAGE = {
            "{not json", "[]", "42", "{\"type\":5,\"id\":\"x\"}", "{\"type\":\"propose\"}",
            "{\"type\":\"sign\",\"id\":\"replayed\",\"version\":99}", "{\"type\":\"amend\",\"id\":\"a\",\"baseVersion\":-1}",
            "{\"type\":\"chat\",\"id\":\"" + "i".repeat(200) + "\",\"text\":\"x\"}", "{\"type\":\"start\",\"id\":\"s\"}",
            "{\"type\":\"chat\",\"id\":\"replayed\",\"text\":\"again and again\"}", "{\"type\":\"chat\",\"id\":\"big\",\"text\":\""
            + "x".repeat(20_000) + "\"}", "{\"type\":\"offer\",\"id\":\"o\",\"to\":\"nobody\"}"};

    private HostileClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        URI base = URI.create(args[0]);
        String tableId = args[1];
        int frames = Integer.parseInt(args[2]);
        int attackers = args.length - 3;
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger answeredOrCut = new AtomicInteger();
        AtomicInteger connections = new AtomicInteger();
        AtomicInteger errorFrames = new AtomicInteger();
        System.out.println("attack under way");
        long start = System.nanoTime();
        Thread[] threads = new Thread[attackers];
        for (int i = 0; i < attackers; i++) {
            String token = args[3 + i];
            threads[i] = new Thread(() -> attack(base, tableId, token, frames / attackers + 1, sent, answeredOrCut,
                    connections, errorFrames));
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("sent=%d answeredOrCut=%d connections=%d errorFrames=%d seconds=%.1f%n", sent.get(),
                answeredOrCut.get(), connections.get(), errorFrames.get(), (System.nanoTime() - start) / 1e9);
    }

    /** Sends garbage until the server cuts the socket off, reconnects, and goes on until its share is sent. */
    private static void attack(URI base, String tableId, String token, int share, AtomicInteger sent,
                               AtomicInteger answeredOrCut, AtomicInteger connections, AtomicInteger errorFrames) {
        int mine = 0;
        while (mine < share) {
            connections.incrementAndGet();
            try (SeatClient attacker = SeatClient.connect(base, tableId, token, 0)) {
                attacker.await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10));
                while (mine < share && !attacker.isClosed() && attacker.closeCode() == null) {
                    attacker.sendRaw(GARBAGE[mine % GARBAGE.length]);
                    mine++;
                    sent.incrementAndGet();
                }
                long errors = attacker.received().stream().filter(f -> f.path("type").asText().equals("error")).count();
                errorFrames.addAndGet((int) errors);
                if (errors > 0 || attacker.closeCode() != null) {
                    answeredOrCut.incrementAndGet();
                }
            } catch (RuntimeException | AssertionError cutOff) {
                answeredOrCut.incrementAndGet();
            }
        }
    }
}
