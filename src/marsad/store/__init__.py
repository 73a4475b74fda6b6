"""Storage: the embedded SQLite database and the JSON Lines output layout."""
