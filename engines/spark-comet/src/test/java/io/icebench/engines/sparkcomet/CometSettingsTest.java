package io.icebench.engines.sparkcomet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CometSettingsTest {

    @Test
    void cometsSettingsReachSparkAsConfOptions() {
        Map<String, String> options = CometSettings.engineOptions(Map.of("master", "local[2]"));
        assertThat(options)
                .containsEntry("conf.spark.plugins", "org.apache.spark.CometPlugin")
                .containsEntry("conf.spark.comet.scan.icebergNative.enabled", "true")
                .containsEntry("conf.spark.memory.offHeap.enabled", "true")
                .containsEntry("conf.spark.memory.offHeap.size", CometSettings.DEFAULT_OFF_HEAP)
                .containsEntry("master", "local[2]");
    }

    @Test
    void theUsersSettingWinsOverComets() {
        Map<String, String> options = CometSettings.engineOptions(
                Map.of("conf.spark.memory.offHeap.size", "6g", "conf.spark.comet.exec.enabled", "false"));
        assertThat(options)
                .containsEntry("conf.spark.memory.offHeap.size", "6g")
                .containsEntry("conf.spark.comet.exec.enabled", "false");
    }
}
