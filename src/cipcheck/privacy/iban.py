"""IBAN: country code, two check digits and the account, valid when mod 97 gives 1."""

from __future__ import annotations

import re

from cipcheck.privacy.base import MASK, Hit

CANDIDATE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,32})")
LENGTHS = {"FR": 27, "MC": 27, "BE": 16, "DE": 22, "ES": 24, "IT": 27, "LU": 20, "CH": 21,
           "GB": 22, "PT": 25, "NL": 18, "AT": 20, "IE": 22}


def checksum_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


def find(text: str) -> list[Hit]:
    out: list[Hit] = []
    for m in CANDIDATE.finditer(text):
        raw = m.group(1)
        compact = raw.replace(" ", "")
        lengths = [LENGTHS[compact[:2]]] if compact[:2] in LENGTHS else range(
            min(len(compact), 34), 14, -1)
        for n in lengths:
            if len(compact) >= n and checksum_ok(compact[:n]):
                # Map the compact length back to the raw text (spaces included).
                seen, end = 0, m.start()
                for i, ch in enumerate(raw):
                    if ch != " ":
                        seen += 1
                    if seen == n:
                        end = m.start() + i + 1
                        break
                iban = compact[:n]
                masked = f"{iban[:4]} {MASK * 4} … {MASK * 2}{iban[-2:]}"
                out.append(Hit("iban", iban, m.start(), end, masked))
                break
    return out
