"""The ``Trainer`` loop of ``torch.utils.trainer`` (0.3.1)."""
import heapq

from ...autograd.variable import Variable

UNITS = ('iteration', 'epoch', 'batch', 'update')


class Trainer(object):
    """Runs ``model`` / ``criterion`` / ``optimizer`` over ``dataset`` and calls plugins.

    A plugin says when it wants to be called by its ``trigger_interval``: one ``(n, unit)``
    or a list of them, ``unit`` one of 'iteration', 'epoch', 'batch', 'update'.  Each unit
    has a heap of ``(next time, registration order, plugin)``; a plugin is called with the
    current time (the 1-based iteration or epoch number) and what the unit passes:
    ``batch(i, input, target)``, ``iteration(i, input, target, output, loss)`` (output and
    loss data of the closure's first evaluation), ``update(i, model)``, ``epoch(i)``.
    """

    def __init__(self, model=None, criterion=None, optimizer=None, dataset=None):
        self.model = model
        self.criterion = criterion
        self.optimizer = optimizer
        self.dataset = dataset
        self.iterations = 0
        self.stats = {}
        self.plugin_queues = {unit: [] for unit in UNITS}

    def register_plugin(self, plugin):
        plugin.register(self)
        intervals = plugin.trigger_interval
        if not isinstance(intervals, list):
            intervals = [intervals]
        for duration, unit in intervals:
            queue = self.plugin_queues[unit]
            queue.append((duration, len(queue), plugin))

    def call_plugins(self, queue_name, time, *args):
        args = (time,) + args
        queue = self.plugin_queues[queue_name]
        if not queue:
            return
        while queue[0][0] <= time:
            _, order, plugin = queue[0]
            getattr(plugin, queue_name)(*args)
            for n, unit in plugin.trigger_interval:
                if unit == queue_name:
                    interval = n
            heapq.heappushpop(queue, (time + interval, order, plugin))

    def run(self, epochs=1):
        for queue in self.plugin_queues.values():
            heapq.heapify(queue)
        for epoch in range(1, epochs + 1):
            self.train()
            self.call_plugins('epoch', epoch)

    def train(self):
        for i, data in enumerate(self.dataset, self.iterations + 1):
            batch_input, batch_target = data
            self.call_plugins('batch', i, batch_input, batch_target)
            input_var = Variable(batch_input)
            target_var = Variable(batch_target)
            plugin_data = [None, None]

            def closure():
                batch_output = self.model(input_var)
                loss = self.criterion(batch_output, target_var)
                loss.backward()
                if plugin_data[0] is None:
                    plugin_data[0] = batch_output.data
                    plugin_data[1] = loss.data
                return loss

            self.optimizer.zero_grad()
            self.optimizer.step(closure)
            self.call_plugins('iteration', i, batch_input, batch_target, *plugin_data)
            self.call_plugins('update', i, self.model)
        # as in 0.3.1: the counter advances by the last index (an empty dataset is an error)
        self.iterations += i
