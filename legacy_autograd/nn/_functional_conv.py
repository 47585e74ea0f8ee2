"""Convolution, pooling, batch norm and padding functions (being written)."""
__all__ = []
