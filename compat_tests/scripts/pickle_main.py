"""Probe: classes defined in the script pickle as __main__.X, like python script.py."""
import pickle
import sys


class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y


p = pickle.loads(pickle.dumps(Point(1, 2), protocol=2))
print(type(p).__module__, type(p).__name__, p.x, p.y, type(p) is Point)
print(sys.modules['__main__'].Point is Point)
