"""The demo corpus builder that build.py runs: articles, helpers, the site layouts, the output."""
