"""Probe: a script's stdout must hold only what it prints."""
import torch

x = torch.__version__

if __name__ == '__main__':
    print('hello from', __name__)
