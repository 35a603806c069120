"""Streaming readers and writers for JSONL, CSV and plain text with an error policy."""
