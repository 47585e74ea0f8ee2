"""``torch.nn.backends`` (0.3.1): the registry of function classes that modules reach through
``self._backend`` (``backend.FunctionBackend``; ``thnn.backend`` is the one every module uses)."""
