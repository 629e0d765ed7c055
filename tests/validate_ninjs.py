#!/usr/bin/env python3
"""Validate ninjs documents against the official IPTC JSON schema.

Usage: validate_ninjs.py SCHEMA FILE...

Uses jsonschema's Draft 2020-12 validator with format checking. Every problem is printed as
"FILE: PATH: message" (PATH is a JSON path such as headlines[1].value); the exit status is 0 when
every file is valid, 1 when any file is invalid or unreadable, 2 on a usage error.
"""

import datetime
import json
import os
import re
import sys

import jsonschema
from jsonschema import Draft202012Validator

# RFC 3339 date-time, the meaning of "format": "date-time" in JSON Schema.
DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def is_date_time(value):
    if not isinstance(value, str):
        return True  # formats only constrain strings
    if not DATE_TIME.match(value):
        return False
    try:
        datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def format_checker():
    checker = Draft202012Validator.FORMAT_CHECKER
    if "date-time" not in checker.checkers:
        # jsonschema only checks date-time when rfc3339-validator is installed; without it the
        # format would silently pass, so check it here.
        checker = jsonschema.FormatChecker()
        checker.checks("date-time")(is_date_time)
    return checker


def json_path(error):
    path = ""
    for part in error.absolute_path:
        path += "[%d]" % part if isinstance(part, int) else ("." if path else "") + str(part)
    return path or "(document)"


def make_validator(schema_path):
    with open(schema_path, encoding="utf-8") as stream:
        schema = json.load(stream)
    Draft202012Validator.check_schema(schema)
    # The places property refers to the GeoJSON schema; resolve it from the same folder, offline.
    store = {}
    geojson_path = os.path.join(os.path.dirname(schema_path), "GeoJSON-schema.json")
    if os.path.exists(geojson_path):
        with open(geojson_path, encoding="utf-8") as stream:
            geojson = json.load(stream)
        store[geojson.get("$id", "https://geojson.org/schema/GeoJSON.json")] = geojson
        store["https://geojson.org/schema/GeoJSON.json"] = geojson
    resolver = jsonschema.RefResolver.from_schema(schema, store=store)
    return Draft202012Validator(schema, resolver=resolver, format_checker=format_checker())


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    validator = make_validator(argv[1])
    failed = False
    for file_name in argv[2:]:
        try:
            with open(file_name, encoding="utf-8") as stream:
                document = json.load(stream)
        except (OSError, ValueError) as error:
            print("%s: cannot read: %s" % (file_name, error))
            failed = True
            continue
        errors = sorted(validator.iter_errors(document),
                        key=lambda e: [str(part) for part in e.absolute_path])
        for error in errors:
            print("%s: %s: %s" % (file_name, json_path(error), error.message))
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
