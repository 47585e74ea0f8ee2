"""``torch.nn.modules``: every module class, re-exported by ``torch.nn``.

Each file lists its public classes in ``__all__``.
"""
from .module import Module  # noqa: F401
from .container import *  # noqa: F401,F403
from .linear import *  # noqa: F401,F403
from .sparse import *  # noqa: F401,F403
from .activation import *  # noqa: F401,F403
from .dropout import *  # noqa: F401,F403
from .loss import *  # noqa: F401,F403
from .conv import *  # noqa: F401,F403
from .pooling import *  # noqa: F401,F403
from .batchnorm import *  # noqa: F401,F403
from .padding import *  # noqa: F401,F403
from .rnn import *  # noqa: F401,F403
# 0.3.1's modules beyond the files above (issue 16)
from .upsampling import *  # noqa: F401,F403,E402
from .pixelshuffle import *  # noqa: F401,F403,E402
from .distance import *  # noqa: F401,F403,E402
from .instancenorm import *  # noqa: F401,F403,E402
from .normalization import *  # noqa: F401,F403,E402

# 0.3.1's ``torch.nn.modules.utils`` (``_single``, ``_pair``, ...), which its
# ``torch.nn.functional`` also shows as ``utils``: one module, ``nn._utils`` (a file of this
# package would be imported through this package, whose modules import ``nn.functional``)
import sys as _sys  # noqa: E402
from .. import _utils as utils  # noqa: E402,F401
_sys.modules[__name__ + '.utils'] = utils

# ``from .modules import *`` in ``torch.nn`` takes every public name but ``utils`` (torch.nn's
# own ``utils`` is the ``nn.utils`` package)
__all__ = [_n for _n in list(globals()) if not _n.startswith('_') and _n != 'utils']
