package io.icebench.catalog.generate.parquet;

import java.util.Map;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.util.PropertyUtil;

/** The Parquet write settings of a table (Iceberg's {@code write.parquet.*} properties, Iceberg's defaults). */
public record FileSettings(int pageBytes, int pageRows, int dictionaryBytes, long rowGroupBytes, int zstdLevel) {

    /** From a table's properties; only zstd compression is written. */
    public static FileSettings of(Map<String, String> properties) {
        String codec = properties.getOrDefault(
                TableProperties.PARQUET_COMPRESSION, TableProperties.PARQUET_COMPRESSION_DEFAULT_SINCE_1_4_0);
        if (!codec.equalsIgnoreCase("zstd")) {
            throw new IllegalArgumentException("generated files are written with zstd, not " + codec);
        }
        return new FileSettings(
                PropertyUtil.propertyAsInt(
                        properties,
                        TableProperties.PARQUET_PAGE_SIZE_BYTES,
                        TableProperties.PARQUET_PAGE_SIZE_BYTES_DEFAULT),
                PropertyUtil.propertyAsInt(
                        properties,
                        TableProperties.PARQUET_PAGE_ROW_LIMIT,
                        TableProperties.PARQUET_PAGE_ROW_LIMIT_DEFAULT),
                PropertyUtil.propertyAsInt(
                        properties,
                        TableProperties.PARQUET_DICT_SIZE_BYTES,
                        TableProperties.PARQUET_DICT_SIZE_BYTES_DEFAULT),
                PropertyUtil.propertyAsLong(
                        properties,
                        TableProperties.PARQUET_ROW_GROUP_SIZE_BYTES,
                        TableProperties.PARQUET_ROW_GROUP_SIZE_BYTES_DEFAULT),
                PropertyUtil.propertyAsInt(properties, TableProperties.PARQUET_COMPRESSION_LEVEL, 3));
    }
}
