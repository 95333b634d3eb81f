"""The Python side of the contract with the coordinator: contract/*.json, which core's ContractVectorsTest reads too."""
import datetime
import decimal
import io
import json
import struct

import pytest

from conftest import CONTRACT
from icebench_worker import __main__ as worker, protocol
from icebench_worker.collector import CUT_MARK, FINGERPRINT_BUFFER_ROWS
from icebench_worker.fingerprint import DECIMAL_TOKEN, Fingerprint, canonical, for_preview, kind


def load(name):
    return json.loads((CONTRACT / name).read_text("utf-8"), parse_float=decimal.Decimal)


FRAMES = load("frames.json")
VALUES = load("values.json")
ERRORS = load("errors.json")


def by_name(vectors):
    return pytest.mark.parametrize("vector", vectors, ids=[v.get("name") or json.dumps(v["value"]) for v in vectors])


def native(typed):
    """A value of the contract's typed notation as a Python engine hands it over (Polars' row values)."""
    if typed is None:
        return None
    (name, text), = typed.items()
    return {
        "integer": int, "double": float, "decimal": decimal.Decimal, "boolean": bool, "text": str,
        "float": lambda x: struct.unpack("f", struct.pack("f", float(x)))[0],
        "date": datetime.date.fromisoformat, "time": datetime.time.fromisoformat,
        "timestamp": datetime.datetime.fromisoformat, "timestamptz": datetime.datetime.fromisoformat,
        "binary": bytes.fromhex,
    }[name](text)


def as_written(message):
    """A message as the worker builds it: decimals travel as marked strings (fingerprint.for_preview)."""
    if isinstance(message, decimal.Decimal):
        return DECIMAL_TOKEN + str(message) + DECIMAL_TOKEN
    if isinstance(message, dict):
        return {key: as_written(value) for key, value in message.items()}
    if isinstance(message, list):
        return [as_written(value) for value in message]
    return message


def read_all(text):
    stray, messages = [], []
    stream = io.BytesIO(text.encode("utf-8"))
    while (message := protocol.read(stream, stray.append)) is not None:
        messages.append(message)
    return messages, stray


@by_name(FRAMES["frames"])
def test_every_frame_reads_as_its_message(vector):
    messages, stray = read_all(vector["frame"])
    assert json.loads(json.dumps(messages), parse_float=decimal.Decimal) == [vector["message"]]
    assert stray == []


@by_name([v for v in FRAMES["frames"] if "python" in v["writers"]])
def test_python_writes_each_of_its_messages_as_exactly_its_frame(vector):
    assert protocol.encode(as_written(vector["message"])).decode("ascii") == vector["frame"]


@by_name(FRAMES["streams"])
def test_streams_give_their_messages_and_stray_lines(vector):
    messages, stray = read_all(vector["stream"])
    assert [{key: message.get(key) for key in expected} for message, expected in zip(messages, vector["messages"])] \
        == vector["messages"]
    assert len(messages) == len(vector["messages"])
    assert stray == vector["stray"]


def test_limits_are_those_of_the_python_side():
    limits = FRAMES["limits"]
    assert (limits["marker"], limits["fingerprint_buffer_rows"], limits["preview_cut_mark"]) \
        == (protocol.MARKER, FINGERPRINT_BUFFER_ROWS, CUT_MARK)
    assert limits["series_limit_ms"] * 1_000_000 == worker.SERIES_LIMIT_NS


def frame_of(message_type):
    return next(v["message"] for v in FRAMES["frames"] if v["message"]["type"] == message_type)


class Engine:
    """Stands for an engine in the worker's reply builders: one row, then a failure on open."""
    name = "polars"

    def version(self):
        return "polars 1.44.2"

    def prepare(self, sql):
        return sql

    def execute(self, sql):
        return ["n"], iter([(decimal.Decimal("1.10"),)])

    def open(self, *args):
        raise RuntimeError("no session")

    def classify(self, error):
        return "crash"


@pytest.mark.parametrize("message_type,build", [
    ("hello", lambda: worker.hello(Engine())),
    ("ready", lambda: worker.ready(0, "polars 1.44.2")),
    ("executed", lambda: worker.execute(Engine(), {"sql": "select 1", "preview_rows": 5})),
    ("error", lambda: worker.answer(Engine(), {"type": "open", "catalog": "c", "default_namespace": "n"})),
])
def test_the_worker_sends_the_fields_of_the_contract_in_its_order(message_type, build):
    assert list(build()) == list(frame_of(message_type))


@by_name(VALUES["canonical"])
def test_every_value_has_its_canonical_text_kind_and_preview(vector):
    value = native(vector["value"])
    assert canonical(value) == vector["canonical"]
    assert kind(value) == vector["kind"]
    preview = for_preview(value)
    if isinstance(preview, str) and preview.startswith(DECIMAL_TOKEN):
        preview = decimal.Decimal(preview[len(DECIMAL_TOKEN):-len(DECIMAL_TOKEN)])
    if isinstance(vector["preview"], decimal.Decimal):
        assert isinstance(preview, (int, float, decimal.Decimal)) and not isinstance(preview, bool)
        assert decimal.Decimal(str(preview)) == vector["preview"]
    else:
        assert preview == vector["preview"]


@by_name(VALUES["fingerprints"])
def test_every_result_has_its_fingerprint(vector):
    fingerprint = Fingerprint(vector["ordered"])
    for row in vector["rows"]:
        fingerprint.add([native(value) for value in row])
    assert (fingerprint.value(), fingerprint.rows) == (vector["fingerprint"], len(vector["rows"]))


def test_the_error_kinds_are_the_contracts_in_its_order():
    assert list(protocol.ERROR_KINDS) == ERRORS["kinds"]


@pytest.mark.parametrize("vector", ERRORS["replies"], ids=lambda v: f'{v["request"]}-{v["raised"]}')
def test_a_failure_is_replied_with_the_kind_the_rule_says(vector):
    assert protocol.reported_kind(vector["request"], vector["raised"]) == vector["reported"]
