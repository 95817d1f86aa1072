"""Tables that run off the side of the page or scroll sideways, as a browser lays them out.

Not a test module: tests/test_tables_phone.py and scripts/benchmark.py import it.
"""

# For each table shown in the page's article: does it, or a box around it inside the
# article, scroll sideways (content wider than the box, which can scroll), or does it end
# to the right of the article? Also: can the whole page be scrolled sideways?
MEASURE = """() => {
    const article = document.querySelector("article");
    const inside = article.getBoundingClientRect();
    const tables = [...article.querySelectorAll("table")].filter(t => t.getClientRects().length);
    return {
        page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        tables: tables.map(table => {
            let scrolls = false;
            for (let box = table; box !== article; box = box.parentElement) {
                scrolls ||= box.scrollWidth > box.clientWidth + 1
                            && getComputedStyle(box).overflowX !== "visible";
            }
            const right = table.getBoundingClientRect().right;
            return {name: (table.querySelector("th") || table).textContent.trim().slice(0, 40),
                    scrolls, off_the_side: right > inside.right + 1,
                    width: Math.round(table.getBoundingClientRect().width)};
        }),
    };
}"""


def measure(page):
    """{'page': the page scrolls sideways, 'tables': [{name, scrolls, off_the_side, width}]}."""
    return page.evaluate(MEASURE)


def sideways(found):
    """The tables of a measure() that scroll sideways or run off the side."""
    return [table for table in found["tables"] if table["scrolls"] or table["off_the_side"]]
