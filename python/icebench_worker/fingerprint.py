"""Canonical values and result fingerprints, identical to io.icebench.core.result in Java (contract/values.json)."""
import datetime
import decimal
import hashlib

SIGNIFICANT_DIGITS = 6
_CONTEXT = decimal.Context(prec=SIGNIFICANT_DIGITS, rounding=decimal.ROUND_HALF_EVEN)
_MASK = (1 << 64) - 1


def _decimal(d):
    if d == 0:
        return "0"
    return format(_CONTEXT.plus(d).normalize(), "f")


def canonical(value):
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return _decimal(decimal.Decimal(value))
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return _decimal(decimal.Decimal(value))
    if isinstance(value, decimal.Decimal):
        return _decimal(value)
    if isinstance(value, datetime.datetime):
        text = value.replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%S.%f")
        if value.utcoffset() is not None:
            offset = value.utcoffset()
            text += "Z" if offset == datetime.timedelta(0) else value.strftime("%z")[:3] + ":" + value.strftime("%z")[3:]
        return text
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return value.replace(tzinfo=None).strftime("%H:%M:%S.%f")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return str(value)


# a decimal travels as a marked string and is written as a bare JSON number by protocol.write
DECIMAL_TOKEN = "\x00DEC"


def for_preview(value):
    """Numbers stay numbers (decimals exact), the rest ISO text."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else canonical(value)
    if isinstance(value, decimal.Decimal):
        return DECIMAL_TOKEN + str(value) + DECIMAL_TOKEN
    return canonical(value)


def kind(value):
    """The kind of a value as the coordinator's ResultPreview names it; None for None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, decimal.Decimal):
        return "decimal"
    if isinstance(value, datetime.datetime):
        return "timestamp"
    if isinstance(value, datetime.date):
        return "date"
    return "text"


class Fingerprint:
    def __init__(self, ordered):
        self.ordered = ordered
        self.hash = 0
        self.rows = 0

    def add(self, values):
        text = "\x1f".join(canonical(v) for v in values)
        row_hash = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")
        if self.ordered:
            self.hash = (self.hash * 1000003 + row_hash) & _MASK
        else:
            self.hash = (self.hash + row_hash) & _MASK
        self.rows += 1

    def value(self):
        return ("o:" if self.ordered else "u:") + format(self.hash, "016x")
