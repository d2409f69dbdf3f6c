from __future__ import annotations

import time

from lxml.html import fromstring

from newstrace.readers.html import extract_html, flatten_deep_html, markup_metadata

PAGE = """<!DOCTYPE html><html lang="de"><head>
<title>Neue Fähre für den See – Seebote</title>
<meta property="og:title" content="Neue Fähre für den See">
<meta name="author" content="Mara Lenz">
<meta property="article:published_time" content="2026-11-20T08:00:00+01:00">
<meta property="article:section" content="Region">
</head><body><nav><a href="/">Startseite</a></nav><article><h1>Neue Fähre für den See</h1>
<p>Die Gemeinde Lindau hat am Montag eine neue Fähre in Dienst gestellt, die bis zu 300 Fahrgäste
über den See bringen kann und mit Strom fährt.</p>
<p>„Wir sind stolz auf dieses Schiff“, sagte Bürgermeisterin Anna Roth bei der Taufe am Hafen.
Die Fähre kostete nach Angaben der Stadt rund zwölf Millionen Euro.</p>
</article><footer>Impressum</footer></body></html>"""


def test_markup_metadata_reads_meta_tags_and_title_suffix() -> None:
    meta = markup_metadata(fromstring(PAGE), None)
    assert meta.title == "Neue Fähre für den See"
    assert meta.site_name == "Seebote"
    assert meta.authors == ["Mara Lenz"]
    assert meta.date == "2026-11-20"
    assert meta.section == "Region"


def test_extract_html_returns_main_text() -> None:
    page = extract_html(PAGE, url=None, max_depth=200)
    assert page.text is not None
    assert "sagte Bürgermeisterin Anna Roth" in page.text
    assert "Impressum" not in page.text


def test_flatten_keeps_text_and_limits_depth() -> None:
    html = "<html><body>" + "<div>" * 500 + "<p>Tief drin.</p>" + "</div>" * 500 + "</body></html>"
    flat, changed = flatten_deep_html(html, 50)
    assert changed
    assert "Tief drin." in flat
    assert flat.count("<div>") == 48  # html and body take two of the fifty levels
    assert flatten_deep_html(PAGE, 50) == (PAGE, False)


def test_ten_thousand_levels_of_nesting_give_text_quickly() -> None:
    sentence = "<p>Die Feuerwehr sagte, der Brand sei am Morgen gelöscht worden und niemand sei verletzt.</p>"
    html = "<html><body>" + "<div>" * 10_000 + sentence * 3 + "</div>" * 10_000 + "</body></html>"
    started = time.perf_counter()
    page = extract_html(html, url=None, max_depth=200)
    assert time.perf_counter() - started < 10
    assert page.flattened
    assert page.text is not None and "Brand sei am Morgen gelöscht" in page.text
