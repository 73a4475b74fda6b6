"""Reading inputs: files, folders and stdin, in text, HTML and JSON forms."""

from marsad.ingest.sources import read_inputs

__all__ = ["read_inputs"]
