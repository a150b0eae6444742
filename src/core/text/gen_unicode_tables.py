#!/usr/bin/env python3
"""gen_unicode_tables.py UNICODE_DIR OUT.h OUT.inc - turns Unicode's own data files (Debian's
unicode-data package: LineBreak.txt, EastAsianWidth.txt, emoji/emoji-data.txt,
UnicodeData.txt, Scripts.txt, PropertyValueAliases.txt) into the lookup tables of
src/core/text/unicode_props.cpp. CMake runs it at build time; nothing generated is committed.

Line_Break is a two-stage lookup (a block index, then deduplicated blocks of values; the
block size giving the smallest arrays); Script and the complex-context flag, which come in
long runs, are sorted range tables.
"""
import os
import re
import sys

MAX_CP = 0x110000

# The order of this list is the order of core::text::LineBreakClass (unicode_props.h).
LINE_BREAK_CLASSES = [
    "XX", "BK", "CR", "LF", "NL", "SP", "ZW", "ZWJ", "CM", "WJ", "GL", "BA", "HY", "BB", "B2",
    "CB", "CL", "CP", "EX", "IS", "SY", "OP", "QU", "NS", "IN", "NU", "PR", "PO", "AL", "HL",
    "ID", "JL", "JV", "JT", "H2", "H3", "RI", "EB", "EM", "AI", "SA", "SG", "CJ",
]
FLAG_EAST_ASIAN_WIDE = 0x40   # East_Asian_Width F, W or H (rule LB30)
FLAG_PICTOGRAPHIC_CN = 0x80   # Extended_Pictographic and unassigned (rule LB30b)


def ranges(path):
    """Yields (first, last, value) from a UCD file of 'X..Y ; value # comment' lines."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(";")]
            cps = fields[0].split("..")
            first = int(cps[0], 16)
            last = int(cps[-1], 16)
            yield first, last, fields[1]


def assigned(unicode_data):
    """The set of assigned code points as a bytearray (1 = assigned), from UnicodeData.txt."""
    out = bytearray(MAX_CP)
    general = bytearray(MAX_CP)  # 1 for Mn or Mc (needed to resolve SA, rule LB1)
    with open(unicode_data, encoding="utf-8") as f:
        first = None
        for line in f:
            fields = line.split(";")
            cp = int(fields[0], 16)
            name, gc = fields[1], fields[2]
            if name.endswith(", First>"):
                first = cp
                continue
            lo = first if name.endswith(", Last>") else cp
            first = None
            for c in range(lo, cp + 1):
                out[c] = 1
                general[c] = 1 if gc in ("Mn", "Mc") else 0
    return out, general


def two_stage(values, name, ctype):
    """C++ arrays for a two-stage table; returns (code, shift)."""
    best = None
    for shift in range(5, 10):
        size = 1 << shift
        blocks = {}
        index = []
        for start in range(0, MAX_CP, size):
            block = bytes(values[start:start + size])
            index.append(blocks.setdefault(block, len(blocks)))
        cost = len(index) * (1 if len(blocks) <= 256 else 2) + len(blocks) * size
        if best is None or cost < best[0]:
            best = (cost, shift, index, blocks)
    _, shift, index, blocks = best
    data = b"".join(sorted(blocks, key=blocks.get))
    itype = "uint8_t" if len(blocks) <= 256 else "uint16_t"
    lines = [f"constexpr int k{name}Shift = {shift};",
             f"const {itype} k{name}Index[{len(index)}] = {{"]
    for i in range(0, len(index), 24):
        lines.append("  " + ",".join(str(v) for v in index[i:i + 24]) + ",")
    lines.append("};")
    lines.append(f"const {ctype} k{name}Data[{len(data)}] = {{")
    for i in range(0, len(data), 32):
        lines.append("  " + ",".join(str(v) for v in data[i:i + 32]) + ",")
    lines.append("};")
    return "\n".join(lines) + "\n"


def range_table(values, name):
    """A sorted array of (first code point, value) for properties with long runs, smaller
    than a two-stage table; looked up by binary search."""
    firsts, vals = [], []
    for c in range(MAX_CP):
        if c == 0 or values[c] != values[c - 1]:
            firsts.append(c)
            vals.append(values[c])
    lines = [f"const uint32_t k{name}First[{len(firsts)}] = {{"]
    for i in range(0, len(firsts), 16):
        lines.append("  " + ",".join(str(v) for v in firsts[i:i + 16]) + ",")
    lines.append("};")
    lines.append(f"const uint8_t k{name}Value[{len(vals)}] = {{")
    for i in range(0, len(vals), 32):
        lines.append("  " + ",".join(str(v) for v in vals[i:i + 32]) + ",")
    lines.append("};")
    return "\n".join(lines) + "\n"


def line_break_table(ucd, is_assigned, is_mark):
    lb = bytearray(MAX_CP)  # 0 = XX
    index = {c: i for i, c in enumerate(LINE_BREAK_CLASSES)}
    # Defaults for code points the file does not list (its header says so).
    for lo, hi, cls in [(0x3400, 0x4DBF, "ID"), (0x4E00, 0x9FFF, "ID"), (0xF900, 0xFAFF, "ID"),
                        (0x20000, 0x2FFFD, "ID"), (0x30000, 0x3FFFD, "ID"),
                        (0x1F000, 0x1FAFF, "ID"), (0x1FC00, 0x1FFFD, "ID"),
                        (0x20A0, 0x20CF, "PR")]:
        lb[lo:hi + 1] = bytes([index[cls]]) * (hi - lo + 1)
    for lo, hi, cls in ranges(os.path.join(ucd, "LineBreak.txt")):
        lb[lo:hi + 1] = bytes([index[cls]]) * (hi - lo + 1)
    # Rule LB1 resolved here, as the default (untailored) algorithm says: AI, SG, XX -> AL;
    # SA -> CM for marks (Mn, Mc), AL otherwise; CJ -> NS. SA stays known through a flag-free
    # side table (unicode_props keeps "complex context" as a separate query).
    sa = bytearray(MAX_CP)
    for c in range(MAX_CP):
        v = LINE_BREAK_CLASSES[lb[c]]
        if v in ("AI", "SG", "XX"):
            lb[c] = index["AL"]
        elif v == "SA":
            sa[c] = 1
            lb[c] = index["CM"] if is_mark[c] else index["AL"]
        elif v == "CJ":
            lb[c] = index["NS"]
    for lo, hi, w in ranges(os.path.join(ucd, "EastAsianWidth.txt")):
        if w in ("F", "W", "H"):
            for c in range(lo, hi + 1):
                lb[c] |= FLAG_EAST_ASIAN_WIDE
    for lo, hi, prop in ranges(os.path.join(ucd, "emoji", "emoji-data.txt")):
        if prop == "Extended_Pictographic":
            for c in range(lo, hi + 1):
                if not is_assigned[c]:
                    lb[c] |= FLAG_PICTOGRAPHIC_CN
    return lb, sa


def script_table(ucd):
    names = {}  # long name -> short code
    with open(os.path.join(ucd, "PropertyValueAliases.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"sc\s*;\s*(\w+)\s*;\s*(\w+)", line)
            if m:
                names[m.group(2)] = m.group(1)
    # Common, Inherited and Unknown first (fixed values in unicode_props.h), then by code.
    order = ["Common", "Inherited", "Unknown"] + sorted(
        (n for n in names if n not in ("Common", "Inherited", "Unknown")), key=lambda n: names[n])
    index = {n: i for i, n in enumerate(order)}
    sc = bytearray([index["Unknown"]]) * MAX_CP
    for lo, hi, name in ranges(os.path.join(ucd, "Scripts.txt")):
        sc[lo:hi + 1] = bytes([index[name]]) * (hi - lo + 1)
    return sc, [(n, names[n]) for n in order]


def main():
    ucd, out_h, out_inc = sys.argv[1:4]
    is_assigned, is_mark = assigned(os.path.join(ucd, "UnicodeData.txt"))
    lb, sa = line_break_table(ucd, is_assigned, is_mark)
    sc, scripts = script_table(ucd)
    with open(os.path.join(ucd, "ReadMe.txt"), encoding="utf-8") as f:
        m = re.search(r"Version (\d+\.\d+\.\d+)", f.read())
    version = m.group(1) if m else "unknown"

    h = ["// Generated by src/core/text/gen_unicode_tables.py from Unicode " + version + ".",
         "#pragma once", "#include <cstdint>", "namespace core::text {",
         f'constexpr const char* kUnicodeVersion = "{version}";',
         "// Scripts (Unicode's Script property), Common, Inherited and Unknown first.",
         "enum class Script : uint8_t {"]
    for name, code in scripts:
        h.append(f"  {name},  // {code}")
    h.append("};")
    h.append(f"constexpr int kScriptCount = {len(scripts)};")
    h.append("}  // namespace core::text")
    inc = ["// Generated by src/core/text/gen_unicode_tables.py from Unicode " + version + ".",
           "// Line_Break classes after rule LB1, with flags; see unicode_props.cpp."]
    inc.append(two_stage(lb, "LineBreak", "uint8_t"))
    inc.append(range_table(sa, "ComplexContext"))
    inc.append(range_table(sc, "Script"))
    inc.append("const char kScriptCodes[][5] = {" +
               ",".join(f'"{code}"' for _, code in scripts) + "};")
    for path, lines in ((out_h, h), (out_inc, inc)):
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        os.replace(tmp, path)


if __name__ == "__main__":
    main()
