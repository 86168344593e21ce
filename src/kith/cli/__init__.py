"""The ``kith`` command line: parse arguments, call one ``app`` function, print with Rich."""
