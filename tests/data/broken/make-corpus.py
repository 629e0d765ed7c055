#!/usr/bin/env python3
"""Writes the broken-input corpus of tst_hostileinput into this folder.

Every file here is an article file that must be refused with a clear message (copydesk-cli
import: exit status 2, the file named, nothing written). The files are checked in; this script
documents how each was made and rebuilds them: python3 make-corpus.py. The huge cases (a 50 MB
body, a 10 MB headline, 100,000 paragraphs) are not here: tst_hostileinput writes them into a
temporary folder when it runs.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

GOOD_TEXT = (
    "Harbour Dredging To Start In March\n"
    "\n"
    "Summary: The port authority will dredge the main channel for six weeks.\n"
    "\n"
    "Byline: Tom Reyes\n"
    "\n"
    "Dredging of the harbour's main channel will start in March, the port authority said. "
    "(Source: Port Authority)\n"
    "\n"
    "Caf\u00e9 owners on the quay expect fewer visitors. (Source: Quay Traders)\n"
)

GOOD_NINJS = {
    "uri": "urn:copydesk:test:broken-base",
    "type": "text",
    "version": "1",
    "language": "en-GB",
    "pubStatus": "usable",
    "firstCreated": "2026-09-01T08:00:00Z",
    "versionCreated": "2026-09-01T09:30:00Z",
    "by": "Health desk",
    "slugline": "hospital-wait-times",
    "standard": {"name": "ninjs", "version": "3.1"},
    "headlines": [
        {"role": "main", "contentType": "text/plain", "value": "Hospital Wait Times Rise Again"},
        {"role": "seo", "contentType": "text/plain", "value": "Hospital waits: five hours"},
    ],
    "descriptions": [
        {"role": "summary", "contentType": "text/plain",
         "value": "Emergency patients waited five hours on average \u2014 up from four."}
    ],
    "bodies": [
        {"role": "main", "contentType": "text/html",
         "value": "<p data-source=\"Health Ministry\">Emergency patients waited five hours on "
                  "average last year.</p><p>Hospitals in the north were hit hardest.</p>"}
    ],
    "infoSources": [{"name": "Health Ministry", "uri": "https://health.example.org/",
                     "role": "originfo"}],
    "associations": [{"name": "next", "rel": "next", "uri": "urn:copydesk:test:series-two"}],
}


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def ninjs_bytes(document, indent=1):
    return json.dumps(document, indent=indent, ensure_ascii=False).encode("utf-8")


def with_member(path, value):
    """A copy of GOOD_NINJS with the member at path (a list of keys and indexes) set to value."""
    document = json.loads(json.dumps(GOOD_NINJS))
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


def main():
    for name in os.listdir(HERE):
        if name.endswith(".txt") or name.endswith(".json"):
            os.remove(os.path.join(HERE, name))

    good = GOOD_TEXT.encode("utf-8")
    # --- plain text ---------------------------------------------------------------------------
    cafe = good.index("Caf\u00e9".encode("utf-8")) + 4  # inside the two bytes of the é
    write("text-truncated-in-character.txt", good[:cafe])
    write("text-invalid-utf8-headline.txt", good.replace(b"Dredging To", b"Dredging\xff To", 1))
    write("text-invalid-utf8-summary.txt", good.replace(b"channel for", b"channel\x80 for", 1))
    write("text-invalid-utf8-source.txt", good.replace(b"(Source: Port", b"(Source: P\xc3rt", 1))
    write("text-invalid-utf8-overlong.txt", good.replace(b"Tom Reyes", b"Tom \xc0\xafReyes", 1))
    write("text-invalid-utf8-surrogate.txt", good.replace(b"Tom Reyes", b"Tom \xed\xa0\x80", 1))
    write("text-invalid-utf8-at-end.txt", good + b"Last line \xe2\x82")
    write("text-nul-headline.txt", good.replace(b"To Start", b"To\x00Start", 1))
    write("text-nul-body.txt", good.replace(b"will start", b"will\x00start", 1))
    write("text-utf16le-bom.txt", b"\xff\xfe" + GOOD_TEXT.encode("utf-16-le"))
    write("text-utf16be-bom.txt", b"\xfe\xff" + GOOD_TEXT.encode("utf-16-be"))
    write("text-utf32le-bom.txt", b"\xff\xfe\x00\x00" + GOOD_TEXT.encode("utf-32-le"))
    write("text-utf16le-no-bom.txt", GOOD_TEXT.encode("utf-16-le"))
    rng = random.Random(8)
    write("text-binary-garbage.txt", bytes(rng.randrange(256) for _ in range(4096)))
    write("text-png-image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write("text-headline-too-long.txt", "H" * 1001 + "\n\nA body paragraph.\n")
    write("text-summary-too-long.txt",
          "Headline\n\nSummary: " + "s" * 10001 + "\n\nA body paragraph.\n")
    write("text-source-name-too-long.txt",
          "Headline\n\nA body paragraph. (Source: " + "N" * 10001 + ")\n")
    crlf = GOOD_TEXT.replace("\n", "\r\n") + "\r\nSummary: A second summary.\r\n"
    write("text-crlf-field-twice.txt", crlf)
    write("text-crlf-invalid-utf8.txt",
          GOOD_TEXT.replace("\n", "\r\n").encode("utf-8").replace(b"Tom", b"T\xfem", 1))
    write("text-cr-only-nul.txt", GOOD_TEXT.replace("\n", "\r").encode("utf-8")
          .replace(b"Tom", b"T\x00m", 1))
    write("text-bom-no-headline.txt", b"\xef\xbb\xbfSummary: No headline first.\n\nBody.\n")

    # --- ninjs: truncated at several points -----------------------------------------------------
    base = ninjs_bytes(GOOD_NINJS)
    write("ninjs-truncated-after-brace.ninjs.json", base[:1])
    write("ninjs-truncated-in-key.ninjs.json", base[: base.index(b'"type"') + 3])
    write("ninjs-truncated-after-colon.ninjs.json", base[: base.index(b'"headlines"') + 12])
    write("ninjs-truncated-in-string.ninjs.json", base[: base.index(b"Hospital Wait") + 8])
    write("ninjs-truncated-in-array.ninjs.json", base[: base.index(b'"descriptions"') - 3])
    dash = base.index("\u2014".encode("utf-8")) + 1  # inside the three bytes of the dash
    write("ninjs-truncated-in-character.ninjs.json", base[:dash])
    write("ninjs-truncated-before-last-brace.ninjs.json", base.rstrip()[:-1])

    # --- ninjs: each member of the wrong JSON type ---------------------------------------------
    wrong = [
        ("uri", ["uri"], 7),
        ("type", ["type"], ["text"]),
        ("version", ["version"], 2),
        ("language", ["language"], True),
        ("pubstatus", ["pubStatus"], {"value": "usable"}),
        ("firstcreated", ["firstCreated"], 20260901),
        ("versioncreated", ["versionCreated"], ["2026-09-01T09:30:00Z"]),
        ("by", ["by"], 42),
        ("slugline", ["slugline"], False),
        ("standard", ["standard"], "ninjs"),
        ("standard-name", ["standard", "name"], 3.1),
        ("headlines", ["headlines"], "Hospital Wait Times Rise Again"),
        ("headline-item", ["headlines", 0], "Hospital Wait Times Rise Again"),
        ("headline-value", ["headlines", 0, "value"], 12),
        ("headline-role", ["headlines", 0, "role"], 1),
        ("headline-contenttype", ["headlines", 0, "contentType"], ["text/plain"]),
        ("descriptions", ["descriptions"], {"role": "summary"}),
        ("description-value", ["descriptions", 0, "value"], None),
        ("bodies", ["bodies"], "<p>Body</p>"),
        ("body-value", ["bodies", 0, "value"], ["<p>Body</p>"]),
        ("body-contenttype", ["bodies", 0, "contentType"], 5),
        ("infosources", ["infoSources"], {"name": "Health Ministry"}),
        ("infosource-name", ["infoSources", 0, "name"], 99),
        ("infosource-uri", ["infoSources", 0, "uri"], True),
        ("associations", ["associations"], "urn:copydesk:test:series-two"),
        ("association-uri", ["associations", 0, "uri"], 2),
        ("association-rel", ["associations", 0, "rel"], {"type": "next"}),
    ]
    for name, path, value in wrong:
        write(f"ninjs-wrong-type-{name}.ninjs.json", ninjs_bytes(with_member(path, value)))

    # --- ninjs: structure ------------------------------------------------------------------------
    write("ninjs-deep-nesting-100000.ninjs.json", b"[" * 100000)
    write("ninjs-deep-nesting-in-headline.ninjs.json",
          b'{"uri": "urn:x:1", "headlines": ' + b"[" * 2000 + b"]" * 2000 + b"}")
    write("ninjs-deep-nesting-objects.ninjs.json", b'{"a": ' * 5000 + b"1" + b"}" * 5000)
    write("ninjs-top-level-array.ninjs.json", b"[" + base + b"]")
    write("ninjs-top-level-string.ninjs.json", b'"Hospital Wait Times Rise Again"')
    write("ninjs-top-level-null.ninjs.json", b"null")
    write("ninjs-empty-object.ninjs.json", b"{}")
    write("ninjs-trailing-garbage.ninjs.json", base + b"\n<html>oops</html>\n")
    write("ninjs-duplicate-uri.ninjs.json",
          base.replace(b'"type"', b'"uri": "urn:copydesk:test:other",\n "type"', 1))
    write("ninjs-duplicate-headlines.ninjs.json",
          base.replace(b'"descriptions"', b'"headlines": [],\n "descriptions"', 1))
    write("ninjs-duplicate-value.ninjs.json",
          base.replace(b'"value": "Hospital Wait Times Rise Again"',
                       b'"value": "Hospital Wait Times Rise Again", "value": "Other"', 1))
    write("ninjs-crlf-missing-comma.ninjs.json",
          base.replace(b"\n", b"\r\n").replace(b'"type": "text",', b'"type": "text"', 1))

    # --- ninjs: encodings, bytes ---------------------------------------------------------------
    write("ninjs-invalid-utf8-headline.ninjs.json", base.replace(b"Wait Times", b"Wait\xff Times", 1))
    write("ninjs-invalid-utf8-key.ninjs.json", base.replace(b'"slugline"', b'"slug\xc3line"', 1))
    write("ninjs-invalid-utf8-body.ninjs.json", base.replace(b"hit hardest", b"hit \xed\xa0\x80", 1))
    write("ninjs-nul-byte-in-string.ninjs.json", base.replace(b"Wait Times", b"Wait\x00Times", 1))
    write("ninjs-nul-byte-between-tokens.ninjs.json", base.replace(b'"type"', b'\x00"type"', 1))
    write("ninjs-escaped-nul-headline.ninjs.json",
          base.replace(b"Wait Times", b"Wait\\u0000Times", 1))
    write("ninjs-utf16le-bom.ninjs.json", b"\xff\xfe" + base.decode("utf-8").encode("utf-16-le"))
    write("ninjs-utf16be-bom.ninjs.json", b"\xfe\xff" + base.decode("utf-8").encode("utf-16-be"))
    write("ninjs-utf32le-bom.ninjs.json",
          b"\xff\xfe\x00\x00" + base.decode("utf-8").encode("utf-32-le"))
    write("ninjs-utf16le-no-bom.ninjs.json", base.decode("utf-8").encode("utf-16-le"))
    write("ninjs-binary-garbage.ninjs.json", bytes(rng.randrange(256) for _ in range(4096)))

    # --- ninjs: overlong fields ----------------------------------------------------------------
    write("ninjs-headline-too-long.ninjs.json",
          ninjs_bytes(with_member(["headlines", 0, "value"], "H" * 1001)))
    write("ninjs-meta-title-too-long.ninjs.json",
          ninjs_bytes(with_member(["headlines", 1, "value"], "M" * 1001)))
    write("ninjs-summary-too-long.ninjs.json",
          ninjs_bytes(with_member(["descriptions", 0, "value"], "s" * 10001)))
    write("ninjs-byline-too-long.ninjs.json", ninjs_bytes(with_member(["by"], "b" * 10001)))
    write("ninjs-uri-too-long.ninjs.json",
          ninjs_bytes(with_member(["uri"], "urn:x:" + "u" * 10001)))
    write("ninjs-source-name-too-long.ninjs.json",
          ninjs_bytes(with_member(["infoSources", 0, "name"], "N" * 10001)))


if __name__ == "__main__":
    main()
