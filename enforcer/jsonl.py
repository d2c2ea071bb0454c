"""JSON Lines in and out: plain, gzip (by suffix) or stdin/stdout ('-')."""

from __future__ import annotations

import gzip
import io
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

import orjson


@contextmanager
def open_lines(path: str) -> Iterator[Iterator[bytes]]:
    """Yields an iterator of raw lines (bytes, without the newline)."""
    if path == "-":
        stream: IO[bytes] = sys.stdin.buffer
        yield (line.rstrip(b"\r\n") for line in stream)
        return
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rb") as f:  # type: ignore[operator]
        yield (line.rstrip(b"\r\n") for line in f)


def input_size(path: str) -> int | None:
    """Bytes of the (compressed) input, for progress bars; None for stdin."""
    if path == "-":
        return None
    try:
        return Path(path).stat().st_size
    except OSError:
        return None


@contextmanager
def open_out(path: str | None) -> Iterator[IO[bytes]]:
    if path is None:
        yield io.BytesIO()
        return
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "wb") as f:  # type: ignore[operator]
        yield f


def write_obj(f: IO[bytes], obj: object) -> None:
    f.write(orjson.dumps(obj))
    f.write(b"\n")
