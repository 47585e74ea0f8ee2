"""``torch.utils.model_zoo`` (0.3.1): ``load_url`` downloads a checkpoint once into a cache
folder, checks the SHA-256 prefix its file name carries (``resnet18-5c106cde.pth``) and
loads it with ``torch.load`` (this package's safe loader).

The cache folder is ``model_dir``, else ``$TORCH_MODEL_ZOO``, else ``$TORCH_HOME/models``
(``$TORCH_HOME`` defaults to ``~/.torch``), as in 0.3.1.  Only the standard library is used
(``urllib``); the progress goes to stderr.
"""
import hashlib
import os
import re
import shutil
import sys
import tempfile
from urllib.parse import urlparse
from urllib.request import urlopen

from ..serialization import load

__all__ = ['load_url']

#: the hash prefix in a file name: ``bfd8deac`` of ``resnet18-bfd8deac.pth``
HASH_REGEX = re.compile(r'-([a-f0-9]*)\.')


def load_url(url, model_dir=None, map_location=None):
    """The object saved at ``url``, downloaded into ``model_dir`` unless already there."""
    if model_dir is None:
        torch_home = os.path.expanduser(os.getenv('TORCH_HOME', '~/.torch'))
        model_dir = os.getenv('TORCH_MODEL_ZOO', os.path.join(torch_home, 'models'))
    if not os.path.exists(model_dir):
        os.makedirs(model_dir)
    filename = os.path.basename(urlparse(url).path)
    cached_file = os.path.join(model_dir, filename)
    if not os.path.exists(cached_file):
        sys.stderr.write('Downloading: "{}" to {}\n'.format(url, cached_file))
        match = HASH_REGEX.search(filename)
        if match is None:
            raise ValueError('load_url: the file name {!r} carries no hash prefix '
                             '(name-<sha256 prefix>.ext)'.format(filename))
        _download_url_to_file(url, cached_file, match.group(1))
    return load(cached_file, map_location=map_location)


def _download_url_to_file(url, dst, hash_prefix):
    u = urlopen(url)
    length = u.info().get('Content-Length')
    total = int(length) if length else None
    f = tempfile.NamedTemporaryFile(delete=False, dir=os.path.dirname(dst) or None)
    try:
        sha256 = hashlib.sha256()
        done = 0
        while True:
            buf = u.read(8192)
            if not buf:
                break
            f.write(buf)
            sha256.update(buf)
            done += len(buf)
            if total:
                sys.stderr.write('\r{0:.1f}%'.format(100 * done / float(total)))
                sys.stderr.flush()
        if total:
            sys.stderr.write('\n')
        f.close()
        digest = sha256.hexdigest()
        if digest[:len(hash_prefix)] != hash_prefix:
            raise RuntimeError('invalid hash value (expected "{}", got "{}")'
                               .format(hash_prefix, digest))
        shutil.move(f.name, dst)
    finally:
        f.close()
        if os.path.exists(f.name):
            os.remove(f.name)
