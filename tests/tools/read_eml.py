"""Reads an .eml file with Python's email package under the strict policy and prints what it
found as JSON, for tst_inquiry and tst_mailcomposer.

Usage: /usr/bin/python3 read_eml.py FILE.eml

Prints {"headers": [[name, value], ...] in file order, "from": {"name", "address"}, "to": {...},
"subject", "content_type", "charset", "transfer_encoding", "body", "defects": [...],
"lines": {"all_crlf", "longest_header", "longest_body"}}. The strict policy raises on any defect
it can find, so a malformed message exits non-zero with the reason on stderr.
"""

import email
import email.policy
import json
import sys


def address(header):
    if header is None:
        return None
    found = header.addresses
    if len(found) != 1:
        return {"count": len(found)}
    return {"name": found[0].display_name, "address": found[0].addr_spec}


def main():
    raw = open(sys.argv[1], "rb").read()
    message = email.message_from_bytes(raw, policy=email.policy.strict)
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = raw.split(b"\r\n")
    result = {
        "headers": [[name, str(value)] for name, value in message.items()],
        "from": address(message["From"]),
        "to": address(message["To"]),
        "subject": str(message["Subject"]),
        "content_type": message.get_content_type(),
        "charset": message.get_content_charset(),
        "transfer_encoding": message["Content-Transfer-Encoding"],
        "body": message.get_content(),
        "defects": [str(defect) for defect in message.defects],
        "lines": {
            "all_crlf": b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b""),
            "longest_header": max(len(line) for line in head.split(b"\r\n")),
            "longest_body": max(len(line) for line in body.split(b"\r\n")),
            "count": len(lines),
        },
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
