"""Bridged ``torch.utils.data``: shuffling as 0.3's DataLoader did it.

* ``RandomSampler`` (what ``DataLoader(shuffle=True)`` uses): 0.3 drew
  ``torch.randperm(len(dataset))`` when iteration started; modern torch seeds a fresh
  generator from the global one and shuffles with that.  Bridged: the 0.3 ``randperm``.
  With ``replacement=True``, ``num_samples`` or an explicit ``generator`` (none of
  which 0.3 had) the modern sampler runs unchanged.
* ``SubsetRandomSampler``, ``WeightedRandomSampler`` and ``random_split`` call
  ``torch.randperm``/``torch.multinomial``, which are bridged.
* The DataLoader iterator: modern torch draws a worker base seed from the global
  generator on every ``iter(loader)``; 0.3 drew one only when ``num_workers > 0``.
  Bridged: with ``num_workers == 0`` that draw comes from a throwaway modern
  generator, so the 0.3 stream is not touched.
"""
from . import _core


def make_random_sampler_iter(orig_iter):
    def __iter__(self):
        if not _core.active() or self.replacement or self._num_samples is not None \
                or self.generator is not None:
            return orig_iter(self)
        n = len(self.data_source)
        if n == 0:
            return iter(())
        return iter(_core.generator().randperm(n).tolist())
    __iter__.__doc__ = '0.3: torch.randperm(len(data_source)) (legacy_autograd.rng_bridge).'
    return __iter__


def make_loader_iter_init(orig_init):
    def __init__(self, loader, *args, **kwargs):
        if loader.num_workers != 0 or loader.generator is not None or not _core.active():
            return orig_init(self, loader, *args, **kwargs)
        # the base seed is drawn with ``random_(generator=loader.generator)``: give it a
        # throwaway modern generator so that the 0.3 stream is not touched
        d = loader.__dict__
        d['generator'] = _core._State.torch.Generator()
        try:
            return orig_init(self, loader, *args, **kwargs)
        finally:
            d['generator'] = None
    return __init__
