"""``torch.nn`` (0.3): modules, Parameter, functional, init, utils."""
from .modules import *  # noqa: F401,F403
from .modules import Module  # noqa: F401
from .parameter import Parameter  # noqa: F401
from . import functional  # noqa: F401
from . import init  # noqa: F401
from . import utils  # noqa: F401
from . import modules  # noqa: F401
from . import parallel  # noqa: F401,E402
from .parallel import DataParallel  # noqa: F401,E402
from . import backends  # noqa: F401,E402
from .backends import thnn as _thnn  # noqa: F401,E402
from . import _backend_functions  # noqa: F401,E402  (fills backends.thnn.backend)
