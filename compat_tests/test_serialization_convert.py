"""``legacy-autograd convert OLD.pth NEW.pt``: modern torch loads NEW with weights_only=True."""
import io
import os
import sys
from collections import OrderedDict

import numpy as np
import pytest

import legacy_autograd as torch
import legacy_autograd.nn as nn
from legacy_autograd import cli

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from legacy_ckpt import Storage, contiguous, magic_file, Param  # noqa: E402


def test_convert_a_0_3_checkpoint(tmp_path, capsys):
    modern = pytest.importorskip('torch')
    w = Storage('Float', np.array([0.5, -1.25, 3e-8, np.inf], dtype='f4'))
    i = Storage('Long', [2 ** 40, -3], location='cuda:0')
    ckpt = {'epoch': 4, 'state_dict': OrderedDict([('module.w', contiguous(w, 0, (2, 2))),
                                                   ('module.i', contiguous(i, 0, (2,)))]),
            'param': Param(contiguous(w, 1, (2,))), 'storage': w, 'hist': [1.5, 2.5]}
    old = tmp_path / 'old.pth'
    old.write_bytes(magic_file(ckpt))
    new = str(tmp_path / 'new.pt')
    assert cli.main(['convert', str(old), new]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "convert: wrote %s (3 tensors); modern torch loads it with torch.load(%r, "
        "weights_only=True)" % (new, new),
        "  converted ['param']: Parameter -> its data as a tensor",
        "  could not convert ['storage']: a storage (modern torch files hold tensors, not "
        "storages) (left out of its dict; None in a list)"]
    got = modern.load(new, weights_only=True)
    assert list(got) == ['epoch', 'state_dict', 'param', 'hist']
    assert got['epoch'] == 4 and got['hist'] == [1.5, 2.5]
    assert list(got['state_dict']) == ['module.w', 'module.i']
    assert got['state_dict']['module.w'].numpy().tobytes() == w.data.tobytes()
    assert got['state_dict']['module.i'].dtype == modern.int64
    assert got['state_dict']['module.i'].tolist() == [2 ** 40, -3]
    assert got['param'].numpy().tobytes() == w.data[1:3].tobytes()


def test_convert_a_whole_model_saved_by_the_shim(tmp_path, capsys):
    modern = pytest.importorskip('torch')
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3))
    old = str(tmp_path / 'm.pth')
    torch.save(model, old)
    new = str(tmp_path / 'm.pt')
    assert cli.main(['convert', old, new]) == 0
    assert "converted <top>: whole Sequential model -> its state_dict()" in capsys.readouterr().out
    got = modern.load(new, weights_only=True)
    for k, v in model.state_dict().items():
        assert got[k].numpy().tobytes() == v.numpy().tobytes(), k


def test_convert_refuses_unsafe_files_unless_trusted(tmp_path, capsys):
    pytest.importorskip('torch')
    old = tmp_path / 'evil.pth'
    old.write_bytes(b'\x80\x02cos\nsystem\nX\x04\x00\x00\x00trueq\x00\x85R.')
    assert cli.main(['convert', str(old), str(tmp_path / 'x.pt')]) == 2
    err = capsys.readouterr().err
    assert err.startswith("legacy-autograd convert: error: torch.load refused to load 'os.system'")
    assert not os.path.exists(str(tmp_path / 'x.pt'))
