"""Every crawl the crawler defines is run by one of this package's test files."""

from pathlib import Path

from tests.hostile_input.crawler import CRAWLS


def test_every_crawl_is_run_by_a_test_file():
    sources = "".join(path.read_text() for path in Path(__file__).parent.glob("test_*.py") if path != Path(__file__))
    assert [username for username in CRAWLS if f'"{username}"' not in sources] == []
