"""The HTML reference renders in a real browser with no network: every tag and every operation.

Builds the page from the committed bundle into a temporary folder (as `nox -s docs` does), opens
it from a file in headless Chromium (Debian's `chromium` and `chromium-driver`, which `.ci/run`
installs) behind a proxy to nowhere, walks the sidebar, and saves `reports/docs.png`.
Redoc 3 renders one part of the page at a time, so the walk opens each tag, then each of its
operations, and reads the headings rendered in the content pane.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

from tests.support import spec as contract
from tools import build_docs

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOT = contract.ROOT / "reports" / "docs.png"
WAIT = 15.0  # seconds for one part of the page to render
# Schemes that never reach a network: the page's own file, inline data, and the browser's internal pages.
OFFLINE_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome:", "chrome-untrusted:", "devtools:")

# The text of the sidebar's entries and of the content pane's headings, as the reader sees them.
SIDEBAR = """return Array.from(document.querySelectorAll('[data-testid="menu-item-label"]'))
  .map(e => e.innerText.split('\\n')[0].trim())"""
HEADINGS = """return Array.from(document.querySelectorAll('#api-content h1, #api-content h2'))
  .map(e => e.innerText.trim())"""
CLICK = """const label = Array.from(document.querySelectorAll('[data-testid="menu-item-label"]'))
  .find(e => e.innerText.split('\\n')[0].trim() === arguments[0]);
if (label) { label.click(); } return Boolean(label);"""


@dataclass
class Walk:
    sidebar: list[str] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)  # tags whose section heading rendered
    operations: set[tuple[str, str]] = field(default_factory=set)  # (tag, summary) that rendered
    requests: set[str] = field(default_factory=set)  # what the page (not the browser) asked for


def expected_tags(spec: dict[str, Any]) -> list[str]:
    return [tag["name"] for tag in spec["tags"]]


def expected_operations(spec: dict[str, Any]) -> set[tuple[str, str]]:
    return {(op.operation["tags"][0], op.operation["summary"]) for op in contract.operations(spec)}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return contract.load()


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_docs.build(contract.BUNDLE_YAML, tmp_path_factory.mktemp("docs") / "index.html")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    if not CHROMIUM.exists():
        pytest.skip(f"NOT TESTED: {CHROMIUM} is missing (apt-get install chromium chromium-driver)")
    assert CHROMEDRIVER.exists(), f"{CHROMEDRIVER} is missing: apt-get install chromium-driver"
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        # No network: every request goes to a proxy on the discard port, loopback included.
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    # An explicit driver path: Selenium Manager (which would download one) never runs.
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _until(driver: webdriver.Chrome, script: str, *args: Any, expect: str) -> bool:
    try:
        wait = WebDriverWait(driver, WAIT, poll_frequency=0.05)
        wait.until(lambda d: expect in d.execute_script(script, *args))
    except TimeoutException:
        return False
    return True


def page_requests(log: list[dict[str, Any]], page: str) -> set[str]:
    """The URLs the page at `page` asked for, from Chromium's performance log.

    A request belongs to the page when the document that made it is the page (its `documentURL`):
    the browser's own requests (a new-tab page fetching its Google bar, component updates) are made
    by documents of its own and differ from one browser build to the next.
    """
    urls = set()
    for entry in log:
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent" and params.get("documentURL") == page:
            urls.add(params["request"]["url"])
    return urls


def remote(urls: set[str]) -> list[str]:
    return sorted(url for url in urls if not url.startswith(OFFLINE_SCHEMES))


@pytest.fixture(scope="module")
def walk(browser: webdriver.Chrome, page: Path, spec: dict[str, Any]) -> Walk:
    """Open the page, then each tag, then each of the tag's operations; note what rendered."""
    result = Walk()
    browser.get(page.as_uri())
    last = expected_tags(spec)[-1]
    _until(browser, SIDEBAR, expect=last)
    result.sidebar = browser.execute_script(SIDEBAR)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))
    operations = expected_operations(spec)
    for tag in expected_tags(spec):
        if not (browser.execute_script(CLICK, tag) and _until(browser, HEADINGS, expect=tag)):
            continue
        result.tags.add(tag)
        for summary in sorted(s for t, s in operations if t == tag):
            if browser.execute_script(CLICK, summary) and _until(browser, HEADINGS, expect=summary):
                result.operations.add((tag, summary))
    result.requests = page_requests(browser.get_log("performance"), page.as_uri())  # type: ignore[no-untyped-call]
    return result


def test_the_sidebar_lists_every_tag(walk: Walk, spec: dict[str, Any]) -> None:
    missing = [tag for tag in expected_tags(spec) if tag not in walk.sidebar]
    assert not missing, f"tags missing from the sidebar: {missing} (it shows {walk.sidebar})"


def test_every_tag_renders_its_section(walk: Walk, spec: dict[str, Any]) -> None:
    tags = expected_tags(spec)
    missing = [tag for tag in tags if tag not in walk.tags]
    assert not missing, f"{len(missing)} of {len(tags)} tags did not render a section: {missing}"


def test_every_operation_renders(walk: Walk, spec: dict[str, Any]) -> None:
    expected = expected_operations(spec)
    missing = sorted(expected - walk.operations)
    assert not missing, f"{len(missing)} of {len(expected)} operations did not render: {missing}"


def test_the_page_fetches_nothing_from_the_network(walk: Walk, page: Path) -> None:
    assert page.as_uri() in walk.requests, "the log lacks the page's own load: the check would prove nothing"
    assert not remote(walk.requests), f"the page tried to fetch: {remote(walk.requests)}"


def _logged(url: str, document: str) -> dict[str, Any]:
    message = {
        "method": "Network.requestWillBeSent",
        "params": {"documentURL": document, "request": {"url": url}},
    }
    return {"message": json.dumps({"message": message})}


def test_the_network_check_judges_the_page_not_the_browser() -> None:
    """The browser's own requests (Chromium 150's new-tab page) are not the page's; the page's are."""
    page = "file:///tmp/docs/index.html"
    log = [
        _logged("chrome-untrusted://new-tab-page/one-google-bar?paramsencoded=", "chrome://new-tab-page/"),
        _logged("https://www.google.com/async/newtab_promos", "chrome://new-tab-page/"),
        _logged(page, page),
        _logged("https://cdn.example/redoc.standalone.js", page),
        _logged("data:image/png;base64,AAAA", page),
    ]
    assert remote(page_requests(log, page)) == ["https://cdn.example/redoc.standalone.js"]


def test_a_screenshot_is_saved(walk: Walk) -> None:
    assert SCREENSHOT.stat().st_size > 10_000, f"{SCREENSHOT} looks empty"


def test_the_serve_stage_rebuilds_only_a_page_of_another_bundle(page: Path, tmp_path: Path) -> None:
    """`build_docs --if-stale` (run by the serve stage before it starts) leaves a current page alone."""
    built = page.stat().st_mtime_ns
    assert build_docs.main(["--if-stale", "--bundle", str(contract.BUNDLE_YAML), "--output", str(page)]) == 0
    assert page.stat().st_mtime_ns == built
    changed = tmp_path / "armrest.yaml"
    changed.write_bytes(contract.BUNDLE_YAML.read_bytes() + b"\n# another bundle\n")
    assert build_docs.is_current(contract.BUNDLE_YAML, page)
    assert not build_docs.is_current(changed, page)
