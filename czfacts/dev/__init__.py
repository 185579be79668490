"""Developer tooling, off the library's path: gold files (gold.py), scoring (score.py),
regression against approved output (regress.py), reports for people (report.py) and the rule
book (rulebook.py). `import czfacts` never imports this package; the CLI's eval, regress,
rules and check-gold commands do."""
