"""One typed options object, passed to every stage (stages never read globals or the clock)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Options:
    # input bounds: larger inputs are refused with a clear reason, never half-read
    max_input_bytes: int = 20 * 1024 * 1024
    max_text_chars: int = 2_000_000
    max_html_nodes: int = 50_000  # tags in one HTML page (a large news page has ~5,000)
    # seconds one document may spend in the pipeline before it is stopped and reported with
    # its stage (0: no limit); a typical article takes well under a second
    doc_time_budget: float = 30.0
    # network
    timeout: float = 15.0  # seconds for each connect and each read
    fetch_deadline: float = 60.0  # seconds for a whole request, redirects included
    # fetch loopback, private, link-local, multicast and reserved addresses (a local test
    # server, an intranet); off by default: a feed or a redirect must not reach them
    allow_private: bool = False
    max_redirects: int = 5
    user_agent: str = "newsweave/0.1 (+https://example.invalid/newsweave)"
    allow_network: bool = True  # False: URLs (and feed entries that need fetching) are refused
    max_feed_entries: int = 1000
    max_list_urls: int = 10_000  # URLs read from one *.urls / *.txt list
    # a feed entry whose content has at least this many characters of text is the article
    # itself; a shorter one (a teaser) makes us fetch the entry's link
    feed_min_article_chars: int = 500
    # "dmy" or "mdy" to read ambiguous numeric dates (03/04/2024); None: decided by language
    date_order: str | None = None
    # language identification
    min_letters_for_language: int = 10
    # near-duplicates
    near_duplicate_threshold: float = 0.7
    # user knowledge-base files added with --kb
    kb_files: tuple[Path, ...] = field(default=())
