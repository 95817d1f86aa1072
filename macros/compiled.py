"""Jinja templates compiled once and kept between builds, in .cache/jinja/ (a build cache: safe
to delete; never published).

Compiling is most of the cost of a Jinja template, and both editions of every build compiled
the same theme templates and page templates again. Jinja's own bytecode cache keeps each
compiled template with a checksum of its source and the Jinja and Python versions that made
it, so a changed template, or a new Jinja, is compiled afresh.
"""
import hashlib
from pathlib import Path

from jinja2 import FileSystemBytecodeCache

FOLDER = Path(".cache", "jinja")


def bytecode_cache(root):
    """A bytecode cache in root/.cache/jinja/: theme templates, read by file name, use it as
    their environment's bytecode_cache."""
    folder = Path(root, FOLDER)
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))


def settings(environment):
    """What, besides its source, a template's compiled code depends on."""
    def kinds(functions):
        return sorted((name, getattr(function, "jinja_pass_arg", None))
                      for name, function in functions.items())
    return repr((environment.block_start_string, environment.block_end_string,
                 environment.variable_start_string, environment.variable_end_string,
                 environment.comment_start_string, environment.comment_end_string,
                 environment.line_statement_prefix, environment.line_comment_prefix,
                 environment.trim_blocks, environment.lstrip_blocks,
                 environment.newline_sequence, environment.keep_trailing_newline,
                 environment.autoescape, environment.finalize, environment.is_async,
                 environment.optimized, sorted(environment.extensions),
                 kinds(environment.filters), kinds(environment.tests)))


def compile_once(environment, root, name=lambda: None):
    """Make environment.from_string keep what it compiles (mkdocs-macros makes each page's
    Markdown a template with it); the same environment again is left as it is.
    name: names the template being made (the page), so that a page has one entry, replaced
    when its source changes, and the cache does not grow with every edit."""
    if "from_string" not in vars(environment):
        environment.from_string = from_string(environment, bytecode_cache(root), name)


def from_string(environment, cache, name=lambda: None):
    """environment.from_string, each source compiled once. A source is named by name(), or
    else by its own digest, with the settings that change how Jinja reads it; Jinja keeps a
    checksum of the source beside the compiled code, so a changed source is compiled afresh.
    As with Jinja's own cache, a filter that does not take the context is taken to give the
    same answer for the same arguments (Jinja may work it out while compiling); mkdocs-macros'
    relative_url, which reads the page's address, is covered by naming each page by its
    address too (macros/__init__.py)."""

    def from_string(source, globals=None, template_class=None):
        key = name() or hashlib.sha256(source.encode("utf-8")).hexdigest()
        bucket = cache.get_bucket(environment, f"{settings(environment)} {key}", None, source)
        if bucket.code is None:
            bucket.code = environment.compile(source)
            cache.set_bucket(bucket)
        template = template_class or environment.template_class
        return template.from_code(environment, bucket.code, environment.make_globals(globals))
    return from_string
