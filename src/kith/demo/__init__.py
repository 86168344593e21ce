"""The synthetic demo network, and (later) writers of files in every format kith imports."""
