"""Framed messages: one line each, ``#ICEBENCH <length> <json>``; anything else on the stream is stray output.

The same contract as io.icebench.core.protocol in Java, checked by both against contract/frames.json.
"""
import json
import re

MARKER = "#ICEBENCH "
MESSAGE_TYPES = ("hello", "open", "register", "execute", "execute_concurrently", "executed_concurrently", "close",
                 "ready", "executed", "error")
# io.icebench.core.model.ErrorKind's labels (contract/errors.json)
ERROR_KINDS = ("timeout", "crash", "oom", "sql-error", "unsupported", "connection", "io", "auth", "setup",
               "unavailable", "interrupted")
_SETUP_STEPS = ("open", "register")
_DECIMAL = re.compile(r'"\\u0000DEC([-+0-9.Ee]+)\\u0000DEC"')
# a backslash escape: \\ is left alone, \uXXXX gets upper-case hex digits as Jackson writes them
_ESCAPE = re.compile(r"\\(\\|u[0-9a-f]{4})")


def reported_kind(request_type, raised):
    """The kind of failure a reply to ``request_type`` carries: a query error or crash while opening or registering
    is a setup failure."""
    if request_type in _SETUP_STEPS and raised in ("sql-error", "crash"):
        return "setup"
    return raised


def encode(message):
    """The frame of a message, as bytes: ASCII JSON without spaces, so the length means the same in every language."""
    body = json.dumps(message, ensure_ascii=True, separators=(",", ":"), default=str)
    body = _ESCAPE.sub(lambda found: "\\" + found.group(1).upper().replace("U", "u", 1), body)
    body = _DECIMAL.sub(r"\1", body)
    return f"{MARKER}{len(body)} {body}\n".encode("ascii")


def write(stream, message):
    stream.write(encode(message))
    stream.flush()


def read(stream, stray):
    """Returns the next message, or None at end of stream; other lines go to ``stray``.

    A whole frame that is not a message (broken JSON, unknown type) is read as a ``crash`` error, as in Java,
    so that the loop answers it instead of stopping.
    """
    for raw in stream:
        line = raw.decode("utf-8", errors="replace").rstrip("\n").removesuffix("\r")
        start = line.find(MARKER)
        length, _, payload = line[start + len(MARKER):].partition(" ") if start >= 0 else ("", "", "")
        if not length.isdigit() or int(length) != len(payload):
            stray(line)
            continue
        if start > 0:
            stray(line[:start])
        try:
            message = json.loads(payload)
        except ValueError as error:
            return _unreadable(len(line), str(error))
        if not isinstance(message, dict) or message.get("type") not in MESSAGE_TYPES:
            return _unreadable(len(line), f"not a message: {payload[:100]}")
        return message
    return None


def _unreadable(length, reason):
    return {"type": "error", "kind": "crash",
            "message": f"a message of {length} characters could not be read ({reason[:300]})"}
