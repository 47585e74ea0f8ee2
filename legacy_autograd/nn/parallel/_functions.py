"""The autograd functions behind ``torch.nn.parallel`` (0.3.1 names), on the CPU.

``target_gpus`` / ``target_device`` are accepted and only counted: every copy lives on
the CPU.
"""
from ...autograd.function import Function


def _count(targets):
    return len(tuple(targets))


class Broadcast(Function):
    """One copy of every input per target; backward sums the copies' gradients."""

    @staticmethod
    def forward(ctx, target_gpus, *inputs):
        ctx.num_targets = _count(target_gpus)
        if len(inputs) == 0:
            return tuple()
        ctx.num_inputs = len(inputs)
        outputs = [[t.clone() for t in inputs] for _ in range(ctx.num_targets)]
        non_differentiables = []
        for idx, needs in enumerate(ctx.needs_input_grad[1:]):
            if not needs:
                for output in outputs:
                    non_differentiables.append(output[idx])
        ctx.mark_non_differentiable(*non_differentiables)
        return tuple([t for tensors in outputs for t in tensors])

    @staticmethod
    def backward(ctx, *grad_outputs):
        return (None,) + ReduceAddCoalesced.apply(None, ctx.num_inputs, *grad_outputs)


class ReduceAddCoalesced(Function):
    """Sums groups of ``num_inputs`` gradients elementwise; backward broadcasts again."""

    @staticmethod
    def forward(ctx, destination, num_inputs, *grads):
        ctx.num_targets = len(grads) // num_inputs
        groups = [grads[i:i + num_inputs] for i in range(0, len(grads), num_inputs)]
        out = []
        for k in range(num_inputs):
            acc = groups[0][k].clone()
            for g in groups[1:]:
                acc.add_(g[k])
            out.append(acc)
        return tuple(out)

    @staticmethod
    def backward(ctx, *grad_outputs):
        return (None, None) + Broadcast.apply(range(ctx.num_targets), *grad_outputs)


class Gather(Function):
    """Concatenates the inputs along ``dim``; backward scatters the gradient back."""

    @staticmethod
    def forward(ctx, target_device, dim, *inputs):
        ctx.target_device = target_device
        ctx.dim = dim
        ctx.input_sizes = tuple(i.size(ctx.dim) for i in inputs)
        from ...ops.functions import TORCH
        return TORCH.cat(list(inputs), dim)

    @staticmethod
    def backward(ctx, grad_output):
        return (None, None) + Scatter.apply(range(len(ctx.input_sizes)), ctx.input_sizes,
                                             ctx.dim, grad_output)


class Scatter(Function):
    """Splits the input along ``dim`` into one chunk per target (or ``chunk_sizes``)."""

    @staticmethod
    def forward(ctx, target_gpus, chunk_sizes, dim, input):
        ctx.dim = dim
        n = _count(target_gpus)
        if chunk_sizes is None:
            chunks = input.chunk(n, dim)
        else:
            chunks, start = [], 0
            for size in chunk_sizes:
                chunks.append(input.narrow(dim, start, size))
                start += size
        return tuple(c.contiguous() for c in chunks)

    @staticmethod
    def backward(ctx, *grad_output):
        return None, None, None, Gather.apply(None, ctx.dim, *grad_output)


__all__ = ['Broadcast', 'ReduceAddCoalesced', 'Gather', 'Scatter']
