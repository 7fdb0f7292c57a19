"""Regenerate articles and gold from tuned.py (13-16, written first) and untouched.py (17-20, written last)."""
import tuned, untouched
from lib import build
for a in (tuned.A13, tuned.A14, tuned.A15, tuned.A16, untouched.A17, untouched.A18, untouched.A19, untouched.A20):
    build(a)
