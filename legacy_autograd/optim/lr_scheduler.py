"""``torch.optim.lr_scheduler`` as in PyTorch 0.3.

Epoch-based schedules compute every group's learning rate in closed form from
``last_epoch`` and write it into ``param_groups[i]['lr']``.  The 0.3 calling convention:

* the constructor records ``initial_lr`` in each group (when ``last_epoch == -1``), then
  calls ``step(last_epoch + 1)``, which sets the rates of epoch ``last_epoch + 1``, and
  puts ``last_epoch`` back to the value given;
* ``step()`` (no argument) moves to ``last_epoch + 1``; ``step(epoch)`` jumps there.

So 0.3 scripts call ``scheduler.step()`` at the *start* of every epoch and the first call
gives epoch 0.  (Modern torch expects the call at the end of the epoch; calling it first
shifts its schedule by one epoch.)

``ReduceLROnPlateau`` is not epoch-based: ``step(metric)`` lowers the rates when the
metric stopped improving.
"""
import math
from bisect import bisect_right

from .optimizer import Optimizer

__all__ = ['LambdaLR', 'StepLR', 'MultiStepLR', 'ExponentialLR', 'CosineAnnealingLR',
           'ReduceLROnPlateau']


def _check_optimizer(optimizer):
    if not isinstance(optimizer, Optimizer):
        raise TypeError('{} is not an Optimizer'.format(type(optimizer).__name__))


class _LRScheduler(object):
    def __init__(self, optimizer, last_epoch=-1):
        _check_optimizer(optimizer)
        self.optimizer = optimizer
        if last_epoch == -1:
            for group in optimizer.param_groups:
                group.setdefault('initial_lr', group['lr'])
        else:
            for i, group in enumerate(optimizer.param_groups):
                if 'initial_lr' not in group:
                    raise KeyError("param 'initial_lr' is not specified "
                                   'in param_groups[{}] when resuming an optimizer'.format(i))
        self.base_lrs = [group['initial_lr'] for group in optimizer.param_groups]
        self.step(last_epoch + 1)
        self.last_epoch = last_epoch

    def get_lr(self):
        raise NotImplementedError

    def step(self, epoch=None):
        """Set the rates of ``epoch`` (default: the epoch after ``last_epoch``)."""
        if epoch is None:
            epoch = self.last_epoch + 1
        self.last_epoch = epoch
        for group, lr in zip(self.optimizer.param_groups, self.get_lr()):
            group['lr'] = lr


class LambdaLR(_LRScheduler):
    """``lr = initial_lr * lr_lambda(epoch)``; ``lr_lambda`` is one function or a list with
    one per parameter group."""

    def __init__(self, optimizer, lr_lambda, last_epoch=-1):
        self.optimizer = optimizer
        if not isinstance(lr_lambda, (list, tuple)):
            self.lr_lambdas = [lr_lambda] * len(optimizer.param_groups)
        else:
            if len(lr_lambda) != len(optimizer.param_groups):
                raise ValueError('Expected {} lr_lambdas, but got {}'.format(
                    len(optimizer.param_groups), len(lr_lambda)))
            self.lr_lambdas = list(lr_lambda)
        self.last_epoch = last_epoch
        super(LambdaLR, self).__init__(optimizer, last_epoch)

    def get_lr(self):
        return [base_lr * fn(self.last_epoch)
                for fn, base_lr in zip(self.lr_lambdas, self.base_lrs)]


class StepLR(_LRScheduler):
    """``lr = initial_lr * gamma ** (epoch // step_size)``."""

    def __init__(self, optimizer, step_size, gamma=0.1, last_epoch=-1):
        self.step_size = step_size
        self.gamma = gamma
        super(StepLR, self).__init__(optimizer, last_epoch)

    def get_lr(self):
        return [base_lr * self.gamma ** (self.last_epoch // self.step_size)
                for base_lr in self.base_lrs]


class MultiStepLR(_LRScheduler):
    """``lr = initial_lr * gamma ** (number of milestones <= epoch)``."""

    def __init__(self, optimizer, milestones, gamma=0.1, last_epoch=-1):
        if not list(milestones) == sorted(milestones):
            # 0.3 passed the list as a second exception argument instead of formatting it
            raise ValueError('Milestones should be a list of increasing integers. Got {}',
                             milestones)
        self.milestones = milestones
        self.gamma = gamma
        super(MultiStepLR, self).__init__(optimizer, last_epoch)

    def get_lr(self):
        return [base_lr * self.gamma ** bisect_right(self.milestones, self.last_epoch)
                for base_lr in self.base_lrs]


class ExponentialLR(_LRScheduler):
    """``lr = initial_lr * gamma ** epoch``."""

    def __init__(self, optimizer, gamma, last_epoch=-1):
        self.gamma = gamma
        super(ExponentialLR, self).__init__(optimizer, last_epoch)

    def get_lr(self):
        return [base_lr * self.gamma ** self.last_epoch for base_lr in self.base_lrs]


class CosineAnnealingLR(_LRScheduler):
    """``lr = eta_min + (initial_lr - eta_min) * (1 + cos(pi * epoch / T_max)) / 2``."""

    def __init__(self, optimizer, T_max, eta_min=0, last_epoch=-1):
        self.T_max = T_max
        self.eta_min = eta_min
        super(CosineAnnealingLR, self).__init__(optimizer, last_epoch)

    def get_lr(self):
        return [self.eta_min + (base_lr - self.eta_min) *
                (1 + math.cos(math.pi * self.last_epoch / self.T_max)) / 2
                for base_lr in self.base_lrs]


class ReduceLROnPlateau(object):
    """Multiply the rates by ``factor`` once the metric passed to ``step`` has not improved
    for more than ``patience`` calls.

    ``mode``: ``'min'`` (lower is better) or ``'max'``.  Improvement means beating the best
    value so far by ``threshold``, relative (``best * (1 -+ threshold)``, ``'rel'``) or
    absolute (``best -+ threshold``, ``'abs'``).  After a reduction ``cooldown`` calls are
    ignored.  Rates never go below ``min_lr`` (one value or one per group), and a reduction
    smaller than ``eps`` is skipped.  With ``verbose`` each reduction prints
    ``Epoch     N: reducing learning rate of group G to X.XXXXe-YY.``
    """

    def __init__(self, optimizer, mode='min', factor=0.1, patience=10,
                 verbose=False, threshold=1e-4, threshold_mode='rel',
                 cooldown=0, min_lr=0, eps=1e-8):

        if factor >= 1.0:
            raise ValueError('Factor should be < 1.0.')
        self.factor = factor

        _check_optimizer(optimizer)
        self.optimizer = optimizer

        if isinstance(min_lr, (list, tuple)):
            if len(min_lr) != len(optimizer.param_groups):
                raise ValueError('expected {} min_lrs, got {}'.format(
                    len(optimizer.param_groups), len(min_lr)))
            self.min_lrs = list(min_lr)
        else:
            self.min_lrs = [min_lr] * len(optimizer.param_groups)

        self.patience = patience
        self.verbose = verbose
        self.cooldown = cooldown
        self.cooldown_counter = 0
        self.mode = mode
        self.threshold = threshold
        self.threshold_mode = threshold_mode
        self.best = None
        self.num_bad_epochs = None
        self.mode_worse = None
        self.is_better = None
        self.eps = eps
        self.last_epoch = -1
        self._init_is_better(mode=mode, threshold=threshold, threshold_mode=threshold_mode)
        self._reset()

    def _reset(self):
        self.best = self.mode_worse
        self.cooldown_counter = 0
        self.num_bad_epochs = 0

    def step(self, metrics, epoch=None):
        """Record ``metrics`` (a number) for ``epoch`` (default: the next one)."""
        current = _metric_value(metrics)
        if epoch is None:
            epoch = self.last_epoch = self.last_epoch + 1
        self.last_epoch = epoch

        if self.is_better(current, self.best):
            self.best = current
            self.num_bad_epochs = 0
        else:
            self.num_bad_epochs += 1

        if self.in_cooldown:
            self.cooldown_counter -= 1
            self.num_bad_epochs = 0   # bad epochs do not count during the cooldown

        if self.num_bad_epochs > self.patience:
            self._reduce_lr(epoch)
            self.cooldown_counter = self.cooldown
            self.num_bad_epochs = 0

    def _reduce_lr(self, epoch):
        for i, group in enumerate(self.optimizer.param_groups):
            old_lr = float(group['lr'])
            new_lr = max(old_lr * self.factor, self.min_lrs[i])
            if old_lr - new_lr > self.eps:
                group['lr'] = new_lr
                if self.verbose:
                    print('Epoch {:5d}: reducing learning rate'
                          ' of group {} to {:.4e}.'.format(epoch, i, new_lr))

    @property
    def in_cooldown(self):
        return self.cooldown_counter > 0

    def _init_is_better(self, mode, threshold, threshold_mode):
        if mode not in {'min', 'max'}:
            raise ValueError('mode ' + mode + ' is unknown!')
        if threshold_mode not in {'rel', 'abs'}:
            raise ValueError('threshold mode ' + threshold_mode + ' is unknown!')
        if mode == 'min':
            self.mode_worse = float('Inf')
            if threshold_mode == 'rel':
                factor = 1. - threshold
                self.is_better = lambda a, best: a < best * factor
            else:
                self.is_better = lambda a, best: a < best - threshold
        else:
            self.mode_worse = -float('Inf')
            if threshold_mode == 'rel':
                factor = threshold + 1.
                self.is_better = lambda a, best: a > best * factor
            else:
                self.is_better = lambda a, best: a > best + threshold


def _metric_value(metrics):
    """0.3 compared whatever was passed; a one-element tensor or Variable is read as its
    number here (0.3 scripts pass Python floats, usually ``loss.data[0]``)."""
    from ..autograd.variable import Variable
    from ..tensor import _TensorBase
    if isinstance(metrics, Variable):
        metrics = metrics.data
    if isinstance(metrics, _TensorBase) and metrics.numel() == 1:
        return metrics._scalar()
    return metrics
