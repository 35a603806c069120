"""Teacher fine-tuning, student distillation, ONNX export and evaluation of bundles."""
