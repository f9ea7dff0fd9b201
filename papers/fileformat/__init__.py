"""The paper file format of fixtures/ (see fixtures/README.md): parse · validate · store · export.

One way in for every paper: the fixtures loader, the editors' upload and
``manage.py import_paper``; one way out (the editors' download). Importing an exported file
gives the same paper.
"""

from .export import to_markdown
from .parse import PaperFileError, Problem, match_heading, parse_series, read
from .store import import_series_file, import_text, save_paper_version
from .validate import check_text, parse_paper, summary, validate, version_exists

__all__ = [
    "PaperFileError",
    "Problem",
    "check_text",
    "import_series_file",
    "import_text",
    "match_heading",
    "parse_paper",
    "parse_series",
    "read",
    "save_paper_version",
    "summary",
    "to_markdown",
    "validate",
    "version_exists",
]
