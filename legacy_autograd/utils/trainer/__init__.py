"""``torch.utils.trainer`` (0.3.1): a small training loop driven by plugins.

``Trainer(model, criterion, optimizer, dataset).run(epochs)`` iterates over ``dataset``
(pairs ``(input, target)`` of tensors), calls ``optimizer.step(closure)`` once per batch and
calls the registered plugins every ``n`` iterations / batches / updates / epochs
(``plugins``: ``Monitor`` and its ``LossMonitor``, ``AccuracyMonitor``, ``TimeMonitor``,
``ProgressMonitor``, and ``Logger`` that prints their statistics).
"""
from .trainer import Trainer

__all__ = ['Trainer']
