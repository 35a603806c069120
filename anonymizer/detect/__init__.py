"""Detectors: the ONNX token classifier, validated patterns, and the merge policy."""
