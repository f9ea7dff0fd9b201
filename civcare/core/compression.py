"""A gzip response built from a cached, already-compressed middle and a small fresh edge.

The paper page is mostly one large cached fragment (the paper and its reflections) inside
a thin, per-request frame (navigation, CSRF token, own pending reflections). Compressing
the whole page on every request would cost more than rendering the frame. Instead the
fragment is compressed once, as raw DEFLATE blocks ending in a full flush (byte aligned,
no references across the boundary), and each response is

    gzip header + deflate(prefix, full flush) + cached deflate(fragment) +
    deflate(suffix, finish) + CRC-32 and length of the whole

which is one valid DEFLATE stream (the technique parallel gzip tools use). The CRC of
the whole is combined from the parts with a precomputed "append n bytes" operator
(zlib's crc32_combine), so the large fragment is never read again.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # no name, no mtime, unknown OS
LEVEL = 6


def _deflate(data: bytes, *, final: bool, level: int = LEVEL) -> bytes:
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(
        zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH
    )


def _times(matrix: list[int], vector: int) -> int:
    total, index = 0, 0
    while vector:
        if vector & 1:
            total ^= matrix[index]
        vector >>= 1
        index += 1
    return total


def _square(matrix: list[int]) -> list[int]:
    return [_times(matrix, row) for row in matrix]


def _multiply(first: list[int], second: list[int]) -> list[int]:
    """The operator 'apply second, then first'."""
    return [_times(first, column) for column in second]


def append_operator(length: int) -> list[int]:
    """The GF(2) matrix that turns crc(A) into the crc contribution of A followed by
    ``length`` zero bytes (zlib's crc32_combine, as one precomputed matrix)."""
    odd = [0xEDB88320] + [1 << n for n in range(31)]  # one zero bit
    even = _square(odd)  # two zero bits
    odd = _square(even)  # four zero bits
    result = [1 << n for n in range(32)]  # identity
    while length:
        even = _square(odd)  # one zero byte, then 2, 4, 8 … bytes as length halves
        if length & 1:
            result = _multiply(even, result)
        length >>= 1
        if not length:
            break
        odd = _square(even)
        if length & 1:
            result = _multiply(odd, result)
        length >>= 1
    return result


@dataclass
class CompressedPart:
    """A fragment as spliceable DEFLATE blocks, with what splicing needs to know about it."""

    deflated: bytes
    crc: int
    length: int
    operator: list[int]

    @classmethod
    def of(cls, plain: bytes) -> CompressedPart:
        return cls(
            deflated=_deflate(plain, final=False),
            crc=zlib.crc32(plain),
            length=len(plain),
            operator=append_operator(len(plain)),
        )


def splice(prefix: bytes, middle: CompressedPart, suffix: bytes) -> bytes:
    """gzip(prefix + middle + suffix), compressing only the prefix and the suffix."""
    crc = _times(middle.operator, zlib.crc32(prefix)) ^ middle.crc
    crc = zlib.crc32(suffix, crc)
    length = len(prefix) + middle.length + len(suffix)
    return b"".join(
        (
            GZIP_HEADER,
            _deflate(prefix, final=False),
            middle.deflated,
            _deflate(suffix, final=True),
            struct.pack("<II", crc & 0xFFFFFFFF, length & 0xFFFFFFFF),
        )
    )


def accepts_gzip(request) -> bool:
    return "gzip" in request.headers.get("Accept-Encoding", "")
