package org.cooplog.events.codec;

/** Finding bytes inside a record, for tests that alter a record where a field of it lies. */
final class RecordBytes {

    private RecordBytes() {}

    /** Where {@code needle} first starts in {@code haystack}. */
    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("the bytes are not in the record");
    }
}
