package io.github.xxgk.report.internal.input;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;

/**
 * Counts the records of a ZIP's central directory where commons-compress's {@code ZipFile} will read them: from
 * the offset the end record (or its ZIP64 successor) gives, for as long as records follow one another. It reads
 * only the records' fixed headers and stops once the count passes the bound, so an archive that lies about its
 * entries, or lists millions of them, is refused before {@code ZipFile} builds an object for each.
 */
final class CentralDirectory {

    private static final int END_RECORD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END_RECORD = 0x06064b50;
    private static final int RECORD = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int ZIP64_LOCATOR_SIZE = 20;
    private static final int RECORD_SIZE = 46;
    private static final int MAX_COMMENT = 0xFFFF;

    private CentralDirectory() {
    }

    /**
     * The number of records, or {@code max + 1} as soon as there are more than {@code max}.
     *
     * @throws IOException if the channel cannot be read, or holds no end record (it is not a ZIP or is cut short)
     */
    static long count(SeekableByteChannel channel, long max) throws IOException {
        long size = channel.size();
        int tailLength = (int) Math.min(size, END_RECORD_SIZE + MAX_COMMENT);
        long tailStart = size - tailLength;
        ByteBuffer tail = read(channel, tailStart, tailLength);
        int end = -1;
        for (int at = tailLength - END_RECORD_SIZE; at >= 0; at--) {
            if (tail.getInt(at) == END_RECORD) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            throw new EOFException("no end of central directory record");
        }
        long endPosition = tailStart + end;
        long offset = Integer.toUnsignedLong(tail.getInt(end + 16));
        if (endPosition >= ZIP64_LOCATOR_SIZE
                && read(channel, endPosition - ZIP64_LOCATOR_SIZE, 4).getInt(0) == ZIP64_LOCATOR) {
            long zip64End = read(channel, endPosition - ZIP64_LOCATOR_SIZE + 8, 8).getLong(0);
            ByteBuffer record = read(channel, zip64End, 56);
            if (record.getInt(0) != ZIP64_END_RECORD) {
                throw new EOFException("a damaged ZIP64 end of central directory record");
            }
            offset = record.getLong(48);
        }
        return countRecords(channel, offset, max);
    }

    private static long countRecords(SeekableByteChannel channel, long offset, long max) throws IOException {
        long count = 0;
        long at = offset;
        long size = channel.size();
        while (count <= max && at >= 0 && at + RECORD_SIZE <= size) {
            ByteBuffer header = read(channel, at, RECORD_SIZE);
            if (header.getInt(0) != RECORD) {
                break;
            }
            count++;
            at += RECORD_SIZE + Short.toUnsignedInt(header.getShort(28)) + Short.toUnsignedInt(header.getShort(30))
                    + Short.toUnsignedInt(header.getShort(32));
        }
        return count;
    }

    /** The bytes at a position of the channel, little-endian. */
    static ByteBuffer read(SeekableByteChannel channel, long position, int length) throws IOException {
        if (position < 0 || position + length > channel.size()) {
            throw new EOFException("a record beyond the end of the archive");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(position);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("the archive ends inside a record");
            }
        }
        return buffer.flip();
    }
}
