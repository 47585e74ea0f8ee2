"""Side-by-side benchmark: legacy_autograd vs modern PyTorch (issue "Performance").

Usage:  python bench/bench.py [--threads N] [--repeat R] [--only a,b,...] [--json FILE]

Both libraries run in this one process, interleaved, after warm-up, with
BLAS/OpenMP threads set equal (1 by default).  Reported: median seconds per
iteration of each library and the ratio legacy/torch, against the target.
Workloads:
  a  the seed autograd program (2x2: y = x + 2; z = y*y*3; out = z.mean(); backward)
  b  two-layer MLP training step (N=64, D_in=1000, H=100, D_out=10; manual SGD)
  c  LeNet-style conv net training step (1x32x32 input), batch 4 and batch 64
  d  LSTM tagger step, small (emb 6, hidden 6, len 5) and large (emb 128, hidden 256, len 50)
  e  `import legacy_autograd` vs `import torch` in fresh processes
  f  memory of forward+backward over a 1000-op chain of 256x256 tensors, with and
     without retain_graph (legacy only; tracemalloc): the memory the graph still holds
     after backward (saved buffers freed or not) and the peak
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def _set_threads(n):
    for var in ('OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS'):
        os.environ[var] = str(n)


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

TARGETS = {'a': 0.5, 'b': 0.7, 'c4': 1.0, 'c64': 1.0, 'd_small': 1.0, 'd_large': 1.0, 'e': 0.15}


def interleaved(f_legacy, f_torch, repeat, number):
    for _ in range(max(3, number)):
        f_legacy()
        f_torch()
    tl, tt = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            f_legacy()
        t1 = time.perf_counter()
        for _ in range(number):
            f_torch()
        t2 = time.perf_counter()
        tl.append((t1 - t0) / number)
        tt.append((t2 - t1) / number)
    return statistics.median(tl), statistics.median(tt)


# ----------------------------------------------------------------------- workloads
def workload_a(L, T):
    from legacy_autograd.autograd import Variable

    def leg():
        x = Variable(L.ones(2, 2), requires_grad=True)
        y = x + 2
        z = y * y * 3
        out = z.mean()
        out.backward()

    def mod():
        x = T.ones(2, 2, requires_grad=True)
        y = x + 2
        z = y * y * 3
        out = z.mean()
        out.backward()
    return leg, mod, 200


def workload_b(L, T):
    import numpy as np
    from legacy_autograd.autograd import Variable
    rs = np.random.RandomState(0)
    N, D_in, H, D_out = 64, 1000, 100, 10
    xa = rs.randn(N, D_in).astype(np.float32)
    ya = rs.randn(N, D_out).astype(np.float32)
    w1a = rs.randn(D_in, H).astype(np.float32) * 0.01
    w2a = rs.randn(H, D_out).astype(np.float32) * 0.01
    x, y = Variable(L.from_numpy(xa)), Variable(L.from_numpy(ya))
    w1 = Variable(L.from_numpy(w1a.copy()), requires_grad=True)
    w2 = Variable(L.from_numpy(w2a.copy()), requires_grad=True)
    xt, yt = T.from_numpy(xa), T.from_numpy(ya)
    w1t = T.from_numpy(w1a.copy()).requires_grad_()
    w2t = T.from_numpy(w2a.copy()).requires_grad_()
    lr = 1e-6

    def leg():
        y_pred = x.mm(w1).clamp(min=0).mm(w2)
        loss = (y_pred - y).pow(2).sum()
        loss.backward()
        w1.data -= lr * w1.grad.data
        w2.data -= lr * w2.grad.data
        w1.grad.data.zero_()
        w2.grad.data.zero_()

    def mod():
        y_pred = xt.mm(w1t).clamp(min=0).mm(w2t)
        loss = (y_pred - yt).pow(2).sum()
        loss.backward()
        with T.no_grad():
            w1t.sub_(lr * w1t.grad)
            w2t.sub_(lr * w2t.grad)
            w1t.grad.zero_()
            w2t.grad.zero_()
    return leg, mod, 20


def _lenet(nn, F):
    class Net(nn.Module):
        def __init__(self):
            super(Net, self).__init__()
            self.conv1 = nn.Conv2d(1, 6, 5)
            self.conv2 = nn.Conv2d(6, 16, 5)
            self.fc1 = nn.Linear(16 * 5 * 5, 120)
            self.fc2 = nn.Linear(120, 84)
            self.fc3 = nn.Linear(84, 10)

        def forward(self, x):
            x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
            x = F.max_pool2d(F.relu(self.conv2(x)), 2)
            x = x.view(-1, 16 * 5 * 5)
            x = F.relu(self.fc1(x))
            x = F.relu(self.fc2(x))
            return self.fc3(x)
    return Net()


def workload_c(L, T, batch):
    import numpy as np
    from legacy_autograd.autograd import Variable
    lnet = _lenet(L.nn, L.nn.functional)
    tnet = _lenet(T.nn, T.nn.functional)
    with T.no_grad():
        for (n, p), q in zip(lnet.named_parameters(), tnet.parameters()):
            q.copy_(T.from_numpy(p.data.numpy()))
    rs = np.random.RandomState(0)
    xa = rs.randn(batch, 1, 32, 32).astype(np.float32)
    ta = rs.randint(0, 10, size=batch).astype(np.int64)
    x, t = Variable(L.from_numpy(xa)), Variable(L.from_numpy(ta))
    xt, tt = T.from_numpy(xa), T.from_numpy(ta)
    lopt = L.optim.SGD(lnet.parameters(), lr=0.01)
    topt = T.optim.SGD(tnet.parameters(), lr=0.01)
    lcrit, tcrit = L.nn.CrossEntropyLoss(), T.nn.CrossEntropyLoss()

    def leg():
        lopt.zero_grad()
        loss = lcrit(lnet(x), t)
        loss.backward()
        lopt.step()

    def mod():
        topt.zero_grad()
        loss = tcrit(tnet(xt), tt)
        loss.backward()
        topt.step()
    return leg, mod, 5 if batch > 8 else 30


def _tagger(nn, F, emb, hid, vocab, tags):
    class Tagger(nn.Module):
        def __init__(self):
            super(Tagger, self).__init__()
            self.emb = nn.Embedding(vocab, emb)
            self.lstm = nn.LSTM(emb, hid)
            self.out = nn.Linear(hid, tags)

        def forward(self, sent):
            e = self.emb(sent)
            o, _ = self.lstm(e.view(len(sent), 1, -1))
            return F.log_softmax(self.out(o.view(len(sent), -1)), dim=1)
    return Tagger()


def workload_d(L, T, emb, hid, length):
    import numpy as np
    from legacy_autograd.autograd import Variable
    vocab, tags = 50, 3
    lnet = _tagger(L.nn, L.nn.functional, emb, hid, vocab, tags)
    tnet = _tagger(T.nn, T.nn.functional, emb, hid, vocab, tags)
    with T.no_grad():
        lp = dict(lnet.named_parameters())
        for n, q in tnet.named_parameters():
            q.copy_(T.from_numpy(lp[n].data.numpy()))
    rs = np.random.RandomState(0)
    sa = rs.randint(0, vocab, size=length).astype(np.int64)
    ga = rs.randint(0, tags, size=length).astype(np.int64)
    s, g = Variable(L.from_numpy(sa)), Variable(L.from_numpy(ga))
    st, gt = T.from_numpy(sa), T.from_numpy(ga)
    lopt = L.optim.SGD(lnet.parameters(), lr=0.1)
    topt = T.optim.SGD(tnet.parameters(), lr=0.1)

    def leg():
        lnet.zero_grad()
        loss = L.nn.functional.nll_loss(lnet(s), g)
        loss.backward()
        lopt.step()

    def mod():
        tnet.zero_grad()
        loss = T.nn.functional.nll_loss(tnet(st), gt)
        loss.backward()
        topt.step()
    return leg, mod, 3 if length > 10 else 30


def import_times(repeat):
    # Both libraries are timed with their bytecode compiled, as `pip install` leaves an
    # installed torch; an editable checkout under PYTHONDONTWRITEBYTECODE=1 would otherwise
    # recompile every module of this package on each import.
    import compileall
    compileall.compile_dir(os.path.join(ROOT, 'legacy_autograd'), quiet=1)
    env = dict(os.environ)
    env['PYTHONPATH'] = ROOT + os.pathsep + env.get('PYTHONPATH', '')

    def one(stmt):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, '-c', stmt], check=True, env=env)
        return time.perf_counter() - t0
    base, leg, mod = [], [], []
    for _ in range(repeat):
        base.append(one('pass'))
        leg.append(one('import legacy_autograd'))
        mod.append(one('import torch'))
    b = statistics.median(base)
    return statistics.median(leg) - b, statistics.median(mod) - b


def chain_peak(retain):
    import tracemalloc
    import numpy as np
    import legacy_autograd as L
    from legacy_autograd.autograd import Variable
    rs = np.random.RandomState(0)
    x = Variable(L.from_numpy(rs.randn(256, 256).astype(np.float32)), requires_grad=True)
    tracemalloc.start()
    y = x
    for i in range(1000):
        y = y * 1.0001 if i % 2 else y.exp() * 0.5
    loss = y.sum()
    loss.backward(retain_graph=retain)
    held, peak = tracemalloc.get_traced_memory()   # graph still referenced through `loss`
    tracemalloc.stop()
    del loss, y
    return held, peak


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--threads', type=int, default=1)
    p.add_argument('--repeat', type=int, default=7)
    p.add_argument('--only', default='a,b,c,d,e,f')
    p.add_argument('--json', default=None)
    args = p.parse_args(argv)
    _set_threads(args.threads)
    import numpy as np  # noqa: F401  (after the thread variables are set)
    import legacy_autograd as L
    import torch as T
    T.set_num_threads(args.threads)
    only = set(args.only.split(','))
    rows = []

    def report(key, name, tl, tt, unit='ms'):
        ratio = tl / tt
        target = TARGETS.get(key)
        ok = '' if target is None else ('PASS' if ratio <= target else 'MISS')
        rows.append({'workload': key, 'name': name, 'legacy': tl, 'torch': tt, 'ratio': ratio,
                     'target': target, 'status': ok})
        scale = 1e3 if unit == 'ms' else 1
        print('%-8s %-44s legacy %9.3f %s  torch %9.3f %s  ratio %5.2f  target <= %s %s'
              % (key, name, tl * scale, unit, tt * scale, unit, ratio, target, ok), flush=True)

    if 'a' in only:
        leg, mod, n = workload_a(L, T)
        report('a', 'seed autograd graph (per iteration)', *interleaved(leg, mod, args.repeat, n))
    if 'b' in only:
        leg, mod, n = workload_b(L, T)
        report('b', 'two-layer MLP step (64x1000x100x10)', *interleaved(leg, mod, args.repeat, n))
    if 'c' in only:
        for batch in (4, 64):
            leg, mod, n = workload_c(L, T, batch)
            report('c%d' % batch, 'LeNet training step, batch %d' % batch,
                   *interleaved(leg, mod, args.repeat, n))
    if 'd' in only:
        for key, (emb, hid, length) in (('d_small', (6, 6, 5)), ('d_large', (128, 256, 50))):
            leg, mod, n = workload_d(L, T, emb, hid, length)
            report(key, 'LSTM tagger step emb %d hid %d len %d' % (emb, hid, length),
                   *interleaved(leg, mod, args.repeat, n))
    if 'e' in only:
        tl, tt = import_times(max(3, args.repeat // 2))
        report('e', 'import (fresh process, minus bare python)', tl, tt)
    if 'f' in only:
        free_held, free_peak = chain_peak(False)
        kept_held, kept_peak = chain_peak(True)
        status = 'PASS' if free_held < kept_held / 2 else 'MISS'
        rows.append({'workload': 'f', 'held_free': free_held, 'held_retained': kept_held,
                     'peak_free': free_peak, 'peak_retained': kept_peak, 'status': status})
        print('f        1000-op chain 256x256: memory held by the graph after backward: without '
              'retain_graph %.1f MB, with %.1f MB (target without < with/2 %s); peak %.1f MB / %.1f MB'
              % (free_held / 2**20, kept_held / 2**20, status, free_peak / 2**20, kept_peak / 2**20))
    try:
        from threadpoolctl import threadpool_info
        info = threadpool_info()
    except Exception:
        info = 'threadpoolctl not installed'
    meta = {'python': sys.version.split()[0], 'numpy': np.__version__, 'torch': T.__version__,
            'threads': args.threads, 'threadpools': info}
    print('versions: python %s numpy %s torch %s; threads %d'
          % (meta['python'], meta['numpy'], meta['torch'], args.threads))
    if args.json:
        with open(args.json, 'w') as f:
            json.dump({'meta': meta, 'rows': rows}, f, indent=2, default=str)
    return 0


if __name__ == '__main__':
    sys.exit(main())
