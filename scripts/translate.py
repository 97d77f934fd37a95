#!/usr/bin/env python3
"""Fills in the French texts of the built-in questionnaire and suggestions.

    python3 scripts/translate.py          write the "fr" texts, list what has none
    python3 scripts/translate.py --check  only check (exit 1 if a text lacks French)

translations/fr.json is the French translation memory: a list of {"en": …, "fr": …}
pairs (strings, or lists for scale labels), keyed by the English text. Every text map
({"en": …, "de": …}) in src/domain/default_questionnaire.json and
src/domain/suggestions.json whose English matches an entry gets its "fr" (after "de"),
and "fr" joins the questionnaire's languages. A text whose English changed no longer
matches, so its French is not reused by mistake: it is listed as missing instead.
Run it after editing English texts or after merging changes to those files.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ["src/domain/default_questionnaire.json", "src/domain/suggestions.json"]
MEMORY = "translations/fr.json"
LANG = "fr"


def key(text):
    return json.dumps(text, ensure_ascii=False)


def is_text(node):
    return isinstance(node, dict) and "en" in node and all(
        k in ("en", "de", "fr") and isinstance(v, (str, list)) for k, v in node.items()
    )


def fill(node, memory, missing, used):
    if is_text(node):
        fr = memory.get(key(node["en"]))
        if fr is None:
            missing.append(node["en"])
            return node
        if isinstance(node["en"], list) != isinstance(fr, list) or (
            isinstance(fr, list) and len(fr) != len(node["en"])
        ):
            sys.exit(f"translate: the French for {key(node['en'])} has another shape")
        used.add(key(node["en"]))
        out = {k: v for k, v in node.items() if k != LANG}
        out[LANG] = fr
        return out
    if isinstance(node, dict):
        return {k: fill(v, memory, missing, used) for k, v in node.items()}
    if isinstance(node, list):
        return [fill(v, memory, missing, used) for v in node]
    return node


def main():
    check = "--check" in sys.argv[1:]
    with open(os.path.join(ROOT, MEMORY), encoding="utf-8") as f:
        memory = {key(e["en"]): e["fr"] for e in json.load(f)}
    missing, used, changed = [], set(), []
    for name in FILES:
        path = os.path.join(ROOT, name)
        with open(path, encoding="utf-8") as f:
            before = f.read()
        data = fill(json.loads(before), memory, missing, used)
        if isinstance(data.get("languages"), list) and LANG not in data["languages"]:
            data["languages"].append(LANG)
        after = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        if after != before:
            changed.append(name)
            if not check:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(after)
    for text in missing:
        print(f"translate: no French for {key(text)}", file=sys.stderr)
    verb = "would change" if check else "wrote"
    for name in changed:
        print(f"translate: {verb} {name}")
    print(f"translate: {len(used)} texts in French, {len(missing)} without, "
          f"{len(memory) - len(used)} memory entries not used now")
    if missing or (check and changed):
        sys.exit(1)


if __name__ == "__main__":
    main()
