"""The SQL's table names mapped for an engine by its ``reads=`` declaration: Java's ``io.icebench.core.sql.TableNames``.

Both pass the same vectors (core/src/test/resources/io/icebench/core/sql/table-names.json). ``files``: a registered
table has a local name (bare in the default namespace, ``ns__name`` elsewhere) and qualified references to it
become that name. ``catalog``: the SQL's catalog name in a three-part name becomes the engine's catalog name, or is
dropped when there is none. Names inside strings and comments are left alone; text that cannot be read as tokens
(an unterminated string or comment) is passed on unchanged for the engine to refuse.
"""
import os
import re

ENVIRONMENT_VARIABLE = "ICEBENCH_READS"
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_EXPONENT = re.compile(r"[eE][+-]?[0-9]+")
_DOLLAR_TAG = re.compile(r"\$([A-Za-z_][A-Za-z_0-9]*)?\$")


def worker_reads():
    """The declaration the coordinator started this worker with; ``files`` when run outside it (tests)."""
    reads = os.environ.get(ENVIRONMENT_VARIABLE, "files").strip()
    if reads not in ("files", "catalog"):
        raise ValueError(f"reads={reads} (expected files or catalog)")
    return reads


def local_name(namespace, name, default_namespace):
    return name if namespace.lower() == (default_namespace or "").lower() else f"{namespace}__{name}"


class TableNames:

    def __init__(self, reads, catalog, default_namespace, engine_catalog=None):
        self.reads = reads
        self.catalog = catalog
        self.default_namespace = default_namespace
        self.engine_catalog = engine_catalog
        self.local_names = {}
        self._mapped = {}  # each query's SQL is mapped once, not at every execution

    def add(self, table):
        """Records a registered table (the protocol's table object); returns the name the engine registers it under."""
        local = local_name(table["namespace"], table["name"], self.default_namespace)
        self.local_names[(table["namespace"].lower(), table["name"].lower())] = local
        self._mapped.clear()
        return local

    def map(self, sql):
        if sql not in self._mapped:
            self._mapped[sql] = self._map_tokens(sql)
        return self._mapped[sql]

    def _map_tokens(self, sql):
        try:
            tokens = _tokens(sql)
        except _Unterminated:
            return sql
        out, copied, i = [], 0, 0
        while i < len(tokens):
            if _identifier(tokens[i]) is None or (i > 0 and _is_dot(tokens[i - 1])):
                i += 1
                continue
            chain = _chain(tokens, i)
            replacement = self._local(chain) if self.reads == "files" else self._catalog_prefix(chain)
            if replacement is not None:
                start, end, text = replacement
                out.append(sql[copied:start])
                out.append(text)
                copied = end
            i += 2 * (len(chain) - 1) + 1
        out.append(sql[copied:])
        return "".join(out)

    def _local(self, chain):
        names = [_identifier(t) for t in chain]
        skip = 1 if (len(chain) >= 3 and names[0].lower() == self.catalog.lower()
                     and (names[1].lower(), names[2].lower()) in self.local_names) else 0
        if len(chain) < skip + 2:
            return None
        local = self.local_names.get((names[skip].lower(), names[skip + 1].lower()))
        if local is None:
            return None
        table = chain[skip + 1]
        text = table[1] if local.lower() == names[skip + 1].lower() else _quoted(local)
        return chain[0][2], table[2] + len(table[1]), text

    def _catalog_prefix(self, chain):
        if len(chain) < 3 or _identifier(chain[0]).lower() != self.catalog.lower() or self.catalog == self.engine_catalog:
            return None
        if self.engine_catalog is None:
            return chain[0][2], chain[1][2], ""
        return chain[0][2], chain[0][2] + len(chain[0][1]), self.engine_catalog


def _chain(tokens, start):
    chain, i = [tokens[start]], start
    while i + 2 < len(tokens) and _is_dot(tokens[i + 1]) and _identifier(tokens[i + 2]) is not None:
        chain.append(tokens[i + 2])
        i += 2
    return chain


def _is_dot(token):
    return token[0] == "symbol" and token[1] == "."


def _identifier(token):
    kind, text, _ = token
    if kind == "word":
        return text
    if kind == "quoted" and text[0] in "\"`":
        return text[1:-1].replace(text[0] * 2, text[0])
    return None


def _quoted(name):
    return name if _PLAIN.fullmatch(name) else '"' + name.replace('"', '""') + '"'


class _Unterminated(Exception):
    pass


def _tokens(sql):
    """(kind, text, offset) tuples as SqlLexer reads the standard dialect: comments dropped, quotes opaque."""
    tokens, i, n = [], 0, len(sql)
    while i < n:
        c, start = sql[i], i
        if c.isspace():
            i += 1
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            i = n if end < 0 else end + 1
        elif sql.startswith("/*", i):
            i = _block_comment(sql, i)
        elif c in "'\"`":
            i = _quoted_end(sql, i, c, False)
            tokens.append(("quoted", sql[start:i], start))
        elif c == "$" and _DOLLAR_TAG.match(sql, i):
            tag = _DOLLAR_TAG.match(sql, i).group()
            end = sql.find(tag, i + len(tag))
            if end < 0:
                raise _Unterminated()
            i = end + len(tag)
            tokens.append(("quoted", sql[start:i], start))
        elif c.isdigit():
            while i < n and (sql[i].isdigit() or sql[i] == "."):
                i += 1
            exponent = _EXPONENT.match(sql, i)
            i = exponent.end() if exponent else i
            tokens.append(("number", sql[start:i], start))
        elif c.isalpha() or c == "_":
            while i < n and (sql[i].isalnum() or sql[i] in "_$"):
                i += 1
            if i - start == 1 and c in "eE" and i < n and sql[i] == "'":
                i = _quoted_end(sql, i, "'", True)
                tokens.append(("quoted", sql[start:i], start))
            else:
                tokens.append(("word", sql[start:i], start))
        else:
            i += 1
            tokens.append(("symbol", c, start))
    return tokens


def _quoted_end(sql, i, close, backslash):
    i += 1
    while i < len(sql):
        if backslash and sql[i] == "\\":
            i += 2
        elif sql[i] == close and sql.startswith(close * 2, i):
            i += 2
        elif sql[i] == close:
            return i + 1
        else:
            i += 1
    raise _Unterminated()


def _block_comment(sql, i):
    depth = 0
    while i < len(sql):
        if sql.startswith("/*", i):
            depth += 1
            i += 2
        elif sql.startswith("*/", i):
            depth -= 1
            i += 2
            if depth == 0:
                return i
        else:
            i += 1
    raise _Unterminated()
