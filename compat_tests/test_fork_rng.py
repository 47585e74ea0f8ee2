"""``torch.random.fork_rng`` (0.3.1): draws inside the block leave the outer stream unchanged."""
import pytest

import legacy_autograd as L


def test_draws_inside_leave_the_stream_as_it_was():
    L.manual_seed(21)
    plain = L.randn(4).tolist()
    L.manual_seed(21)
    with L.random.fork_rng():
        L.rand(7)
        L.manual_seed(3)
        L.randn(2)
    assert L.randn(4).tolist() == plain


def test_state_comes_back_after_an_exception_and_not_when_disabled():
    L.manual_seed(8)
    before = L.get_rng_state()
    with pytest.raises(ValueError):
        with L.random.fork_rng(devices=[]):
            L.rand(5)
            raise ValueError('inside')
    assert L.get_rng_state().tolist() == before.tolist()
    with L.random.fork_rng(enabled=False):
        L.rand(5)
    assert L.get_rng_state().tolist() != before.tolist()


def test_like_modern_torch():
    torch = pytest.importorskip('torch')
    torch.manual_seed(4)
    want = torch.rand(3)
    torch.manual_seed(4)
    with torch.random.fork_rng():
        torch.rand(9)
    assert torch.equal(torch.rand(3), want)
