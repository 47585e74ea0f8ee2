"""Behaviours real 0.3-era scripts rely on (found running them, docs/conformance.md "Real 0.3-era
scripts"): each test is a small program of our own run by ``legacy-autograd run``."""
import os
import textwrap

import pytest

from compat_tests.test_runner import write


def run(run_cli, tmp_path, source, name='main.py', files=()):
    for fname, text in files:
        write(tmp_path, fname, text)
    script = write(tmp_path, name, source)
    return run_cli(['run', script], cwd=str(tmp_path))


# --- warnings shown once per place stay shown once (an Adam step used to reset them) --------

def test_once_per_place_warning_is_not_repeated_by_optimizer_steps(run_cli, tmp_path):
    rc, out, err = run(run_cli, tmp_path, """
        import torch
        import torch.nn as nn
        import torch.nn.functional as F
        from torch.autograd import Variable
        torch.manual_seed(0)
        net = nn.Linear(3, 2)
        opt = torch.optim.Adam(net.parameters(), lr=0.01)
        crit = nn.BCELoss()
        x = Variable(torch.randn(1, 3))
        for step in range(4):
            out = F.log_softmax(net(x))                       # implicit dim: warns
            loss = -out.sum() + crit(F.sigmoid(net(x)[:, :1]), Variable(torch.ones(1)))
            opt.zero_grad()
            loss.backward()
            opt.step()                                       # addcmul_/addcdiv_ inside
        print('ok')
        """)
    assert (rc, out) == (0, 'ok\n'), err
    # python's default filter: once per (message, place), as 0.3 under the same interpreter
    assert err.count('Implicit dimension choice for log_softmax') == 1
    assert err.count('Using a target size (torch.Size([1])) that is different') == 1


def test_same_numel_fallback_warns_once_per_call_without_touching_filters():
    import warnings
    import legacy_autograd as L
    a, b, c = L.zeros(5, 6), L.zeros(30), L.zeros(30)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter('always')
        before = list(warnings.filters)
        a.clone().addcmul_(1.0, b, c)
        a.addcdiv(1.0, b, c + 1)
        assert warnings.filters == before
    assert sum('Falling back' in str(w.message) for w in seen) == 2


# --- torch.save(model) / torch.load of the program's own nn.Module classes ---------------

MODEL_PY = """
    import torch.nn as nn

    class RNNModel(nn.Module):
        def __init__(self, n):
            super(RNNModel, self).__init__()
            self.enc = nn.Embedding(n, 3)
            self.dec = nn.Linear(3, n)
            self.n = n
        def forward(self, x):
            return self.dec(self.enc(x))
    """


def test_whole_model_of_the_programs_own_classes_loads(run_cli, tmp_path):
    # pytorch/examples word_language_model: torch.save(model, f) ... model = torch.load(f)
    rc, out, err = run(run_cli, tmp_path, """
        import torch
        import torch.nn as nn
        from torch.autograd import Variable
        import model

        class Head(nn.Module):
            def __init__(self):
                super(Head, self).__init__()
                self.fc = nn.Linear(4, 1)
            def forward(self, x):
                return self.fc(x)

        torch.manual_seed(1)
        m, h = model.RNNModel(5), Head()
        with open('m.pt', 'wb') as f:
            torch.save([m, h], f)
        with open('m.pt', 'rb') as f:
            m2, h2 = torch.load(f)
        print(type(m2).__name__, type(h2).__name__, m2.n)
        x = Variable(torch.LongTensor([1, 2]))
        print(torch.equal(m(x).data, m2(x).data), torch.equal(h.fc.weight.data, h2.fc.weight.data))
        print(m2)
        """, files=[('model.py', MODEL_PY)])
    assert rc == 0, err
    assert out.splitlines()[:2] == ['RNNModel Head 5', 'True True']
    assert out.splitlines()[2] == 'RNNModel('


def test_other_classes_still_refused(run_cli, tmp_path):
    outside = tmp_path / 'elsewhere'
    outside.mkdir()
    write(outside, 'othermodel.py', MODEL_PY)
    app = tmp_path / 'app'
    app.mkdir()
    rc, out, err = run(run_cli, app, """
        import pickle, sys
        sys.path.append(%r)
        import torch
        import othermodel

        class Plain(object):
            pass

        for obj in (Plain(), othermodel.RNNModel(3)):
            with open('x.pt', 'wb') as f:
                torch.save(obj, f)
            try:
                torch.load('x.pt')
            except pickle.UnpicklingError as e:
                print(str(e).split(':')[0])
        """ % str(outside))
    assert rc == 0, err
    assert out == ("torch.load refused to load '__main__.Plain'\n"
                   "torch.load refused to load 'othermodel.RNNModel'\n")


def test_own_module_rule_unit():
    import sys
    import types
    from legacy_autograd import nn
    from legacy_autograd.safe_unpickler import resolve_own_module
    mod = types.ModuleType('hs_not_imported_by_file')
    exec('import legacy_autograd.nn as nn\nclass M(nn.Module):\n    pass\nclass P(object):\n    pass\n',
         mod.__dict__)
    mod.M.__module__ = mod.P.__module__ = 'hs_not_imported_by_file'
    assert resolve_own_module('hs_not_imported_by_file', 'M') is None     # not in sys.modules
    sys.modules['hs_not_imported_by_file'] = mod
    try:
        # no __file__ under the program's directory: refused
        assert resolve_own_module('hs_not_imported_by_file', 'M') is None
        assert resolve_own_module('hs_not_imported_by_file', 'P') is None
        assert resolve_own_module('os', 'path') is None
        assert resolve_own_module('legacy_autograd.nn', 'Linear') is None  # re-exported name
    finally:
        del sys.modules['hs_not_imported_by_file']


# --- numpy scalars print as in 2017 (numpy >= 2 writes np.float64(...)) -------------------

def test_numpy_scalars_in_containers_print_like_2017(run_cli, tmp_path):
    # devnag's GAN prints [np.mean(d), np.std(d)] of .storage().tolist()
    rc, out, err = run(run_cli, tmp_path, """
        import numpy as np
        import torch
        d = torch.FloatTensor([1, 2, 4]).storage().tolist()
        print([np.mean(d), np.std(d)], (np.float32(0.5), np.int64(3)))
        print(repr(np.array([1.5, 2.0])))
        """)
    assert (rc, err) == (0, '')
    assert out == '[2.3333333333333335, 1.247219128924647] (0.5, 3)\narray([1.5, 2. ])\n'


def test_in_process_run_restores_numpy_printing(tmp_path):
    import numpy as np
    from legacy_autograd import runner
    script = write(tmp_path, 'p.py', 'import numpy as np\nprint([np.float64(0.5)])\n')
    before = np.get_printoptions()
    assert runner.run_script(script) == 0
    assert np.get_printoptions() == before


def test_compare_reads_numpy_2_scalar_reprs_as_2017_ones():
    from legacy_autograd.comparing import normalise_line
    assert normalise_line('[np.float64(0.5), np.int64(3)] (np.float32(-1e-05),)') == \
        '[0.5, 3] (-1e-05,)'
    assert normalise_line('[0.5, 3]') == '[0.5, 3]'
