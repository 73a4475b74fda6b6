"""Dates: recognise temporal expressions, resolve them to calendar values, and reason
about an article's publication date (`extract`, `infer_published`)."""

from marsad.dates.extract import Timex, extract, parse_date
from marsad.dates.publication import infer_published

__all__ = ["Timex", "extract", "infer_published", "parse_date"]
