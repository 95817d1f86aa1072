"""MkDocs hook: give every task-list tick box its item's words as its label.

pymdownx.tasklist puts each box in a <label> of its own, with the item's words after the
label, so a screen reader announces "tick box, not ticked" with no name (WCAG 1.3.1, 4.1.2;
tests/test_accessibility.py). This moves the words of each simple item (text and inline
markup, no nested list or paragraph) inside the label.
"""
import re

TASK_ITEM = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control"><input[^>]*>'
    r'<span class="task-list-indicator"></span>)</label>'
    r'((?:(?!</?(?:li|ul|ol|p|div|table|label)\b).)*?)</li>', re.DOTALL)


def label_task_items(html):
    return TASK_ITEM.sub(r"\1\2</label></li>", html)


def on_page_content(html, page, config, files):
    return label_task_items(html)
