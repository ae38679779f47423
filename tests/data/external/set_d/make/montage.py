"""Preview helper: glue the PNG pages of one PDF side by side (python montage.py prefix...)."""
import glob
import sys

from PIL import Image

for pre in sys.argv[1:]:
    ims = [Image.open(p) for p in sorted(glob.glob(pre + "-*.png"))]
    m = Image.new("RGB", (sum(i.width for i in ims), max(i.height for i in ims)), "white")
    x = 0
    for i in ims:
        m.paste(i, (x, 0))
        x += i.width
    m.save(pre + "_m.png")
