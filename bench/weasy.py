#!/usr/bin/env python3
"""Render every .html file of a folder to PDF with WeasyPrint in one process (the comparison engine).

Usage: weasy.py HTML_DIR OUT_DIR. Prints the in-process render time; the caller measures wall time.
"""
import pathlib
import sys
import time

from weasyprint import HTML

src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
t0 = time.perf_counter()
count = 0
for f in sorted(src.glob("*.html")):
    HTML(filename=str(f), base_url=str(src)).write_pdf(str(out / (f.stem + ".pdf")))
    count += 1
print(f"weasyprint rendered {count} documents in {time.perf_counter() - t0:.2f} s")
