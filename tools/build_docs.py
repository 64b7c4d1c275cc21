"""`nox -s docs`: the bundle as one self-contained HTML reference, `dist/docs/index.html`.

    python -m tools.build_docs [--bundle generated/openapi/armrest.yaml] [--output dist/docs/index.html]
                               [--if-stale]

`--if-stale` builds only when the page was not built from this bundle (and this script) yet: the
`serve` stage runs it before starting, so `/arm/v1/docs` answers without a separate step.

Redocly's `build-docs --inlineBundle` (Redoc 3, pinned in tools/node) writes one file with the
Redoc scripts, the styles and the definition inlined and system fonts only. Two things could still
make the page reach out, and both are checked after every build so that the file works offline:

- Redoc 3 pages report usage to Redocly unless built with telemetry off. `tools.node_tools` sets
  `REDOCLY_TELEMETRY=off`, which makes the page's own options say `"disableTelemetry":true`; the
  build fails if they do not.
- Redoc's scripts load a few images from Redocly's CDN at run time: the "API docs by Redocly"
  logo and the icon sets behind some controls. `CDN_ASSETS` swaps each for an inline `data:` URL
  (a text logo; an empty image for icons, which then show nothing); a CDN address left anywhere in
  the file, or any `<script src>`, stylesheet, font, image or `@import` with a remote URL, fails
  the build. `tests/docs/test_docs_render.py` proves it in a browser: the page requests nothing
  from the network.

The page routes by URL fragment (`index.html#/customers`), so it works from a file, from
`armrest serve` at `/arm/v1/docs` and from any static host.

The page is rendered from the bundle with two sections added to its description (the committed
bundle is left as it is): "Workflows", every Arazzo flow of openapi/workflows/ with its steps and
the operation each calls, and "Changelog", CHANGELOG.md (the contract's releases).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from tools.node_tools import ROOT, redocly

BUNDLE = ROOT / "generated" / "openapi" / "armrest.yaml"
OUTPUT = ROOT / "dist" / "docs" / "index.html"
WORKFLOWS = ROOT / "openapi" / "workflows"
CHANGELOG = ROOT / "CHANGELOG.md"
TELEMETRY_OFF = '"disableTelemetry":true'
_EMPTY_SVG = "data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E#"
_LOGO_SVG = (
    "data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20width=%2256%22%20height=%2214%22%3E"
    "%3Ctext%20x=%220%22%20y=%2211%22%20font-family=%22sans-serif%22%20font-size=%2211%22%20fill=%22%23777%22%3E"
    "Redocly%3C/text%3E%3C/svg%3E"
)
# What Redoc's scripts would fetch from Redocly's CDN, and what the page uses instead. The values
# go into JavaScript string literals and CSS `url()`s unquoted: percent-encoded, no quotes.
CDN_ASSETS = {
    "https://cdn.redoc.ly/redoc/logo-mini-full.svg": _LOGO_SVG,
    "https://cdn.redoc.ly/redoc/logo-mini.svg": _LOGO_SVG,
    "https://cdn.redocly.com/icons/fa/7.0.0": _EMPTY_SVG,  # icon base: "<base>/regular/<name>.svg"
    "https://cdn.redocly.com/icons/code/5.24.0": _EMPTY_SVG,
}
# Hosts that serve scripts, styles, fonts or images to pages: none may be left in the file.
CDN_HOSTS = re.compile(
    r"https?://(?:cdn\.redoc\.ly|cdn\.redocly\.com|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com"
    r"|fonts\.googleapis\.com|fonts\.gstatic\.com)/[^\s\"'`)]*",
    re.IGNORECASE,
)
REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
CSS_REMOTE = re.compile(r"""@import\s|url\(\s*['"]?\s*(?:https?:)?//""", re.IGNORECASE)
# Attributes through which a page loads something when it renders (links to elsewhere are fine).
LOADING = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "link": ("href",),
}
LINK_LOADS = {"stylesheet", "preload", "modulepreload", "prefetch", "icon", "manifest", "preconnect"}


class _Loads(HTMLParser):
    """Collects what the page would fetch: remote resource URLs and the text of its <style>s."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.remote: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and not LINK_LOADS & set(values.get("rel", "").lower().split()):
            return
        for name in LOADING.get(tag, ()):
            value = values.get(name, "")
            if REMOTE.match(value):
                self.remote.append(f"<{tag} {name}={value!r}>")
        if "style" in values and CSS_REMOTE.search(values["style"]):
            self.remote.append(f"<{tag} style={values['style']!r}>")
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def offline_problems(html: str) -> list[str]:
    """Why this page would not work without a network (empty when it would)."""
    parser = _Loads()
    parser.feed(html)
    problems = [f"loads a remote resource: {what}" for what in parser.remote]
    for css in parser.styles:
        for match in CSS_REMOTE.finditer(css):
            snippet = css[match.start() : match.start() + 120].splitlines()[0]
            problems.append(f"a stylesheet loads a remote resource: {snippet}")
    cdn = sorted(set(CDN_HOSTS.findall(html)))
    problems += [f"the page's scripts fetch from a CDN: {url}" for url in cdn]
    if TELEMETRY_OFF not in html:
        problems.append(f"the page sends telemetry: its Redoc options lack {TELEMETRY_OFF}")
    return problems


def inline_cdn_assets(html: str) -> str:
    """The page with every address of `CDN_ASSETS` replaced by its inline stand-in."""
    for url, inline in CDN_ASSETS.items():
        html = html.replace(url, inline)
    return html


def _load_yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


def _step_line(number: int, step: dict[str, Any]) -> str:
    source, _, operation = (
        str(step.get("operationId", "")).removeprefix("$sourceDescriptions.").partition(".")
    )
    called = f"`{operation}`" + ("" if source == "armrest" else f" ({source} contract)")
    text = " ".join(str(step.get("description", "")).split())
    return f"{number}. `{step['stepId']}`: {called}. {text}".rstrip()


def workflows_section(folder: Path = WORKFLOWS) -> str:
    """Markdown: every workflow of `folder`, its summary and its steps, in file order."""
    lines = [
        "## Workflows",
        "",
        "The flows integrators build, as executable Arazzo descriptions (`openapi/workflows/`, run by",
        "`nox -s workflows` with Redocly Respect against a sandbox or any deployment).",
    ]
    for path in sorted(folder.glob("*.arazzo.yaml")):
        document = _load_yaml(path)
        for workflow in document.get("workflows", []):
            title = document.get("info", {}).get("title", workflow["workflowId"])
            summary = " ".join(str(workflow.get("summary", "")).split())
            lines += ["", f"### {title}", "", f"`{workflow['workflowId']}` in `{path.name}`: {summary}", ""]
            lines += [_step_line(n, step) for n, step in enumerate(workflow.get("steps", []), 1)]
    return "\n".join(lines) + "\n"


def changelog_section(changelog: Path = CHANGELOG) -> str:
    """Markdown: CHANGELOG.md's entries under one heading (each entry's headings one level down)."""
    if not changelog.is_file():
        return ""
    text = changelog.read_text(encoding="utf-8")
    entries = text[text.index("## ") :] if "## " in text else ""
    demoted = re.sub(r"(?m)^(#{2,5}) ", r"#\1 ", entries)
    return f"## Changelog\n\n{demoted}"


def reference_document(
    bundle: Path, workflows: Path = WORKFLOWS, changelog: Path = CHANGELOG
) -> dict[str, Any]:
    """The bundle as the page shows it: its description followed by the workflows and the changelog."""
    document: dict[str, Any] = _load_yaml(bundle)
    info = document.setdefault("info", {})
    sections = [
        str(info.get("description", "")).rstrip(),
        workflows_section(workflows),
        changelog_section(changelog),
    ]
    info["description"] = "\n\n".join(part for part in sections if part)
    return document


def _stamp(output: Path) -> Path:
    return output.with_name(f".{output.name}.source-sha256")  # hidden: not a checksum of the page


def _digest(bundle: Path) -> str:
    """What the page is made from: the bundle, the workflows, the changelog and this script."""
    parts = [bundle, Path(__file__), *sorted(WORKFLOWS.glob("*.arazzo.yaml"))]
    parts += [CHANGELOG] if CHANGELOG.is_file() else []
    return hashlib.sha256(b"".join(p.read_bytes() for p in parts)).hexdigest()


def is_current(bundle: Path = BUNDLE, output: Path = OUTPUT) -> bool:
    stamp = _stamp(output)
    return output.is_file() and stamp.is_file() and stamp.read_text() == _digest(bundle)


def build(bundle: Path = BUNDLE, output: Path = OUTPUT) -> Path:
    """Render `bundle` into the self-contained page `output`; raises if the page is not offline-safe."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="armrest-docs-") as scratch:
        source = Path(scratch) / "armrest.json"
        source.write_text(json.dumps(reference_document(bundle)), encoding="utf-8")
        redocly(["build-docs", str(source), "--inlineBundle", "-o", str(output)])
    html = inline_cdn_assets(output.read_text(encoding="utf-8"))
    output.write_text(html, encoding="utf-8")
    problems = offline_problems(html)
    if problems:
        output.unlink()
        raise RuntimeError(f"{output} would not work offline:\n  " + "\n  ".join(problems))
    _stamp(output).write_text(_digest(bundle))
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--if-stale", action="store_true", help="build only if not built from this bundle")
    args = parser.parse_args(argv)
    if args.if_stale and is_current(args.bundle.resolve(), args.output.resolve()):
        return 0
    started = time.monotonic()
    try:
        page = build(args.bundle.resolve(), args.output.resolve())
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    size = page.stat().st_size
    print(f"{page}: {size / 1024:.0f} KiB, self-contained, in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
