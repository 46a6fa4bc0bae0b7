"""Outputs: exports, timeline, HTML report."""
