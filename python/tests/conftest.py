"""The tests import icebench_worker from python/ and read the contract from contract/ at the top of the checkout."""
import pathlib
import sys

PYTHON = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PYTHON))
CONTRACT = PYTHON.parent / "contract"
