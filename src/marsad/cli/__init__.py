"""The `marsad` command line."""
