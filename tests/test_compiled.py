"""Jinja templates compiled once and kept in .cache/jinja/ (macros/compiled.py)."""
from jinja2 import Environment

from macros import compiled


class Counting(Environment):
    """An environment that counts what it compiles."""
    compiled = 0

    def compile(self, *args, **kwargs):
        Counting.compiled += 1
        return super().compile(*args, **kwargs)


def environment(root, **settings):
    env = Counting(**settings)
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
