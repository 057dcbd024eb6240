#!/usr/bin/env python3
"""Writes a valid PDF of about --mib MiB for the bulk benchmark (docs/benchmarks.md).

Each page shows one uncompressed RGB image of random bytes (incompressible, like the scans
and photos that make agenda PDFs big) and a line of text, so that the server's Poppler ingest
reads real pages, renders real thumbnails and finds text. Deterministic for a given --seed.

    makepdf.py OUT.pdf [--mib 50] [--pages 50] [--seed 1]
"""
import argparse
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mib", type=float, default=50)
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pages = max(1, a.pages)
    per_page = int(a.mib * 1024 * 1024 / pages)
    width = 512
    height = max(1, per_page // (width * 3))

    objects = []  # bodies, object number = index + 1

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages_obj = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for i in range(pages):
        data = rng.randbytes(width * height * 3)
        image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                    b"/BitsPerComponent 8 /Length %d >>\nstream\n" % (width, height, len(data))
                    + data + b"\nendstream")
        text = b"BT /F1 18 Tf 56 800 Td (Quorum bench page %d of %d) Tj ET\n" % (i + 1, pages)
        draw = b"q 483 0 0 %d 56 %d cm /Im0 Do Q\n" % (min(700, int(483 * height / width)), 60)
        content = add(b"<< /Length %d >>\nstream\n" % len(text + draw) + text + draw + b"endstream")
        page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                   b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im0 %d 0 R >> >> >>"
                   % (pages_obj, content, font, image))
        kids.append(page)
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Count %d /Kids [%s] >>"
                              % (len(kids), b" ".join(b"%d 0 R" % k for k in kids)))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info << /Title (Quorum bulk benchmark) >> >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref))
    with open(a.out, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
