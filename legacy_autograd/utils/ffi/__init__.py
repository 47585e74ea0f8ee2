"""``torch.utils.ffi`` (0.3.1): building C extensions against TH with cffi.

The extensions it built were C code calling libTH on THFloatTensor pointers;
legacy_autograd's tensors are numpy arrays, not TH structures, so ``create_extension`` /
``compile_extension`` raise a RuntimeError saying so instead of building something that
cannot work.  (0.3.1 refused the import without the ``cffi`` package; here the module
imports, and using it gives the error above, with or without cffi.)
"""

__all__ = ['create_extension', 'compile_extension']

_MESSAGE = ('torch.utils.ffi: C extensions built against TH (libTH tensor pointers) are not '
            'supported by the legacy_autograd shim, whose tensors are numpy arrays; '
            'port the extension to Python/numpy')


def create_extension(name, headers, sources, verbose=True, with_cuda=False,
                     package=False, relative_to='.', **kwargs):
    raise RuntimeError(_MESSAGE)


def compile_extension(name, header, sources=(), verbose=True, with_cuda=False, **kwargs):
    raise RuntimeError(_MESSAGE)
