package io.icebench.catalog.generate.parquet;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Compresses pages with one reused zstd context and output buffer. The page writer copies what it keeps before
 * the next page, so the returned bytes are only valid until then.
 */
final class ZstdPageCompressor implements BytesInputCompressor {

    private final ZstdCompressCtx context = new ZstdCompressCtx();
    private byte[] output = new byte[0];

    ZstdPageCompressor(int level) {
        context.setLevel(level);
    }

    @Override
    public BytesInput compress(BytesInput bytes) throws IOException {
        ByteBuffer input = bytes.toByteBuffer();
        byte[] array;
        int offset;
        if (input.hasArray()) {
            array = input.array();
            offset = input.arrayOffset() + input.position();
        } else {
            array = bytes.toByteArray();
            offset = 0;
        }
        int length = input.remaining();
        int bound = (int) Zstd.compressBound(length);
        if (output.length < bound) {
            output = new byte[Math.max(bound, output.length * 2)];
        }
        int written = context.compressByteArray(output, 0, output.length, array, offset, length);
        return BytesInput.from(output, 0, written);
    }

    @Override
    public CompressionCodecName getCodecName() {
        return CompressionCodecName.ZSTD;
    }

    @Override
    public void release() {
        context.close();
    }
}
