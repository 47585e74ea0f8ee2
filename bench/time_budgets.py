"""Wall-clock budgets that used to be assertions in the test suite (they failed on a loaded
machine, so the tests now check only the results, and the times are measured here).

Usage:  python bench/time_budgets.py [--repeat R] [--strict] [--json FILE]

Each budget is timed ``R`` times (default 3) and its best time reported against the
threshold the test used to assert; ``--strict`` exits with status 1 when one is missed.

  engine_chain_add   100,000 ``y = y + 1`` on a Variable, then backward      (< 60 s; test_engine)
  engine_chain_mul   100,000 ``y = y * 1.0001``, then backward               (< 60 s; test_engine)
  print_big          printing a 1000x1000 and a 100x100x100 FloatTensor      (< 2.0 s; test_printing)
  rng_fill_normal    fill_normal of 1,000,000 float32                        (< 0.5 s; test_rng)
  rng_fill_uniform   fill_uniform of 1,000,000 float32                       (< 0.5 s; test_rng)
  rng_fills_double   fill_normal + fill_bernoulli(0.5) of 1,000,000 float64,
                     fill_random of 1,000,000 int64                          (< 1.5 s; test_rng)
"""
import argparse
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def _chain(op):
    import legacy_autograd as L
    from legacy_autograd.autograd import Variable

    def run():
        x = Variable(L.DoubleTensor([1.0, 2.0]), requires_grad=True)
        y = x
        for _ in range(100000):
            y = y + 1 if op == 'add' else y * 1.0001
        y.sum().backward()
        del y
    return run


def _print_big():
    import numpy as np
    from legacy_autograd.printing import format_tensor
    rng = np.random.RandomState(0)
    big = rng.randn(1000, 1000).astype(np.float32)
    cube = rng.randn(100, 100, 100).astype(np.float32)

    def run():
        format_tensor(big, 'torch.FloatTensor')
        format_tensor(cube, 'torch.FloatTensor')
    return run


def _fill(name):
    import numpy as np
    from legacy_autograd.rng import Generator
    g = Generator(0)
    a = np.empty(1000000, np.float32)
    d = np.empty(1000000, np.float64)
    r = np.empty(1000000, np.int64)
    if name == 'normal':
        return lambda: g.fill_normal(a)
    if name == 'uniform':
        return lambda: g.fill_uniform(a)

    def run():
        g.fill_normal(d)
        g.fill_bernoulli(d, 0.5)
        g.fill_random(r)
    return run


BUDGETS = [
    ('engine_chain_add', 60.0, lambda: _chain('add'), 'test_engine.test_deep_chain_100k_ops[add]'),
    ('engine_chain_mul', 60.0, lambda: _chain('mul'), 'test_engine.test_deep_chain_100k_ops[mul]'),
    ('print_big', 2.0, _print_big, 'test_printing.test_big_tensors_are_summarised'),
    ('rng_fill_normal', 0.5, lambda: _fill('normal'), 'test_rng.test_million_element_fills'),
    ('rng_fill_uniform', 0.5, lambda: _fill('uniform'), 'test_rng.test_million_element_fills'),
    ('rng_fills_double', 1.5, lambda: _fill('double'), 'test_rng.test_million_element_fills'),
]


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--repeat', type=int, default=3)
    p.add_argument('--strict', action='store_true', help='exit 1 when a budget is missed')
    p.add_argument('--json', help='write the results to this file')
    args = p.parse_args(argv)
    results = []
    for name, budget, make, origin in BUDGETS:
        run = make()
        times = []
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        best = min(times)
        ok = best < budget
        results.append({'name': name, 'best_s': best, 'budget_s': budget, 'pass': ok,
                        'was': origin})
        print('%-18s best %8.3f s  budget < %5.1f s  %s' % (name, best, budget,
                                                           'pass' if ok else 'MISS'))
        sys.stdout.flush()
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(results, f, indent=1)
    if args.strict and not all(r['pass'] for r in results):
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
