"""A gzip response built from a cached, already-compressed middle and a small fresh edge.

The paper page for a signed-in reader is put together from cached parts: the frame (per
role), the reader's own pending reflections and the paper body (shared by everyone).
Compressing the whole page on every request would cost more than everything else the
request does. Instead each part is compressed once, when it is made, as raw DEFLATE blocks
ending in a full flush (byte aligned, no references across the boundary), and each
response is

    gzip header + deflate(part 1) + deflate(part 2) + … + an empty final block +
    CRC-32 and length of the whole

which is one valid DEFLATE stream (the technique parallel gzip tools use). The CRC of
the whole is combined from the parts with a precomputed "append n bytes" operator per part
(zlib's crc32_combine), so no part is read again.
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


# A part up to this size keeps its plain text: streaming the CRC over a few kB is cheaper
# than making its "append n bytes" operator (about 1 ms, whatever the size).
SMALL = 16 * 1024


@dataclass
class CompressedPart:
    """A fragment as spliceable DEFLATE blocks, with what splicing needs to know about it:
    its CRC-32 and length, and either its plain text (small parts) or its operator."""

    deflated: bytes
    crc: int
    length: int
    operator: list[int] | None = None
    plain: bytes | None = None

    @classmethod
    def of(cls, plain: bytes) -> CompressedPart:
        small = len(plain) <= SMALL
        return cls(
            deflated=_deflate(plain, final=False),
            crc=zlib.crc32(plain),
            length=len(plain),
            operator=None if small else append_operator(len(plain)),
            plain=plain if small else None,
        )


# An empty final DEFLATE block: ends a stream of parts that each ended in a full flush.
FINAL_BLOCK = _deflate(b"", final=True)


def join(parts: list[CompressedPart]) -> bytes:
    """gzip of the parts' plain texts one after the other, without compressing anything:
    each part was compressed once, when it was made."""
    crc, length = 0, 0
    for part in parts:
        if part.plain is not None:
            crc = zlib.crc32(part.plain, crc)
        else:
            crc = _times(part.operator, crc) ^ part.crc
        length += part.length
    return b"".join(
        (
            GZIP_HEADER,
            *(part.deflated for part in parts),
            FINAL_BLOCK,
            struct.pack("<II", crc & 0xFFFFFFFF, length & 0xFFFFFFFF),
        )
    )


def accepts_gzip(request) -> bool:
    return "gzip" in request.headers.get("Accept-Encoding", "")
