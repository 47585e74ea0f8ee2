"""``torch.sparse``: 0.3's sparse tensor types are not implemented by legacy_autograd.

The module exists so that code testing ``type(t) in torch.sparse._sparse_tensor_classes``
runs; the set is empty.
"""

_sparse_tensor_classes = set()
