package io.icebench.catalog.mutate;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.catalog.generate.PartitionedFiles;
import io.icebench.catalog.generate.TpchGenerator;
import io.icebench.catalog.generate.WrittenFiles;
import io.icebench.core.config.ConfigException;
import java.util.List;
import java.util.Set;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.RowDelta;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableUtil;
import org.apache.iceberg.Transaction;
import org.apache.iceberg.data.Record;

/**
 * Applies pairs of TPC-H refresh functions to generated tables as Iceberg commits: RF1 appends new orders
 * and line items, RF2 deletes old ones with the chosen kind of delete file. Each table remembers how many
 * refreshes it took ({@value #COUNT_PROPERTY}), so the next run continues with fresh rows.
 */
public final class TpchRefresh {

    public static final String COUNT_PROPERTY = "icebench.tpch.refreshes";

    /** What one refresh pair did to one table. */
    public record Outcome(
            int refresh, String table, long inserted, long deleted, int dataFiles, int deleteFiles, long snapshotId) {}

    private final IcebergCatalog catalog;

    public TpchRefresh(IcebergCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Outcome> run(
            String namespace, int refreshes, DeleteMode mode, java.util.function.Consumer<Outcome> progress) {
        Table orders = catalog.load(new TableName(catalog.name(), namespace, "orders"));
        Table lineitem = catalog.load(new TableName(catalog.name(), namespace, "lineitem"));
        String scale = orders.properties().get(TpchGenerator.SCALE_PROPERTY);
        if (scale == null) {
            throw new ConfigException(orders.name() + " was not made by 'icebench generate tpch'; mutate tpch "
                    + "refreshes tables it generated");
        }
        for (Table table : List.of(orders, lineitem)) {
            String why = mode.whyNot(TableUtil.formatVersion(table));
            if (why != null) {
                throw new ConfigException(table.name() + ": " + why);
            }
        }
        TpchRefreshData data = new TpchRefreshData(Double.parseDouble(scale));
        int from = Math.min(done(orders), done(lineitem)) + 1;
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (int n = from; n < from + refreshes; n++) {
            Set<Long> keys = data.deletedKeys(n);
            if (done(orders) < n) {
                outcomes.add(refresh(orders, "o_orderkey", data.newOrders(n, orders.schema()), keys, mode, n));
                progress.accept(outcomes.get(outcomes.size() - 1));
            }
            if (done(lineitem) < n) {
                outcomes.add(refresh(lineitem, "l_orderkey", data.newLineItems(n, lineitem.schema()), keys, mode, n));
                progress.accept(outcomes.get(outcomes.size() - 1));
            }
        }
        return outcomes;
    }

    private static int done(Table table) {
        table.refresh();
        return Integer.parseInt(table.properties().getOrDefault(COUNT_PROPERTY, "0"));
    }

    /** RF1 and RF2 of refresh {@code n} on one table as one commit, with the table's refresh count. */
    private static Outcome refresh(
            Table table, String key, List<Record> inserts, Set<Long> deletedKeys, DeleteMode mode, int n) {
        return new WrittenFiles().commitOrDelete(table.io(), ledger -> {
            List<RowLocations.Hits> hits = RowLocations.find(table, key, deletedKeys);
            DeleteFiles.Written deletes = DeleteFiles.write(table, key, hits, mode);
            deletes.added().forEach(d -> ledger.created(d.location()));
            List<DataFile> added;
            try (PartitionedFiles<Record> files = PartitionedFiles.records(table, ledger)) {
                inserts.forEach(files::write);
                added = files.finish();
            }
            Transaction transaction = table.newTransaction();
            RowDelta delta = transaction.newRowDelta();
            if (table.currentSnapshot() != null) {
                delta.validateFromSnapshot(table.currentSnapshot().snapshotId());
            }
            added.forEach(delta::addRows);
            deletes.added().forEach(delta::addDeletes);
            deletes.replaced().forEach(delta::removeDeletes);
            delta.commit();
            transaction
                    .updateProperties()
                    .set(COUNT_PROPERTY, Integer.toString(n))
                    .commit();
            transaction.commitTransaction();
            long deleted = hits.stream().mapToLong(h -> h.positions().size()).sum();
            return new Outcome(
                    n,
                    table.name(),
                    inserts.size(),
                    deleted,
                    added.size(),
                    deletes.added().size(),
                    table.currentSnapshot().snapshotId());
        });
    }
}
