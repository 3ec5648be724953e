package org.guarantees.scoring.service;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.util.Arrays;

/**
 * A growable byte buffer that each thread reuses, so that rendering a report allocates nothing of its own: what was
 * written is handed on, and copied out only by whoever receives it (into a network buffer, or an array).
 */
final class ByteSink {
    private static final int INITIAL_CAPACITY = 16 * 1024;
    /** A buffer grown by an unusually large report is dropped, so a thread does not hold on to it for good. */
    private static final int RETAINED_CAPACITY = 256 * 1024;
    private static final int MAX_INT_LENGTH = 11;
    private static final ThreadLocal<ByteSink> PER_THREAD = ThreadLocal.withInitial(ByteSink::new);

    private byte[] buffer = new byte[INITIAL_CAPACITY];
    private int size;

    private ByteSink() {
    }

    /** This thread's sink, emptied; it is only valid until the thread asks for it again. */
    static ByteSink forThisThread() {
        ByteSink sink = PER_THREAD.get();
        sink.size = 0;
        return sink;
    }

    ByteSink write(byte[] bytes) {
        ensureRoomFor(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    ByteSink write(char asciiCharacter) {
        ensureRoomFor(1);
        buffer[size++] = (byte) asciiCharacter;
        return this;
    }

    /** Jackson's own digit writer, so that ints come out exactly as its generator writes them. */
    ByteSink writeInt(int value) {
        ensureRoomFor(MAX_INT_LENGTH);
        size = NumberOutput.outputInt(value, buffer, size);
        return this;
    }

    /** Only for text already known to be printable ASCII that JSON does not escape. */
    ByteSink writeAscii(String text) {
        int length = text.length();
        ensureRoomFor(length);
        for (int i = 0; i < length; i++) {
            buffer[size + i] = (byte) text.charAt(i);
        }
        size += length;
        return this;
    }

    /** Hands what was written to the target; the sink is then free for this thread's next report. */
    <T> T handTo(ReportRenderer.Target<T> target) {
        T taken = target.take(buffer, size);
        if (buffer.length > RETAINED_CAPACITY) {
            buffer = new byte[INITIAL_CAPACITY];
        }
        return taken;
    }

    private void ensureRoomFor(int length) {
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
        }
    }
}
