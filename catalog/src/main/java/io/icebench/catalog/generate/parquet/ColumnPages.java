package io.icebench.catalog.generate.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageWriter;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridEncoder;

/**
 * The values of one required column of a row group, encoded into data pages as parquet-mr's v1 writer encodes
 * them: dictionary codes while the column's dictionary stays within its limit and pays off on the first page,
 * plain from the page where it stops doing so on; a page ends at the row limit or, when plain, at the size
 * limit. Pages go to the row group's page writer, which compresses and keeps them. A page's bounds come from its
 * values while plain, and from the dictionary entries its codes name (each once) while dictionary encoded.
 */
abstract class ColumnPages {

    private final FileSettings settings;
    private final ColumnDictionary dictionary;
    private PageWriter pages;
    private boolean dictionaryEncoded = true;
    private boolean dictionaryPageNeeded;
    private boolean firstPage = true;
    private int[] codes = new int[256];
    /** Per dictionary code, the number of the last page whose bounds include it. */
    private int[] boundInPage = new int[64];

    private int pageNumber;
    /** Values in the current page. */
    protected int count;
    /** Bytes the current page's values take in plain encoding. */
    private long plainSize;

    private RunLengthBitPackingHybridEncoder encoder;
    private int encoderBitWidth;

    protected final PlainBuffer plain = new PlainBuffer(4096);

    ColumnPages(FileSettings settings, ColumnDictionary dictionary) {
        this.settings = settings;
        this.dictionary = dictionary;
    }

    /** The page writer of the row group being written. */
    final void pages(PageWriter pages) {
        this.pages = pages;
    }

    final boolean dictionaryEncoded() {
        return dictionaryEncoded;
    }

    /** Bytes held for the current page. */
    final long bufferedBytes() {
        return dictionaryEncoded ? count * 4L : plain.size();
    }

    /** Records one value of {@code plainBytes} in plain encoding, given as a code while dictionary encoded. */
    protected final void added(int code, int plainBytes) {
        plainSize += plainBytes;
        if (dictionaryEncoded) {
            if (count == codes.length) {
                codes = Arrays.copyOf(codes, count * 2);
            }
            codes[count++] = code;
            if (dictionary.plainBytes() > settings.dictionaryBytes()) {
                fallBack();
            }
        } else {
            count++;
        }
        if (count >= settings.pageRows() || (!dictionaryEncoded && plain.size() >= settings.pageBytes())) {
            endPage();
        }
    }

    /** Includes the dictionary entry with code {@code code} in the current page's bounds. */
    protected abstract void bound(int code);

    /** The current page's statistics; then starts the next page's. */
    protected abstract Statistics<?> takeStatistics();

    /** Writes the current page, if any value is in it. */
    final void endPage() {
        if (count == 0) {
            return;
        }
        try {
            BytesInput bytes = null;
            Encoding encoding = Encoding.PLAIN;
            if (dictionaryEncoded) {
                BytesInput encoded = dictionaryCodes();
                if (firstPage && encoded.size() + dictionary.plainBytes() >= plainSize) {
                    fallBack();
                } else {
                    boundCodes();
                    bytes = encoded;
                    encoding = Encoding.PLAIN_DICTIONARY;
                    dictionaryPageNeeded = true;
                }
            }
            if (bytes == null) {
                bytes = plain.view();
            }
            pages.writePage(bytes, count, count, takeStatistics(), Encoding.BIT_PACKED, Encoding.BIT_PACKED, encoding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        firstPage = false;
        count = 0;
        plainSize = 0;
        plain.clear();
    }

    /** Ends the column's chunk of the row group: its last page, then its dictionary if a page used it. */
    final void endChunk() throws IOException {
        endPage();
        if (dictionaryPageNeeded) {
            PlainBuffer entries = new PlainBuffer(dictionary.plainBytes());
            for (int code = 0; code < dictionary.size(); code++) {
                dictionary.writePlain(code, entries);
            }
            pages.writeDictionaryPage(new DictionaryPage(entries.view(), dictionary.size(), Encoding.PLAIN_DICTIONARY));
        }
        dictionary.clear();
        dictionaryEncoded = true;
        dictionaryPageNeeded = false;
        firstPage = true;
    }

    /** From here on the page's values come as plain values, bounded one by one; those so far are bounded here. */
    private void fallBack() {
        boundCodes();
        dictionaryEncoded = false;
        for (int i = 0; i < count; i++) {
            dictionary.writePlain(codes[i], plain);
        }
    }

    private void boundCodes() {
        pageNumber++;
        if (boundInPage.length < dictionary.size()) {
            boundInPage = Arrays.copyOf(boundInPage, Math.max(dictionary.size(), boundInPage.length * 2));
        }
        for (int i = 0; i < count; i++) {
            int code = codes[i];
            if (boundInPage[code] != pageNumber) {
                boundInPage[code] = pageNumber;
                bound(code);
            }
        }
    }

    private BytesInput dictionaryCodes() throws IOException {
        int bitWidth = BytesUtils.getWidthFromMaxInt(dictionary.size() - 1);
        if (encoder == null || encoderBitWidth != bitWidth) {
            encoder = new RunLengthBitPackingHybridEncoder(
                    bitWidth, 1024, settings.pageBytes(), HeapByteBufferAllocator.getInstance());
            encoderBitWidth = bitWidth;
        } else {
            encoder.reset();
        }
        for (int i = 0; i < count; i++) {
            encoder.writeInt(codes[i]);
        }
        return BytesInput.concat(BytesInput.from(new byte[] {(byte) bitWidth}), encoder.toBytes());
    }
}
