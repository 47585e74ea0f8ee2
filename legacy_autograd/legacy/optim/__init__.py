"""``torch.legacy.optim``: Lua Torch's functional optimisers, as PyTorch 0.3.1 carried them (in progress)."""
