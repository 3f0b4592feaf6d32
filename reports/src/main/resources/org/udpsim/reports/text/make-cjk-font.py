#!/usr/bin/env python3
"""Makes udpsim-cjk-sans.ttf, the CJK font of the charts and pages, from Droid Sans Fallback (Apache-2.0).

Usage: make-cjk-font.py DroidSansFallbackFull.ttf DejaVuSans.ttf OUT.ttf  (see CJK-FONT-README.md)

The subset: every character of GB2312, the CJK symbols and punctuation (U+3000-303F) and the half- and full-width
forms (U+FF00-FFEF), less the characters DejaVu Sans has, so that whatever DejaVu Sans draws (Latin, digits, the
space, curly quotes, the ellipsis, the degree Celsius sign) is drawn by DejaVu Sans, as the browser does with
font-family "DejaVu Sans", "udpsim CJK Sans". The modifications: the subset, units per em scaled from 256 to 2048
and the vertical metrics set to DejaVu Sans's, so that a label measures as high with the fallback as without it;
no OpenType layout tables nor vertical metrics; the font renamed "udpsim CJK Sans". The output is the same bytes
on every run (no time stamp is written).
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

FAMILY = "udpsim CJK Sans"


def gb2312():
    chars = set()
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([b1, b2]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def main(droid_path, dejavu_path, out_path):
    dejavu = TTFont(dejavu_path)
    font = TTFont(droid_path, recalcTimestamp=False)
    wanted = gb2312() | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    wanted -= set(dejavu.getBestCmap())
    wanted &= set(font.getBestCmap())

    options = subset.Options()
    options.layout_features = []
    # no OpenType layout (Java2D does not use it for CJK) and no vertical metrics (pictures set text horizontally)
    options.drop_tables += ["GDEF", "GPOS", "GSUB", "vhea", "vmtx"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted))
    subsetter.subset(font)

    scale_upem(font, dejavu["head"].unitsPerEm)
    for table, fields in (("hhea", ("ascent", "descent", "lineGap")),
                          ("OS/2", ("sTypoAscender", "sTypoDescender", "sTypoLineGap", "usWinAscent",
                                    "usWinDescent"))):
        for field in fields:
            setattr(font[table], field, getattr(dejavu[table], field))

    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 3, 4, 6, 16, 17):
            name.removeNames(nameID=record.nameID)
    name.setName(FAMILY, 1, 3, 1, 0x409)
    name.setName("Regular", 2, 3, 1, 0x409)
    name.setName(FAMILY + ": a subset of Droid Sans Fallback for udpsim", 3, 3, 1, 0x409)
    name.setName(FAMILY, 4, 3, 1, 0x409)
    name.setName(FAMILY.replace(" ", ""), 6, 3, 1, 0x409)
    font.save(out_path, reorderTables=True)
    print("%s: %d characters" % (out_path, len(wanted)))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
