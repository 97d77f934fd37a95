#!/usr/bin/env python3
"""Trunk post_build hook: fills in the Subresource Integrity hashes of the embed bundle.

Runs on Trunk's staging directory ($TRUNK_STAGING_DIR, or the directory given as the first
argument) after every build, before Trunk moves it to dist/:

1. writes the SHA-384 hashes of the wasm-bindgen glue and wasm of every module (the
   widget and the team view's module of each interface language, scripts/build-modules.sh)
   and of the stylesheet into the loader (leadership-radar-embed.js replaces its
   `/*@integrity*/null` placeholder with them), so the loader fetches each file with
   `integrity` and refuses a changed file, and the languages built (its
   `/*@languages*/null` placeholder: the order of LR_LANGUAGES, else en, de, fr), so the
   loader knows which modules exist;
2. adds `integrity` and `crossorigin="anonymous"` for the (now final) loader to the
   `<script type="module">` tags of index.html and embed.html, and for the stylesheet to
   embed.html's `<link>`.

Fails loudly when a file or the placeholder is missing, so that no build ships a loader
without hashes.
"""
import base64
import hashlib
import json
import os
import re
import sys

LOADER = "leadership-radar-embed.js"
CSS = "radar.css"
# Every interface language the widget is translated into, in the default order.
LANGUAGES = ["en", "de", "fr"]
PLACEHOLDER = "/*@integrity*/null"
LANGUAGES_PLACEHOLDER = "/*@languages*/null"


def module_files(lang):
    """The six files of one language: the glue and wasm of the widget, of the second
    module (the results and the team view) and of the team-mode module."""
    return [
        f"leadership-radar-{kind}{lang}{end}"
        for kind in ["", "team-", "teammode-"]
        for end in [".js", "_bg.wasm"]
    ]
PAGES = ["index.html", "embed.html"]


def sri(path):
    with open(path, "rb") as f:
        digest = hashlib.sha384(f.read()).digest()
    return "sha384-" + base64.b64encode(digest).decode("ascii")


def fail(message):
    print(f"integrity: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    stage = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not stage or not os.path.isdir(stage):
        fail("give the build directory (or run as a Trunk hook, which sets TRUNK_STAGING_DIR)")
    wanted = os.environ.get("LR_LANGUAGES", "").split() or LANGUAGES
    langs = [l for l in wanted if os.path.isfile(os.path.join(stage, f"leadership-radar-{l}.js"))]
    if not langs:
        fail(f"no module (leadership-radar-<lang>.js for {', '.join(wanted)}) in {stage}")
    HASHED = [f for l in langs for f in module_files(l)] + [CSS]
    for name in HASHED + [LOADER]:
        if not os.path.isfile(os.path.join(stage, name)):
            fail(f"{name} is missing in {stage}")

    hashes = {name: sri(os.path.join(stage, name)) for name in HASHED}
    loader_path = os.path.join(stage, LOADER)
    with open(loader_path, encoding="utf-8") as f:
        loader = f.read()
    for placeholder in [PLACEHOLDER, LANGUAGES_PLACEHOLDER]:
        if loader.count(placeholder) != 1:
            fail(f"{LOADER} must contain {placeholder} exactly once")
    literal = json.dumps(hashes, sort_keys=True, separators=(", ", ": "))
    loader = loader.replace(PLACEHOLDER, literal).replace(LANGUAGES_PLACEHOLDER, json.dumps(langs))
    with open(loader_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(loader)

    loader_hash = sri(loader_path)
    # The loader tag as written (embed.html) or as Trunk's HTML minifier leaves it in
    # release builds (index.html: attributes reordered, quotes dropped, e.g.
    # `<script src=./leadership-radar-embed.js type=module></script>`).
    tag = re.compile(
        r"<script(?=[^>]*\btype=\"?module\"?[\s>])[^>]*?\bsrc=\"?([^\"\s>]*"
        + re.escape(LOADER)
        + r")\"?[^>]*></script>"
    )
    for page in PAGES:
        path = os.path.join(stage, page)
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            html = f.read()
        html, n = tag.subn(
            lambda m: f'<script type="module" src="{m.group(1)}" integrity="{loader_hash}" '
            'crossorigin="anonymous"></script>',
            html,
        )
        if n != 1:
            fail(f"{page}: expected one <script type=\"module\" src=\"…{LOADER}\"> tag, found {n}")
        # Trunk preloads the module it built (leadership-radar.js, renamed by
        # scripts/build-modules.sh): the loader preloads the module of the page's language.
        html = re.sub(r'<link[^>]*\bhref="?\.?/?leadership-radar(?:\.js|_bg\.wasm)"?[^>]*>', "", html)
        # The iframe page links the stylesheet itself (Trunk already hashes index.html's).
        html = html.replace(
            '<link rel="stylesheet" href="radar.css">',
            f'<link rel="stylesheet" href="radar.css" integrity="{hashes[CSS]}" crossorigin="anonymous">',
        )
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
    for name, value in sorted(hashes.items()):
        print(f"integrity: {name} {value}")
    print(f"integrity: {LOADER} {loader_hash} (languages {', '.join(langs)})")


if __name__ == "__main__":
    main()
