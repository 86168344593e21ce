"""Everything that leaves kith as a file: vCard and spreadsheet exports (later: drafts, mail).

Writers here turn the core's values into text and write files atomically; they import only
``kith.core``, like the store and the sources.
"""
