"""``torch.utils.serialization`` (0.3.1): ``load_lua`` reads Lua Torch ``.t7`` files."""
from .read_lua_file import load_lua, T7Reader

__all__ = ['load_lua', 'T7Reader']
