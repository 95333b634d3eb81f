"""Makes, once, the virtual environment of icebench's Python side for one interpreter and its requirements.

    python3 make_env.py [--print] [--pin PACKAGE==VERSION] NAME=REQUIREMENTS... [--optional NAME=REQUIREMENTS]...

Standard library only: it runs with the interpreter the environment is made from. The environment lives in a
cache shared by every data directory: $ICEBENCH_PYTHON_CACHE, else $XDG_CACHE_HOME/icebench/python, else
~/.cache/icebench/python, in a folder named by a hash of the interpreter (real path and version) and of the
requirement files. It is ready once its ready.json exists; that file is written last, atomically, under an
exclusive lock, so two icebench processes at once never use or make a half-made environment. pip never waits
on an index it cannot reach (--retries 0, a short --timeout for optional packages).

--pin replaces the line of PACKAGE in the requirement files (icebench --engines polars@1.44.2): the pinned
requirements are written beside the environment, which has a folder of its own since the hash is of their text.

A requirement file that pip cannot install makes NAME unavailable with pip's one-line reason (kept in
ready.json). --print only says where the environment is and whether it is ready. Prints one JSON line:
{"dir", "ready", "unavailable"}; exits 1 when a required file could not be installed, else 0.
"""
import argparse
import fcntl
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import venv

PIP_SECONDS = 900
# seconds pip waits on an index: a public index that cannot be reached must not hold up the package list
REQUIRED_INDEX_TIMEOUT = "15"
OPTIONAL_INDEX_TIMEOUT = "3"


def cache_root():
    if os.environ.get("ICEBENCH_PYTHON_CACHE"):
        return pathlib.Path(os.environ["ICEBENCH_PYTHON_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return pathlib.Path(base) / "icebench" / "python"


def environment_dir(requirements):
    digest = hashlib.sha256()
    digest.update(os.path.realpath(sys.executable).encode())
    digest.update(sys.version.encode())
    for name, path, optional in requirements:
        digest.update(f"{name}={optional}\0".encode())
        digest.update(pathlib.Path(path).read_bytes())
    version = f"py{sys.version_info.major}{sys.version_info.minor}"
    return cache_root() / f"{version}-{digest.hexdigest()[:16]}"


def package_name(line):
    return re.split(r"[\s<>=!~;\[]", line.strip(), maxsplit=1)[0].lower().replace("_", "-")


def pinned(requirements, pin):
    """The requirements with PACKAGE's line replaced by the pin, written under the cache; unchanged without a pin."""
    if not pin:
        return requirements
    package = package_name(pin)
    result, found = [], False
    for name, path, optional in requirements:
        lines = pathlib.Path(path).read_text().splitlines()
        replaced = [pin if package_name(line) == package else line for line in lines]
        found = found or package in map(package_name, lines)
        result.append((name, None if replaced == lines else "\n".join(replaced) + "\n", optional, path))
    if not found:  # a package no file names goes with the first required one
        name, _, optional, path = result[0]
        result[0] = (name, pathlib.Path(path).read_text().rstrip("\n") + "\n" + pin + "\n", optional, path)
    folder = cache_root() / "pins"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text, optional, path in result:
        if text is None:  # the file already says so: the environment is the unpinned one
            written.append((name, path, optional))
            continue
        target = folder / (hashlib.sha256(text.encode()).hexdigest()[:16] + ".txt")
        if not target.exists():
            partial = target.with_suffix(".partial")
            partial.write_text(text)
            os.replace(partial, target)
        written.append((name, str(target), optional))
    return written


def status(env):
    ready = env / "ready.json"
    unavailable = json.loads(ready.read_text())["unavailable"] if ready.exists() else {}
    return {"dir": str(env), "ready": ready.exists(), "unavailable": unavailable}


def pip_reason(output):
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR:")]
    return (errors or lines or ["no output"])[-1]


def install(env, name, path, optional):
    command = [str(env / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q",
               "--retries", "0", "--timeout", OPTIONAL_INDEX_TIMEOUT if optional else REQUIRED_INDEX_TIMEOUT,
               "-r", str(path)]
    print("$", " ".join(command), flush=True)
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=PIP_SECONDS)
    except subprocess.TimeoutExpired:
        return f"pip could not install {name} (no answer in {PIP_SECONDS} s)"
    print(done.stdout, end="", flush=True)
    return None if done.returncode == 0 else f"pip could not install {name} ({pip_reason(done.stdout)})"


def make(env, requirements):
    env.parent.mkdir(parents=True, exist_ok=True)
    with open(env.parent / (env.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a second maker waits here, then finds the environment ready
        if (env / "ready.json").exists():
            return status(env)
        shutil.rmtree(env, ignore_errors=True)  # what a maker that was stopped half-way left
        print(f"making {env} for {sys.executable} ({sys.version.split()[0]})", flush=True)
        venv.EnvBuilder(with_pip=True).create(env)
        unavailable = {}
        for name, path, optional in requirements:
            reason = install(env, name, path, optional)
            if reason:
                unavailable[name] = reason
        partial = env / "ready.json.partial"
        partial.write_text(json.dumps({"unavailable": unavailable, "python": sys.version}))
        os.replace(partial, env / "ready.json")
        return status(env)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="only say where the environment is and if it is ready")
    parser.add_argument("--optional", action="append", default=[], metavar="NAME=FILE")
    parser.add_argument("--pin", metavar="PACKAGE==VERSION", help="one package at another version")
    parser.add_argument("required", nargs="+", metavar="NAME=FILE")
    args = parser.parse_args(argv)
    requirements = [(*spec.split("=", 1), False) for spec in args.required]
    requirements += [(*spec.split("=", 1), True) for spec in args.optional]
    requirements = pinned(requirements, args.pin)
    env = environment_dir(requirements)
    result = status(env) if args.print else make(env, requirements)
    print(json.dumps(result), flush=True)
    required = {name for name, _, optional in requirements if not optional}
    return 1 if required & set(result["unavailable"]) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
