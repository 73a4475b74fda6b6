"""The nisba adjective's ending, as every layer reads it on a normalised word."""

from __future__ import annotations

ENDINGS = ("ي", "يه")
"""The endings of a singular nisba adjective, normalised: masculine «ي» («الأمريكي»), feminine
«ية» written «يه» after `lang.normalize` («السعودية»). Each layer adds its own length test."""
