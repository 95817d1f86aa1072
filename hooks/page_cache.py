"""MkDocs hook: each page's Markdown made into HTML once, and kept between builds in
.cache/pages/ (a build cache: safe to delete; never published).

Making the HTML is most of a build's time, and most builds change few pages. A page's HTML
depends on its Markdown as the macros leave it, its own place in the site, the site's files
(its links are checked against them and rewritten), the Markdown and link-checking settings,
the builder (MkDocs or ProperDocs) and the version of every installed package: their
digest names what is kept, so a change to any of them makes the page afresh. What is kept
is what MkDocs' own render leaves on the page: the HTML, the table of contents, the title
from the first heading and the anchors to check links against. A page whose render logged
anything (a broken link, say) is never kept, nor is any page of a build that hides warnings
(--quiet) or a verbose one (-v), so a warning comes in every build that shows warnings and
a strict build still stops. What no build has used for KEEP_DAYS is deleted.

MkDocs has no event to skip a page's render, so this wraps Page.render (the one place the
toolkit reaches into MkDocs' page internals; tests/test_page_cache.py checks them).
"""
import hashlib
import json
import logging
import os
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import markdown
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

FOLDER = Path(".cache", "pages")
VERSION = 1    # of what is kept: a new shape starts afresh
KEEP_DAYS = 30   # what no build has used for as long is deleted, so the folder stays small


def toc_tokens(toc):
    """The table of contents as the tokens MkDocs makes it from (mkdocs.structure.toc)."""
    return [{"level": item.level, "id": item.id, "name": item.title,
             "children": toc_tokens(item.children)} for item in toc]


@lru_cache(maxsize=None)
def installed():
    """The packages installed beside Python-Markdown and their versions (the names of their
    dist-info folders): upgrading any of them, a Markdown extension or the builder, makes
    every page afresh."""
    return sorted(path.name for path in Path(markdown.__file__).parent.parent.glob("*.dist-info"))


def build_digest(files, config):
    """What every page of a build shares: the site's files its links are checked and
    rewritten against, the Markdown and link-checking settings, the builder and packages."""
    settings = repr((config["markdown_extensions"], config["mdx_configs"],
                     config["use_directory_urls"], config["validation"]))
    return json.dumps([VERSION, Page.__module__, installed(), settings, sorted(
        (file.src_uri, file.dest_uri, file.url, str(file.inclusion)) for file in files)])


def page_key(markdown_text, where, build):
    """The digest of everything a page's HTML depends on. where: the page's source, its
    address and its file's; build: build_digest."""
    return hashlib.sha256(json.dumps([build, where, markdown_text]).encode("utf-8")).hexdigest()


def kept(page):
    """What a render left on the page, as JSON data."""
    return {"content": page.content, "toc": toc_tokens(page.toc),
            "title": page._title_from_render, "anchors": sorted(page.present_anchor_ids),
            "links": {file.src_uri: links for file, links in (page.links_to_anchors or {}).items()}}


def restore(page, record, files):
    page.content = record["content"]
    page.toc = get_toc(record["toc"])
    page._title_from_render = record["title"]
    page.present_anchor_ids = set(record["anchors"])
    linked = {src: files.get_file_from_path(src) for src in record["links"]}
    page.links_to_anchors = {linked[src]: links for src, links in record["links"].items()
                             if linked[src]} or None


class Messages(logging.Handler):
    """Counts what MkDocs logs while a page renders."""
    def __init__(self):
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record):
        self.count += 1


def cached_render(render, root):
    folder = Path(root, FOLDER)
    builder = Page.__module__.split(".")[0]   # "mkdocs", or "properdocs": its loggers' root
    last = {}    # this build's files and build_digest, worked out once (each edition's
    # build passes its pages one Files and one config)

    def cached(page, config, files):
        if last.get("files") is not files:
            last.update(files=files, digest=build_digest(files, config))
        where = [page.file.src_uri, page.file.dest_uri, page.file.url]
        path = folder / page_key(page.markdown, where, last["digest"])
        try:
            restore(page, json.loads(path.read_text(encoding="utf-8")), files)
            return os.utime(path)   # used: see prune
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass   # not kept, or not whole: made afresh below
        messages, logger = Messages(), logging.getLogger(builder)
        logger.addHandler(messages)
        try:
            render(page, config, files)
        finally:
            logger.removeHandler(messages)
        # Kept only from a build that would show a warning (not `mkdocs build --quiet`), and
        # not from a verbose one (-v), where MkDocs leaves the links to anchors unrecorded.
        if (not messages.count and logger.isEnabledFor(logging.WARNING)
                and page.links_to_anchors is not None):
            write(path, json.dumps(kept(page), ensure_ascii=False))

    cached.__wrapped__ = render
    return cached


def write(path, text):
    """Write whole or not at all: builds running side by side share the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)


def prune(folder, days):
    """Delete what no build has used for `days` days (a use or a write refreshes a file's time)."""
    limit = time.time() - days * 24 * 3600
    for path in folder.glob("*"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass   # gone already: a build alongside pruned it


def on_post_build(config):
    prune(Path(config["config_file_path"]).parent / FOLDER, KEEP_DAYS)


def on_config(config):
    render = getattr(Page.render, "__wrapped__", Page.render)   # once, as `mkdocs serve` reloads hooks
    Page.render = cached_render(render, Path(config["config_file_path"]).parent)
