"""``torch.nn.utils.rnn`` of 0.3: ``PackedSequence``, ``pack_padded_sequence``, ``pad_packed_sequence``.

As in 0.3:

* ``PackedSequence`` is a namedtuple ``(data, batch_sizes)``; ``batch_sizes`` is a
  plain Python list of ints (0.4 made it a tensor);
* ``pack_padded_sequence(input, lengths, batch_first=False)`` needs ``lengths``
  sorted longest first and raises ``ValueError`` otherwise (0.3's texts); the
  packed data is ``torch.cat`` of one block per distinct length;
* ``pad_packed_sequence(sequence, batch_first=False, padding_value=0.0)`` returns
  ``(padded, lengths)`` with ``lengths`` a list of ints.

``pad_sequence`` and ``pack_sequence`` appeared after 0.3 (0.4) and are not here.
"""
from collections import namedtuple

from ...autograd.variable import Variable

__all__ = ['PackedSequence', 'pack_padded_sequence', 'pad_packed_sequence']

PackedSequence_ = namedtuple('PackedSequence', ['data', 'batch_sizes'])


class PackedSequence(PackedSequence_):
    """Holds the ``data`` and the list of ``batch_sizes`` of a packed sequence.

    Never build one by hand; use :func:`pack_padded_sequence`.  All RNN modules
    accept it as input (and then return their output packed the same way).
    """
    pass


def _as_int_list(lengths):
    if isinstance(lengths, Variable):
        lengths = lengths.data
    if hasattr(lengths, 'tolist'):
        lengths = lengths.tolist()
    return [int(l) for l in lengths]


def _cat(seq, dim=0):
    from ...ops.shape import cat
    return cat(seq, dim)


def pack_padded_sequence(input, lengths, batch_first=False):
    """Pack a padded batch ``T x B x *`` (``B x T x *`` with ``batch_first``) of sequences
    whose ``lengths`` are sorted in decreasing order."""
    lengths = _as_int_list(lengths)
    if not lengths or lengths[-1] <= 0:
        raise ValueError("length of all samples has to be greater than 0, "
                         "but found an element in 'lengths' that is <=0")
    if batch_first:
        input = input.transpose(0, 1)
    batch_size = input.size(1)
    if len(lengths) != batch_size:
        raise ValueError('lengths array has incorrect size')
    trailing = tuple(input.size())[2:]
    steps = []
    batch_sizes = []
    prev_l = 0
    # walk the lengths from the shortest: each longer length adds a block of steps
    for i, l in enumerate(reversed(lengths)):
        if l > prev_l:
            c_batch_size = batch_size - i
            block = input.narrow(0, prev_l, l - prev_l).narrow(1, 0, c_batch_size)
            steps.append(block.contiguous().view(-1, *trailing))
            batch_sizes.extend([c_batch_size] * (l - prev_l))
            prev_l = l
        elif prev_l > l:
            raise ValueError('lengths array has to be sorted in decreasing order')
    return PackedSequence(_cat(steps), batch_sizes)


def pad_packed_sequence(sequence, batch_first=False, padding_value=0.0):
    """Inverse of :func:`pack_padded_sequence`: ``(padded, lengths)``, ``lengths`` a list."""
    var_data, batch_sizes = sequence
    batch_sizes = [int(b) for b in batch_sizes]
    max_batch_size = batch_sizes[0]
    trailing = tuple(var_data.size())[1:]
    is_var = isinstance(var_data, Variable)
    data_t = var_data.data if is_var else var_data

    def pad(steps, rows):
        t = data_t.new(steps, rows, *trailing).fill_(padding_value)
        return Variable(t) if is_var else t

    blocks = []
    lengths = []
    data_offset = 0
    prev_batch_size = batch_sizes[0]
    prev_i = 0
    n = len(batch_sizes)
    for i in range(n + 1):
        batch_size = batch_sizes[i] if i < n else 0
        if batch_size != prev_batch_size or i == n:
            # steps prev_i .. i-1 all had prev_batch_size rows
            k = i - prev_i
            rows = prev_batch_size * k
            block = var_data.narrow(0, data_offset, rows).contiguous().view(
                k, prev_batch_size, *trailing)
            if prev_batch_size < max_batch_size:
                block = _cat([block, pad(k, max_batch_size - prev_batch_size)], 1)
            blocks.append(block)
            data_offset += rows
            prev_i = i
        if i == n:
            break
        dec = prev_batch_size - batch_size
        if dec > 0:
            lengths.extend((i,) * dec)
        prev_batch_size = batch_size
    lengths.extend((n,) * batch_sizes[-1])
    lengths.reverse()
    output = _cat(blocks, 0)          # a copy even for one block, as 0.3's new tensor was
    if batch_first:
        output = output.transpose(0, 1)
    return output, lengths
