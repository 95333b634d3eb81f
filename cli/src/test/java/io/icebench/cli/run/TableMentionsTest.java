package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.model.TableSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableMentionsTest {

    private static final TableSnapshot ORDERS =
            new TableSnapshot("warehouse", "tpch", "orders", "/t", 1, List.of(), List.of(), List.of(), 0, 0, null);

    @Test
    void aTableIsMentionedByAnyOfItsNames() {
        assertThat(TableMentions.mentions("select * from orders", ORDERS)).isTrue();
        assertThat(TableMentions.mentions("select * from tpch.ORDERS o", ORDERS))
                .isTrue();
        assertThat(TableMentions.mentions("select * from warehouse.tpch.\"orders\"", ORDERS))
                .isTrue();
    }

    @Test
    void otherWordsCommentsAndStringsDoNotMention() {
        assertThat(TableMentions.mentions("select o_orderkey from lineitem_orders", ORDERS))
                .isFalse();
        assertThat(TableMentions.mentions("select 'orders' from lineitem -- orders\n", ORDERS))
                .isFalse();
        assertThat(TableMentions.mentions("select 1 /* from orders */ from lineitem", ORDERS))
                .isFalse();
        assertThat(TableMentions.mentions("select 'it''s orders' from lineitem", ORDERS))
                .isFalse();
    }
}
