"""Put page PNGs side by side for a quick look (preview only)."""
import sys
from PIL import Image
out, *ins = sys.argv[1:]
ims = [Image.open(p).convert("RGB") for p in ins]
h = max(i.height for i in ims); wsum = sum(i.width for i in ims) + 10 * (len(ims) - 1)
canvas = Image.new("RGB", (wsum, h), "grey")
x = 0
for i in ims:
    canvas.paste(i, (x, 0)); x += i.width + 10
canvas.save(out)
