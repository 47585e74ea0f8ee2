"""Op sweep: forward + backward of common ops, legacy_autograd vs modern PyTorch.

Usage:  python bench/op_sweep.py [--threads N] [--top K]

Each op runs on a Variable / tensor of three sizes (4x10, 64x256, 16x6x28x28), followed by
``backward`` with a ones gradient; both libraries are timed in this one process after
warm-up (best of 5), with BLAS/OpenMP threads set equal (1 by default).  Prints the K
worst ratios legacy/torch.  Not part of the test run; a tool to find slow ops.
"""
import argparse
import os
import sys
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

SHAPES = {'small': (4, 10), 'med': (64, 256), 'img': (16, 6, 28, 28)}


def _ops(lib):
    """name -> f(F, x) for functional module F of the library ``lib``."""
    return {
        'sigmoid': lambda F, x: F.sigmoid(x), 'tanh': lambda F, x: F.tanh(x),
        'relu': lambda F, x: F.relu(x), 'leaky_relu': lambda F, x: F.leaky_relu(x, 0.2),
        'softplus': lambda F, x: F.softplus(x), 'softmax(1)': lambda F, x: F.softmax(x, dim=1),
        'log_softmax(1)': lambda F, x: F.log_softmax(x, dim=1),
        'dropout': lambda F, x: F.dropout(x, 0.5, True), 'exp': lambda F, x: x.exp(),
        'log(|x|+1)': lambda F, x: (x.abs() + 1).log(), 'sqrt(|x|+1)': lambda F, x: (x.abs() + 1).sqrt(),
        'x*x': lambda F, x: x * x, 'x+x': lambda F, x: x + x, 'x/3': lambda F, x: x / 3,
        'pow(3)': lambda F, x: x.pow(3), 'clamp(-.5,.5)': lambda F, x: x.clamp(-0.5, 0.5),
        'sum': lambda F, x: x.sum(), 'mean(1)': lambda F, x: x.mean(1),
        'max(1)': lambda F, x: x.max(1)[0], 'norm': lambda F, x: x.norm(), 'std': lambda F, x: x.std(),
        'view': lambda F, x: x.view(x.size(0), -1), 'transpose': lambda F, x: x.transpose(0, 1),
        'unsqueeze': lambda F, x: x.unsqueeze(1), 'x[0]': lambda F, x: x[0],
        'x[:, 1:]': lambda F, x: x[:, 1:], 'cat': lambda F, x: lib.cat([x, x], 1),
        'mse_loss': lambda F, x: F.mse_loss(x, x.detach() * 0.5),
        'bce': lambda F, x: F.binary_cross_entropy(F.sigmoid(x), (x.detach() > 0).float()),
    }


def _best(f, n):
    for _ in range(3):
        f()
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(n):
            f()
        times.append((time.perf_counter() - t0) / n)
    return min(times)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--threads', type=int, default=1)
    p.add_argument('--top', type=int, default=40)
    args = p.parse_args(argv)
    for var in ('OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS'):
        os.environ[var] = str(args.threads)
    import numpy as np
    import legacy_autograd as L
    from legacy_autograd.autograd import Variable
    import torch as T
    T.set_num_threads(args.threads)
    warnings.simplefilter('ignore')
    rs = np.random.RandomState(0)
    legacy_ops, torch_ops = _ops(L), _ops(T)
    rows = []
    for size, shape in SHAPES.items():
        a = rs.randn(*shape).astype(np.float32)
        xl = Variable(L.from_numpy(a.copy()), requires_grad=True)
        xt = T.from_numpy(a.copy()).requires_grad_()
        n = {'small': 300, 'med': 100, 'img': 20}[size]
        for name in legacy_ops:
            def leg(f=legacy_ops[name]):
                y = f(L.nn.functional, xl)
                y.backward(L.ones(*y.size()))

            def mod(f=torch_ops[name]):
                y = f(T.nn.functional, xt)
                y.backward(T.ones(y.shape))
            tl, tt = _best(leg, n), _best(mod, n)
            rows.append((tl / tt, size, name, tl * 1e6, tt * 1e6))
    for row in sorted(rows, reverse=True)[:args.top]:
        print('%5.2f  %-6s %-15s legacy %9.1f us  torch %9.1f us' % row)
    return 0


if __name__ == '__main__':
    sys.exit(main())
