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
