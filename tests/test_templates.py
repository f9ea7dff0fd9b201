"""Template mistakes that render silently: Django's {# … #} comment ends at the line end."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = ["templates", "papers/templates", "reflections/templates", "civcare"]


def test_no_template_opens_a_single_line_comment_it_does_not_close():
    unclosed = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in TEMPLATE_DIRS
        for path in (ROOT / folder).rglob("*.html")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if line.count("{#") > line.count("#}")
    ]
    assert not unclosed, f"use {{% comment %}} for comments over several lines: {unclosed}"


def test_an_error_title_says_fout_once():
    """base.html starts the title with "Fout:" when the page's `form` has errors; a page that
    said it again in its own title block read "Fout: Fout: …" (nine error states did)."""
    doubled = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.html")
        if ".venv" not in path.parts and "node_modules" not in path.parts
        and "{% block title %}{% if form.errors %}" in path.read_text()
    ]  # fmt: skip
    assert not doubled, doubled


def test_a_saved_reason_with_an_error_is_titled_fout_once(admin_client, db):
    from civcare.accounts import roles

    user = admin_client.get("/").wsgi_request.user
    roles.grant(user, "moderatie")
    response = admin_client.post("/moderatie/teksten/", {"use": "decline", "title": ""})
    title = response.content.decode().split("<title>", 1)[1].split("</title>", 1)[0]
    assert title.startswith("Fout: ") and title.count("Fout:") == 1
