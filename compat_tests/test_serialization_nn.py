"""torch.save / torch.load of state dicts, optimizers and whole modules (0.3 usage)."""
import io
import pickle

import pytest

import legacy_autograd as torch
import legacy_autograd.nn as nn
import legacy_autograd.optim as optim
from legacy_autograd.autograd import Variable


def _roundtrip(obj, **kw):
    buf = io.BytesIO()
    torch.save(obj, buf)
    buf.seek(0)
    return torch.load(buf, **kw)


def _model():
    torch.manual_seed(2)
    return nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))


def test_state_dict_roundtrip_restores_outputs():
    m = _model()
    x = Variable(torch.randn(5, 3))
    before = m(x).data.tolist()
    sd = _roundtrip(m.state_dict())
    assert list(sd.keys()) == ['0.weight', '0.bias', '2.weight', '2.bias']
    torch.manual_seed(9)
    m2 = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    m2.load_state_dict(sd)
    assert m2(x).data.tolist() == before


def test_whole_module_of_package_classes_roundtrips():
    m = _model()
    x = Variable(torch.randn(2, 3))
    back = _roundtrip(m)
    assert repr(back) == repr(m)
    assert back(x).data.tolist() == m(x).data.tolist()


class ScriptNet(nn.Module):
    def __init__(self):
        super(ScriptNet, self).__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x)


def test_whole_module_of_user_class_needs_trusted():
    net = ScriptNet()
    with pytest.raises(pickle.UnpicklingError) as e:
        _roundtrip(net)
    assert 'ScriptNet' in str(e.value) and 'trusted=True' in str(e.value)
    back = _roundtrip(net, trusted=True)
    assert back.fc.weight.data.tolist() == net.fc.weight.data.tolist()


def test_optimizer_state_dict_roundtrip_continues_identically():
    m = _model()
    x = Variable(torch.randn(4, 3))
    opt = optim.SGD(m.parameters(), lr=0.1, momentum=0.9)
    for _ in range(2):
        opt.zero_grad()
        m(x).sum().backward()
        opt.step()
    saved_model = _roundtrip(m.state_dict())
    saved_opt = _roundtrip(opt.state_dict())
    opt.zero_grad()
    m(x).sum().backward()
    opt.step()
    expected = [p.data.tolist() for p in m.parameters()]

    m2 = _model()
    m2.load_state_dict(saved_model)
    opt2 = optim.SGD(m2.parameters(), lr=0.1, momentum=0.9)
    opt2.load_state_dict(saved_opt)
    opt2.zero_grad()
    m2(x).sum().backward()
    opt2.step()
    assert [p.data.tolist() for p in m2.parameters()] == expected


def test_failed_load_state_dict_leaves_module_unchanged():
    m = _model()
    before = [p.data.tolist() for p in m.parameters()]
    sd = m.state_dict()
    bad = dict(sd)
    bad['2.weight'] = torch.zeros(3, 3)
    bad['0.weight'] = torch.zeros(4, 3)
    with pytest.raises(RuntimeError) as e:
        m.load_state_dict(bad)
    assert 'While copying the parameter named' in str(e.value)
    assert [p.data.tolist() for p in m.parameters()] == before
