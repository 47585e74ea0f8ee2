"""``replicate`` (0.3.1): replicas whose parameters are ``Broadcast`` copies of the module's
(so their gradients sum into the module's parameters); buffers are copied."""


def replicate(network, devices):
    from ._functions import Broadcast

    devices = tuple(devices)
    num_replicas = len(devices)

    params = list(network.parameters())
    param_indices = {param: idx for idx, param in enumerate(params)}
    param_copies = Broadcast.apply(devices, *params)
    if len(params) > 0:
        param_copies = [param_copies[i:i + len(params)]
                        for i in range(0, len(param_copies), len(params))]

    buffers = list(network._all_buffers())
    buffer_indices = {buf: idx for idx, buf in enumerate(buffers)}
    buffer_copies = [[b.clone() for b in buffers] for _ in devices]

    modules = list(network.modules())
    module_copies = [[] for device in devices]
    module_indices = {}

    for i, module in enumerate(modules):
        module_indices[module] = i
        for j in range(num_replicas):
            replica = module.__new__(type(module))
            replica.__dict__ = module.__dict__.copy()
            replica._parameters = replica._parameters.copy()
            replica._buffers = replica._buffers.copy()
            replica._modules = replica._modules.copy()
            module_copies[j].append(replica)

    for i, module in enumerate(modules):
        for key, child in module._modules.items():
            for j in range(num_replicas):
                replica = module_copies[j][i]
                replica._modules[key] = None if child is None else module_copies[j][module_indices[child]]
        for key, param in module._parameters.items():
            for j in range(num_replicas):
                replica = module_copies[j][i]
                replica._parameters[key] = None if param is None else param_copies[j][param_indices[param]]
        for key, buf in module._buffers.items():
            for j in range(num_replicas):
                replica = module_copies[j][i]
                replica._buffers[key] = None if buf is None else buffer_copies[j][buffer_indices[buf]]

    return [module_copies[j][0] for j in range(num_replicas)]
