"""Teacher labelling and synthesis of PII-tagged feedback (writes tagged-record JSONL)."""
