"""marsad (مرصد): Arabic-first news intelligence.

Raw scraped articles in; clean text, dates, entities, events, quotes, stories and a
timeline out. Every layer is a list of spans over the untouched original text.
"""

__version__ = "0.1.0"
