"""``torch.autograd._functions`` (private in 0.3.1): only ``utils`` is provided here."""
