import gzip
import random
import zlib

import pytest

from civcare.core.compression import CompressedPart, append_operator, join


@pytest.mark.parametrize(
    ("prefix", "middle", "suffix"),
    [
        ("<html><body>", "<p>Herstel begint niet bij gelijk krijgen.</p>" * 500, "</body></html>"),
        ("", "midden", ""),
        ("a", "", "b"),
        (
            "<header>€ ë ü</header>",
            "Één fragment met accenten: cliënt, naaste, vóór." * 97,
            "<footer>—</footer>",
        ),
    ],
)
def test_joined_gzip_is_the_whole_page(prefix, middle, suffix):
    parts = [CompressedPart.of(text.encode()) for text in (prefix, middle, suffix)]
    body = join(parts)
    # gzip.decompress checks the CRC-32 and the length in the trailer.
    assert gzip.decompress(body).decode() == prefix + middle + suffix


def test_the_append_operator_is_zlibs_crc32_combine():
    rng = random.Random(7)
    for length in [0, 1, 2, 3, 8, 255, 1024, 99_991, 382_223]:
        first = rng.randbytes(rng.randint(0, 64))
        second = rng.randbytes(length)
        operator = append_operator(length)
        combined = 0
        crc = zlib.crc32(first)
        for index in range(32):
            if crc >> index & 1:
                combined ^= operator[index]
        assert combined ^ zlib.crc32(second) == zlib.crc32(first + second)


def test_no_parts_is_the_empty_page():
    assert gzip.decompress(join([])) == b""


def test_the_middle_is_compressed_once():
    part = CompressedPart.of(b"x" * 100_000)
    assert len(part.deflated) < 1_000
    assert part.length == 100_000
