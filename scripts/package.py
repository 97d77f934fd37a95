#!/usr/bin/env python3
"""Packs a release build (dist/) into release/leadership-radar-<version>.zip.

    python3 scripts/package.py [DIST] [OUT_DIR]      (defaults: dist release)

The archive holds one folder, leadership-radar-<version>/, with the embed bundle (the
loader, and per interface language built the widget's and the team view's module) and the
iframe page under their stable names, LICENSE (+ LICENSE-MIT, LICENSE-APACHE),
EMBEDDING.md (from embed/EMBEDDING.md with the version and hashes filled in), snippet.html
(the tags to paste, with sha384 `integrity` and `crossorigin`) and SHA256SUMS.

Reproducible: the same files give the same bytes. Entries are sorted, every entry gets the
same timestamp (SOURCE_DATE_EPOCH if set, else the last commit's time, else 1980-01-01),
fixed permissions and no extra fields, and deflate runs at a fixed level.
Prints the path of the archive.
"""
import base64
import hashlib
import os
import re
import subprocess
import sys
import time
import tomllib
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOADER = "leadership-radar-embed.js"
FRAME = "leadership-radar-frame.js"
LICENSES = ["LICENSE", "LICENSE-MIT", "LICENSE-APACHE"]
# The interface languages (cargo features lang-en, lang-de, lang-fr), in the default order.
LANGUAGES = ["en", "de", "fr"]
# The modules of each language, by file-name infix: the widget, the second module (the
# results and the team view) and the team-mode module (the team view alone).
MODULE_KINDS = ["", "team-", "teammode-"]


def bundle(langs):
    """The embed bundle and the iframe page, as documented in README "Embedding": per
    language the widget's module, the second module (the results and the team view, loaded
    when a person reaches them) and the team-mode module (pages of team-mode widgets)."""
    modules = [
        f"leadership-radar-{kind}{l}{end}"
        for l in langs
        for kind in MODULE_KINDS
        for end in [".js", "_bg.wasm"]
    ]
    return [LOADER] + modules + ["radar.css", "embed.html", FRAME]


def fail(message):
    print(f"package: {message}", file=sys.stderr)
    sys.exit(1)


def version():
    with open(os.path.join(ROOT, "Cargo.toml"), "rb") as f:
        return tomllib.load(f)["package"]["version"]


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def epoch():
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True)
        return int(out.stdout.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 315532800  # 1980-01-01, the earliest time a zip entry can hold


def snippet(ver, loader_sri, langs):
    return f"""<!-- Leadership Radar {ver}: paste these two tags where the widget should appear.
     The URL is relative to this folder, so a page placed in this folder works as pasted;
     elsewhere, put the folder's URL in front (e.g. /sites/hr/tools/radar/leadership-radar-embed.js).
     integrity pins the loader, and the loader pins every other file; keep them together.
     Options: lang ({", ".join(langs)}), mode (self, team), min-group, storage, questionnaire (EMBEDDING.md). -->
<leadership-radar lang="{langs[0]}">Leadership Radar needs JavaScript.</leadership-radar>
<script type="module" src="{LOADER}" integrity="{loader_sri}" crossorigin="anonymous"></script>
"""


def main():
    dist = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "dist")
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "release")
    langs = [l for l in LANGUAGES if os.path.isfile(os.path.join(dist, f"leadership-radar-{l}.js"))]
    if not langs:
        fail(f"{dist} holds no module (leadership-radar-<lang>.js): run trunk build --release first")
    ver = version()
    files = {}
    for name in bundle(langs):
        path = os.path.join(dist, name)
        if not os.path.isfile(path):
            fail(f"{path} is missing: run trunk build --release first")
        with open(path, "rb") as f:
            files[name] = f.read()
    if b"/*@integrity*/null" in files[LOADER] or b'"radar.css": "sha384-' not in files[LOADER]:
        fail(f"{LOADER} in {dist} has no integrity hashes: the post_build hook (scripts/integrity.py) did not run")
    for name in LICENSES:
        with open(os.path.join(ROOT, name), "rb") as f:
            files[name] = f.read()

    # Each module must speak its own language only: the compiled-in questionnaire lists
    # the module's languages ("languages":["de"]).
    for l in langs:
        for name in [f"leadership-radar-{kind}{l}_bg.wasm" for kind in MODULE_KINDS]:
            listed = re.search(rb'"languages"\s*:\s*\[([^\]]*)\]', files[name])
            if listed is None or re.sub(rb"\s", b"", listed.group(1)) != f'"{l}"'.encode():
                built = listed.group(1).decode() if listed else "unknown"
                fail(f"{dist}/{name} is built with the languages {built}, not \"{l}\": see scripts/build-modules.sh")
    options = ", ".join(f"`{l}`" for l in langs) + " (a language of the questionnaire)"
    example = "de" if "de" in langs else langs[0]
    hashes = {
        "VERSION": ver,
        "LOADER_SRI": sri(files[LOADER]),
        "FRAME_SRI": sri(files[FRAME]),
        "LANG": example,
        "LANG_OPTIONS": options,
    }
    with open(os.path.join(ROOT, "embed", "EMBEDDING.md"), encoding="utf-8") as f:
        doc = f.read()
    for key, value in hashes.items():
        doc = doc.replace("{{" + key + "}}", value)
    if "{{" in doc:
        fail("embed/EMBEDDING.md has a placeholder this script does not fill")
    files["EMBEDDING.md"] = doc.encode("utf-8")
    files["snippet.html"] = snippet(ver, hashes["LOADER_SRI"], langs).encode("utf-8")
    sums = "".join(f"{hashlib.sha256(files[n]).hexdigest()}  {n}\n" for n in sorted(files))
    files["SHA256SUMS"] = sums.encode("ascii")

    stamp = time.gmtime(max(epoch(), 315532800))[:6]
    folder = f"leadership-radar-{ver}"
    os.makedirs(out_dir, exist_ok=True)
    target = os.path.join(out_dir, f"{folder}.zip")
    tmp = target + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permissions below are read
            info.external_attr = (0o100644 << 16)
            z.writestr(info, files[name], compresslevel=9)
    os.replace(tmp, target)
    print(target)


if __name__ == "__main__":
    main()
