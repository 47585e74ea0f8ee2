"""The plugins of ``torch.utils.trainer`` (0.3.1)."""
from .progress import ProgressMonitor
from .accuracy import AccuracyMonitor
from .time import TimeMonitor
from .loss import LossMonitor
from .logger import Logger

__all__ = ['ProgressMonitor', 'AccuracyMonitor', 'TimeMonitor', 'LossMonitor', 'Logger']
