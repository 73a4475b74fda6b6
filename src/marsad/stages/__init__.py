"""Per-article stages. Each module defines one stage and registers it by name."""
