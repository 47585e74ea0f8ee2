"""Probe: exit through sys.exit() with the argument given."""
import sys

arg = sys.argv[1]
print('before exit')
sys.exit(int(arg) if arg.lstrip('-').isdigit() else (None if arg == 'None' else arg))
