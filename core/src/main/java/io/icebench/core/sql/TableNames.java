package io.icebench.core.sql;

import io.icebench.core.model.TableSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one mapping of the table names a query is written with ({@code catalog.ns.table}, {@code ns.table} or a bare
 * name) onto the names an engine knows, chosen by how the engine reads ({@link EngineReads}):
 * <ul>
 * <li>{@code files}: each table the coordinator registers has a local name (its bare name in the default
 * namespace, {@code ns__table} in any other), and qualified references to it become that name;</li>
 * <li>{@code catalog}: the SQL's catalog name in a three-part name becomes the engine's name for that catalog, or
 * is dropped when the engine has none (its session already points at it).</li>
 * </ul>
 * The SQL is read as tokens ({@link SqlLexer}, standard dialect): names inside strings and comments are left as
 * they are, and text the lexer cannot read is passed on unchanged for the engine to refuse.
 * Python's worker mirrors this in {@code icebench_worker/names.py}; both pass {@code table-names.json}.
 */
public final class TableNames {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final EngineReads reads;
    private final String catalog;
    private final String defaultNamespace;
    private final String engineCatalog;
    private final Map<List<String>, String> localNames = new HashMap<>();
    /** Each query's SQL is mapped once, not at every execution: lexing is part of the harness's round trip. */
    private final Map<String, String> mapped = new HashMap<>();

    private TableNames(EngineReads reads, String catalog, String defaultNamespace, String engineCatalog) {
        this.reads = reads;
        this.catalog = catalog;
        this.defaultNamespace = defaultNamespace;
        this.engineCatalog = engineCatalog;
    }

    /**
     * @param catalog       the catalog name the SQL uses
     * @param engineCatalog {@code catalog} engines: the engine's name for that catalog (null: the prefix is dropped)
     */
    public static TableNames of(EngineReads reads, String catalog, String defaultNamespace, String engineCatalog) {
        return new TableNames(reads, catalog, defaultNamespace, engineCatalog);
    }

    /** The name a {@code files} engine registers the table under: bare in the default namespace, else {@code ns__name}. */
    public static String localName(String namespace, String name, String defaultNamespace) {
        return namespace.equalsIgnoreCase(defaultNamespace) ? name : namespace + "__" + name;
    }

    /** Records a registered table; returns the name the engine registers it under. */
    public String add(TableSnapshot table) {
        String local = localName(table.namespace(), table.name(), defaultNamespace);
        localNames.put(key(table.namespace(), table.name()), local);
        mapped.clear();
        return local;
    }

    /**
     * Records a table and returns it as the engine registers it: a {@code files} engine gets it named by its local
     * name, a {@code catalog} engine as it is.
     */
    public TableSnapshot registered(TableSnapshot table) {
        String local = add(table);
        if (reads == EngineReads.CATALOG || local.equals(table.name())) {
            return table;
        }
        return new TableSnapshot(
                table.catalog(),
                table.namespace(),
                local,
                table.location(),
                table.snapshotId(),
                table.columns(),
                table.dataFiles(),
                table.deleteFiles(),
                table.rows(),
                table.bytes(),
                table.planning());
    }

    public String map(String sql) {
        return mapped.computeIfAbsent(sql, this::mapTokens);
    }

    private String mapTokens(String sql) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokens(sql, SqlDialect.STANDARD);
        } catch (SqlLexer.UnterminatedException e) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (identifier(tokens.get(i)) == null || i > 0 && tokens.get(i - 1).isSymbol('.')) {
                continue;
            }
            List<SqlToken> chain = chain(tokens, i);
            Replacement replacement = reads == EngineReads.FILES ? local(chain) : catalogPrefix(chain);
            if (replacement != null) {
                out.append(sql, copied, replacement.from()).append(replacement.text());
                copied = replacement.to();
            }
            i += 2 * (chain.size() - 1);
        }
        return out.append(sql.substring(copied)).toString();
    }

    private record Replacement(int from, int to, String text) {}

    /** The identifiers of a dotted name starting at token {@code start}. */
    private static List<SqlToken> chain(List<SqlToken> tokens, int start) {
        List<SqlToken> chain = new ArrayList<>(List.of(tokens.get(start)));
        int i = start;
        while (i + 2 < tokens.size() && tokens.get(i + 1).isSymbol('.') && identifier(tokens.get(i + 2)) != null) {
            chain.add(tokens.get(i + 2));
            i += 2;
        }
        return chain;
    }

    private Replacement local(List<SqlToken> chain) {
        int skip = chain.size() >= 3
                        && identifier(chain.get(0)).equalsIgnoreCase(catalog)
                        && localNames.containsKey(key(identifier(chain.get(1)), identifier(chain.get(2))))
                ? 1
                : 0;
        if (chain.size() < skip + 2) {
            return null;
        }
        SqlToken table = chain.get(skip + 1);
        String local = localNames.get(key(identifier(chain.get(skip)), identifier(table)));
        if (local == null) {
            return null;
        }
        String text = local.equalsIgnoreCase(identifier(table)) ? table.text() : quoted(local);
        return new Replacement(chain.get(0).offset(), end(table), text);
    }

    private Replacement catalogPrefix(List<SqlToken> chain) {
        if (chain.size() < 3 || !identifier(chain.get(0)).equalsIgnoreCase(catalog) || catalog.equals(engineCatalog)) {
            return null;
        }
        return engineCatalog == null
                ? new Replacement(chain.get(0).offset(), chain.get(1).offset(), "")
                : new Replacement(chain.get(0).offset(), end(chain.get(0)), engineCatalog);
    }

    /** The name a word or a quoted identifier stands for; null for anything else (strings, numbers, symbols). */
    private static String identifier(SqlToken token) {
        if (token.kind() == SqlToken.Kind.WORD) {
            return token.text();
        }
        if (token.kind() != SqlToken.Kind.QUOTED
                || !(token.text().startsWith("\"") || token.text().startsWith("`"))) {
            return null;
        }
        String quote = token.text().substring(0, 1);
        return token.text().substring(1, token.text().length() - 1).replace(quote + quote, quote);
    }

    private static String quoted(String name) {
        return PLAIN.matcher(name).matches() ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static int end(SqlToken token) {
        return token.offset() + token.text().length();
    }

    private static List<String> key(String namespace, String name) {
        return List.of(namespace.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
    }
}
