from django.urls import register_converter


class VersionNumberConverter:
    """A version number in a URL, as in /papers/SHPP003-01/v0.9/."""

    regex = r"\d{1,3}\.\d{1,3}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(VersionNumberConverter, "version")
