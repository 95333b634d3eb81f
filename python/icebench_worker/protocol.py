"""Framed messages: one line each, ``#ICEBENCH <length> <json>``; anything else on the stream is stray output."""
import json
import re

MARKER = "#ICEBENCH "
_DECIMAL = re.compile(r'"\\u0000DEC([-+0-9.Ee]+)\\u0000DEC"')


def write(stream, message):
    body = _DECIMAL.sub(r"\1", json.dumps(message, ensure_ascii=True, separators=(",", ":"), default=str))
    stream.write(f"{MARKER}{len(body)} {body}\n".encode("ascii"))
    stream.flush()


def read(stream, stray):
    """Returns the next message, or None at end of stream; other lines go to ``stray``."""
    for raw in stream:
        line = raw.decode("utf-8", errors="replace").rstrip("\n")
        start = line.find(MARKER)
        if start < 0:
            stray(line)
            continue
        body = line[start + len(MARKER):]
        length, _, payload = body.partition(" ")
        try:
            if int(length) == len(payload):
                return json.loads(payload)
        except ValueError:
            pass
        stray(line)
    return None
