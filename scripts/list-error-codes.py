#!/usr/bin/env python3
"""Prints the README's table of error codes from the API's text sets (every <Area>Texts.resx key that is
not a field name, a title, an e-mail text or a notification's text), with the English text. Run: python3 scripts/list-error-codes.py"""
import glob, os, re, html

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "api", "SocialWorkCloud.Application")
rows = []
for vi in sorted(glob.glob(os.path.join(root, "**", "*Texts.resx"), recursive=True)):
    en = vi[:-len(".resx")] + ".en.resx"
    area = os.path.basename(vi)[:-len("Texts.resx")]
    texts = dict(re.findall(r'<data name="([^"]+)"[^>]*>\s*<value>(.*?)</value>', open(en, encoding="utf-8").read(), re.S))
    for key, text in texts.items():
        if key.startswith(("field.", "title.", "mail.", "notification.", "notification-kind.", "notification-mail.")):
            continue
        rows.append((key, area, html.unescape(text).replace("|", "\\|").replace("\n", " ")))
print("| code | area | text (English; Vietnamese by default) |")
print("| --- | --- | --- |")
for key, area, text in sorted(rows):
    print(f"| `{key}` | {area} | {text} |")
