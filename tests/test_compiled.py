"""Jinja templates compiled once and kept in .cache/jinja/ (macros/compiled.py)."""
import pytest
from jinja2 import Environment, TemplateSyntaxError, pass_context

from macros import compiled


class Counting(Environment):
    """An environment that counts what it compiles."""
    compiled = 0

    def compile(self, *args, **kwargs):
        Counting.compiled += 1
        return super().compile(*args, **kwargs)


def environment(root, filters=(), **settings):
    env = Counting(**settings)
    env.filters.update(filters)
    compiled.compile_once(env, root)
    compiled.compile_once(env, root)    # a second call changes nothing
    return env


def test_a_page_template_is_compiled_once_and_kept_for_later_builds(tmp_path):
    Counting.compiled = 0
    assert environment(tmp_path).from_string("Hello {{ name }}").render(name="Ann") == "Hello Ann"
    later = environment(tmp_path)                     # a later build: a new environment
    assert later.from_string("Hello {{ name }}").render(name="Bet") == "Hello Bet"
    assert Counting.compiled == 1
    assert later.from_string("Bye {{ name }}").render(name="Cai") == "Bye Cai"
    assert Counting.compiled == 2
    assert len(list((tmp_path / compiled.FOLDER).iterdir())) == 2


def test_other_settings_do_not_share_a_compiled_template(tmp_path):
    environment(tmp_path).from_string("Hello {{ name }}").render(name="Ann")
    other = environment(tmp_path, variable_start_string="[[", variable_end_string="]]")
    assert other.from_string("Hello {{ name }}").render(name="Dai") == "Hello {{ name }}"


def test_a_named_template_has_one_entry_replaced_when_its_source_changes(tmp_path):
    Counting.compiled = 0
    env = Counting()
    compiled.compile_once(env, tmp_path, lambda: "about.md")
    assert env.from_string("Hello {{ name }}").render(name="Ann") == "Hello Ann"
    assert env.from_string("Bye {{ name }}").render(name="Bet") == "Bye Bet"    # edited
    later = Counting()
    compiled.compile_once(later, tmp_path, lambda: "about.md")
    assert later.from_string("Bye {{ name }}").render(name="Cai") == "Bye Cai"
    assert Counting.compiled == 2
    assert len(list((tmp_path / compiled.FOLDER).iterdir())) == 1


def test_other_end_strings_do_not_share_a_compiled_template(tmp_path):
    environment(tmp_path).from_string("Hi {{ name }}").render(name="Ann")
    with pytest.raises(TemplateSyntaxError):    # "}}" does not end a variable here
        environment(tmp_path, variable_end_string="}]").from_string("Hi {{ name }}")


def test_a_filter_that_changes_how_it_is_called_is_compiled_afresh(tmp_path):
    plain = {"where": lambda text: f"at {text}"}
    assert environment(tmp_path, plain).from_string("{{ 'x' | where }}").render() == "at x"
    by_context = {"where": pass_context(lambda context, text: f"{context['page']} {text}")}
    assert (environment(tmp_path, by_context).from_string("{{ 'x' | where }}").render(page="p")
            == "p x")
