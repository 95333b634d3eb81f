"""Returns a native library's jemalloc memory to the OS now, instead of during the next query's timed runs.

Polars links jemalloc with background threads: memory a query frees is given back to the OS over the
following ~10 s (dirty page decay), by threads that then compete with the next query for the CPU. The
worker purges at a query boundary, untimed, so that each query starts from the allocator state a fresh
process would have. jemalloc's ``mallctl`` is not exported by the Polars library, so it is found in the
library's own symbol table (ELF64, little-endian) and called at its loaded address, after a harmless
``version`` read has proved the address right.
"""
import ctypes
import struct
import time

MALLCTL = "_rjem_mallctl"           # tikv-jemallocator's prefixed mallctl
PURGE_ALL_ARENAS = b"arena.4096.purge"  # MALLCTL_ARENAS_ALL
UNUSED_PAGE_STATS = (b"stats.arenas.4096.pdirty", b"stats.arenas.4096.pmuzzy")
PURGE_ATTEMPTS, PURGE_RETRY_S = 50, 0.01
SHT_SYMTAB, PT_LOAD = 2, 1
SYMBOL = struct.Struct("<IBBHQQ")


def purger(library_hint):
    """``(purge, None)`` for the first loaded library whose path contains ``library_hint`` and has jemalloc's
    mallctl, else ``(None, why)``."""
    mallctl, reasons = _find(library_hint)
    if mallctl is None:
        return None, "; ".join(reasons) or f"no loaded library matches {library_hint!r}"
    return (lambda: purge(mallctl)), None


def purge(mallctl):
    """Purges all arenas until jemalloc holds no unused page; returns the pages still held when it gave up.
    A forced purge returns at once, purging nothing, while a background thread is purging the same arena, so
    one call is not enough."""
    for _ in range(PURGE_ATTEMPTS):
        _check(mallctl(PURGE_ALL_ARENAS, None, None, None, 0), PURGE_ALL_ARENAS)
        left = unused_pages(mallctl)
        if left == 0:
            return 0
        time.sleep(PURGE_RETRY_S)
    return left


def unused_pages(mallctl):
    """Dirty and muzzy pages of all arenas: memory jemalloc holds that no allocation uses."""
    epoch = ctypes.c_uint64(1)
    _check(mallctl(b"epoch", None, None, ctypes.byref(epoch), ctypes.sizeof(epoch)), b"epoch")
    total = 0
    for stat in UNUSED_PAGE_STATS:
        pages, size = ctypes.c_size_t(), ctypes.c_size_t(ctypes.sizeof(ctypes.c_size_t))
        _check(mallctl(stat, ctypes.byref(pages), ctypes.byref(size), None, 0), stat)
        total += pages.value
    return total


def mallctl_of(library_hint):
    """jemalloc's mallctl in the first loaded library matching ``library_hint`` that has one, else None."""
    return _find(library_hint)[0]


def _find(hint):
    """(mallctl of the first loaded library matching ``hint`` that has one, or None; why each other one failed)."""
    reasons = []
    for path, base in _loaded(hint):
        try:
            mallctl = _mallctl(path, base)
        except (OSError, ValueError, struct.error) as error:
            reasons.append(f"{path}: {error}")
            continue
        if mallctl is not None:
            return mallctl, reasons
        reasons.append(f"{path}: no {MALLCTL}")
    return None, reasons


def _check(code, name):
    if code != 0:
        raise OSError(code, f"mallctl {name.decode()} failed")


def _loaded(hint):
    """(path, address of its first byte) of the shared libraries mapped into this process."""
    seen = {}
    with open("/proc/self/maps") as maps:
        for line in maps:
            parts = line.split(maxsplit=5)
            if len(parts) == 6 and int(parts[2], 16) == 0:
                path = parts[5].strip()
                if hint in path and ".so" in path and path not in seen:
                    seen[path] = int(parts[0].split("-")[0], 16)
    return seen.items()


def _mallctl(path, base):
    with open(path, "rb") as f:
        header = f.read(64)
        if header[:4] != b"\x7fELF" or header[4] != 2 or header[5] != 1:
            raise ValueError("not an ELF64 little-endian library")
        phoff, shoff = struct.unpack_from("<QQ", header, 0x20)
        phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", header, 0x36)
        f.seek(phoff)
        programs = [struct.unpack_from("<IIQQ", f.read(phentsize)) for _ in range(phnum)]
        if min(p[3] for p in programs if p[0] == PT_LOAD) != 0:
            raise ValueError("first loadable segment not at address 0")
        f.seek(shoff)
        sections = [struct.unpack("<IIQQQQIIQQ", f.read(shentsize)) for _ in range(shnum)]
        for _, kind, _, _, offset, size, link, _, _, entsize in sections:
            if kind == SHT_SYMTAB:
                value = _symbol_value(f, offset, size, entsize, sections[link])
                return None if value is None else _bind(base + value)
    return None


def _symbol_value(f, offset, size, entsize, strtab):
    f.seek(strtab[4])
    at = f.read(strtab[5]).find(b"\0" + MALLCTL.encode() + b"\0")
    if at < 0:
        return None
    f.seek(offset)
    table = f.read(size)
    name = struct.pack("<I", at + 1)
    position = table.find(name)
    while position >= 0:
        if position % entsize == 0:
            return SYMBOL.unpack_from(table, position)[4]
        position = table.find(name, position + 1)
    return None


def _bind(address):
    mallctl = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                               ctypes.c_size_t)(address)
    version = ctypes.c_char_p()
    length = ctypes.c_size_t(ctypes.sizeof(version))
    if mallctl(b"version", ctypes.byref(version), ctypes.byref(length), None, 0) != 0 \
            or not (version.value or b"")[:1].isdigit():
        raise ValueError(f"{MALLCTL} did not answer its version")
    return mallctl
